import type { Sign } from '@/lib/astro/types';

export const mercury: Record<Sign, string> = {
  aries:
    'Ton esprit s’enflamme comme une allumette qu’on frotte. Tu penses vite, tu tranches vite et tu dis ce que tu penses, souvent avant que les autres aient fini de poser la question. Le débat te stimule ; le risque est de parler avant d’écouter, ou d’abandonner une idée dès que la première étincelle retombe. Quand tu accordes un second regard à tes intuitions fulgurantes, elles deviennent vraiment convaincantes.',
  taurus:
    'Tu réfléchis à fond et tu détestes qu’on te presse. Une fois que tu as compris quelque chose, c’est pour de bon, et tes opinions ont le poids du bon sens. Ta voix peut être calme, pratique, presque musicale. L’entêtement est le revers de la médaille : une idée nouvelle a besoin de temps pour gagner ta confiance, alors accorde-lui ce temps plutôt que de fermer la porte.',
  gemini:
    'Les mots et les idées sont ton terrain de jeu. Tu apprends vite, tu parles avec aisance et tu peux suivre plusieurs fils de pensée à la fois, passant de l’un à l’autre avec un plaisir évident. L’esprit de repartie te vient tout seul. Comme tout t’intéresse, te concentrer peut être un combat ; choisir de temps à autre un sujet à creuser transforme ta vivacité en véritable expertise.',
  cancer:
    'Tu penses avec tes émotions et tu te souviens avec tout ton corps. Ton intelligence est intuitive, imaginative et profondément liée à la mémoire, si bien que tu sens souvent la vérité d’une situation avant de pouvoir l’expliquer. Tu écoutes bien et tu parles avec douceur. Quand tu perçois une menace, toutefois, la logique peut se plier à l’autoprotection : vérifie ton humeur avant de te fier à tes conclusions.',
  leo: 'Tu parles avec chaleur et un sens naturel de la mise en scène. Les idées comptent surtout pour toi quand elles expriment quelque chose de personnel, et tu sais captiver un auditoire, qu’il s’agisse d’un ami ou d’une salle entière. Tes convictions sont généreuses et solides. Garde l’esprit ouvert à l’idée qu’un point de vue différent n’est pas une attaque contre toi ; c’est peut-être simplement une autre histoire qui mérite d’être entendue.',
  virgo:
    'La précision est un plaisir pour toi. Tu analyses, tries et affines, et tu repères l’erreur ou la solution élégante que les autres ne voient pas. Les connaissances pratiques, les compétences utiles et un langage clair te conviennent, même si ton esprit peut aussi s’emballer dans l’inquiétude ou le perfectionnisme. Rappelle-toi qu’une réponse suffisamment bonne, donnée à temps, aide souvent davantage qu’une réponse parfaite.',
  libra:
    'Tu penses par comparaison, en pesant un côté contre l’autre jusqu’à trouver le point d’équilibre. Diplomate et gracieuse, ta parole sait formuler les choses difficiles de façon à ce qu’on puisse les entendre. Les décisions peuvent prendre du temps, car chaque option a ses mérites. Fais confiance à l’idée que choisir est aussi une forme de justice, surtout envers toi-même.',
  scorpio:
    'Tu tends l’oreille vers ce qui n’est pas dit. Ton esprit est celui d’un enquêteur, pénétrant et difficile à duper, et la recherche, la psychologie ou tout ce qui cache un secret t’attirent. Tu gardes tes pensées pour toi. Des mots tranchants peuvent t’échapper quand tu te sens à découvert ; laisse ta perspicacité servir la compréhension plutôt que la défense.',
  sagittarius:
    'Ton esprit vise la vue d’ensemble. Tu aimes les idées qui expliquent beaucoup, les conversations qui voyagent d’une culture et d’une philosophie à l’autre, et les maîtres qui ouvrent des portes. Tu parles avec franchise, souvent avec humour. Dans l’enthousiasme, les détails peuvent t’échapper : associe à ta vision large un peu de vérification, et elle devient vraiment convaincante.',
  capricorn:
    'La stratégie est une seconde nature chez toi, et tu ne dis que ce que tu penses vraiment. Ton esprit est organisé, méfiant envers les effets de mode et doué pour transformer un plan en étapes. On se fie à ton jugement parce qu’il est sobre, et ton humour est parfois si pince-sans-rire qu’il passe inaperçu. Laisse de temps en temps de la place à l’idée ludique, à peine formée ; toute pensée n’a pas besoin d’être utile pour valoir la peine.',
  aquarius:
    'Penser de façon indépendante est ta signature, souvent avec un temps d’avance. Les systèmes, la science, les questions de société et les idées insolites t’attirent, et tu perçois des schémas qui échappent à la pensée ordinaire. Une fois ta conviction faite, tes positions peuvent se figer étonnamment. Garder de la curiosité pour les raisons pour lesquelles les autres ne sont pas d’accord garde ton originalité ouverte plutôt que dogmatique.',
  pisces:
    'Ton esprit pense en images, en atmosphères et en métaphores. Tu absorbes l’information de façon intuitive, parfois sans savoir comment tu sais, et tu as peut-être un don pour la poésie, la musique ou tout langage qui dépasse le sens littéral. Le détail linéaire peut te sembler fastidieux. Noter les choses et vérifier les faits donne à ton imagination une forme dont le monde peut se servir.',
};
