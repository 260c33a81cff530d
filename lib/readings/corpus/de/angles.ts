import type { Corpus } from '../types';

export const angleInSign: Corpus['angleInSign'] = {
  asc: {
    aries:
      'Mit Aszendent Widder gehst du frontal auf die Welt zu. Menschen bemerken deine Energie, deine Direktheit und deine Bereitschaft zu handeln, und der erste Eindruck ist oft der eines mutigen oder etwas ungeduldigen Menschen. Neue Situationen betrachtest du gern als Herausforderungen, die es anzupacken gilt. Lernst du, vor dem Losstürmen kurz innezuhalten, wirkt deine natürliche Führungsstärke einladend statt schroff.',
    taurus:
      'Der Aszendent Stier schenkt dir eine ruhige, geerdete Ausstrahlung. Andere empfinden dich oft als beruhigend, sinnlich und beständig, als jemanden, der sich nicht hetzen lässt. Du gehst das Leben bedächtig an und prüfst den Boden, bevor du einen Schritt machst. Deine Herausforderung ist Beweglichkeit: Lässt du Veränderung in deinem eigenen Tempo herein, wird deine Beständigkeit zur Stärke statt zur Mauer.',
    gemini:
      'Lebhaft, neugierig und schnell, wirkst du mit Aszendent Zwillinge wie jemand, der sich immer schon für die nächste Idee oder das nächste Gespräch interessiert. Neuen Situationen begegnest du, indem du Fragen stellst und Informationen sammelst. Andere finden dich vielleicht jugendlich und witzig. Verankerst du deine vielen Interessen in ein paar festen Verpflichtungen, erkennen andere die Tiefe hinter deiner quecksilbrigen Art.',
    cancer:
      'Ein Krebs-Aszendent schenkt dir eine sanfte, empfängliche Art, dem Leben zu begegnen. Du spürst die Stimmung eines Ortes sofort und schützt dich oft mit einer Schale der Zurückhaltung, bis du dich sicher fühlst. Menschen fühlen sich bei dir oft gut aufgehoben. Zeigst du neben deiner Empfindsamkeit auch deine Stärke, wird der Eindruck, den du hinterlässt, ausgewogener.',
    leo: 'Betrittst du mit Aszendent Löwe einen Raum, wird man auf dich aufmerksam. Wärme, Selbstvertrauen und Stilgefühl prägen deine Ausstrahlung, und du gehst das Leben mit Großzügigkeit und Flair an. Anerkennung ist dir wichtig. Kommt dein Selbstausdruck von Herzen und nicht aus dem Bedürfnis nach Zustimmung, hebt dein natürliches Strahlen alle um dich herum.',
    virgo:
      'Der Aszendent Jungfrau verleiht dir ein bescheidenes, aufmerksames und fähiges Auftreten. Neuen Situationen begegnest du, indem du Details wahrnimmst, einschätzt, was zu tun ist, und still die Arbeit erledigst. Andere sehen in dir oft einen verlässlichen, klugen Menschen. Bist du sanfter mit dir selbst und lässt andere deine Wärme erahnen, wirst du weit nahbarer.',
    libra:
      'Charme und Diplomatie sind deine Muttersprache. Mit Aszendent Waage gehst du das Leben über Beziehungen, Ästhetik und den Wunsch nach Harmonie an, und andere erleben dich oft als angenehm, anmutig und unkompliziert. Entscheidungen können Zeit brauchen. Lässt du andere deine echten Meinungen kennenlernen und nicht nur deine gefällige Oberfläche, wächst dauerhaftes Vertrauen.',
    scorpio:
      'Von dir geht eine Intensität aus, die andere spüren, noch bevor du sprichst. Der Aszendent Skorpion verleiht dir eine verhaltene, magnetische Präsenz und die Gabe, andere zu lesen, während du selbst wenig preisgibst. Du gehst das Leben strategisch an. Während du lernst zu vertrauen, werden deine Tiefe und Ehrlichkeit ungemein anziehend, statt einschüchternd zu wirken.',
    sagittarius:
      'Aszendent Schütze macht dich offen, begeisterungsfähig und freimütig. Du begegnest der Welt als Abenteuer, und andere finden deinen Optimismus und deinen Humor erfrischend. Rastlosigkeit kann dich schwer greifbar erscheinen lassen. Paart sich deine Ehrlichkeit mit Taktgefühl, steckt deine natürliche Begeisterung andere an, dich auf deinen Reisen zu begleiten.',
    capricorn:
      'Mit einem Steinbock-Aszendenten trittst du gefasst, ernsthaft und kompetent auf. Du gehst das Leben vorsichtig und mit Verantwortungsgefühl an, und oft wirkst du älter oder weiser, als du bist. Deine Wärme zeigt sich vielleicht erst mit der Zeit. Lässt du deine Deckung sinken, kommen der trockene Witz und die Treue zum Vorschein, die andere an dir schätzen lernen.',
    aquarius:
      'Freundlich und doch ein wenig distanziert, wirkst du mit Aszendent Wassermann originell und unabhängig. Du gehst das Leben mit Neugier darauf an, wie die Dinge anders sein könnten, und andere finden dich vielleicht unkonventionell oder schwer einzuordnen. Zeigst du neben deinen Ideen auch deine Gefühle, können andere dem Menschen, der du wirklich bist, nahekommen.',
    pisces:
      'Aszendent Fische schenkt dir eine weiche, verträumte und mitfühlende Ausstrahlung. Du nimmst die Atmosphäre um dich herum in dich auf und passt dich anderen vielleicht an, fast ohne es zu merken. Andere erleben dich oft als sanft, künstlerisch oder schwer fassbar. Klare Grenzen helfen dir, deine Sensibilität zu bewahren und dabei deine eigene Identität nicht zu verlieren.',
  },
  mc: {
    aries:
      'Dein öffentlicher Weg verlangt Initiative. Mit dem Medium Coeli im Widder zieht es dich zu Aufgaben, in denen du führen, dich messen, Pionierarbeit leisten oder aus eigener Vollmacht handeln kannst, und Anweisungen von oben reiben dich gewaltig auf. Mit der Zeit wird man dich für deinen Mut kennen und dafür, dass du anpackst, worüber andere nur reden.',
    taurus:
      'Ein MC im Stier sucht eine Berufung, die beständig, greifbar und wirklich lohnend ist. Arbeit mit Geld, Land, Lebensmitteln, Kunst, Design oder dem Körper kann dich reizen, alles, wobei Geduld etwas hervorbringt, das du anfassen kannst. Dein Ansehen baust du langsam und solide auf. Der Beruf, der zu dir passt, verwandelt guten Geschmack und Ausdauer in bleibende Werte.',
    gemini:
      'Kommunikation prägt deine Berufung. Mit dem Medium Coeli in den Zwillingen blühst du dort auf, wo dein Geist beschäftigt bleibt: beim Schreiben, Unterrichten, in den Medien, im Verkauf, beim Netzwerken oder Übersetzen. Vielleicht schlägst du mehr als einmal eine neue Richtung ein, und das ist kein Scheitern, sondern Recherche. Man kennt dich als jemanden, der Ideen und Menschen schnell und treffsicher verbindet.',
    cancer:
      'Fürsorge steht im Zentrum deiner Berufung. Ein MC im Krebs zieht dich zu Arbeit, die nährt, schützt oder Zugehörigkeit schafft, ob im Familienunternehmen, im Gastgewerbe, in Heilberufen, rund um Immobilien oder in der Gemeinschaft. Das öffentliche Leben fühlt sich für dich persönlich an, daher kann Kritik schmerzen. Dein Ansehen wächst aus der emotionalen Geborgenheit, die du den Menschen schenkst, für die du arbeitest.',
    leo: 'Mit dem Medium Coeli im Löwen bist du dazu bestimmt, sichtbar zu sein. Kreative Arbeit, Führung, Auftritte, die Arbeit mit Kindern oder alles, was dein Herz öffentlich zeigen darf, passt zu dir, und Anerkennung motiviert dich wirklich. Dauerhafte Autorität entsteht, wenn du mit Großzügigkeit führst und stolz auf die Arbeit selbst bist, nicht nur auf den Applaus.',
    virgo:
      'Können und Dienst bestimmen die Berufung, auf die ein MC in der Jungfrau hinweist. Gesundheit, Analyse, Handwerk, Lektorat, Forschung oder jedes Feld, in dem Präzision zählt, kann zu dir passen, und dein Ansehen verdienst du dir durch schiere Kompetenz. Vielleicht stellst du dein Licht unter den Scheffel. Lass die Welt wissen, was du gut kannst, denn Dinge still und leise besser funktionieren zu lassen ist ein echter Beruf.',
    libra:
      'Beziehungen und Harmonie ziehen sich durch deine Berufung. Mit dem Medium Coeli in der Waage blühst du vielleicht im Recht, in der Diplomatie, in der Mediation, im Design, in den Künsten oder in jeder Arbeit auf, die auf Partnerschaft beruht. Man kennt dich für Fairness und Anmut. Beruflich wächst du durch Zusammenarbeit und durch den Mut, klar Stellung zu beziehen, wenn der Moment es verlangt.',
    scorpio:
      'Oberflächliche Arbeit wird ein MC im Skorpion nie zufriedenstellen. Dich ziehen Forschung, Psychologie, Finanzen, Medizin, Ermittlungen oder Aufgaben an, bei denen du in der Krise ruhig bleiben musst, und vielleicht übst du Macht lieber leise aus, als sie zur Schau zu stellen. Mit den Jahren wird man dich für Diskretion, Nervenstärke und die Fähigkeit kennen, schwierige Situationen zu verwandeln.',
    sagittarius:
      'Sinn und Weite sucht deine Berufung. Ein MC im Schützen zieht dich zu Lehre, Verlagswesen, Reisen, Recht, Philosophie oder jeder Arbeit, die Horizonte erweitert, deine eigenen und die anderer. Du brauchst einen Beruf, an den du glauben kannst, sonst wird er schal. Teilst du deine Vision mit Ehrlichkeit und Begeisterung, wächst dein öffentliches Leben immer weiter.',
    capricorn:
      'Das Medium Coeli im Steinbock schenkt dir einen natürlichen Drang nach Leistung und Autorität. Vielleicht strebst du früh nach verantwortungsvollen Positionen und baust deine Laufbahn Schritt für Schritt auf, wobei dir Respekt mehr bedeutet als Ruhm. Erfolg ist wahrscheinlich, kommt aber selten schnell. Miss deinen Wert an mehr als deinem Titel; auch das Leben hinter der Rolle verdient deinen Ehrgeiz.',
    aquarius:
      'Originalität gehört zu deiner Berufung. Ein MC im Wassermann zieht dich zu Technologie, Wissenschaft, sozialen Anliegen, Gemeinwesenarbeit oder innovativen Feldern, und vielleicht sträubst du dich ganz gegen herkömmliche Karrierewege. Am besten arbeitest du mit Freiheit und einem Zweck, der größer ist als Profit. Dein öffentlicher Beitrag besteht darin, bessere Systeme zu erdenken und Menschen zu helfen, sie gemeinsam aufzubauen.',
    pisces:
      'Mit dem Medium Coeli in den Fischen lenken Fantasie oder Mitgefühl deine Berufung. Vielleicht ziehen dich Kunst, Musik, Film, Heilarbeit, spirituelle Arbeit oder der Dienst an Menschen in Not an, und dein Weg kann sich auf eine Weise winden, die kein Karriereplan je vorsehen könnte. Vertraue der Strömung. Was du der Welt schenkst, ist die Fähigkeit, zu inspirieren, zu trösten und das Unsichtbare spürbar zu machen.',
  },
};
