import type { Sign } from '@/lib/astro/types';

export const pluto: Record<Sign, string> = {
  aries:
    'Pluto im Widder verwandelt den rohen Willen. Wer mit dieser Stellung geboren ist, ringt mit Fragen von Überleben, Selbstbehauptung und dem Recht auf Neubeginn, und in dir lebt vielleicht ein heftiges, fast urtümliches Bedürfnis, nach deinen eigenen Bedingungen zu existieren. Die Lektion ist Macht im Dienst des Mutes statt der Herrschaft, und sie kann dich zu jemandem machen, der furchtlos Neues anstößt.',
  taurus:
    'Tief in deinem Wesen liegt eine Beziehung zu Besitz und Wert, die verwandelt werden will. Pluto arbeitet hier langsam an Ressourcen, Land und Körper, und bei dir kann sich das als gewaltiges Durchhaltevermögen zeigen, gepaart mit der Angst, zu verlieren, was du hast. Loszulassen, wenn die Zeit gekommen ist, und darauf zu vertrauen, dass du neu aufbauen kannst, ist deine stille Superkraft.',
  gemini:
    'Information ist Macht für alle, die mit Pluto in diesem Zeichen geboren sind, und du spürst das deutlich. Worte können verletzen oder heilen, und vielleicht hast du einen Instinkt für die verborgene Botschaft, die geheime Geschichte, die Idee, die alles verändert. Deine Aufgabe ist es, deinen durchdringenden Verstand zu nutzen, um Wahrheit zu enthüllen, statt sie zu manipulieren.',
  cancer:
    'Familie, Heimat und emotionale Wurzeln sind der Ort, an dem deine Generation ihren tiefsten Wandlungen begegnet. Alte Bindungen zerbrechen vielleicht und werden neu geknüpft, und womöglich trägst du Gefühle deiner Ahnen in dir, die verstanden werden wollen. Stellst du dich der Familiengeschichte ehrlich, wirst du frei, eine Zugehörigkeit zu schaffen, die stark, selbst gewählt und wirklich schützend ist.',
  leo: 'Selbstausdruck ist für diese Generation enorm aufgeladen. Vielleicht spürst du einen mächtigen Drang, gesehen zu werden, zu erschaffen und Spuren zu hinterlassen, zusammen mit der Angst, gewöhnlich zu sein. Wird aus dem Wunsch nach Anerkennung der Mut, authentisch du selbst zu sein, kann deine schöpferische Kraft Menschen wirklich bewegen.',
  virgo:
    'Arbeit, Gesundheit und Methode werden von den Menschen mit Pluto in der Jungfrau verwandelt. Vielleicht fühlst du dich getrieben zu analysieren, zu läutern und zu vervollkommnen, manchmal zwanghaft, und du bist fähig, schwierige Fertigkeiten zu meistern. Deine Kraft liegt darin, diese Intensität in Dienst zu verwandeln, ohne sie gegen dich selbst zu richten.',
  libra:
    'Beziehungen sind der Schmelztiegel dieser Generation. Vielleicht erlebst du Partnerschaft als Ort tiefgreifender Veränderung, an dem du mit Macht, Gleichberechtigung und Gerechtigkeit zwischen Menschen ringst. Alte Beziehungsmuster wollen sterben. Durch sie hindurch kannst du Beziehungen entdecken, die auf echtem gegenseitigem Respekt und auf Tiefe beruhen.',
  scorpio:
    'Pluto ist hier zu Hause, und deine Generation lebt nah an der Intensität des Lebens: an Begehren, Verlust, Macht und Wiedergeburt. Du fühlst tief und fühlst dich vielleicht zu dem hingezogen, was andere meiden. Vertrauen fällt dir nicht leicht. Deine Kraft liegt in emotionaler Ehrlichkeit und in der Fähigkeit, dich nach jedem Ende zu erneuern.',
  sagittarius:
    'Der Glaube ist es, den deine Generation verwandeln muss. Vielleicht stellst du überlieferte Glaubenssysteme infrage, suchst Wahrheit über Kulturen hinweg und hast starke Ansichten über den Sinn des Lebens. Fanatismus ist der Schatten, bei dir wie bei anderen. Deine Kraft liegt in einer ehrlichen Suche nach Weisheit, die Zweifel aushält und andere Wege respektiert.',
  capricorn:
    'Machtstrukturen stehen bei deiner Generation auf dem Prüfstand: Regierungen, Konzerne, die Regeln des Erfolgs. Vielleicht spürst du einen tiefen Drang, aufzubauen, zu lenken oder zu reformieren, und du verstehst, wie Autorität wirklich funktioniert. Setzt du dieses Wissen integer ein, kannst du etwas erschaffen, das wirklich Bestand hat.',
  aquarius:
    'Kollektive Macht und Technologie sind das Wandlungsfeld deiner Generation. Vielleicht spürst du den Sog von Bewegungen, Netzwerken und radikalen Ideen und ahnst, dass die Gruppe die Welt verändern kann. Behältst du den einzelnen, unersetzlichen Menschen im Kollektiv im Blick, bleibt dein revolutionärer Antrieb menschlich, und die Zukunft, für die du kämpfst, wird nicht bloß zu einem weiteren System.',
  pisces:
    'Die Grenzen zwischen Ich und Welt, Glaube und Fakt lösen sich für diese Generation auf. Vielleicht spürst du die Tiefe kollektiver Gefühle und fühlst dich zu Heilung, Kunst oder Spiritualität hingezogen. Die Gefahr ist Weltflucht, ob durch Substanzen, Fantasie oder endlose Aufopferung. Deine Kraft liegt in einem Mitgefühl, das stark genug ist, dem Leid ins Auge zu sehen, ohne darin zu ertrinken.',
};
