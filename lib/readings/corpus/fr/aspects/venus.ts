import type { AspectTexts, PairKeysOf } from '../../types';

export const venus: Record<PairKeysOf<'venus'>, AspectTexts> = {
  venus_mars: {
    conjunction:
      'Le désir et l’affection se confondent en toi. Tu aimes avec passion et tu poursuis ce que tu trouves beau, et les autres remarquent chez toi quelque chose de magnétique et de sensuel. L’amour peut avoir un goût d’urgence. Quand tu laisses la tendresse ralentir le rythme du désir, tes relations gagnent à la fois en chaleur et en endurance, et ton travail créatif gagne un vrai feu.',
    harmonious:
      'L’attirance et l’action coopèrent dans ta vie. Tu sais ce que tu veux en amour et tu peux le poursuivre avec grâce, en équilibrant l’affirmation de toi et le charme. L’énergie créative et amoureuse circule librement. Cela t’apporte chaleur et assurance dans le couple, ainsi qu’un talent pour tout art qui demande à la fois de la passion et du raffinement.',
    challenging:
      'Ce que tu désires et ce que tu trouves aimable peuvent tirer l’un contre l’autre. Des personnes qui t’excitent sans vraiment te convenir t’attirent peut-être, ou tu oscilles entre la poursuite et le retrait. Les frictions amoureuses sont des maîtres familiers. Apprendre ce à quoi tu tiens vraiment permet à la passion et à la paix de vivre côte à côte.',
  },
  venus_jupiter: {
    conjunction:
      'La générosité et la chaleur débordent de toi. Tu aimes les plaisirs de la vie, tu donnes sans compter et tu attires volontiers l’affection, la bonne compagnie et parfois la chance. La beauté et la fête te remontent le moral. La modération est la seule leçon : l’excès des bonnes choses, dans les dépenses, les douceurs ou les promesses, peut ternir la joie que tu répands naturellement.',
    harmonious:
      'Chez toi, l’amour et la chance voyagent souvent ensemble. Les relations te font grandir, la vie sociale coule de source et tu as le don de voir le meilleur chez les gens. L’art, les voyages et la fête t’enrichissent. Cette grâce facile fait de toi une présence bienvenue et une amitié généreuse, et l’on se souvient de ta gentillesse.',
    challenging:
      'Ton appétit de plaisir ou d’affection peut dépasser ton jugement. Il t’arrive de trop dépenser, de te laisser aller à l’excès ou d’attendre de l’amour plus qu’aucune personne ne peut donner. Idéaliser tes partenaires est un risque. Apprendre à savourer plutôt qu’à accumuler, et à aimer les gens tels qu’ils sont, transforme cette abondance en véritable contentement.',
  },
  venus_saturn: {
    conjunction:
      'L’amour est pour toi une affaire sérieuse. Tu as peut-être douté très tôt d’être digne d’amour, ou dû mériter l’affection, ce qui t’a appris la prudence et la loyauté dans les relations. L’engagement compte profondément. En mûrissant, ton amour devient plus stable et plus riche ; ce que tu construis avec un partenaire a tendance à durer, et tu découvres que tu méritais l’amour depuis toujours.',
    harmonious:
      'La loyauté et la stabilité façonnent ta manière d’aimer. Tu prends tes engagements au sérieux et tu bâtis des relations qui se renforcent avec le temps. Tu préfères la qualité à la quantité. Ta patience en amour et la sûreté de ton goût font de toi quelqu’un sur qui l’on peut compter dans la durée, en couple, en amitié comme dans le travail.',
    challenging:
      'L’affection peut sembler rare ou gardée sous clé. La peur du rejet, le sentiment de ne pas suffire ou des expériences précoces d’amour froid te poussent peut-être à te retenir. Les relations peuvent ressembler à des examens. Avec le temps et une bienveillance honnête envers toi-même, tu découvres que l’amour peut se donner et se recevoir sans avoir à le mériter.',
  },
  venus_uranus: {
    conjunction:
      'L’amour te frappe comme la foudre. Les personnes singulières et indépendantes t’attirent, tu as besoin de liberté au cœur de l’intimité, et tes goûts sortent peut-être des sentiers battus. Les relations peuvent commencer et finir brusquement. Trouver un partenaire qui respecte ton indépendance, et qui reste un ami, offre un foyer stable à ton cœur électrique.',
    harmonious:
      'La nouveauté garde ta vie amoureuse vivante. Tu apprécies les relations peu conventionnelles, les amitiés qui franchissent toutes sortes de frontières et l’art qui surprend. Tu acceptes les autres tels qu’ils sont. Cette ouverture garde tes relations stimulantes et tes goûts originaux, et elle aide les gens à se sentir libres d’être eux-mêmes auprès de toi, ce qui est une forme d’amour à part entière.',
    challenging:
      'L’intimité et la liberté peuvent se tirailler en amour. Des personnes indisponibles ou imprévisibles t’attirent peut-être, ou l’agitation te gagne dès que les choses se stabilisent. Les coups de foudre et les ruptures soudaines sont possibles. Comprendre ton besoin d’espace te permet de choisir des relations où l’on respire, plutôt que de fuir celles qui t’enferment.',
  },
  venus_neptune: {
    conjunction:
      'Romantique, tendre et sans limites : c’est ainsi que tu aimes. Tu vois l’âme des gens, et la beauté artistique, musicale ou spirituelle peut t’attirer. L’idéalisation est un risque ; tu peux t’éprendre d’un potentiel plutôt que d’une réalité. Garder les yeux ouverts tout en préservant ta compassion permet à ton amour d’être à la fois magique et sage.',
    harmonious:
      'L’imagination et la tendresse se mêlent magnifiquement en toi. Tu as une vraie sensibilité artistique et un don pour l’amour compatissant, et tes relations les plus proches peuvent sembler presque spirituelles. La musique, le cinéma ou la peinture peuvent t’émouvoir aux larmes. Ton empathie fait de toi une présence douce et compréhensive, qui pardonne sans tenir de comptes.',
    challenging:
      'Les illusions romantiques peuvent mener à la déception. Tu idéalises peut-être tes partenaires, tu ignores des signaux d’alerte ou tu sacrifies trop par amour. L’argent, lui aussi, peut te filer entre les doigts quand tu donnes avec le cœur plutôt qu’avec la tête. Apprendre à voir les gens clairement, et à ne donner que ce qui est sain, empêche ta compassion de se changer en sacrifice de toi.',
  },
  venus_pluto: {
    conjunction:
      'L’amour est pour toi intense et transformateur. Tu cherches la profondeur et une connexion totale, et les relations peuvent apporter passion, jalousie et changements profonds, parfois tout à la fois. L’affection superficielle t’ennuie tout simplement. La confiance, l’honnêteté et le courage de lâcher le contrôle permettent à ton amour de devenir une puissante force de guérison plutôt qu’un lieu de lutte.',
    harmonious:
      'La profondeur et la constance marquent ta manière d’aimer. Tu sais nouer des liens intenses et transformateurs sans t’y perdre, et ton attrait porte un magnétisme discret que les autres ressentent. La loyauté compte énormément pour toi. Les relations t’aident à grandir et à te régénérer, et ta passion tend à les porter à travers des saisons qui mettraient fin à des liens plus légers.',
    challenging:
      'L’amour peut devenir un champ de bataille fait de pouvoir et de peur. La jalousie, la possessivité ou la terreur de la trahison peuvent surgir, et les relations traversent parfois des crises qui semblent de vie ou de mort. L’argent et l’intimité peuvent s’emmêler. Affronter honnêtement tes peurs, plutôt que contrôler l’autre, transforme cette intensité en intimité profonde et en confiance.',
  },
  venus_true_node: {
    conjunction:
      'L’amour et la beauté sont tissés dans ton chemin de vie. Les relations, l’art ou le travail qui consiste à mettre les gens en harmonie peuvent jouer un rôle central dans ta croissance, et certains partenaires semblent écrits dans ton destin dès la première rencontre. Suivre ce que tu aimes sincèrement, plutôt que ce qu’on te dit de désirer, te mène vers ta raison d’être.',
    harmonious:
      'Tes valeurs et tes relations soutiennent ta croissance. L’amour, l’amitié et la créativité t’ouvrent des portes, et tu rencontres peut-être des personnes précieuses grâce à ta vie sociale, à l’art ou à une simple gentillesse. Le plaisir n’est pas une distraction sur ton chemin, il en fait partie. Fais confiance à ton sens de ce qui est beau et juste ; il indique la voie.',
    challenging:
      'Le confort dans les relations, ou de vieilles habitudes de complaisance, peuvent te retenir en silence. Ta croissance te demande peut-être de sortir des façons familières de donner et de recevoir l’amour, même quand le familier a un goût de douceur. T’accorder assez de valeur pour décevoir quelqu’un, de temps en temps, t’aide à avancer vers ta véritable raison d’être.',
  },
  venus_chiron: {
    conjunction:
      'L’amour et l’estime de soi portent une blessure tendre. Tu as peut-être cru ne pas mériter l’amour, manquer de beauté ou prendre en quelque sorte trop de place, et il t’arrive encore de douter de ta valeur dans les relations alors même que tout prouve le contraire. La guérison passe par une acceptation de toi patiente. En chemin, tu peux développer un don rare pour aider les autres à se sentir beaux et aimés.',
    harmonious:
      'L’amour fait partie de ton remède. Les relations, l’art et la beauté t’aident à te remettre de vieilles blessures, et tu as peut-être le don de faire sentir aux autres qu’ils ont de la valeur exactement tels qu’ils sont. Ta compassion est douce et vraie, jamais ostentatoire. Un travail créatif ou de soin peut transformer ce talent discret en quelque chose qui change des vies.',
    challenging:
      'Les relations peuvent appuyer sur tes insécurités les plus profondes. Tu crains peut-être le rejet, tu doutes de mériter l’amour qu’on t’offre, ou tu choisis des partenaires qui confirment tes doutes. Ces schémas ne sont pas ta faute, mais c’est à toi de les guérir. Apprendre d’abord à t’aimer transforme la manière dont tu aimes tous les autres, et dont ils t’aiment.',
  },
  venus_asc: {
    conjunction:
      'Le charme fait partie de ta présence. Vénus près de ton Ascendant te donne de l’attrait, de la grâce et une compagnie agréable, et les gens ont tendance à s’attacher à toi avant même que tu aies dit grand-chose. La beauté, le style et les bonnes manières comptent pour toi. Le travail plus profond consiste à te valoriser au-delà des apparences, pour que le désir de plaire ne te coûte jamais ton authenticité.',
    harmonious:
      'La grâce et la chaleur colorent ta façon de te présenter. Les gens te trouvent sympathique et agréable à côtoyer, et ton sens du style semble te venir tout seul. Les premières impressions jouent en général en ta faveur. Utilisé avec générosité, ce charme ouvre des portes non seulement pour toi, mais aussi pour ceux que tu choisis d’emmener avec toi.',
    challenging:
      'Ton besoin d’approbation peut parfois entrer en conflit avec le simple fait d’être toi-même. Tu ressens peut-être la pression de plaire, d’avoir une certaine apparence ou d’aplanir chaque moment gênant, et tu doutes de ton attrait plus que quiconque. T’accepter, aspérités comprises, révèle une beauté qui ne dépend d’aucune approbation.',
  },
  venus_mc: {
    conjunction:
      'La grâce et le charme façonnent ta vie publique. Vénus près de ton Milieu du Ciel oriente vers une carrière dans les arts, le design, la beauté, la diplomatie ou tout domaine qui récompense l’harmonie et le bon goût, et ta réputation a de bonnes chances d’être chaleureuse. Les gens aiment travailler avec toi. Laisse ton travail exprimer ce que tu aimes, et le succès suivra souvent.',
    harmonious:
      'Les valeurs et la vocation se soutiennent dans ta vie. La réussite peut venir d’un travail créatif, social ou diplomatique, et les personnes en position d’autorité te regardent souvent avec bienveillance. Ta carrière peut t’apporter un vrai plaisir, pas seulement un revenu. Les collaborations et les partenariats font souvent progresser ta position : investis dans les relations de travail qui te font réellement du bien.',
    challenging:
      'Tes valeurs et ta carrière peuvent tirer dans des directions différentes. Tu as peut-être l’impression que ton travail ne reflète pas ce que tu aimes, ou que les relations et l’ambition se disputent les mêmes heures. Les compromis, dans un sens comme dans l’autre, peuvent laisser un goût d’inachevé. Accorder peu à peu ce que tu fais avec ce à quoi tu tiens t’apporte un épanouissement durable.',
  },
};
