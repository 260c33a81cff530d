import type { Sign } from '@/lib/astro/types';

export const pluto: Record<Sign, string> = {
  aries:
    'En Bélier, Pluton transforme la volonté brute. Ceux qui naissent sous cette position affrontent des questions de survie, d’affirmation de soi et de droit à recommencer, et il peut y avoir en toi un besoin farouche, presque primitif, d’exister selon tes propres termes. La leçon : mettre le pouvoir au service du courage plutôt que de la domination, ce qui peut faire de toi quelqu’un qui ouvre les voies sans peur.',
  taurus:
    'Au plus profond de toi se joue un rapport à la possession et à la valeur qui demande à se transformer. Pluton en Taureau travaille lentement sur les ressources, la terre et le corps, et chez toi il peut se traduire par une endurance impressionnante, doublée de la peur de perdre ce que tu as. Lâcher prise quand le moment est venu, et te fier à ta capacité de reconstruire, voilà ton super-pouvoir discret.',
  gemini:
    'Pour ceux qui naissent avec Pluton en Gémeaux, l’information est un pouvoir, et tu le ressens vivement. Les mots peuvent blesser ou guérir, et tu as peut-être un flair pour le message caché, l’histoire secrète, l’idée qui change tout. Ta tâche est d’utiliser ton esprit pénétrant pour révéler la vérité plutôt que pour la manipuler.',
  cancer:
    'C’est dans la famille, la terre natale et les racines émotionnelles que ta génération vit ses transformations les plus profondes. D’anciens liens peuvent se rompre puis se reconstruire, et tu portes peut-être des émotions héritées des ancêtres qui demandent à être comprises. Regarder l’histoire familiale en face te libère pour créer une appartenance forte, choisie et réellement protectrice.',
  leo: 'L’expression de soi porte une charge immense pour cette génération. Tu ressens peut-être un puissant besoin de visibilité, de créer et de laisser ta marque, avec en contrepoint la peur de la banalité. Quand le désir de reconnaissance devient le courage d’être authentiquement toi-même, ta puissance créatrice peut profondément toucher les autres.',
  virgo:
    'Le travail, la santé et la méthode se transforment à travers ceux qui naissent avec Pluton en Vierge. Tu éprouves peut-être le besoin d’analyser, de purifier et de perfectionner, parfois de façon obsessionnelle, et tu es capable de maîtriser des savoir-faire difficiles. Ton pouvoir réside dans l’art de mettre cette intensité au service des autres, sans la retourner contre toi.',
  libra:
    'Les relations sont le creuset de cette génération. Tu vis peut-être le couple comme un lieu de changement profond, aux prises avec les questions de pouvoir, d’égalité et de justice entre les êtres. D’anciennes façons d’aimer et de se lier demandent à mourir. À travers elles, tu peux découvrir des relations fondées sur un respect mutuel réel et sur la profondeur.',
  scorpio:
    'Pluton est ici chez lui, et ta génération vit au plus près de l’intensité de la vie : le désir, la perte, le pouvoir et la renaissance. Tes émotions vont loin, et ce que les autres évitent peut t’attirer. La confiance ne vient pas facilement. Ton pouvoir réside dans l’honnêteté émotionnelle et dans la capacité de te régénérer après n’importe quelle fin.',
  sagittarius:
    'Ce sont les croyances que ta génération doit transformer. Tu remets peut-être en question les fois héritées, tu cherches la vérité à travers les cultures et tu as des convictions fortes sur le sens de la vie. Le fanatisme en est l’ombre, en toi comme chez les autres. Ton pouvoir réside dans une quête honnête de sagesse, capable de résister au doute et de respecter d’autres chemins.',
  capricorn:
    'Ta génération passe au crible les structures de pouvoir : les gouvernements, les entreprises, les règles de la réussite. Tu ressens peut-être un besoin profond de bâtir, de contrôler ou de réformer, et tu comprends comment l’autorité fonctionne vraiment. Utiliser ce savoir avec intégrité te permet de créer quelque chose qui dure réellement.',
  aquarius:
    'Le pouvoir collectif et la technologie sont le terrain de transformation de ta génération. Les mouvements, les réseaux et les idées radicales exercent sur toi leur attraction, et tu sens que le groupe peut changer le monde. Te souvenir de la personne unique et irremplaçable au sein du collectif garde ton élan révolutionnaire humain, et empêche l’avenir pour lequel tu te bats de devenir un système de plus.',
  pisces:
    'Pour cette génération, les frontières entre soi et le monde, entre la foi et les faits, se dissolvent. Tu ressens peut-être la profondeur de l’émotion collective, et la guérison, l’art ou la spiritualité t’appellent. Le risque, c’est la fuite, que ce soit par les substances, le rêve ou un sacrifice sans fin. Ton pouvoir réside dans une compassion assez forte pour regarder la souffrance en face sans s’y noyer.',
};
