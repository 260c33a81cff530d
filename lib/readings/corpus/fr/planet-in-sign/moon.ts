import type { Sign } from '@/lib/astro/types';

export const moon: Record<Sign, string> = {
  aries:
    'Chez toi, les émotions arrivent vite et brûlantes, et elles repartent souvent aussi vite. Tu as besoin d’espace pour réagir, bouger, dire les choses, et c’est l’action plutôt que la réflexion qui t’apaise. Attendre est difficile ; qu’on t’étouffe, plus encore. Apprendre à prendre une respiration avant de répondre permet à ta franchise émotionnelle d’arriver comme une force plutôt que comme des étincelles.',
  taurus:
    'Ta vie émotionnelle a soif de stabilité : des plats familiers, un lit confortable, des gens qui sont là où ils ont dit qu’ils seraient. Une fois en sécurité, tu fais preuve d’une loyauté remarquable et d’un grand calme sous la pression. Les changements brusques peuvent te déstabiliser plus que tu ne le montres. Nourrir ton corps, c’est vraiment nourrir ton cœur : traite le repos et le plaisir comme des besoins, pas comme des caprices.',
  gemini:
    'Tu digères tes émotions en les mettant en mots. Parler, écrire ou retourner un sentiment sous plusieurs angles t’aide à comprendre ce qui se passe en toi, et une bonne conversation peut réellement te ressourcer. Tes humeurs changent au gré de tes pensées. Parfois l’esprit court plus vite que le cœur : exerce-toi à rester un peu plus longtemps avec une émotion avant de l’expliquer.',
  cancer:
    'Tes racines émotionnelles plongent profond. Tu te souviens de ce que les choses t’ont fait ressentir, tu devines ce dont les gens ont besoin avant qu’ils ne le disent, et ton foyer, où que tu le crées, est un sanctuaire que tu gardes jalousement. Quand quelque chose te blesse, tu peux te retirer dans ta coquille. Ton défi : laisser les autres prendre soin de toi à leur tour, et croire que la vulnérabilité ne rencontre pas toujours une blessure.',
  leo: 'Tu as besoin de compter de façon unique pour quelqu’un, et cela n’a rien de superficiel. La chaleur, la loyauté et un talent pour faire sentir aux autres qu’on les fête te viennent naturellement. Quand ton cœur est ignoré, la fierté peut masquer la blessure sous le drame ou la distance. Dire simplement aux personnes que tu aimes que tu as besoin de leur attention est plus courageux, et fonctionne bien mieux.',
  virgo:
    'L’ordre t’apaise. Quand tes émotions montent, tu attrapes une tâche, une liste ou une manière d’aider, car réparer quelque chose rend le monde intérieur plus maîtrisable. Tu montres ton amour par des attentions concrètes et de petits services. Veille à ce que l’inquiétude ne devienne pas ton humeur par défaut ; certaines émotions demandent seulement à être ressenties, pas résolues.',
  libra:
    'Pour toi, l’équilibre émotionnel se trouve dans la relation. Tu te sens le mieux quand les gens autour de toi sont en paix, et tu as le don d’apaiser les tensions et de faire en sorte que chacun se sente considéré. Le conflit peut te mettre physiquement mal à l’aise. Tu grandis en reconnaissant tôt tes propres besoins, plutôt que de préserver la paix jusqu’à ce que le ressentiment s’accumule en silence.',
  scorpio:
    'Tu ressens tout intensément et n’en montres qu’une partie. Ta confiance se gagne lentement, et une fois donnée elle est totale, c’est pourquoi la trahison te blesse si profondément. Tu perçois des courants souterrains qui échappent aux autres. L’honnêteté émotionnelle, partagée avec des personnes qui ont prouvé qu’elles étaient sûres, te libère du besoin de te garder et de contrôler, et fait de ta profondeur un pouvoir de guérison.',
  sagittarius:
    'Ton âme a besoin d’air. Face aux émotions difficiles, tu cherches le sens qu’elles portent, la blague qu’elles cachent ou la route qui s’ouvre, et ton optimisme aide les autres à respirer aussi. Qu’on cherche à te retenir sur le plan affectif, et l’agitation te gagne. Autorise-toi à rester dans une émotion triste ou pénible assez longtemps pour en apprendre quelque chose ; l’horizon sera toujours là après.',
  capricorn:
    'Très tôt, tu as appris à tenir bon, et tu as encore tendance à gérer tes émotions plutôt qu’à les montrer. La fiabilité est ton langage amoureux : c’est toi qui viens et qui restes. Sous ce calme se cache une vraie sensibilité. Laisser les autres te voir dans la fatigue, dans le doute ou en quête de réconfort n’est pas une faiblesse ; c’est ainsi que l’intimité pose ses fondations.',
  aquarius:
    'Tu préfères comprendre les émotions avec un peu de recul, et tu as besoin de liberté jusque dans tes liens les plus proches. L’amitié peut te nourrir autant que l’amour, et tu restes fidèle à ceux qui acceptent ta singularité. On peut prendre ton calme pour de la froideur. Nommer ce que tu ressens, même maladroitement, permet à tes proches de rencontrer la chaleur qui est bien là.',
  pisces:
    'Tu absorbes la météo émotionnelle autour de toi comme une éponge. La compassion te vient facilement, tout comme les rêves, la musique et le sentiment que tout est relié. Parce que tu ressens tant de choses, tu as parfois besoin de te retirer régulièrement pour distinguer tes émotions de celles des autres. Des limites douces, des exutoires créatifs et des moments de calme font de ta sensibilité un don plutôt qu’une inondation.',
};
