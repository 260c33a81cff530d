import type { Sign } from '@/lib/astro/types';

export const jupiter: Record<Sign, string> = {
  aries:
    'La chance a tendance à te sourire quand tu ouvres la marche. Ta foi grandit à travers l’initiative audacieuse, et ta générosité atteint son sommet quand tu défends une cause ou une personne qui a besoin d’un coup de pouce. La confiance est ta richesse. La leçon porte sur l’excès : tous les sauts n’ont pas à être faits d’un coup, et un peu de préparation permet à ton courage d’aller plus loin.',
  taurus:
    'L’abondance, chez toi, pousse lentement et demande à être savourée. Tu as le don de bâtir une valeur durable, que ce soit en argent, en terres, en compétences ou en confort, et ta générosité passe par le partage des bonnes choses de la vie. L’excès de plaisirs en est l’ombre. Ta foi va à ce qui est réel et solide : investis avec patience, et laisse le plaisir rester une bénédiction plutôt qu’une habitude.',
  gemini:
    'Tes occasions arrivent par les mots, les contacts et la curiosité. Apprendre, écrire, enseigner et échanger des idées élargissent ton monde, et tu en sais souvent un peu sur un nombre impressionnant de sujets. Le risque, c’est l’étendue sans la profondeur. Quand tu suis une piste riche jusqu’au bout, ton savoir devient une sagesse qui mérite d’être partagée.',
  cancer:
    'La générosité jaillit de ton cœur et de ton foyer. Tu grandis en prenant soin des autres, en créant du lien et en honorant tes racines, et les gens se sentent les bienvenus en ta présence. La sécurité affective est ton trésor. Méfie-toi de la surprotection ou de l’envie de retenir trop longtemps ; la même abondance qui nourrit ta famille peut nourrir un cercle bien plus large.',
  leo: 'Un grand cœur et un goût pour l’ampleur : tu as un sens naturel de la fête et une générosité qui aime se montrer. La création, le jeu, les enfants et le leadership éveillent ta chance, et tu donnes confiance aux autres simplement en croyant en eux. La fierté peut gonfler jusqu’à l’esbroufe. Garde ta chaleur sincère, et ta scène ne cessera de s’agrandir.',
  virgo:
    'Dans ta vie, les petites choses bien faites finissent par en faire de grandes. Tu grandis par le savoir-faire, le service, la santé et l’amélioration patiente, et tu trouves du sens à être réellement utile. Ta foi est pratique. Le piège serait de perdre la vue d’ensemble dans des détails sans fin : prends régulièrement du recul pour voir tout le bien que ton application a déjà fait.',
  libra:
    'C’est dans les relations que loge ta chance. Les partenariats, la collaboration, la justice et la beauté élargissent ton monde, et tu as le talent de réunir les gens sur des bases équitables. Il se peut que d’autres t’ouvrent des portes. Veille à ce que ta générosité à préserver la paix ne devienne pas une manière d’esquiver des vérités nécessaires.',
  scorpio:
    'Ta croissance se joue dans les profondeurs. Les crises, l’intimité, la recherche et les ressources partagées sont tes terres d’abondance, et tu trouves la foi en affrontant ce que d’autres redoutent. Tu tiens bon là où c’est difficile. Quand ton intensité sert la guérison et le renouveau plutôt que le contrôle, tu deviens un soutien précieux dans les transformations des autres.',
  sagittarius:
    'Jupiter est ici chez lui, et ta foi en la vie est immense. Les voyages, la philosophie, l’enseignement et la quête de sens sont pour toi des sources naturelles de chance et de joie. Ton optimisme peut ouvrir des portes que d’autres croient verrouillées. Prends garde à ne pas prêcher ou trop promettre ; ta sagesse convainc le plus lorsqu’elle reste humble et curieuse.',
  capricorn:
    'La réussite te vient par la patience, la structure et une autorité méritée. Tu grandis en prenant tes responsabilités, en construisant avec soin et en respectant ce qui a résisté à l’épreuve du temps. Ta générosité est peut-être mesurée, mais on peut compter sur elle. Autorise-toi à croire que la vie peut être bienveillante ; tes récompenses sont réelles, et tu as le droit d’en profiter.',
  aquarius:
    'Ta foi va aux gens et à l’avenir. Tu t’épanouis à travers les amitiés, les réseaux, les causes et les idées nouvelles, et tu donnes volontiers de ton temps pour le bien commun. La tolérance te vient naturellement. Traduire tes idéaux en actes concrets et en chaleur humaine rend ta vision capable de changer vraiment le monde, au lieu de rester abstraite.',
  pisces:
    'La compassion est ta richesse. Tu grandis par l’imagination, la spiritualité, le service et ce don de ressentir ce que ressentent les autres, et l’aide arrive souvent de façon discrète et inattendue. Ta foi peut avoir quelque chose de mystique. Des limites claires rendent ta générosité durable : laisse ta bonté t’inclure toi aussi, et choisis avec soin où tu la déverses.',
};
