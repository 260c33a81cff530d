import type { AspectTexts, PairKeysOf } from '../../types';

export const jupiter: Record<PairKeysOf<'jupiter'>, AspectTexts> = {
  jupiter_saturn: {
    conjunction:
      'La vision et le réalisme se rejoignent en toi. Jupiter conjoint à Saturne, un lien que tu partages avec ceux nés à quelques mois de toi, te donne la capacité de rêver grand et de bâtir avec soin, en équilibrant optimisme et patience. Ta croissance suit peut-être des cycles d’expansion et de consolidation. Ton don : transformer de vastes visions en structures durables, un pas sobre après l’autre.',
    harmonious:
      'La foi et la discipline coopèrent dans ta vie. Tu sais planifier sur le long terme, saisir les occasions avec sagesse et bâtir une réussite qui dure, et tu sais quand pousser et quand attendre. La carrière et l’éthique ont tendance à se soutenir. Les gens voient en toi quelqu’un de sensé et de digne de confiance, dont l’optimisme a été mis à l’épreuve et a tenu bon.',
    challenging:
      'L’espoir et la prudence peuvent te ballotter d’un côté à l’autre. Tu oscilles peut-être entre l’excès de confiance et le doute, ou entre l’envie de saisir l’occasion et celle de jouer la sécurité, si bien que tu progresses par à-coups. Cette tension t’apprend le sens du moment juste. Savoir quand t’étendre et quand tenir bon devient l’une de tes compétences les plus précieuses.',
  },
  jupiter_uranus: {
    conjunction:
      'Des occasions soudaines et une soif de liberté marquent ta vie. Jupiter conjoint à Uranus, un lien partagé par beaucoup de personnes nées à la même époque que toi, apporte un optimisme inventif, l’amour de la nouveauté et une tendance à faire sauter les limites. Les coups de chance peuvent surgir de nulle part. Ton don est de voir des possibilités qui échappent aux autres et de leur faire assez confiance pour te mettre en mouvement.',
    harmonious:
      'La chance arrive souvent par le changement. Tu t’adaptes avec grâce à l’imprévu, tu accueilles les idées insolites et la chance te vient peut-être par la technologie, les voyages ou des choix peu conventionnels. Ton optimisme regarde vers l’avenir. Cela fait de toi un esprit novateur et une présence inspirante dans tout groupe qui a besoin d’air frais.',
    challenging:
      'L’agitation et le besoin de liberté peuvent te pousser à viser trop loin. Il t’arrive de prendre des risques soudains, de changer de cap trop souvent ou de rejeter des structures qui t’auraient été utiles. Pourtant, ce lien apporte aussi des moments de percée. Apprendre à équilibrer l’enthousiasme et la persévérance transforme ton esprit inventif en progrès durable.',
  },
  jupiter_neptune: {
    conjunction:
      'La foi et l’imagination sont immenses en toi. Jupiter conjoint à Neptune, partagé avec d’autres nés à la même période, te donne une vision du monde spirituelle, compatissante et idéaliste, avec de vrais dons artistiques ou de guérison. Les frontières peuvent se brouiller. Ancrer tes rêves généreux dans une forme concrète les empêche de se dissoudre en vœux pieux ou en don de soi sans fin.',
    harmonious:
      'La compassion et l’inspiration circulent facilement dans ta vie. Tu as une foi naturelle et un cœur généreux, et la spiritualité, la musique, l’art ou l’action caritative peuvent t’attirer. Ton intuition te guide bien. Cette douce sagesse aide les autres à croire en quelque chose de plus grand et de plus bienveillant que leurs soucis immédiats.',
    challenging:
      'Ton idéalisme peut courir plus vite que la réalité. Des causes, des personnes ou des croyances qui promettent plus qu’elles ne donnent peuvent t’attirer, ou tu étends ta bonté jusqu’à t’épuiser. Le discernement est la leçon. Une foi ancrée dans l’expérience, et une générosité aux limites saines, font ressortir la vraie beauté de ce lien.',
  },
  jupiter_pluto: {
    conjunction:
      'L’ambition est en toi à la fois profonde et vaste. Jupiter conjoint à Pluton, un lien que tu partages avec ceux de ta génération nés à la même période, te donne une puissante soif d’influence, de transformation et de croissance à grande échelle. Tu t’élèves peut-être à travers des crises qui en renverseraient d’autres. Utiliser ce pouvoir avec éthique est la clé d’un impact positif et durable.',
    harmonious:
      'Tu possèdes une capacité de régénération et de réussite à grande échelle. Tu comprends le pouvoir et sais t’en servir pour grandir, guérir ou bâtir, et les occasions de transformation tournent souvent à ton avantage. La recherche, la finance et le leadership peuvent te convenir. C’est un réservoir discret de force où puiser quand les enjeux sont élevés.',
    challenging:
      'L’appétit de pouvoir et de réussite peut créer des conflits. Tu rencontres peut-être des forces puissantes, tu te débats avec le contrôle ou quelque chose te pousse à réussir à tout prix. L’excès est un risque. Canalisée avec intégrité et humilité, cette ardeur intense peut produire des réalisations réellement transformatrices, pour toi comme pour les autres.',
  },
  jupiter_true_node: {
    conjunction:
      'La croissance et la chance sont liées à ton chemin de vie. Jupiter près du Nœud Nord apporte des occasions, des maîtres et des expériences qui t’élargissent et te portent vers ta raison d’être. La confiance en ta direction porte ses fruits. Suis le chemin qui agrandit ton monde, même quand il ressemble à un saut dans le vide.',
    harmonious:
      'L’optimisme te garde dans la bonne direction. Les occasions, les mentors et les expériences d’apprentissage arrivent souvent quand tu en as besoin, et ta générosité attire l’aide. Les voyages, les études ou l’enseignement peuvent jouer un rôle sur ton chemin. Fais confiance à la vue d’ensemble de ta vie, et ta croissance se déploiera naturellement.',
    challenging:
      'Des conforts ou des croyances familières peuvent freiner ta croissance. Il t’arrive d’en faire trop dans ce qui est facile, ou de t’accrocher à d’anciennes convictions quand ton chemin demande du neuf. Sortir de ta zone de confort, et questionner honnêtement ce que tu as toujours cru, ouvre une croissance qu’aucun coup de chance ne pourrait t’offrir.',
  },
  jupiter_chiron: {
    conjunction:
      'Ta blessure et ta sagesse sont liées. Jupiter conjoint à Chiron suggère que tes blessures autour de la foi, du sens ou des croyances deviennent tes plus grands maîtres. Tu perds peut-être la foi pour la reconstruire, plus profonde cette fois. Avec le temps, tu deviens une présence sage et généreuse qui aide les autres à retrouver l’espoir après la douleur.',
    harmonious:
      'La foi et la guérison travaillent ensemble en toi. Tu sais trouver du sens dans la douleur et aider les autres à faire de même, et l’enseignement, l’accompagnement ou la guidance spirituelle peuvent t’attirer. Ton optimisme est tempéré par la compréhension, ce qui le rend à la fois crédible et réconfortant pour ceux qui traversent des difficultés.',
    challenging:
      'D’anciennes blessures peuvent saper ta foi ou ton sens de la vie. Tu te débats peut-être avec des croyances qui t’ont fait du mal, ou tu doutes que la vie puisse être douce. Lentement, en la vivant, tu trouves une vérité qui t’appartient. Ta sagesse durement acquise devient alors un vrai cadeau pour ceux qui ont perdu leur chemin.',
  },
  jupiter_asc: {
    conjunction:
      'La générosité et l’optimisme rayonnent à travers ta présence. Jupiter près de l’Ascendant te donne de la chaleur, de l’ampleur et souvent de la chance dans les premières impressions, et les gens se sentent encouragés à tes côtés. Ta silhouette ou ta manière d’être ont peut-être quelque chose de plus grand que nature. La modération garde ton exubérance naturelle attachante plutôt qu’envahissante.',
    harmonious:
      'La bienveillance émane de ta personnalité. On trouve auprès de toi de l’amitié, de l’ouverture et des encouragements, et les occasions arrivent souvent par tes relations. Tu abordes la vie avec confiance. Cet optimisme naturel t’aide à rebondir après les revers, et fait de toi une présence bienvenue dans presque n’importe quel groupe, celle qui rappelle à tous que les choses peuvent encore bien tourner.',
    challenging:
      'Ton enthousiasme dépasse parfois la cible. Il t’arrive de trop promettre, de pécher par excès ou d’en prendre plus que tu ne peux porter. Ton esprit généreux est réel, et les gens le sentent. L’accompagner de limites réalistes, et tenir les promesses que tu fais, permet qu’on se fie entièrement à ta chaleur et à ton optimisme.',
  },
  jupiter_mc: {
    conjunction:
      'La réussite et la reconnaissance te viennent naturellement. Jupiter près du Milieu du Ciel apporte des occasions d’évolution professionnelle, de respect public et de leadership, et tu travailles peut-être dans l’enseignement, le droit, l’édition ou l’international. Ta réputation a tendance à être large et généreuse. Rester éthique et les pieds sur terre à mesure que tu t’élèves protège ta bonne fortune et la confiance qu’on te porte.',
    harmonious:
      'La prospérité tend à suivre tes efforts professionnels. Des occasions et des personnes bienveillantes t’aident à t’élever, et tu poursuis tes objectifs avec optimisme et vision. Ton image publique est favorable. Garde tes ambitions alignées sur tes valeurs, et ta réussite aura autant de sens qu’elle sera gratifiante.',
    challenging:
      'L’ambition dépasse parfois la réalité. Il t’arrive de viser trop haut professionnellement, d’accepter trop tôt des rôles trop grands, ou de sentir que ta réussite n’égale jamais tout à fait la vision que tu as en tête. Pourtant, cette insatisfaction nourrit aussi une vraie croissance. Accorder tes grands objectifs avec des étapes concrètes et bien choisies t’apporte des réussites durables.',
  },
};
