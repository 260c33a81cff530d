import type { Sign } from '@/lib/astro/types';

export const venus: Record<Sign, string> = {
  aries:
    'L’amour, pour toi, est une poursuite et une étincelle. Le courage, la franchise et un soupçon de défi t’attirent, et tu sais en général tout de suite si quelqu’un t’intéresse. L’ennui tue le désir plus vite que le conflit. Tu grandis en gardant le feu vivant après l’élan des débuts, en découvrant que l’intimité véritable peut elle aussi être une aventure.',
  taurus:
    'Tu aimes avec tes sens et avec ta patience. Le toucher, la bonne chère, les belles choses et le temps partagé sans se presser comptent profondément pour toi, et ton affection est stable et généreuse. La sécurité est un aphrodisiaque. La possessivité peut s’installer quand le doute te gagne ; laisse ta loyauté tranquille s’accompagner d’une confiance dans la liberté de l’autre.',
  gemini:
    'La conversation est ta manière de séduire. Les esprits vifs, les échanges pleins d’humour et les personnes qui te surprennent t’attirent, et il te faut un partenaire qui soit aussi un ami. La variété garde ton cœur en éveil. La profondeur vient quand tu laisses un lien grandir au-delà du simple jeu et que tu découvres tout ce qu’il reste encore à se dire.',
  cancer:
    'Tendresse et protection, voilà ta façon d’aimer. Tu désires un lien qui ressemble à un foyer, fait de rituels partagés, de souvenirs et d’un sentiment d’appartenance. Ta nature est nourricière et d’une loyauté profonde. La peur du rejet peut te pousser à la méfiance ou à t’accrocher ; souviens-toi que tu es digne d’amour pour ce que tu es, pas seulement pour les soins que tu prodigues.',
  leo: 'Tu aimes avec générosité, avec loyauté et avec le sens de la fête. Le romantisme, les grands gestes et la fierté d’être aux côtés de l’autre comptent pour toi, et tu as besoin qu’on t’adore autant que tu adores. Passer inaperçu te blesse. Ton plus beau cadeau est de faire briller les gens comme des stars ; laisse-le aussi éclairer les moments ordinaires et sans éclat de l’amour.',
  virgo:
    'Ton dévouement se lit dans tes actes : le détail dont tu te souviens, l’objet réparé, l’aide offerte avant même qu’on la demande. La compétence, la sincérité et les personnes qui prennent soin d’elles-mêmes t’attirent. La critique peut se glisser là où loge l’anxiété. Accepter l’imperfection, la tienne comme celle des autres, transforme ton attention en un amour qui dure.',
  libra:
    'Le couple est pour toi un art à part entière. La grâce, la courtoisie et la beauté te séduisent, et tu apportes harmonie et bon goût à chaque relation. Tu as besoin d’un partenaire qui se tienne à ta hauteur. Prends garde à ne pas perdre tes propres désirs dans l’effort de plaire ; l’équilibre inclut aussi ton plateau de la balance.',
  scorpio:
    'Tu n’aimes pas à la légère. C’est l’intensité, la loyauté et la vérité émotionnelle que tu recherches, et tu préfères un seul lien profond à plusieurs liens agréables. La jalousie et la peur de la trahison peuvent assombrir tes sentiments. Quand tu laisses la confiance grandir lentement et que tu parles ouvertement du désir, ton amour devient profondément transformateur.',
  sagittarius:
    'La liberté et l’aventure partagée gardent ton cœur ouvert. Les personnes qui élargissent ton monde, te font rire et partagent ta soif de sens t’attirent. L’engagement peut ressembler à une cage s’il signifie l’immobilité. Le bon lien, pour toi, est un voyage et non une destination, et tu restes fidèle à qui grandit avec toi.',
  capricorn:
    'L’amour est pour toi quelque chose qui se construit avec le temps. Tu apprécies la fiabilité, l’ambition et les personnes qui tiennent parole, et tu exprimes ton affection par l’engagement et le soutien concret. La prudence peut te faire mettre du temps à t’ouvrir. T’autoriser la spontanéité et la tendresse, voire un brin de folie, révèle la chaleur cachée sous ta réserve.',
  aquarius:
    'Chez toi, l’amour commence par l’amitié. L’originalité, l’intelligence et une vision partagée t’attirent davantage que les conventions, et tu as besoin d’espace au cœur même de la proximité. Les autres ont parfois du mal à te lire. Montrer ta chaleur de façon simple et personnelle permet de sentir à quel point tu tiens aux gens, même si ton amour ne suit pas le scénario habituel.',
  pisces:
    'Ton amour est tendre, imaginatif et sans limites. Tu sais voir le meilleur chez les autres, et le romantisme, la musique et les liens d’âme à âme t’attirent. Tu pardonnes facilement, parfois trop. Aimer avec sagesse, c’est garder ta compassion tout en voyant les gens tels qu’ils sont, et choisir des partenaires capables de répondre à ton dévouement.',
};
