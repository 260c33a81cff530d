import type { AspectTexts, PairKeysOf } from '../../types';

export const moon: Record<PairKeysOf<'moon'>, AspectTexts> = {
  moon_mercury: {
    conjunction:
      'Fühlen und Denken sind in dir verschmolzen. Deine Gefühle verstehst du, indem du über sie sprichst, und deine Worte tragen eine emotionale Färbung, auf die andere reagieren. Dein Gedächtnis ist lebhaft, besonders dafür, wie sich Dinge angefühlt haben. Bist du aufgewühlt, können deine Gedanken rasen; sie aufzuschreiben oder einem vertrauten Menschen laut zu erzählen bringt dich zurück in deine Mitte.',
    harmonious:
      'Gefühle in Worte zu fassen gelingt dir ungewöhnlich leicht. Gespräche beruhigen dich, und oft weißt du genau, was du sagen musst, um jemanden zu trösten. Deine Intuition und deine Logik sind sich meist einig. Das macht dich zu einem Menschen, der gut zuhören, schreiben oder beraten kann und den andere aufsuchen, wenn sie ihr Herz verstehen wollen.',
    challenging:
      'Verstand und Gefühl reden in dir manchmal aneinander vorbei. Vielleicht erklärst du Gefühle rational weg, oder deine Stimmungen färben dein Denken stärker, als dir lieb ist. Missverständnisse mit nahestehenden Menschen können aus dieser Lücke entstehen. Wenn du langsamer wirst und erst bemerkst, was du fühlst, bevor du es erklärst, bekommen deine Worte viel mehr Wahrheit.',
  },
  moon_venus: {
    conjunction:
      'Zärtlichkeit ist dir angeboren. Um dich emotional sicher zu fühlen, brauchst du Zuneigung, Schönheit und Harmonie, und in deinen Bindungen bist du meist großzügig und liebevoll. Andere finden deine Gesellschaft wohltuend. Achte darauf, dass dein Wunsch nach Frieden dich nicht davon abhält, Bedürfnisse auszusprechen, die Wellen schlagen könnten; deine Sanftheit verträgt ein wenig Ehrlichkeit.',
    harmonious:
      'Emotionale Wärme und Charme fließen mühelos aus dir. Du weißt, wie man es Menschen behaglich macht und wie man ein Zuhause schön gestaltet, und deine Beziehungen sind meist liebevoll. Genuss und Behaglichkeit geben dir neue Kraft. Mit dieser sanften Gabe bist du in jeder Gruppe wie geschaffen fürs Gastgeben, für Freundschaft und fürs Friedenstiften.',
    challenging:
      'Was dich tröstet und was du begehrst, ist nicht immer dasselbe. Vielleicht fühlst du dich zu Menschen hingezogen, die deine emotionalen Bedürfnisse nicht ganz erfüllen, oder du bist zwischen Sicherheit und Romantik hin- und hergerissen. Genusssucht kann zu einer Form von Trost werden. Lernst du, dir selbst die Fürsorge zu schenken, die du bei anderen suchst, finden diese beiden Bedürfnisse zusammen.',
  },
  moon_mars: {
    conjunction:
      'Deine Gefühle tragen Feuer in sich. Wenn dir etwas am Herzen liegt, handelst du; bist du verletzt, fährst du vielleicht auf, bevor du das Gefühl überhaupt benannt hast. Mutig verteidigst du die Menschen, die du liebst. Körperliche Bewegung ist ein gutes Ventil, und lernst du, vor der Reaktion innezuhalten, wird roher emotionaler Mut zu echter schützender Stärke.',
    harmonious:
      'Gefühl und Handeln arbeiten in dir gut zusammen. Du kannst für deine Bedürfnisse eintreten, ohne Drama zu machen, und deinen Instinkten selbstbewusst folgen. Andere fühlen sich bei deiner schützenden Energie sicher. Dein emotionaler Mut lässt dich Konflikten ehrlich begegnen, und das ist eine weit seltenere Gabe, als es klingt.',
    challenging:
      'Gereiztheit kann schnell aufsteigen, wenn deine Bedürfnisse nicht erfüllt werden. Vielleicht spürst du eine Spannung zwischen dem Wunsch nach Nähe und dem Drang zu kämpfen, und alte familiäre Konfliktmuster klingen womöglich in deinen Reaktionen nach. Bewegung und ehrlicher Ausdruck helfen enorm. Einmal verstanden, wird diese Energie zu emotionaler Widerstandskraft und zu einer leidenschaftlichen, schützenden Loyalität.',
  },
  moon_jupiter: {
    conjunction:
      'Herzensgüte ist eine deiner Gaben. Du fühlst in großem Maßstab, mit Wärme, Humor und dem instinktiven Vertrauen, dass alles gut ausgehen wird. In deiner Nähe fühlen sich Menschen willkommen und umsorgt. Emotionales Übermaß beim Essen, Geldausgeben oder Versprechen ist die einzige Falle; deine Fülle kommt auch ohne Zugabe aus.',
    harmonious:
      'Optimismus gibt deinem Gefühlsleben Halt. Enttäuschungen überwindest du meist mit Anmut, in schwierigen Erfahrungen erkennst du die Chance zu wachsen, und Familie oder Gemeinschaft unterstützen dich womöglich großzügig. Andere zu umsorgen fällt dir leicht. Zu diesem schwungvollen Geist kehren Menschen immer wieder gern zurück.',
    challenging:
      'Deine emotionalen Bedürfnisse können größer werden, als eine einzelne Situation sie erfüllen kann. Vielleicht schwankst du zwischen großen Hoffnungen und Enttäuschung oder übertreibst es mit Trost durch Essen, Einkaufen oder Fürsorge. Diese Verbindung verlangt emotionales Maß. Findest du Sinn in deinen Gefühlen, statt sie aufzublähen, wird Rastlosigkeit zu Weisheit.',
  },
  moon_saturn: {
    conjunction:
      'Deine Gefühle im Zaum zu halten hast du früh gelernt. Vielleicht war Zuwendung an Bedingungen geknüpft oder Verantwortung kam in jungen Jahren, und womöglich fällt es dir noch heute schwer, um Trost zu bitten. Doch du bist zutiefst verlässlich, ein Fels für andere. Erlaubst du dir mit der Zeit, Fürsorge anzunehmen, wird der Ernst weicher, und deine große emotionale Stärke kommt zum Vorschein.',
    harmonious:
      'Emotionale Beständigkeit gehört zu deinen Stärken. Schwierige Gefühle kannst du reif handhaben und ruhig bleiben, wenn andere in Panik geraten, und man verlässt sich auf deinen gesunden Menschenverstand. Verantwortung schreckt dich nicht. Denk daran, dass auch deine eigenen Bedürfnisse zählen; Beständigkeit sollte nicht heißen, nie etwas zu brauchen.',
    challenging:
      'Gefühl und Pflicht ziehen bei dir oft in verschiedene Richtungen. Vielleicht fühlst du dich selbst in Gesellschaft einsam oder argwöhnst, deine Bedürfnisse seien eine Last, und frühe Erfahrungen haben dich womöglich zu früh gelehrt, auf dich allein gestellt zu sein. Diese Verbindung schafft Tiefe. Mit Zeit und Vertrauen entdeckst du, dass es dich nicht schwach macht, umsorgt zu werden.',
  },
  moon_uranus: {
    conjunction:
      'Elektrisch und unberechenbar, folgt dein Gefühlsleben selten einem Drehbuch. Du brauchst Freiheit in der Nähe und wirst vielleicht unruhig, wenn Beziehungen zur Routine werden. Intuitive Geistesblitze sind häufig. Findest du Menschen, die deine Unabhängigkeit akzeptieren, und gönnst du dir Raum, ohne andere auszuschließen, entsteht ein stabiles Zuhause für dein ungewöhnliches Herz.',
    harmonious:
      'Du bringst frischen Wind ins Gefühlsleben. Veränderungen fallen dir leicht, ungewöhnliche Menschen nimmst du an, wie sie sind, und mit früheren Partnern kannst du befreundet bleiben. Deine Intuition arbeitet in plötzlichen Einsichten. Diese Offenheit macht dich zu einer anregenden, annehmenden Begleitung, bei der sich andere frei fühlen, sie selbst zu sein, und sie erlaubt dir, dein Zuhause neu zu erfinden, sobald es schal wird.',
    challenging:
      'Nähe und Freiheit können sich in dir wie Gegenkräfte anfühlen. Vielleicht sehnst du dich nach Sicherheit und ergreifst dann die Flucht vor ihr, oder du erlebst plötzliche emotionale Umbrüche, die aus dem Nichts zu kommen scheinen. Deine frühen Jahre waren womöglich unberechenbar. Verstehst du dein Bedürfnis nach Raum, kannst du Beziehungen schaffen, die zugleich frei und zutiefst sicher sind.',
  },
  moon_neptune: {
    conjunction:
      'Grenzenlos ist das treffendste Wort für deine Gefühlswelt. Du nimmst die Stimmungen von Menschen und Orten auf, empfindest leicht Mitgefühl und hast vielleicht lebhafte Träume oder einen ausgeprägten spirituellen Sinn. Deine eigenen Gefühle können sich in denen eines anderen verlieren. Kreative Arbeit, Musik, Meditation und Zeit allein helfen dir zu sortieren, welche Emotionen wirklich deine sind.',
    harmonious:
      'Fantasie und Einfühlung fließen sanft durch dich hindurch. Du verstehst andere, ohne Erklärungen zu brauchen, und vielleicht hast du künstlerische oder heilende Gaben. Auf deine Intuition ist Verlass. Ehre sie mit stiller Zeit, Musik und kreativen Ventilen, dann leitet sie dich gut durch Beziehungen und die vielen kleinen Entscheidungen des Alltags.',
    challenging:
      'Deine Gefühle können verschwimmen oder sich verklären. Vielleicht rettest du andere, übersiehst Warnzeichen oder flüchtest in Fantasien, wenn die Wirklichkeit enttäuscht. Frühe Bezugspersonen waren womöglich schwer greifbar. Lernst du, Menschen so zu sehen, wie sie sind, und sanfte Grenzen zu setzen, bleibt dein großes Mitgefühl gesund, statt zur Selbstaufopferung zu werden.',
  },
  moon_pluto: {
    conjunction:
      'Tiefe, machtvolle Emotionen gehören zu deinem Wesen. Du fühlst intensiv, bindest dich ganz und hast vielleicht früh emotionale Umwälzungen erlebt, die dich geprägt haben. Vertrauen ist alles. Verstehst du deine eigenen Tiefen, etwa durch Therapie oder gründliche Selbstreflexion, wird deine Intensität zu einer großen Fähigkeit zu emotionaler Heilung und Wandlung.',
    harmonious:
      'Emotionale Tiefe und Widerstandskraft stehen dir zur Verfügung. Krisen machen dir keine Angst; du kannst intensiven Gefühlen begegnen, bei ihnen bleiben und verwandelt daraus hervorgehen. Menschen vertrauen dir instinktiv ihre Geheimnisse an. Deine psychologische Einsicht macht dich zu einer natürlichen Stütze für Menschen, deren Leben gerade auseinanderfällt und die eine beständige Gegenwart brauchen.',
    challenging:
      'Intensive Gefühle und Ängste vor Verlust oder Kontrolle prägen vielleicht dein Gefühlsleben. Möglicherweise hast du mächtige Familiendynamiken oder emotionale Manipulation erlebt und schützt dich durch Kontrolle oder Rückzug. Stellst du dich diesen Mustern ehrlich, verwandeln sie sich in eine tiefe Fähigkeit zu Nähe und in emotionale Stärke.',
  },
  moon_true_node: {
    conjunction:
      'Deine Gefühle sind ein Kompass, der auf deinen Weg zeigt. Emotionale Erfahrungen, familiäre Bindungen und die Menschen, für die du sorgst, spielen eine zentrale Rolle für dein Wachstum, und vielleicht fühlst du dich instinktiv zu bestimmten Orten oder Menschen hingezogen, ohne zu wissen, warum. Vertraue hier deinem Bauchgefühl. Es kennt den Weg meist lange, bevor dein Verstand aufholt.',
    harmonious:
      'Deine emotionalen Bedürfnisse fördern dein Wachstum, statt es zu bremsen. Andere zu umsorgen und dich umsorgen zu lassen hilft dir gleichermaßen, dich zu entwickeln, und vielleicht findest du rechtzeitig Unterstützung durch Familie, Mütter, Mentoren oder enge Freunde. Deinen Instinkten zu folgen führt dich meist zu erfüllenden Erfahrungen und zu den Menschen, denen du begegnen solltest.',
    challenging:
      'Deine emotionale Komfortzone steht vielleicht still im Widerspruch zu der Richtung, die dein Leben nehmen will. Vertraute Stimmungen, alte Familienrollen oder die Sicherheit des Bekannten können dich von den neuen Erfahrungen abhalten, nach denen deine Seele fragt. Trittst du behutsam über diese Gewohnheiten hinaus, ein kleines Wagnis nach dem anderen, öffnet sich die Tür zu deiner Bestimmung.',
  },
  moon_chiron: {
    conjunction:
      'Dein Gefühlsleben trägt eine empfindliche Wunde, vielleicht aus einer frühen Fürsorge, die deinen Bedürfnissen nicht ganz gerecht wurde, oder von einer Bezugsperson, die selbst verletzt war. Deshalb bist du womöglich tief auf den Schmerz anderer eingestimmt. Heilung kommt, wenn du lernst, dich selbst so gut zu umsorgen wie andere, und von dort aus wirst du zu einer tiefen Quelle des Trostes.',
    harmonious:
      'Empfindsamkeit ist deine Verbündete beim Heilen, deinem eigenen und dem anderer. Emotionalem Schmerz kannst du mit Sanftheit statt mit Panik begegnen, und vielleicht hast du eine natürliche Gabe, Trauernde oder Verängstigte zu trösten. Dieses stille Mitgefühl ist eine echte Stärke. Fürsorgende, lehrende oder kreative Arbeit kann ihm ein sinnvolles Ventil geben.',
    challenging:
      'Alte emotionale Wunden tauchen vielleicht in engen Beziehungen oder im Familienleben wieder auf, oft genau dann, wenn du dich am meisten nach Sicherheit sehnst. Tief im Inneren glaubst du womöglich, dich um andere kümmern zu müssen, um Liebe zu verdienen. Heilung geschieht, wenn du lernst, Fürsorge so leicht anzunehmen, wie du sie gibst, und Menschen bleiben zu lassen, auch wenn du gerade nicht nützlich bist.',
  },
  moon_asc: {
    conjunction:
      'Was du fühlst, zeigt sich an der Oberfläche. Der Mond nahe deinem Aszendenten macht dich emotional ausdrucksstark und empfänglich für deine Umgebung, und andere spüren deine Wärme oder deine Stimmung oft in dem Moment, in dem du den Raum betrittst. Deine Ausstrahlung kann sich mit deinem inneren Wetter wandeln. Weißt du, was du fühlst, begegnest du der Welt gefestigt, statt nur zu reagieren.',
    harmonious:
      'Mit Anmut zeigen sich deine Gefühle in deinem Auftreten. Andere finden dich nahbar, fürsorglich und leicht ansprechbar, und du passt dich neuer Gesellschaft an, ohne dich selbst zu verlieren. Deine emotionale Intelligenz ist sichtbar und wird geschätzt. Das macht dich zum Naturtalent in jeder Rolle, in der es zur Hälfte darum geht, anderen die Befangenheit zu nehmen.',
    challenging:
      'Wie du dich fühlst und wie du wirkst, passt womöglich nicht zusammen. Vielleicht verbirgst du deine Gefühle hinter einem gefassten Gesicht, oder sie zeigen sich gerade dann, wenn du sie lieber für dich behalten würdest. Andere deuten deine Stimmungen manchmal falsch. Ehrlicher, rechtzeitiger Selbstausdruck bringt deine innere und äußere Welt nach und nach in Einklang.',
  },
  moon_mc: {
    conjunction:
      'Dein Gefühlsleben und deine öffentliche Rolle sind eng miteinander verflochten. Vielleicht ziehen dich fürsorgende Berufe, die Arbeit mit Menschen oder eine Laufbahn an, die sich wie Familie anfühlt, und dein Ruf gründet womöglich auf deiner Empfindsamkeit und deinem Gespür dafür, was Menschen brauchen. Öffentliche Höhen und Tiefen können dich persönlich treffen. Geschützte private Zeit hält dich emotional gesund.',
    harmonious:
      'Gefühl und Berufung arbeiten in deinem Leben zusammen. Vielleicht findest du echte Erfüllung in Arbeit, die andere nährt, versorgt, beherbergt oder schützt, und deine emotionale Intelligenz verschafft dir in jedem Beruf einen Vorsprung. Deine Familie unterstützt deine Ambitionen womöglich aktiv. Folgst du dem, was dich wirklich bewegt, führt dich das meist zu einem Beruf, der auch dich trägt.',
    challenging:
      'Privatleben und Laufbahn ringen womöglich um deine emotionale Energie. Vielleicht fühlst du dich zwischen öffentlichen Pflichten und privaten Bedürfnissen hin- und hergerissen oder trägst familiäre Erwartungen unbemerkt in dein Arbeitsleben. Schuldgefühle folgen womöglich der Seite, die du gerade wählst. Einen Rhythmus zu finden, der beidem gerecht wird, und zu akzeptieren, dass er sich mit der Zeit verschiebt, ist deine fortwährende Aufgabe.',
  },
};
