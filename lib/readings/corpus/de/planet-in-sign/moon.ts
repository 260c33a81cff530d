import type { Sign } from '@/lib/astro/types';

export const moon: Record<Sign, string> = {
  aries:
    'Gefühle kommen bei dir schnell und heiß, und meist verfliegen sie ebenso rasch. Du brauchst Raum, um zu reagieren, dich zu bewegen und auszusprechen, was gesagt werden will, und du beruhigst dich eher durch Handeln als durch Grübeln. Warten fällt dir schwer, Eingeengtsein noch schwerer. Wenn du lernst, vor einer Antwort einen Atemzug lang innezuhalten, kommt deine emotionale Ehrlichkeit als Stärke an statt als Funkenflug.',
  taurus:
    'Dein Gefühlsleben sehnt sich nach Beständigkeit: vertrautes Essen, ein bequemes Bett, Menschen, die da sind, wo sie es versprochen haben. Fühlst du dich einmal sicher, bist du bemerkenswert treu und bleibst auch unter Druck gelassen. Plötzliche Veränderungen bringen dich mehr aus dem Gleichgewicht, als du zeigst. Den Körper zu nähren heißt für dich wirklich, das Herz zu nähren, also behandle Ruhe und Genuss als Bedürfnisse und nicht als Luxus.',
  gemini:
    'Gefühle verarbeitest du, indem du sie in Worte fasst. Reden, Schreiben oder eine Emotion von mehreren Seiten zu betrachten hilft dir zu verstehen, was in dir vorgeht, und ein gutes Gespräch kann dich regelrecht wieder aufrichten. Deine Stimmungen wandern mit deinen Gedanken. Manchmal eilt der Kopf dem Herzen voraus, also übe, ein Gefühl etwas länger auszuhalten, bevor du es wegerklärst.',
  cancer:
    'Deine emotionalen Wurzeln reichen tief. Du erinnerst dich daran, wie sich Dinge angefühlt haben, spürst, was Menschen brauchen, bevor sie es sagen, und dein Zuhause, wo immer du es dir schaffst, ist ein Zufluchtsort, den du sorgsam hütest. Bist du verletzt, ziehst du dich vielleicht in deinen Panzer zurück. Deine Herausforderung ist, dich auch umsorgen zu lassen und darauf zu vertrauen, dass Verletzlichkeit nicht immer mit einer Wunde beantwortet wird.',
  leo: 'Du brauchst das Gefühl, für jemanden etwas Besonderes zu sein, und daran ist nichts Oberflächliches. Wärme, Treue und ein Talent dafür, dass andere sich gefeiert fühlen, liegen dir im Blut. Wird dein Herz übergangen, kann Stolz die Kränkung mit Drama oder Distanz überdecken. Den Menschen, die du liebst, einfach zu sagen, dass du ihre Aufmerksamkeit brauchst, ist mutiger und wirkt weit besser.',
  virgo:
    'Ordnung beruhigt dich. Wenn deine Gefühle hochkochen, greifst du zu einer Aufgabe, einer Liste oder einer Gelegenheit zu helfen, denn etwas in Ordnung zu bringen macht die Innenwelt überschaubar. Deine Liebe zeigst du durch praktische Fürsorge und kleine Gesten der Hilfsbereitschaft. Achte darauf, dass Sorge nicht zu deiner Grundstimmung wird; manche Gefühle wollen nur gefühlt werden, nicht gelöst.',
  libra:
    'Emotionales Gleichgewicht entsteht für dich in Beziehung. Am wohlsten fühlst du dich, wenn die Menschen um dich herum in Frieden sind, und du hast eine Gabe dafür, Spannungen zu glätten und anderen das Gefühl zu geben, gesehen zu werden. Konflikte können sich geradezu körperlich unangenehm anfühlen. Dein Wachstum liegt darin, deine eigenen Bedürfnisse früh anzusprechen, statt den Frieden zu wahren, bis sich leise Groll aufstaut.',
  scorpio:
    'Du fühlst alles mit großer Intensität und zeigst doch nur einen Teil davon. Vertrauen muss man sich bei dir langsam verdienen, und wenn du es schenkst, dann ganz, weshalb Verrat so tief schneidet. Unterströmungen, die anderen entgehen, nimmst du deutlich wahr. Emotionale Ehrlichkeit gegenüber Menschen, die sich als sicher erwiesen haben, befreit dich vom Zwang, zu bewachen und zu kontrollieren, und verwandelt deine Tiefe in eine heilende Kraft.',
  sagittarius:
    'Deine Seele braucht Luft. Schwere Gefühle bewältigst du, indem du ihren Sinn suchst, den Witz darin oder die offene Straße, und dein Optimismus lässt auch andere aufatmen. Emotional festgenagelt zu werden macht dich unruhig. Erlaube dir, lange genug in einem traurigen oder schwierigen Gefühl zu bleiben, um daraus zu lernen; der Horizont wartet auch danach noch auf dich.',
  capricorn:
    'Früh hast du gelernt, dich zusammenzureißen, und noch heute neigst du dazu, Gefühle zu managen, statt sie zu zeigen. Verlässlichkeit ist deine Sprache der Liebe: Du bist diejenige Person, die kommt und bleibt. Unter der Beherrschung liegt echte Empfindsamkeit. Wenn du andere sehen lässt, dass du müde, unsicher oder trostbedürftig bist, ist das keine Schwäche; genau so bekommt Nähe ihr Fundament.',
  aquarius:
    'Gefühle verstehst du am liebsten aus einer gewissen Distanz, und selbst in deinen engsten Bindungen brauchst du Freiheit. Freundschaft kann dich ebenso nähren wie Romantik, und du bist jenen treu, die dich ungewöhnlich sein lassen. Andere verwechseln deine Ruhe manchmal mit Kühle. Wenn du benennst, was du fühlst, und sei es unbeholfen, können die Menschen um dich herum die Wärme erleben, die wirklich da ist.',
  pisces:
    'Wie ein Schwamm saugst du das emotionale Wetter um dich herum auf. Mitgefühl fällt dir leicht, ebenso Träume, Musik und das Gefühl, dass alles miteinander verbunden ist. Weil du so viel empfindest, brauchst du vielleicht regelmäßige Rückzüge, um deine Gefühle von denen aller anderen zu unterscheiden. Sanfte Grenzen, kreative Ventile und stille Zeit sorgen dafür, dass deine Sensibilität eine Gabe bleibt und nicht zur Flut wird.',
};
