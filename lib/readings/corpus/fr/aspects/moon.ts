import type { AspectTexts, PairKeysOf } from '../../types';

export const moon: Record<PairKeysOf<'moon'>, AspectTexts> = {
  moon_mercury: {
    conjunction:
      'Chez toi, le ressenti et la pensée ne font qu’un. Tu comprends tes émotions en en parlant, et tes mots portent une couleur affective à laquelle les gens réagissent. Ta mémoire est vive, surtout pour ce que les choses t’ont fait ressentir. Quand quelque chose te bouleverse, tes pensées peuvent s’emballer ; les écrire ou les dire à voix haute à quelqu’un de confiance te ramène à ton centre.',
    harmonious:
      'Tu sais mettre des mots sur tes émotions avec une aisance peu commune. Les conversations t’apaisent, et tu trouves souvent exactement ce qu’il faut dire pour réconforter quelqu’un. Ton intuition et ta logique ont tendance à s’accorder. Cela fait de toi une oreille, une plume ou une présence de conseil naturelle, vers qui l’on se tourne pour comprendre son propre cœur.',
    challenging:
      'La tête et le cœur peuvent se parler sans s’entendre en toi. Il t’arrive de rationaliser tes émotions jusqu’à les faire disparaître, ou de constater que tes humeurs colorent ta pensée plus que tu ne le voudrais. Des malentendus avec tes proches peuvent naître de cet écart. Ralentir pour remarquer ce que tu ressens avant de l’expliquer donne à tes mots beaucoup plus de vérité.',
  },
  moon_venus: {
    conjunction:
      'La tendresse te vient naturellement. Tu as besoin d’affection, de beauté et d’harmonie pour te sentir en sécurité sur le plan émotionnel, et tu fais généralement preuve de générosité et de bienveillance dans tes attachements. Ta compagnie apaise. Veille à ce que ton désir de paix ne t’empêche pas d’exprimer des besoins qui pourraient faire des vagues ; ta douceur peut supporter un peu d’honnêteté.',
    harmonious:
      'La chaleur affective et le charme émanent facilement de toi. Tu sais mettre les gens à l’aise et rendre un intérieur agréable à vivre, et tes relations ont tendance à être tendres. Le plaisir et le confort te ressourcent. Ce don délicat fait de toi, dans n’importe quel groupe, une présence qui accueille, apaise et rapproche.',
    challenging:
      'Ce qui te réconforte et ce que tu désires ne coïncident pas toujours. Des personnes qui ne répondent pas tout à fait à tes besoins affectifs t’attirent peut-être, ou tu balances entre sécurité et romantisme. L’indulgence envers toi-même peut devenir une forme de consolation. Apprendre à t’offrir le soin que tu attends des autres réconcilie ces deux besoins.',
  },
  moon_mars: {
    conjunction:
      'Chez toi, les émotions arrivent avec de la chaleur. Quand quelque chose te tient à cœur, tu agis ; quand on te blesse, tu peux t’enflammer avant même d’avoir nommé ce que tu ressens. Tu défends avec bravoure les personnes que tu aimes. L’activité physique est un bon exutoire, et apprendre à marquer une pause avant de réagir transforme ce courage émotionnel brut en vraie force protectrice.',
    harmonious:
      'L’émotion et l’action font bon ménage en toi. Tu sais défendre tes besoins sans drame et suivre ton instinct avec assurance. Les gens se sentent en sécurité auprès de ton énergie protectrice. Ton courage émotionnel te permet d’affronter les conflits avec honnêteté, un don bien plus rare qu’il n’y paraît.',
    challenging:
      'L’irritation peut monter vite quand tes besoins ne sont pas comblés. Tu ressens peut-être une tension entre le désir de proximité et l’envie de te battre, et d’anciens schémas de conflit familial peuvent résonner dans tes réactions. Le sport et l’expression honnête aident énormément. Une fois comprise, cette énergie devient de la résilience émotionnelle et une loyauté farouche et protectrice.',
  },
  moon_jupiter: {
    conjunction:
      'La générosité du cœur est l’un de tes dons. Tu ressens les choses en grand, avec chaleur, humour et une foi instinctive que tout finira bien. Les gens se sentent accueillis et choyés auprès de toi. L’excès émotionnel, que ce soit dans la nourriture, les dépenses ou les promesses, est le seul écueil ; ton abondance n’a pas besoin d’exagération.',
    harmonious:
      'L’optimisme stabilise ta vie émotionnelle. Tu te remets des déceptions avec grâce et tu sais voir ce qu’une expérience difficile t’apprend, et ta famille ou ta communauté peut te soutenir généreusement. Prendre soin des autres te vient sans effort. Cet esprit lumineux est quelque chose vers quoi les gens reviennent, encore et encore.',
    challenging:
      'Tes besoins affectifs peuvent dépasser ce qu’une seule situation peut combler. Tu oscilles peut-être entre de grands espoirs et la déception, ou tu forces sur le réconfort, que ce soit par la nourriture, les achats ou le soin des autres. Ce lien te demande de la modération émotionnelle. Chercher le sens de tes émotions, plutôt que de les gonfler, transforme l’agitation en sagesse.',
  },
  moon_saturn: {
    conjunction:
      'Tu as appris tôt à tenir tes émotions en bride. Peut-être l’affection était-elle conditionnelle, ou les responsabilités sont-elles arrivées très jeune, et il t’est peut-être encore difficile de demander du réconfort. Pourtant, on peut profondément compter sur toi : tu es un roc pour les autres. Avec le temps, t’autoriser à recevoir adoucit ce sérieux et révèle ta grande force émotionnelle.',
    harmonious:
      'La stabilité émotionnelle est l’une de tes forces. Tu sais traverser les émotions difficiles avec maturité et garder ton calme quand les autres paniquent, et l’on se fie à ton bon sens. Les responsabilités ne te font pas peur. Souviens-toi que tes propres besoins comptent aussi ; être stable ne signifie pas n’avoir jamais besoin de rien.',
    challenging:
      'Les émotions et le devoir tirent souvent dans des directions opposées chez toi. La solitude peut te saisir même au milieu des autres, ou soupçonner que tes besoins sont un fardeau, et tes premières expériences t’ont peut-être appris l’autonomie trop tôt. Ce lien forge de la profondeur. Avec le temps et la confiance, tu découvres qu’accepter qu’on prenne soin de toi ne fait pas de toi quelqu’un de faible.',
  },
  moon_uranus: {
    conjunction:
      'Électrique et imprévisible, ta vie émotionnelle suit rarement un scénario. Tu as besoin de liberté au cœur même de l’intimité, et la routine dans une relation peut t’agiter. Les éclairs d’intuition sont fréquents. Trouver des personnes qui acceptent ton indépendance, et t’accorder de l’espace sans couper les ponts, offre un foyer stable à ton cœur singulier.',
    harmonious:
      'Tu apportes un vent frais dans la vie affective. Tu t’adaptes facilement au changement, tu acceptes les personnes atypiques et tu sais garder de bons rapports avec d’anciens partenaires. Ton intuition fonctionne par fulgurances. Cette ouverture fait de toi une compagnie stimulante et tolérante, qui aide les autres à se sentir libres d’être eux-mêmes, et elle te permet de réinventer ta vie domestique chaque fois qu’elle s’encroûte.',
    challenging:
      'L’intimité et la liberté peuvent te sembler des forces contraires. Tu as peut-être soif de sécurité, puis tu t’en échappes brusquement, ou tu traverses des bouleversements émotionnels soudains qui semblent venir de nulle part. Ta petite enfance a peut-être été imprévisible. Comprendre ton besoin d’espace te permet de créer des relations à la fois libres et profondément sûres.',
  },
  moon_neptune: {
    conjunction:
      'Sans limites, voilà le mot qui convient le mieux à ton monde émotionnel. Tu absorbes l’humeur des gens et des lieux, la compassion te vient facilement, et tu as peut-être des rêves très vifs ou un sens spirituel aigu. Il t’arrive de perdre tes propres émotions dans celles de quelqu’un d’autre. La création, la musique, la méditation et les moments de solitude t’aident à distinguer celles qui sont vraiment les tiennes.',
    harmonious:
      'L’imagination et l’empathie coulent doucement en toi. Tu comprends les autres sans qu’ils aient besoin de s’expliquer, et tu as peut-être des dons artistiques ou de guérison. Ton intuition est fiable. Honore-la par des moments calmes, de la musique et des exutoires créatifs, et elle te guidera bien dans tes relations comme dans les mille petites décisions du quotidien.',
    challenging:
      'Tes émotions peuvent se brouiller ou s’idéaliser. Tu cherches peut-être à sauver les autres, tu ignores des signaux d’alerte ou tu t’évades dans le rêve quand la réalité déçoit. Les personnes qui se sont occupées de toi enfant étaient peut-être insaisissables. Apprendre à voir les gens tels qu’ils sont, et à poser des limites douces, garde ta grande compassion saine plutôt que sacrificielle.',
  },
  moon_pluto: {
    conjunction:
      'Des émotions profondes et puissantes font partie de ta nature. Tu ressens intensément, tu t’attaches totalement, et tu as peut-être vécu tôt des bouleversements émotionnels qui ont façonné ta sensibilité. La confiance est tout. Comprendre tes propres profondeurs, par une thérapie ou une réflexion approfondie, transforme ton intensité en une profonde capacité de guérison et de transformation émotionnelle.',
    harmonious:
      'Tu peux puiser dans une profondeur et une résilience émotionnelles rares. Les crises ne t’effraient pas ; tu sais affronter des émotions intenses, rester avec elles et les laisser te transformer. Les gens te confient instinctivement leurs secrets. Ta finesse psychologique fait de toi un soutien naturel quand la vie de quelqu’un s’effondre et qu’il a besoin d’une présence stable.',
    challenging:
      'Des émotions intenses et des peurs de perte ou d’emprise marquent peut-être ta vie affective. Tu as peut-être connu des dynamiques familiales puissantes ou de la manipulation émotionnelle, et tu te protèges parfois par le contrôle ou le retrait. Regarder ces schémas en face avec honnêteté les transforme en une profonde capacité d’intimité et de force émotionnelle.',
  },
  moon_true_node: {
    conjunction:
      'Tes émotions sont une boussole qui indique ton chemin. Les expériences affectives, les liens familiaux et les personnes qui comptent pour toi jouent un rôle central dans ta croissance, et certains lieux ou certaines personnes t’attirent peut-être instinctivement, sans que tu saches pourquoi. Fais confiance à ton instinct sur ce point. Il connaît souvent la route bien avant que ta raison ne le rattrape.',
    harmonious:
      'Dans ton cas, les besoins affectifs soutiennent ta croissance au lieu de la freiner. Prendre soin des autres et te laisser choyer t’aident tous deux à évoluer, et tu trouves parfois au bon moment le soutien de ta famille, d’une figure maternelle, de mentors ou d’amis proches. Suivre ton instinct tend à te mener vers des expériences épanouissantes et vers les personnes que tu devais rencontrer.',
    challenging:
      'Ta zone de confort émotionnelle peut entrer discrètement en conflit avec la direction que ta vie veut prendre. Des humeurs familières, d’anciens rôles familiaux ou la sécurité du connu peuvent te retenir loin des expériences nouvelles que réclame ton âme. Sortir doucement de ces habitudes, un petit risque à la fois, ouvre la porte à ta raison d’être.',
  },
  moon_chiron: {
    conjunction:
      'Ta vie émotionnelle porte une blessure tendre, venue peut-être de soins précoces qui ne répondaient pas tout à fait à tes besoins, ou d’un parent qui souffrait lui-même. La douleur des autres trouve donc peut-être en toi une résonance profonde. La guérison vient quand tu apprends à prendre soin de toi aussi bien que tu prends soin des autres, et à partir de là tu deviens une source de profond réconfort.',
    harmonious:
      'La sensibilité est ton alliée dans la guérison, la tienne comme celle des autres. Tu sais accueillir la douleur émotionnelle avec douceur plutôt qu’avec panique, et tu as peut-être un don naturel pour réconforter ceux qui sont en deuil ou qui ont peur. Cette empathie discrète est une vraie force. Le soin, l’enseignement ou la création peuvent lui offrir un débouché qui a du sens.',
    challenging:
      'D’anciennes blessures émotionnelles peuvent refaire surface dans tes relations proches ou ta vie de famille, souvent aux moments où tu as le plus besoin de te sentir en sécurité. Tu crois peut-être, quelque part au fond de toi, qu’il faut prendre soin des autres pour mériter l’amour. La guérison vient quand tu apprends à recevoir aussi facilement que tu donnes, et à laisser les gens rester même quand tu ne leur es pas utile.',
  },
  moon_asc: {
    conjunction:
      'Ce que tu ressens se voit en surface. La Lune près de ton Ascendant rend tes émotions expressives et très réceptives à ton environnement, et les gens perçoivent ta chaleur, ou ton humeur, dès que tu entres quelque part. Ta présence peut changer avec ta météo intérieure. Savoir ce que tu ressens t’aide à aller vers le monde depuis la sécurité plutôt que depuis la réaction.',
    harmonious:
      'La grâce marque la manière dont tes émotions se reflètent dans ton attitude. On t’aborde facilement, on sent ton attention aux autres, et tu t’adaptes à une nouvelle compagnie sans te perdre. Ton intelligence émotionnelle est visible et appréciée. Tu trouves naturellement ta place dans tout rôle où mettre les gens à l’aise est la moitié du travail.',
    challenging:
      'Ce que tu ressens et ce que tu montres ne concordent pas toujours. Tu caches peut-être tes émotions derrière un visage composé, ou tu constates qu’elles se montrent précisément quand tu préférerais les garder pour toi. Les autres peuvent mal interpréter tes humeurs. Une expression de toi honnête et au bon moment accorde peu à peu ton monde intérieur et ton monde extérieur.',
  },
  moon_mc: {
    conjunction:
      'Ta vie émotionnelle et ton rôle public sont profondément entrelacés. Les métiers du soin, le travail au contact du public ou une carrière qui ressemble à une famille peuvent t’attirer, et ta réputation repose peut-être sur ta sensibilité et ton instinct de ce dont les gens ont besoin. Les hauts et les bas publics peuvent te toucher personnellement. Protéger des moments privés préserve ton équilibre émotionnel.',
    harmonious:
      'Le ressenti et la vocation travaillent ensemble dans ta vie. Tu peux trouver un vrai épanouissement dans un travail qui nourrit, loge, protège ou prend soin des autres, et ton intelligence émotionnelle te donne un avantage dans n’importe quel métier. Ta famille peut soutenir activement tes ambitions. Suivre ce qui t’émeut sincèrement mène souvent à une carrière qui te nourrit en retour.',
    challenging:
      'Le foyer et la carrière peuvent se disputer ton énergie émotionnelle. Tu balances peut-être entre les devoirs publics et les besoins privés, ou tu transportes sans t’en rendre compte des attentes familiales dans ta vie professionnelle. La culpabilité peut suivre le côté que tu choisis, quel qu’il soit. Trouver un rythme qui honore les deux, en acceptant qu’il évolue avec le temps, est ton travail au long cours.',
  },
};
