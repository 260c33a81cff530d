import type { Sign } from '@/lib/astro/types';

export const mars: Record<Sign, string> = {
  aries:
    'Mars est ici chez lui, et cela se voit : ton énergie est directe, immédiate et difficile à arrêter. Tu agis d’abord et tu ajustes ensuite, et tu donnes le meilleur de toi quand il y a quelque chose à lancer, à défendre ou à gagner. La colère s’embrase vite et s’éteint aussi vite. Canalisée dans le sport, un travail de pionnier ou une confrontation honnête, ta fougue ouvre des portes que la prudence n’aurait jamais touchées.',
  taurus:
    'La colère met du temps à venir chez toi, et le renoncement plus encore : tu avances avec constance vers ce que tu veux. Ton énergie met du temps à monter, mais une fois engagée elle devient presque impossible à arrêter, et tu préfères bâtir du concret plutôt que te battre pour la galerie. Si l’on te pousse à bout, plus rien ne peut te faire bouger. Choisis bien tes combats : ton endurance est une force qui gagne sur la durée.',
  gemini:
    'Les mots sont tes armes et les idées ton moteur. Ton énergie est rapide, polyvalente et agitée, jamais aussi heureuse que lorsque plusieurs projets tournent en même temps. Les disputes peuvent te sembler un sport. Le risque, c’est la dispersion ; terminer ce que tu commences, un objectif clair à la fois, transforme ton agilité en réalisations concrètes.',
  cancer:
    'Tout ce que tu aimes, tu le défends avec férocité. Ton énergie est liée à l’émotion, à la famille et à la sécurité, et tu abordes volontiers tes objectifs de biais plutôt que de front, en te protégeant au passage. La colère peut se retourner vers l’intérieur ou sortir sous forme de bouderie. Nommer tes besoins sans détour, voilà le courage qui libère ta force considérable.',
  leo: 'Le cœur et le sens du spectacle colorent tout ce que tu entreprends. La confiance, la créativité et le désir d’admiration nourrissent ton ambition, et tu sais donner aux autres l’envie de te suivre. L’orgueil blessé est ton point sensible. Quand tu agis pour la joie de créer plutôt que pour la reconnaissance, ton énergie devient magnanime et puissante.',
  virgo:
    'Donne-toi une méthode claire et un but utile, et ton énergie devient précise et efficace. Rien ne te satisfait autant que le travail bien fait. L’irritation se manifeste en critique quand les choses sont bâclées. Diriger ton élan vers l’artisanat, la santé et le service, tout en pardonnant les petites imperfections, te garde efficace sans t’épuiser.',
  libra:
    'Tu agis en relation avec les autres. La coopération, l’équité et la diplomatie façonnent ta manière de poursuivre tes objectifs, et c’est pour la justice que tu te bats le plus fort. L’affrontement direct peut te mettre mal à l’aise, si bien que la colère s’exprime parfois de façon détournée. Apprendre à affirmer clairement tes désirs n’est pas l’ennemi de l’harmonie ; c’est ce qui rend un vrai partenariat possible.',
  scorpio:
    'Eau dormante, courant puissant : ta volonté est profonde et stratégique. Tu dévoiles rarement toutes tes cartes, et une fois que tu t’engages, ta détermination est redoutable. Les rancunes peuvent durer longtemps. Vécue en conscience, ton intensité te donne une endurance énorme dans les crises, la recherche ou tout travail qui exige le courage d’affronter ce que les autres évitent.',
  sagittarius:
    'L’enthousiasme te porte. Tu poursuis tes objectifs avec optimisme, conviction et un amour du mouvement, et tu te bats pour tes croyances et pour ta liberté. L’ennui est ton véritable ennemi. Associer à tes grandes ambitions un suivi concret, et du tact quand tu argumentes, rend ton feu à la fois inspirant et efficace.',
  capricorn:
    'Ambition, patience et discipline rendent ton énergie redoutable. Tu avances vers des objectifs lointains avec méthode et maîtrise de toi, et tu gagnes ton autorité par les résultats. La frustration est parfois tenue sous une bride très courte. T’accorder du repos et du plaisir en chemin empêche ta formidable détermination de virer à la corvée.',
  aquarius:
    'Tu agis par principe et pour le collectif. Ton énergie est inventive, indépendante et souvent rebelle, à son meilleur quand elle œuvre pour le changement ou au sein d’un groupe qui partage tes idéaux. Tu supportes mal qu’on te dise quoi faire. Un peu de chaleur dans la manière de défendre tes causes aide les autres à te rejoindre plutôt qu’à se sentir sermonnés.',
  pisces:
    'Comme l’eau qui trouve son chemin vers la vallée, ton énergie est fluide et intuitive. Tu agis le mieux quand l’inspiration est là, souvent pour les autres ou pour un idéal, et tu sais contourner les obstacles en douceur plutôt que de les traverser. L’agressivité directe te met mal à l’aise, et ton énergie peut alors s’évaporer. Trouver un but créatif ou spirituel donne à tes actes un courant assez fort pour te porter.',
};
