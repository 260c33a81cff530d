import type { Sign } from '@/lib/astro/types';

export const mercury: Record<Sign, string> = {
  aries:
    'Dein Verstand zündet wie ein Streichholz. Du denkst schnell, entscheidest schnell und sagst, was du denkst, oft bevor andere die Frage überhaupt zu Ende formuliert haben. Debatten beflügeln dich; die Gefahr besteht darin, zu sprechen, bevor du zuhörst, oder eine Idee fallen zu lassen, sobald der erste Funke verglüht ist. Wirfst du auf deine schnelle Einsicht einen zweiten Blick, wird sie wirklich überzeugend.',
  taurus:
    'Du denkst die Dinge gründlich durch und hasst es, gedrängt zu werden. Hast du etwas einmal verstanden, dann für immer, und deine Ansichten haben das Gewicht gesunden Menschenverstands. Deine Stimme ist vielleicht ruhig, sachlich, sogar melodisch. Der Haken ist Sturheit: Eine neue Idee braucht Zeit, um dein Vertrauen zu gewinnen, also gib ihr diese Zeit, statt die Tür zu schließen.',
  gemini:
    'Worte und Ideen sind dein Spielplatz. Du lernst schnell, redest mühelos und kannst mehrere Gedankenfäden zugleich halten und mit sichtlichem Vergnügen zwischen ihnen wechseln. Witz ist dir angeboren. Weil dich alles interessiert, kann Konzentration schwerfallen; wählst du hin und wieder ein Thema, in das du tief eintauchst, wird aus deiner Klugheit echte Expertise.',
  cancer:
    'Du denkst mit deinen Gefühlen und erinnerst dich mit dem ganzen Körper. Dein Geist ist intuitiv, fantasievoll und eng mit der Erinnerung verbunden, sodass du die Wahrheit einer Situation oft spürst, bevor du sie erklären kannst. Zuhören kannst du gut, und du sprichst behutsam. Fühlst du dich bedroht, kann sich die Logik allerdings in Richtung Selbstschutz biegen, also prüfe deine Stimmung, bevor du deinen Schlüssen traust.',
  leo: 'Du sprichst mit Wärme und einem natürlichen Sinn für Inszenierung. Ideen bedeuten dir am meisten, wenn sie etwas Persönliches ausdrücken, und du kannst ein Publikum fesseln, ob es nun eine einzelne Freundin ist oder ein ganzer Saal. Deine Überzeugungen sind großzügig und stark. Bleib offen dafür, dass eine andere Sichtweise kein Angriff auf dich ist; vielleicht ist sie einfach eine weitere Geschichte, die es wert ist, gehört zu werden.',
  virgo:
    'Präzision bereitet dir Freude. Du analysierst, sortierst und verfeinerst, und du bemerkst den Fehler oder die elegante Lösung, die anderen entgeht. Praktisches Wissen, nützliche Fertigkeiten und klare Sprache liegen dir, doch dein Geist kann sich auch in Sorgen oder Perfektionismus verheddern. Erinnere dich daran, dass eine ausreichend gute Antwort zur rechten Zeit oft mehr hilft als eine perfekte.',
  libra:
    'In Vergleichen zu denken ist deine Art, die Welt zu ordnen: Du wägst eine Seite gegen die andere ab, bis du den gerechten Punkt findest. Diplomatisch und anmutig im Gespräch, kannst du Schwieriges so formulieren, dass andere es hören können. Entscheidungen brauchen manchmal lange, weil jede Möglichkeit ihre Vorzüge hat. Vertraue darauf, dass auch das Wählen eine Form von Fairness ist, vor allem dir selbst gegenüber.',
  scorpio:
    'Du horchst auf das, was nicht gesagt wird. Dein Denken ist forschend, durchdringend und schwer zu täuschen, und dich ziehen Recherche, Psychologie oder alles an, in dessen Kern ein Geheimnis liegt. Deine eigenen Gedanken behältst du gern für dich. Fühlst du dich bloßgestellt, können scharfe Worte fallen, also lass deine Einsicht dem Verstehen dienen statt der Verteidigung.',
  sagittarius:
    'Dein Geist greift nach dem großen Ganzen. Du liebst Ideen, die viel erklären, Gespräche, die über Kulturen und Philosophien hinwegwandern, und Menschen, die dir als Lehrende Türen öffnen. Offen sprichst du und oft mit Humor. In der Begeisterung können dir Details entgehen; verbindest du deine weite Sicht mit ein wenig Faktenprüfung, wird sie wirklich überzeugend.',
  capricorn:
    'Strategie ist dir in Fleisch und Blut übergegangen, und du sagst nur, was du auch meinst. Dein Denken ist organisiert, skeptisch gegenüber jedem Hype und geschickt darin, Pläne in Schritte zu übersetzen. Man vertraut deinem Urteil, weil es nüchtern ist, und dein Humor ist manchmal so trocken, dass er überhört wird. Lass hin und wieder Platz für die verspielte, halb fertige Idee; nicht jeder Gedanke muss nützlich sein, um wertvoll zu sein.',
  aquarius:
    'Unabhängiges Denken ist dein Markenzeichen, oft seiner Zeit einen Schritt voraus. Systeme, Wissenschaft, gesellschaftliche Fragen und ungewöhnliche Ideen ziehen dich an, und du erkennst Muster, die dem gewöhnlichen Denken entgehen. Bist du einmal überzeugt, kannst du überraschend festgelegt sein. Bleibst du neugierig darauf, warum andere widersprechen, bleibt deine Originalität offen, statt rechthaberisch zu werden.',
  pisces:
    'Bilder, Stimmungen und Metaphern sind die Sprache deines Geistes. Informationen nimmst du intuitiv auf, manchmal ohne zu wissen, woher du etwas weißt, und vielleicht bist du begabt für Poesie, Musik oder jede Sprache jenseits des Wörtlichen. Lineare Details können dich ermüden. Dinge aufzuschreiben und Fakten zu prüfen gibt deiner Fantasie eine Form, mit der die Welt etwas anfangen kann.',
};
