import type { AspectTexts, PairKeysOf } from '../../types';

export const mercury: Record<PairKeysOf<'mercury'>, AspectTexts> = {
  mercury_venus: {
    conjunction:
      'Anmut wohnt in deinen Worten. Merkur in Konjunktion mit Venus schenkt dir eine angenehme Stimme, eine diplomatische Ausdrucksweise und ein Gespür für Sprache, Musik oder Gestaltung. Du weißt, wie man Schwieriges freundlich sagt. Achte nur darauf, dass der Wunsch zu gefallen dich nie davon abhält, die Wahrheit zu sagen; dein Charme ist am stärksten, wenn er Substanz trägt.',
    harmonious:
      'Ideen und Zuneigung fließen in dir mühelos zusammen. Du schreibst, sprichst und flirtest mit leichter, einnehmender Hand, und andere genießen deine Gesellschaft, weil Gespräche mit dir wie von selbst laufen. Künstlerische und gesellige Talente stärken einander. Bewusst eingesetzt, kann diese Gabe Verhandlungen glätten, Streit schlichten und mit Worten Schönes erschaffen.',
    challenging:
      'Was du denkst und was du wertschätzt, passt nicht immer sauber zusammen. Vielleicht sagst du Ja, um den Frieden zu wahren, und bereust es dann, oder dein Geschmack und dein Verstand streiten miteinander. Beziehungen lehren dich, klarer zu sprechen. Mit der Zeit wird Ehrlichkeit zum Anziehendsten, was du sagst.',
  },
  mercury_mars: {
    conjunction:
      'Schnell, scharf und ein wenig streitlustig: So arbeitet dein Verstand. Du denkst schnell, sprichst direkt und genießt eine gute Auseinandersetzung, und vielleicht ziehen dich Debatten, Journalismus oder jede Arbeit an, die schnelle Entscheidungen verlangt. Im Zorn können Worte verletzen. Hältst du vor deiner Antwort einen Atemzug lang inne, wird deine Schärfe zu Klarheit statt zu Kollateralschaden.',
    harmonious:
      'Denken und Handeln arbeiten bei dir im Gleichtakt. Du entscheidest schnell, argumentierst wirkungsvoll und kannst eine Idee in einen Plan verwandeln, bevor andere zu Ende diskutiert haben. Deine Ehrlichkeit wirkt belebend. Andere schätzen deine Fähigkeit, Verwirrung zu durchschneiden, und dein geistiges Durchhaltevermögen lässt dich Probleme anpacken, die andere erschöpfen würden.',
    challenging:
      'Dein Denken kann heißlaufen. Ungeduld, spitze Bemerkungen und Streitgespräche, die schneller eskalieren als beabsichtigt, kommen dir vielleicht bekannt vor. In deinem Denken steckt eine Kämpfernatur, und die braucht ein würdiges Gegenüber: ein schweres Problem, ein Anliegen, einen Sport statt der Menschen, die dir am nächsten stehen. Gut gelenkt, schenkt dir diese Spannung beachtlichen geistigen Mut.',
  },
  mercury_jupiter: {
    conjunction:
      'Du denkst groß. Merkur in Konjunktion mit Jupiter schenkt dir einen weiten, optimistischen und großzügigen Geist, eine Begabung zum Lehren und eine Liebe zu Geschichten, Sprachen und Philosophie. Du erkennst Zusammenhänge über ganze Wissensgebiete hinweg. In deiner Begeisterung entgehen dir vielleicht Details, also macht ein wenig Korrekturlesen deine großen Pläne weit überzeugender.',
    harmonious:
      'Lernen fällt dir leicht und macht dir Freude. Dein Geist ist weit, neugierig und tolerant, und du hast ein Händchen dafür, komplexe Ideen so zu erklären, dass sie begeistern. Schreiben, Veröffentlichen, Lehren oder Reisen bringen dir vielleicht Glück. Dein zuversichtliches Denken hilft anderen zu glauben, dass es Lösungen gibt.',
    challenging:
      'Dein Geist verspricht manchmal mehr, als die Fakten hergeben. Vielleicht übertreibst du, planst zu groß oder nimmst dir mehr Projekte vor, als der Tag Stunden hat, und Meinungen verhärten sich zu schnell zu Überzeugungen. Das ist ein großzügiger, hungriger Intellekt. Prüfst du die Details und horchst auf den Punkt, den du vielleicht übersiehst, wird daraus echte Weisheit.',
  },
  mercury_saturn: {
    conjunction:
      'Ernsthaft, sorgfältig und gründlich, nimmt dein Geist nichts auf die leichte Schulter. Vielleicht hast du als Kind spät gesprochen oder gespürt, dass man an deiner Intelligenz zweifelte, und so hast du gelernt, zu denken, bevor du redest. Tiefe ist dein Lohn. Was du sagst, hat Gewicht, weil du es vorher wägst, und dein Denken glänzt bei Struktur, Strategie und allem, was Geduld verlangt.',
    harmonious:
      'Disziplin und klares Denken leisten dir gute Dienste. Du kannst dich lange konzentrieren, methodisch planen und präzise kommunizieren, und andere vertrauen deinem Urteil. Praktische, wissenschaftliche oder organisatorische Arbeit liegt deinem Geist. Dein Realismus ist eine Gabe; lass nur hin und wieder ein wenig Verspieltheit herein.',
    challenging:
      'Selbstzweifel können dein Denken überschatten. Vielleicht fürchtest du, falschzuliegen, sprichst zu vorsichtig oder hörst einen inneren Kritiker, sobald du eine Idee äußerst. Pessimismus kann sich in deine Denkgewohnheiten schleichen. Ehrlich angegangen, formt diese Spannung einen tiefen, disziplinierten Geist; mit der Zeit wird dein hart erarbeitetes Wissen zu echter Autorität.',
  },
  mercury_uranus: {
    conjunction:
      'Elektrisierend ist das Wort für deinen Geist. Merkur in Konjunktion mit Uranus bringt Geistesblitze, originelle Ideen und eine schnelle, unkonventionelle Art zu denken, und vielleicht ziehen dich Technologie, Wissenschaft oder radikale Ideen an. Deine Gedanken springen voraus. Verankerst du deine Einsichten in praktischen Schritten, können andere dir dorthin folgen, wo dein Geist schon ist.',
    harmonious:
      'Originelles Denken fällt dir leicht. Du lernst schnell, erfasst neue Ideen im Nu und siehst Lösungen, die anderen entgehen, und wahrscheinlich bist du aufgeschlossen und erfinderisch. Technologie und Innovation liegen dir vielleicht. Deine geistige Beweglichkeit hilft dir, dich an Veränderungen anzupassen und andere zu frischem Denken anzuregen.',
    challenging:
      'Dein Geist kann rastlos und ungeduldig sein. Vielleicht ziehst du voreilige Schlüsse, fällst anderen ins Wort oder verwirfst Ideen zu schnell, und dein Nervensystem ist womöglich stark angespannt. Doch gerade diese Spannung entfacht brillante Einsichten. Lernst du, langsam genug zu werden, um sie klar mitzuteilen, wird deine Originalität wirksam.',
  },
  mercury_neptune: {
    conjunction:
      'Dein Geist denkt lieber in Symbolen und Gefühlen als in Paragrafen. Merkur in Konjunktion mit Neptun bringt poetisches, intuitives und fantasievolles Denken, und vielleicht bist du begabt für Musik, Schreiben oder die Künste. Fakten können verschwimmen. Prüfst du Details und hältst deine Kommunikation klar, kommt deine Inspiration dort an, wo du sie hinhaben willst.',
    harmonious:
      'Fantasie bereichert alles, was du denkst. Feine Gefühle und halb geformte Ideen kannst du mit echter Sensibilität ausdrücken, und vielleicht hast du Talent fürs Erzählen, Songschreiben, Übersetzen oder für heilsame Worte. Deine Intuition fließt still in dein Denken ein. Das macht dich zu einem mitfühlenden, inspirierten Gegenüber im Gespräch, das aussprechen kann, was andere nur ahnen.',
    challenging:
      'Dein Denken kann manchmal neblig oder verworren werden. Du missverstehst vielleicht oder wirst missverstanden, lässt dich von Wunschdenken leiten oder weichst unangenehmen Tatsachen aus. Doch deine Fantasie ist weit, und sie verdient Schutz. Dinge aufzuschreiben, Details zu prüfen und deine Ahnungen zu erden lässt deine Kreativität ohne Verwirrung leuchten.',
  },
  mercury_pluto: {
    conjunction:
      'Wie ein Suchscheinwerfer tastet dein Geist nach dem Verborgenen. Merkur in Konjunktion mit Pluto schenkt dir durchdringendes, forschendes Denken und ein Talent dafür, Geheimnisse aufzudecken, und vielleicht ziehen dich Forschung, Psychologie oder detektivische Arbeit an. Deine Worte haben Macht. Nutzt du sie, um zu enthüllen statt zu verletzen, wirst du zu einer eindrucksvollen Stimme.',
    harmonious:
      'Tiefe liegt deinem Denken. Du kannst dich lange intensiv konzentrieren, Fassaden durchschauen und die verborgenen Motive anderer mit unbequemer Genauigkeit lesen. Forschung, Psychologie, Ermittlungen und Strategie liegen dir vielleicht. Mit Sorgfalt angeboten, hilft deine Einsicht Menschen, der Wahrheit über ihr Leben ins Auge zu sehen und sich zu verändern.',
    challenging:
      'Dein Geist kann zwanghaft oder misstrauisch werden. Vielleicht fürchtest du, manipuliert zu werden, oder setzt Worte als Waffen ein, wenn du dich bedroht fühlst, und Debatten können zu Machtkämpfen werden. Diese Spannung schenkt dir außergewöhnliche geistige Tiefe. Richtest du sie auf ehrliches Verstehen, wird sie zu einer Quelle heilsamer Einsicht.',
  },
  mercury_true_node: {
    conjunction:
      'Verstand und Bestimmung sind bei dir eng verbunden. Lernen, Kommunikation und der Austausch von Ideen tragen dich deinem Lebensweg entgegen, und ein einziges Gespräch kann in einem entscheidenden Moment eine Tür öffnen. Vielleicht bist du dazu da, zu schreiben, zu lehren, zu übersetzen oder Menschen zu verbinden. Vertraue deiner Neugier, auch wenn sie abschweift; sie führt meist an einen wichtigen Ort.',
    harmonious:
      'Deine Art zu denken fördert dein Wachstum. Ideen, Gespräche, Kurse und Bücher helfen dir, dich in die Richtung zu entwickeln, die deine Seele sucht, und wichtige Menschen lernst du vielleicht über deine Worte oder deine Fragen kennen. Folgst du deinen echten geistigen Interessen statt denen, die du meinst haben zu sollen, kommst du deiner Bestimmung stetig näher.',
    challenging:
      'Gewohnte Denkweisen sind womöglich genau das, was dich zurückhält. Vielleicht analysierst du zu viel, argumentierst aus alten Positionen heraus oder greifst zu vertrauten Erklärungen, wenn dein Weg nach etwas verlangt, das du noch nicht verstanden hast. Wachstum entsteht aus Neugier auf das, was du nicht weißt. Öffnest du deinen Geist für ungewohnte Sichtweisen, kommst du voran.',
  },
  mercury_chiron: {
    conjunction:
      'Worte und Lernen tragen vielleicht eine alte Wunde. Möglicherweise wurdest du als Kind missverstanden, abgestempelt oder zum Schweigen gebracht, und vielleicht zögerst du noch heute, bevor du sagst, was du denkst. Doch gerade diese Erfahrung schenkt dir eine besondere Gabe des Zuhörens und die Fähigkeit, mit Sprache zu heilen. Vertraust du deiner Stimme, hilft sie anderen, ihre eigene zu finden.',
    harmonious:
      'Denken und Sprechen gehören zu deiner Heilung. Über schmerzhafte Erfahrungen, deine eigenen und die anderer, kannst du mit Feingefühl, Humor und Einsicht sprechen, und Lehren, Schreiben oder Beraten fallen dir womöglich leicht. Deine Worte haben die Eigenart, zugleich zu beruhigen und zu stärken. Oft erinnern sich Menschen noch Jahre später an etwas, das du gesagt hast.',
    challenging:
      'Kommunikation kann an alte Wunden rühren. Vielleicht fühlst du dich ungehört, fürchtest, dass deine Ideen abgetan werden, oder spielst Gespräche noch lange nach ihrem Ende im Kopf durch. Lernschwierigkeiten oder strenge Lehrer gehören womöglich zu deiner Geschichte. Heilung kommt, wenn du deiner Stimme vertraust und mit Mitgefühl sprichst, nicht zuletzt in der Art, wie du mit dir selbst redest.',
  },
  mercury_asc: {
    conjunction:
      'Dein Verstand zeigt sich in deinem ganzen Auftreten. Merkur nahe deinem Aszendenten macht dich wach, wortgewandt und neugierig, und andere bemerken deinen schnellen Witz und die Fragen, die du stellst. Vielleicht behältst du ein jugendliches Aussehen und Auftreten. Die Herausforderung besteht darin, Reden und Zuhören auszubalancieren, damit deine Aufgewecktheit Menschen einbezieht, statt sie zu überrollen.',
    harmonious:
      'Denken und Persönlichkeit arbeiten bei dir gut zusammen. Du kommunizierst mühelos und wirkst intelligent, freundlich und an anderen interessiert, was erste Begegnungen leicht macht. Worte gehören zu deinen besten Werkzeugen, um Eindruck zu hinterlassen. Vorstellungsgespräche, erste Begegnungen und Unterhaltungen mit Fremden spielen deinen Stärken in die Hände.',
    challenging:
      'Deine Worte und dein Auftreten passen nicht immer zusammen. Beim Kennenlernen wirst du vielleicht missverstanden, oder du hast das Gefühl, dass deine Gedanken anders herauskommen, als du sie gemeint hast, zu scharf oder zu zögerlich. Nervosität kann sich in deiner Sprache zeigen. Klare, ehrliche Kommunikation zu üben schließt nach und nach die Lücke zwischen dem, was du denkst, und dem, wie du klingst.',
  },
  mercury_mc: {
    conjunction:
      'Beruf und Verstand sind in deinem Horoskop eng verbunden. Merkur nahe deinem Medium Coeli deutet auf ein Arbeitsleben rund um Kommunikation, Lehre, Schreiben, Medien oder Handel, und vielleicht wirst du für deine Ideen oder deine Stimme bekannt. Was du öffentlich sagst, prägt deinen Ruf. Lerne weiter und halte deine Fähigkeiten aktuell; deine Laufbahn wächst mit deinem Denken.',
    harmonious:
      'Klares Denken ist für dich ein beruflicher Vorteil. Kommunikationsgeschick, schnelles Lernen und gute Ideen bringen deine Laufbahn in Fluss, und vielleicht findest du Erfolg durch Schreiben, Lehren, Beratung oder Handel. Deine Arbeit kannst du den Menschen, auf die es ankommt, gut erklären. Netzwerken liegt dir, und oft führt ein gutes Gespräch zur nächsten Gelegenheit.',
    challenging:
      'Deine Ideen passen nicht immer zu dem beruflichen Weg, der vor dir liegt. Vielleicht fällt es dir schwer, deine Ambitionen zu vermitteln, du fühlst dich bei der Arbeit ungehört, oder du wechselst mehrmals die Richtung, bevor du das richtige Feld findest. Jeder Wechsel lehrt dich etwas. Entwickelst du eine klare Botschaft darüber, was du anzubieten hast, wächst dein Ruf.',
  },
};
