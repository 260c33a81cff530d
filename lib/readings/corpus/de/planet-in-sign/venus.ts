import type { Sign } from '@/lib/astro/types';

export const venus: Record<Sign, string> = {
  aries:
    'Liebe ist für dich Jagd und Funke zugleich. Dich ziehen Mut, Direktheit und ein bisschen Herausforderung an, und meist weißt du sofort, ob dich jemand interessiert. Langeweile tötet das Begehren schneller als jeder Streit. Dein Wachstum liegt darin, das Feuer auch nach dem ersten Rausch am Brennen zu halten und zu entdecken, dass echte Nähe ebenfalls ein Abenteuer sein kann.',
  taurus:
    'Du liebst mit allen Sinnen und mit viel Geduld. Berührung, gutes Essen, schöne Dinge und gemeinsame Zeit ohne Eile bedeuten dir viel, und deine Zuneigung ist beständig und großzügig. Sicherheit wirkt auf dich wie ein Aphrodisiakum. Wenn du unsicher bist, kann sich Besitzdenken einschleichen, also lass deine stille Treue Hand in Hand gehen mit Vertrauen in die Freiheit des anderen.',
  gemini:
    'Gespräche sind deine Art zu flirten. Dich ziehen wache Köpfe, spielerisches Geplänkel und Menschen an, die dich überraschen, und in einer Partnerschaft brauchst du immer auch eine Freundschaft. Abwechslung hält dein Herz wach. Tiefe entsteht, wenn du eine Verbindung über die Phase des bloßen Vergnügens hinauswachsen lässt und entdeckst, wie viel es noch zu erzählen gibt.',
  cancer:
    'Zärtlichkeit und Schutz sind deine Sprache der Liebe. Du wünschst dir eine Bindung, die sich wie Zuhause anfühlt, mit gemeinsamen Ritualen, Erinnerungen und einem Gefühl von Zugehörigkeit. Fürsorglich und zutiefst treu bist du ohnehin. Die Angst vor Zurückweisung kann dich vorsichtig oder klammernd machen, also denk daran, dass du um deiner selbst willen liebenswert bist und nicht nur für die Fürsorge, die du gibst.',
  leo: 'Deine Liebe ist großzügig, treu und hat Sinn für den besonderen Moment. Romantik, große Gesten und Stolz auf den Menschen an deiner Seite sind dir wichtig, und du möchtest so sehr verehrt werden, wie du selbst verehrst. Übersehen zu werden schmerzt. Dein wärmstes Geschenk ist, dass sich andere bei dir wie Stars fühlen; lass das auch die alltäglichen, unspektakulären Momente der Liebe einschließen.',
  virgo:
    'Hingabe zeigt sich bei dir im Tun: im Detail, an das du dich erinnerst, im reparierten Gegenstand, in der Hilfe, die du anbietest, bevor jemand fragt. Dich ziehen Kompetenz, Aufrichtigkeit und Menschen an, die gut für sich sorgen. Wo Unruhe wohnt, kann sich Kritik einschleichen. Wenn du Unvollkommenheit bei dir und anderen annimmst, wird deine Fürsorge zu einer Liebe, die hält.',
  libra:
    'Partnerschaft ist für dich eine Kunstform. Anmut, Höflichkeit und Schönheit ziehen dich an, und du bringst Harmonie und guten Geschmack in jede Beziehung, die du eingehst. Du brauchst ein Gegenüber auf Augenhöhe. Achte darauf, deine eigenen Wünsche nicht im Bemühen zu verlieren, anderen zu gefallen; zum Gleichgewicht gehört auch deine Seite der Waagschale.',
  scorpio:
    'Leichtfertig liebst du nicht. Intensität, Treue und emotionale Wahrhaftigkeit suchst du, und eine einzige tiefe Verbindung ist dir lieber als viele angenehme. Eifersucht und die Angst vor Verrat können deine Gefühle verdunkeln. Wenn du Vertrauen langsam wachsen lässt und offen über dein Begehren sprichst, wird deine Liebe zu einer zutiefst verwandelnden Kraft.',
  sagittarius:
    'Freiheit und gemeinsame Abenteuer halten dein Herz offen. Dich ziehen Menschen an, die deine Welt weiten, dich zum Lachen bringen und deinen Hunger nach Sinn teilen. Verbindlichkeit kann sich wie ein Käfig anfühlen, wenn sie Stillstand bedeutet. Die richtige Bindung ist für dich eine Reise, kein Ziel, und einem Menschen, der mit dir wächst, bleibst du treu.',
  capricorn:
    'Liebe ist für dich etwas, das mit der Zeit gebaut wird. Du schätzt Verlässlichkeit, Ehrgeiz und Menschen, die Wort halten, und zeigst Zuneigung durch Verbindlichkeit und praktische Unterstützung. Vorsicht lässt dich oft nur langsam auftauen. Erlaubst du dir, spontan und zärtlich zu sein, sogar ein wenig albern, zeigt sich die Wärme hinter deiner Zurückhaltung.',
  aquarius:
    'Freundschaft steht am Anfang deiner Liebe. Originalität, Intelligenz und eine gemeinsame Vision ziehen dich mehr an als Konventionen, und auch in der Nähe brauchst du Raum. Andere finden dich manchmal schwer zu lesen. Zeigst du deine Wärme auf einfache, persönliche Weise, spüren die Menschen, wie viel sie dir bedeuten, auch wenn deine Liebe anders aussieht als das übliche Drehbuch.',
  pisces:
    'Zärtlich, fantasievoll und grenzenlos ist deine Liebe. Du siehst das Beste in Menschen und fühlst dich zu Romantik, Musik und seelischer Verbundenheit hingezogen. Du verzeihst leicht, manchmal zu leicht. Weise zu lieben heißt, dein Mitgefühl zu bewahren und Menschen trotzdem so zu sehen, wie sie sind, und an deine Seite jemanden zu holen, der deiner Hingabe gewachsen ist.',
};
