import type { AspectTexts, PairKeysOf } from '../../types';

export const uranus: Record<PairKeysOf<'uranus'>, AspectTexts> = {
  uranus_neptune: {
    conjunction:
      'Cette conjonction rare appartient à toute une génération, et tu en portes la signature : une fusion de la technologie et de l’imaginaire, du changement radical et de la soif spirituelle. Tu sens peut-être que l’ancien monde se dissout pendant qu’un nouveau est en train d’être rêvé. Ton rôle est d’aider à façonner ce rêve pour qu’il devienne humain et réel.',
    harmonious:
      'Partagé par beaucoup de personnes nées à ton époque, ce lien mêle l’intuition et l’innovation. Les nouvelles formes de spiritualité, d’art ou de technologie qui élargissent la conscience peuvent t’attirer. Le changement t’inspire plus qu’il ne t’effraie. Sur le plan personnel, il te donne un esprit souple et visionnaire qui s’adapte bien à un monde en mutation rapide.',
    challenging:
      'Ta génération ressent une tension entre le progrès et l’idéal, entre l’attraction de l’avenir et le besoin de sens. Tu oscilles peut-être entre l’enthousiasme pour le changement et la désillusion à son égard. Sur le plan personnel, ancrer tes idéaux et garder les idées claires sur ce qui est réel t’aide à traverser les périodes incertaines avec intégrité.',
  },
  uranus_pluto: {
    conjunction:
      'Ta naissance s’inscrit dans un lien générationnel de bouleversement et de renouveau. Uranus conjoint à Pluton marque une époque de transformation radicale, et tu portes peut-être l’instinct de renverser ce qui est pourri pour reconstruire à partir des racines. Le changement ne te fait pas peur. Utiliser cette absence de crainte avec sagesse fait de toi un puissant agent de renouveau.',
    harmonious:
      'Partagé avec ta génération, ce lien te donne une aisance face à la transformation et à l’innovation. Tu sais contribuer à des changements profonds sans semer le chaos, et tu as peut-être un don pour la réforme, la recherche ou la technologie. Sur le plan personnel, les crises deviennent souvent des tournants qui t’ouvrent une liberté nouvelle.',
    challenging:
      'Ta génération porte la tension entre le changement radical et la résistance qu’il suscite. Tu ressens peut-être personnellement la pression des bouleversements collectifs, à travers des changements de vie soudains ou des luttes de pouvoir avec les systèmes. Ce lien forge la résilience. Ton don est le courage d’affronter la transformation et d’aider les autres à la traverser.',
  },
  uranus_true_node: {
    conjunction:
      'Hors des sentiers battus, c’est la seule façon honnête de décrire ton chemin. Uranus près du Nœud Nord suggère que ta croissance passe par la liberté, l’innovation et la rupture avec les attentes, et des virages soudains peuvent réorienter ta vie vers sa raison d’être. Fais confiance aux surprises, même aux mauvaises ; elles te portent souvent exactement là où tu dois aller, plus vite que n’importe quel plan.',
    harmonious:
      'Le changement soutient ta croissance. Des occasions insolites, des personnes hors du commun et des intuitions soudaines t’aident à avancer vers ta raison d’être, et tu t’adaptes bien quand la vie bouge. Ton originalité fait partie de ton chemin, elle n’est pas un détour. Suis ce qui t’enthousiasme et te libère, et ta direction s’éclaircira à chaque expérience.',
    challenging:
      'L’agitation ou la rébellion peuvent te détourner de ta route. Il t’arrive de quitter une situation trop vite, ou de résister à l’engagement que ton chemin demande. Apprendre à distinguer la vraie libération de la simple fuite, et rester assez longtemps pour savoir laquelle tu choisis, t’aide à grandir dans la direction que souhaite ton âme.',
  },
  uranus_chiron: {
    conjunction:
      'Ta blessure est liée au sentiment de différence. Uranus conjoint à Chiron peut refléter des expériences de marginalité, de bouleversement soudain ou de décalage avec ton entourage. Pourtant, c’est aussi ton don : tu guéris en embrassant ta singularité, et tu peux aider les autres à accepter la leur.',
    harmonious:
      'L’originalité soutient ta guérison. Tu trouves des chemins peu conventionnels à travers la douleur, et les thérapies alternatives ou les approches novatrices du bien-être peuvent t’attirer. Tes intuitions peuvent libérer ceux qui se sentent prisonniers de vieux schémas et d’explications usées, et ton exemple montre que la différence n’est pas un défaut.',
    challenging:
      'Des changements soudains peuvent rouvrir d’anciennes blessures, ou ton besoin de liberté peut heurter ton besoin de guérir. Le sentiment d’être à part peut te gagner par moments. La guérison passe par l’acceptation de ta différence comme une force plutôt que comme un défaut à cacher, et par la découverte d’une communauté où ta singularité est sincèrement bienvenue.',
  },
  uranus_asc: {
    conjunction:
      'L’originalité définit ta présence. Uranus près de l’Ascendant te donne quelque chose d’inattendu, d’indépendant et souvent de surprenant, et les gens sentent que tu avances à ton propre rythme. Tu te réinventes peut-être plus d’une fois. La liberté d’être toi-même est essentielle, et ton exemple peut libérer les autres.',
    harmonious:
      'La fraîcheur et l’originalité colorent ta personnalité. Les gens apprécient ta curiosité et ton ouverture d’esprit, et tu t’adaptes facilement aux situations nouvelles. Ton indépendance séduit. Cela te permet d’introduire des idées et des manières de vivre nouvelles sans braquer les autres, un vrai talent dans tout groupe qui a besoin de changer mais qui le redoute.',
    challenging:
      'Ton besoin de liberté peut se heurter à ce que les autres attendent de ton comportement. On te juge parfois imprévisible ou rebelle, ou les cadres conventionnels t’agitent. Comprendre ton besoin d’indépendance, et l’expliquer à tes proches, t’aide à l’exprimer avec grâce plutôt qu’avec fracas.',
  },
  uranus_mc: {
    conjunction:
      'Ton parcours professionnel sera tout sauf ordinaire. Uranus près du Milieu du Ciel apporte des changements soudains, un travail innovant et un fort besoin de liberté professionnelle, et la technologie, la science ou les réformes peuvent t’attirer. Ta réputation a peut-être quelque chose d’atypique. Suis ton originalité ; c’est ta vocation.',
    harmonious:
      'L’innovation soutient ta carrière. Tu trouves des occasions dans les domaines nouveaux et tu t’adaptes bien aux changements professionnels, et l’on apprécie tes idées neuves. Le travail indépendant ou pionnier peut te convenir. Ton indépendance devient un atout professionnel qui te distingue, surtout dans les domaines qui inventent encore leurs propres règles.',
    challenging:
      'Les changements de carrière peuvent survenir brusquement, ou tu te heurtes à l’autorité. Les parcours classiques te rebutent peut-être, et tout emploi qui te restreint t’agite. Bâtir une carrière qui laisse place à la liberté et à l’innovation, peut-être ta propre entreprise ou un poste que tu conçois toi-même, transforme cette tension en originalité et en réussite.',
  },
};
