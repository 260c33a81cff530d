import type { AspectTexts, PairKeysOf } from '../../types';

export const pluto: Record<PairKeysOf<'pluto'>, AspectTexts> = {
  pluto_true_node: {
    conjunction:
      'Wandlung ist in dein Schicksal eingewoben. Pluto nahe dem Mondknoten deutet darauf hin, dass dein Weg durch intensive Erfahrungen, tiefe Veränderungen und Begegnungen mit Macht führt, deiner eigenen und der anderer. Vielleicht fühlst du dich zu etwas getrieben, das du nicht ganz benennen kannst. Gibst du her, was enden muss, und vertraust dem, was gerade geboren wird, trägt dich das deiner Bestimmung entgegen.',
    harmonious:
      'Erneuerung fällt dir leicht, und sie treibt dein Wachstum an. Krisen, tiefe Beziehungen und ehrliche Selbsterforschung bringen dich eher voran, als dass sie dich umwerfen, und in entscheidenden Momenten begegnen dir vielleicht mächtige Verbündete. Tiefe macht dir keine Angst. Vertraust du dem Prozess der Veränderung, auch wenn er unbequem ist, bleibst du auf deinem Weg.',
    challenging:
      'Kontrolle, Angst oder alte Machtkämpfe halten dein Wachstum vielleicht zurück. Womöglich klammerst du dich an Situationen, lange nachdem sie gestorben sind, oder dieselben intensiven Dynamiken wiederholen sich, bis du dich ihnen stellst. Die Lektion heißt Loslassen. Gibst du auf, was du nicht kontrollieren kannst, wird enorm viel Energie frei für das Leben, das du eigentlich leben sollst.',
  },
  pluto_chiron: {
    conjunction:
      'Deine Wunde reicht tief und trägt verwandelnde Kraft in sich. Pluto in Konjunktion mit Chiron, eine Verbindung, die viele deines Jahrgangs teilen, spiegelt vielleicht Erfahrungen von Verlust, Trauma oder Ohnmacht, in deinem eigenen Leben oder in der Geschichte, in die du hineingeboren wurdest. Dich dieser Tiefe zu stellen ist deine Heilung. Dadurch gewinnst du eine große Fähigkeit, anderen zu helfen, zu überleben und neu geboren zu werden.',
    harmonious:
      'Tiefe Heilung ist für dich möglich. Du kannst intensivem Schmerz begegnen, bei ihm bleiben und verwandelt daraus hervorgehen, und Psychologie, Körperarbeit oder Krisenbegleitung könnten dir besonders liegen. Deine Widerstandskraft ist bemerkenswert. Menschen, die gerade das Schlimmste durchmachen, merken oft, dass deine beständige Gegenwart ihnen hilft zu glauben, dass sie auf der anderen Seite wieder herauskommen.',
    challenging:
      'Alte Wunden können sich intensiv anfühlen oder mit Fragen von Macht und Kontrolle verknüpft sein. Vielleicht fürchtest du, vom Schmerz überwältigt zu werden, oder erlebst, dass Krisen Verletzungen aufreißen, die du längst verheilt glaubtest. Heilung kommt durch geduldige, mutige innere Arbeit, am besten mit guter Unterstützung. Mit der Zeit wird das, was dich einst zu zerstören drohte, zur Quelle deiner tiefsten Stärke.',
  },
  pluto_asc: {
    conjunction:
      'Intensität strahlt von dir aus. Pluto nahe deinem Aszendenten verleiht dir eine magnetische, machtvolle Präsenz, und andere fühlen sich zu dir hingezogen oder sind auf der Hut, bevor du ein Wort gesagt hast. Du gibst wenig preis und bemerkst sehr viel. Stehst du offen zu deiner Kraft und setzt sie freundlich ein, schafft sie Vertrauen.',
    harmonious:
      'Tiefe und stille Kraft prägen deine Persönlichkeit. Andere spüren deine Stärke und Widerstandskraft, und du kannst Situationen und Motive mit ungewöhnlichem Scharfblick lesen. Krisen meisterst du mit Fassung. Diese natürliche Autorität führt dir Menschen zu, die Rat suchen, wenn das Leben ernst wird, und sie lässt dich ruhig bleiben, wenn alle anderen den Boden unter den Füßen verloren haben.',
    challenging:
      'Machtdynamiken färben vielleicht die Art, wie du der Welt begegnest. Womöglich wirkst du intensiver oder verschlossener, als du es meinst, oder gerätst mit den Menschen, die dir am nächsten sind, in Kämpfe um Kontrolle. Frühe Erfahrungen haben dich vielleicht gelehrt, dich zu schützen. Während du lernst zu vertrauen, wird deine Stärke zu einer stabilisierenden Gegenwart statt zu einer Mauer.',
  },
  pluto_mc: {
    conjunction:
      'Wandlung ist das Thema deiner Laufbahn. Pluto nahe deinem Medium Coeli schenkt dir einen starken Drang, Einfluss zu nehmen, zu reformieren oder neu aufzubauen, und dein öffentliches Leben kennt vielleicht dramatische Aufstiege, Abstürze und Neuerfindungen. Womöglich ziehen dich Positionen echter Macht an. Setzt du diesen Einfluss integer ein, hinterlässt du bleibende Spuren in deinem Fachgebiet und bei den Menschen darin.',
    harmonious:
      'Tiefe und strategische Kraft fördern deine Laufbahn. Du kannst Situationen und Institutionen von innen heraus verwandeln, und vielleicht ziehen dich Forschung, Psychologie, Finanzen, Medizin oder Rollen an, in denen du mit Krisen umgehst. Andere spüren deine Kompetenz unter Druck. Dein Einfluss wächst meist still, und einmal erworben, ist er bemerkenswert schwer zu erschüttern.',
    challenging:
      'Machtkämpfe prägen vielleicht deine Laufbahn, ob mit Vorgesetzten, Institutionen oder deinem eigenen zwanghaften Erfolgsdrang. Plötzliche berufliche Enden zwingen dich womöglich mehr als einmal zur Neuerfindung. Jedes davon streift ab, was falsch war. Stellst du dich diesen Kämpfen mit Ehrlichkeit und Integrität, wird daraus eine Laufbahn von echter Tiefe und dauerhafter Autorität.',
  },
};
