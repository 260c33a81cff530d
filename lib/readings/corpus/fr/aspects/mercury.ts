import type { AspectTexts, PairKeysOf } from '../../types';

export const mercury: Record<PairKeysOf<'mercury'>, AspectTexts> = {
  mercury_venus: {
    conjunction:
      'La grâce habite tes mots. Mercure conjoint à Vénus te donne une voix agréable, un sens diplomatique de la formule et une sensibilité pour la langue, la musique ou le design. Tu sais dire les choses difficiles avec gentillesse. Veille seulement à ce que l’envie de plaire ne t’empêche jamais de dire la vérité ; ton charme est à son comble quand il porte du fond.',
    harmonious:
      'Les idées et l’affection circulent facilement ensemble en toi. Tu écris, parles et séduis avec une touche légère et attachante, et l’on apprécie ta compagnie parce que la conversation semble avec toi si facile. Tes talents artistiques et sociaux se soutiennent mutuellement. Utilisé en conscience, ce don peut fluidifier les négociations, apaiser les querelles et créer de belles choses avec les mots.',
    challenging:
      'Ce que tu penses et ce à quoi tu tiens ne s’alignent pas toujours parfaitement. Tu dis peut-être oui pour préserver la paix avant de le regretter, ou tes goûts et ton raisonnement se disputent entre eux. Les relations t’apprennent à parler plus franchement. Avec le temps, l’honnêteté devient la chose la plus séduisante que tu puisses dire.',
  },
  mercury_mars: {
    conjunction:
      'Rapide, acéré et un brin combatif : voilà ton esprit à l’œuvre. Tu penses vite, tu parles sans détour et tu aimes une bonne joute verbale, et le débat, le journalisme ou tout travail qui exige des décisions rapides peuvent t’attirer. Les mots peuvent blesser quand la colère monte. Marquer une pause avant de répondre, le temps d’une respiration, transforme ton tranchant en clarté plutôt qu’en dégâts collatéraux.',
    harmonious:
      'La pensée et l’action travaillent de concert chez toi. Tu décides vite, tu argumentes efficacement et tu sais transformer une idée en plan avant que les autres aient fini d’en discuter. Ta franchise est stimulante. On apprécie ta capacité à dissiper la confusion, et ton endurance mentale te permet d’affronter des problèmes qui épuiseraient les autres.',
    challenging:
      'Ta pensée peut s’échauffer. L’impatience, les remarques cinglantes et les disputes qui s’enveniment plus vite que prévu te sont peut-être familières. Il y a un combattant dans ta façon de penser, et il lui faut un adversaire à sa mesure, un problème ardu, une cause, un sport, plutôt que tes proches. Bien dirigée, cette tension te donne un courage intellectuel redoutable.',
  },
  mercury_jupiter: {
    conjunction:
      'Tu penses en grand. Mercure conjoint à Jupiter te donne un esprit vaste, optimiste et généreux, un don pour l’enseignement et l’amour des histoires, des langues et de la philosophie. Tu vois des liens à travers des domaines entiers. Dans ton enthousiasme, les détails peuvent t’échapper : une petite relecture de tes grands projets les rend bien plus convaincants.',
    harmonious:
      'Apprendre te vient naturellement et joyeusement. Ton esprit est ample, curieux et tolérant, et tu as le chic pour expliquer des idées complexes de manière inspirante. L’écriture, l’édition, l’enseignement ou les voyages peuvent te porter chance. Ton optimisme intellectuel aide les autres à croire que des solutions existent.',
    challenging:
      'Ton esprit peut promettre plus que les faits ne le permettent. Il t’arrive d’exagérer, de trop planifier ou d’entreprendre plus de projets que la journée ne compte d’heures, et tes opinions peuvent se muer trop vite en convictions. C’est une intelligence généreuse et affamée. Vérifier les détails et guetter ce qui pourrait t’échapper la transforme en véritable sagesse.',
  },
  mercury_saturn: {
    conjunction:
      'Ton esprit, sérieux, soigneux et minutieux, ne prend rien à la légère. Tu as peut-être mis du temps à parler dans l’enfance, ou senti qu’on doutait de ton intelligence, et tu as appris à réfléchir avant de t’exprimer. La profondeur est ta récompense. Tes mots ont du poids parce que tu les pèses, et ta pensée excelle dans la structure, la stratégie et tout ce qui demande de la patience.',
    harmonious:
      'La discipline et la clarté de pensée te servent bien. Tu sais te concentrer longtemps, planifier avec méthode et communiquer avec précision, et l’on se fie à ton jugement. Les travaux pratiques, scientifiques ou d’organisation conviennent à ton esprit. Ton réalisme est un don ; laisse simplement entrer un peu de jeu de temps en temps.',
    challenging:
      'Le doute peut assombrir ta pensée. Tu crains peut-être de te tromper, tu parles avec trop de prudence, ou un critique intérieur se fait entendre chaque fois que tu exprimes une idée. Le pessimisme peut s’insinuer dans tes habitudes mentales. Affrontée honnêtement, cette tension forge un esprit profond et discipliné ; avec le temps, ton savoir durement acquis devient une véritable autorité.',
  },
  mercury_uranus: {
    conjunction:
      'Électrique, voilà le mot pour ton esprit. Mercure conjoint à Uranus apporte des éclairs de génie, des idées originales et une façon de penser rapide et non conventionnelle, et la technologie, la science ou les idées radicales peuvent t’attirer. Tes pensées sautent en avant. Ancrer tes intuitions dans des étapes concrètes aide les autres à te suivre là où ton esprit se trouve déjà.',
    harmonious:
      'La pensée originale te vient facilement. Tu apprends vite, tu saisis rapidement les idées nouvelles et tu vois des solutions qui échappent aux autres, avec une ouverture d’esprit et un sens de l’invention certains. La technologie et l’innovation peuvent te convenir. Ton agilité mentale t’aide à t’adapter au changement et à inspirer une pensée neuve chez les autres.',
    challenging:
      'Ton esprit peut être agité et impatient. Il t’arrive de tirer des conclusions hâtives, d’interrompre ou de rejeter une idée trop vite, et ton système nerveux est peut-être à fleur de peau. Pourtant, cette tension fait jaillir des intuitions brillantes. Apprendre à ralentir juste assez pour les communiquer clairement rend ton originalité efficace.',
  },
  mercury_neptune: {
    conjunction:
      'Les images, les symboles et les émotions sont la langue dans laquelle pense ton esprit. Mercure conjoint à Neptune apporte une pensée poétique, intuitive et imaginative, et tu as peut-être un don pour la musique, l’écriture ou les arts. Les faits peuvent se brouiller. Vérifier les détails et garder une communication claire aident ton inspiration à arriver là où tu le souhaites.',
    harmonious:
      'L’imagination enrichit tout ce que tu penses. Tu sais exprimer des sentiments subtils et des idées à peine formées avec une vraie sensibilité, et tu as peut-être un talent pour raconter des histoires, écrire des chansons, traduire ou trouver des mots qui guérissent. Ton intuition nourrit discrètement ton raisonnement. Cela fait de toi une voix inspirée et compatissante, capable de dire ce que les autres ne font que pressentir.',
    challenging:
      'Ta pensée peut parfois devenir brumeuse ou confuse. Les malentendus vont dans les deux sens, tu te laisses peut-être porter par tes désirs plutôt que par les faits, ou tu évites les réalités désagréables. Pourtant, ton imagination est immense, et elle mérite d’être protégée. Écrire les choses, vérifier les détails et ancrer tes intuitions permet à ta créativité de briller sans confusion.',
  },
  mercury_pluto: {
    conjunction:
      'Comme un projecteur, ton esprit part à la recherche de ce qui est caché. Mercure conjoint à Pluton te donne une pensée pénétrante d’enquêteur et un talent pour mettre au jour les secrets, et la recherche, la psychologie ou le travail d’investigation peuvent t’attirer. Tes mots ont du pouvoir. Les utiliser pour révéler plutôt que pour blesser fait de toi une voix redoutable.',
    harmonious:
      'La profondeur vient naturellement à ta pensée. Tu sais te concentrer intensément pendant de longues périodes, voir à travers les faux-semblants et lire les motivations cachées des autres avec une justesse parfois dérangeante. La recherche, la psychologie, l’enquête et la stratégie peuvent te convenir. Offerte avec délicatesse, ta perspicacité aide les gens à regarder la vérité de leur vie en face et à commencer à changer.',
    challenging:
      'Ton esprit peut devenir obsessionnel ou soupçonneux. Tu crains peut-être la manipulation, ou tu fais des mots une arme face à une menace, et les débats peuvent tourner à la lutte de pouvoir. Cette tension te donne une profondeur mentale extraordinaire. La diriger vers une compréhension honnête en fait une source de lucidité qui guérit.',
  },
  mercury_true_node: {
    conjunction:
      'Chez toi, l’esprit et la destinée sont étroitement liés. L’apprentissage, la communication et l’échange d’idées te portent vers ta raison d’être, et une seule conversation peut ouvrir une porte à un moment clé. Écrire, enseigner, traduire ou relier les gens fait peut-être partie de ta vocation. Fais confiance à ta curiosité, même quand elle vagabonde ; elle mène souvent quelque part d’important.',
    harmonious:
      'Ta façon de penser soutient ta croissance. Les idées, les conversations, les formations et les livres t’aident à évoluer dans la direction que cherche ton âme, et tu rencontres peut-être des personnes importantes grâce à tes mots ou à tes questions. Suivre tes véritables centres d’intérêt intellectuels, plutôt que ceux que tu crois devoir avoir, te mène sûrement vers ta raison d’être.',
    challenging:
      'Tes habitudes de pensée sont peut-être précisément ce qui te retient. Tu analyses trop, tu argumentes depuis d’anciennes positions, ou tu cherches des explications familières alors que ton chemin te demande quelque chose que tu n’as pas encore compris. La croissance naît de la curiosité pour ce que tu ne sais pas. Ouvrir ton esprit à des perspectives inconnues te fait avancer.',
  },
  mercury_chiron: {
    conjunction:
      'Les mots et l’apprentissage portent peut-être une vieille blessure. Ton enfance a peut-être connu les malentendus, les étiquettes ou le silence imposé, et tu hésites encore parfois avant de dire ce que tu penses. Pourtant, cette expérience même fait de toi une écoute précieuse et une voix qui guérit par le langage. Ta voix, une fois que tu lui fais confiance, aide les autres à trouver la leur.',
    harmonious:
      'Penser et parler font partie de ta manière de guérir. Tu sais évoquer des expériences douloureuses, les tiennes comme celles des autres, avec sensibilité, humour et lucidité, et tu as peut-être un don pour l’enseignement, l’écriture ou l’écoute thérapeutique. Tes mots savent apaiser et donner de la force à la fois. Les gens se souviennent souvent, des années plus tard, d’une phrase que tu as dite.',
    challenging:
      'La communication peut effleurer d’anciennes blessures. Tu as peut-être l’impression qu’on ne t’entend pas, tu crains qu’on balaie tes idées, ou tu rejoues des conversations longtemps après qu’elles sont terminées. Des difficultés d’apprentissage ou des enseignants durs font peut-être partie de l’histoire. La guérison passe par la confiance en ta voix et par une parole bienveillante, à commencer par la façon dont tu te parles à toi-même.',
  },
  mercury_asc: {
    conjunction:
      'Ton esprit se montre dans ta façon de te présenter. Mercure près de ton Ascendant te donne de la vivacité, de l’éloquence et de la curiosité, et l’on remarque ton esprit de repartie et les questions que tu poses. Tu gardes peut-être une allure et des manières juvéniles. Le défi consiste à équilibrer la parole et l’écoute, pour que ton éclat attire les gens au lieu de les submerger.',
    harmonious:
      'La pensée et la personnalité font bon ménage en toi. Tu communiques facilement et tu donnes l’image de quelqu’un d’intelligent, d’amical et d’intéressé par les autres, ce qui facilite les premières rencontres. Les mots sont l’un de tes meilleurs outils pour faire bonne impression. Les entretiens, les présentations et les conversations avec des inconnus jouent en général en ta faveur.',
    challenging:
      'Tes mots et ton attitude ne concordent pas toujours. On peut mal te comprendre à la première rencontre, ou tu as l’impression que tes pensées sortent autrement que prévu, trop tranchantes ou trop hésitantes. La nervosité peut s’entendre dans ta voix. Pratiquer une communication claire et honnête réduit peu à peu l’écart entre ce que tu penses et la façon dont tu le dis.',
  },
  mercury_mc: {
    conjunction:
      'Dans ton thème, la carrière et l’esprit sont étroitement liés. Mercure près de ton Milieu du Ciel évoque une vie professionnelle construite autour de la communication, de l’enseignement, de l’écriture, des médias ou du commerce, et l’on te connaîtra peut-être pour tes idées ou ta voix. Ce que tu dis en public façonne ta réputation. Continue d’apprendre et de mettre tes compétences à jour ; ta carrière grandit avec ta pensée.',
    harmonious:
      'La clarté de pensée est pour toi un atout professionnel. Tes talents de communication, ta rapidité d’apprentissage et tes bonnes idées fluidifient ta carrière, et l’écriture, l’enseignement, le conseil ou le commerce peuvent t’apporter le succès. Tu sais expliquer ton travail aux personnes qui comptent. Le réseautage te vient naturellement, et une bonne conversation mène souvent à ta prochaine occasion.',
    challenging:
      'Tes idées ne s’accordent pas toujours avec le parcours professionnel qui s’offre à toi. Tu as peut-être du mal à formuler tes ambitions, l’impression que ta voix n’est pas entendue au travail, ou tu changes plusieurs fois de direction avant de trouver le bon domaine. Chaque virage t’apprend quelque chose. Formuler clairement ce que tu apportes aide ta réputation à grandir.',
  },
};
