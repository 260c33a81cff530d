import type { Sign } from '@/lib/astro/types';

export const chiron: Record<Sign, string> = {
  aries:
    'Une vieille douleur autour de ton droit à exister comme tu l’entends se cache peut-être sous ton assurance. Chiron en Bélier peut se manifester par un doute à l’idée de prendre de la place, ou par une bravade qui masque ce doute. La guérison commence quand tu agis pour toi malgré la peur, et il se peut que tu encourages ensuite les autres à revendiquer leur propre courage.',
  taurus:
    'La blessure touche ici ton sentiment de valeur et de sécurité, peut-être à travers le manque ou un corps dans lequel tu ne te sentais pas en sécurité. Il t’arrive de surestimer ou de sous-estimer ce que tu possèdes. À mesure que tu apprends à faire confiance à ta propre valeur, tranquille et stable, tu deviens une présence apaisante et ancrée pour ceux qui ont perdu pied.',
  gemini:
    'Les mots ont peut-être été autrefois une source de douleur : ne pas être compris, t’entendre dire que tu manquais d’intelligence, ou ne pas réussir à exprimer ce que tu ressentais. Chiron en Gémeaux peut te pousser à douter sans cesse de ton esprit. En guérissant, tu développes un don rare pour expliquer les choses avec douceur et pour donner une voix aux autres.',
  cancer:
    'L’appartenance a pu sembler incertaine dans tes premières années, laissant un point sensible autour du foyer, de la famille ou des soins reçus. Tu maternes peut-être les autres tout en ayant du mal à recevoir. Te laisser choyer est le remède, et une fois que tu sais recevoir, tu deviens souvent une source de profond réconfort pour les autres.',
  leo: 'La visibilité et la reconnaissance peuvent réveiller chez toi une vieille piqûre. Peut-être ta spontanéité a-t-elle été balayée, ou as-tu appris que briller était dangereux. L’expression créative vécue pour elle-même, sans autre but, est ce qui répare. Avec le temps, tu peux aider les autres à s’autoriser à jouer et à être fiers de ce qu’ils sont.',
  virgo:
    'Le sentiment de n’être jamais tout à fait à la hauteur te pousse peut-être en avant. Chiron en Vierge peut amener du perfectionnisme, des inquiétudes pour ta santé ou l’impression de n’être utile que lorsque tu t’affaires. À mesure que tu acceptes ton être humain et imparfait, tu acquiers un vrai savoir-faire de guérison et la capacité d’aider les autres sans les juger.',
  libra:
    'Tes relations abritent ton point sensible. Tu crains peut-être le déséquilibre, le rejet ou de te perdre dans l’autre, ou tu te retrouves sans cesse à réparer les conflits des autres. C’est dans un partenariat égal et honnête que cette blessure finit par se refermer. Ton expérience peut faire de toi une voix avisée en matière d’amour et d’équité.',
  scorpio:
    'La confiance, l’intimité et le pouvoir portent peut-être chez toi d’anciennes blessures, liées à une trahison, une perte ou une emprise. Tu peux te méfier de laisser quiconque s’approcher. Affronter ces blessures avec courage les transforme. Tu peux devenir quelqu’un qui accompagne les autres à travers la crise, le deuil ou les vérités les plus dures.',
  sagittarius:
    'Le sens et les croyances peuvent être ton point sensible. Peut-être as-tu reçu une foi qui ne te correspondait pas, ou as-tu erré sans philosophie à laquelle te raccrocher. Le remède est une vérité que tu trouves par toi-même, éprouvée par l’expérience. Tu deviens alors capable d’enseigner, et d’aider les autres à trouver du sens sans dogme.',
  capricorn:
    'L’autorité et la réussite portent peut-être une ancienne blessure : la pression de réussir tôt, ou le sentiment qu’on ne t’a jamais donné le droit de diriger. La peur de l’échec peut être vive chez toi. Définir la réussite selon tes propres termes ôte le dard, et ton intégrité durement acquise devient un modèle pour les autres.',
  aquarius:
    'Te sentir en marge t’est peut-être familier, comme si tu n’avais jamais vraiment trouvé ta place dans le groupe. Chiron en Verseau peut rendre l’appartenance compliquée. Embrasser ta différence au lieu de t’en excuser marque le tournant. Avec le temps, tu peux aider ceux qui se sentent exclus à trouver une communauté et un lieu où leur singularité est bienvenue.',
  pisces:
    'Ta blessure prend peut-être la forme d’une souffrance diffuse, d’un trop-plein de ressenti ou d’un sentiment de séparation d’avec le sacré. Tu peux glisser vers la fuite ou le sacrifice de toi. Un lien spirituel, allié à des limites bienveillantes, est ce qui te stabilise. Tu peux alors accompagner avec douceur ceux qui se sentent perdus.',
};
