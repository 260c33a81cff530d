import type { AspectTexts, PairKeysOf } from '../../types';

export const saturn: Record<PairKeysOf<'saturn'>, AspectTexts> = {
  saturn_uranus: {
    conjunction:
      'Tradition und Revolution leben in dir Seite an Seite. Saturn in Konjunktion mit Uranus, eine Verbindung, die du mit allen teilst, die in denselben Jahren geboren wurden, schenkt dir die Fähigkeit, Strukturen von innen zu reformieren und Disziplin mit Originalität zu verbinden. Vielleicht fühlst du dich zwischen Sicherheit und Freiheit hin- und hergerissen. Deine Gabe ist es, neue Formen zu bauen, die tatsächlich Bestand haben.',
    harmonious:
      'Struktur und Innovation vertragen sich in deinem Leben bestens. Du kannst Veränderungen praktisch und nachhaltig einführen, und du hast ein Händchen dafür, Systeme zu modernisieren, ohne zu zerstören, was funktioniert. Man vertraut deinen fortschrittlichen Ideen, weil sie geerdet sind. Das macht dich zu einer still wirksamen Kraft der Reform in jeder Institution, der du angehörst.',
    challenging:
      'Altes und Neues können in dir heftig gegeneinander ziehen. Vielleicht schwankst du zwischen dem Festklammern an Sicherheit und plötzlichem Ausbrechen oder gerätst mit Autoritäten über das Recht aneinander, dein Leben auf deine Weise zu führen. Spannungen zwischen den Generationen hallen womöglich in deiner Familie nach. Lernst du, dich in beständigem Tempo zu verändern, kannst du Stabilität und Freiheit gleichermaßen achten.',
  },
  saturn_neptune: {
    conjunction:
      'Träume und Wirklichkeit begegnen sich in dir. Saturn in Konjunktion mit Neptun, eine Verbindung, die du mit vielen deines Jahrgangs teilst, bittet dich, Idealen eine Form zu geben und Visionen in etwas Festes zu verwandeln. Vielleicht ringst du mit Ernüchterung. Deine Gabe ist die Geduld, spirituelle oder künstlerische Werke zu schaffen, die Bestand haben, lange nachdem die erste Inspiration verblasst ist.',
    harmonious:
      'Vision und Disziplin ergänzen sich in deinem Leben. Du kannst fantasievolle Ideen praktisch umsetzen und Mitgefühl in Strukturen wie Institutionen, Gesundheitswesen oder Kunst tragen. Träumen und Bauen gehören bei dir zusammen. Diese seltene Verbindung lässt deine Ideale dauerhafte Gestalt annehmen, ohne dass sie ihre Seele verlieren.',
    challenging:
      'Wirklichkeit und Ideale scheinen im Widerspruch zu stehen. Vielleicht fühlst du dich ernüchtert, schwankst zwischen Zynismus und Weltflucht oder ringst darum, deine Träume konkret werden zu lassen, und Ängste können vage, aber hartnäckig sein. Diese Verbindung lehrt geduldiges Vertrauen. Verankerst du deine Spiritualität in täglicher Praxis, findest du Frieden und Gelingen zugleich.',
  },
  saturn_pluto: {
    conjunction:
      'Ausdauer und Macht sind in dir verflochten. Saturn in Konjunktion mit Pluto, eine Verbindung, die du mit deiner Generation teilst, schenkt dir eine außergewöhnliche Fähigkeit, Härten durchzustehen und von Grund auf neu aufzubauen. Das Leben kann dich ernsthaft prüfen. Was diese Prüfungen in dir übersteht, ist unzerbrechlich, und andere lernen, sich auf diese Stärke zu verlassen.',
    harmonious:
      'Du besitzt großes Stehvermögen und strategische Tiefe. Du verstehst, wie Macht und Strukturen funktionieren, und kannst Systeme geduldig und wirksam verwandeln. Krisen brechen dich nicht; wenn überhaupt, zeigen sie, aus welchem Holz du geschnitzt bist. Deine Widerstandskraft und stille Autorität machen dich zu einer stabilisierenden Kraft, wenn andere in Panik geraten.',
    challenging:
      'Druck und Kontrolle können wiederkehrende Themen sein. Vielleicht trägst du schwere Verantwortung, ringst mit Institutionen um Macht oder hast tiefe Angst vor Kontrollverlust, und Zeiten kollektiver Not prägen womöglich deine Sicht. Diese Verbindung schmiedet enorme Stärke. Begegnest du Grenzen mit Mut, statt deinen Griff zu verstärken, verwandelt sich Angst langsam in Meisterschaft.',
  },
  saturn_true_node: {
    conjunction:
      'Verantwortung steht im Zentrum deines Lebensweges. Saturn nahe dem Mondknoten deutet darauf hin, dass dein Wachstum durch Disziplin, Reife und echte Verpflichtungen geschieht, vielleicht früher als bei anderen. Der Weg ist womöglich langsam, aber solide. Jeder Schritt, den du dir erarbeitest, bringt dich deiner Bestimmung näher.',
    harmonious:
      'Struktur fördert dein Wachstum. Mentoren, Verpflichtungen und beständige Anstrengung helfen dir, dich in die Richtung zu bewegen, die deine Seele sucht, und du baust deinen Weg auf festem Grund. Geduld zahlt sich für dich aus. Lange Projekte, ernsthaftes Studium oder verantwortungsvolle Rollen werden zu Trittsteinen auf dem Weg zu einem sinnvollen Leben.',
    challenging:
      'Angst oder alte Pflichten halten dein Wachstum vielleicht zurück. Womöglich klammerst du dich an Verantwortung oder Sicherheit, wenn dein Weg von dir verlangt, etwas Neues zu wagen. Zu lernen, dass zur Reife auch das Wagnis gehört und dass nicht jede Pflicht deine ist, hilft dir, auf das zuzugehen, wofür du wirklich hier bist.',
  },
  saturn_chiron: {
    conjunction:
      'Deine Wunde ist mit Autorität, Verantwortung oder Begrenzung verknüpft. Saturn in Konjunktion mit Chiron spiegelt vielleicht frühe Härten oder einen strengen inneren Kritiker. Mit der Zeit verwandelst du diese Erfahrungen in eine disziplinierte, mitfühlende Stärke, und vielleicht begleitest du später andere, die ähnliche Prüfungen durchstehen.',
    harmonious:
      'Disziplin unterstützt deine Heilung. Du kannst Schmerz mit Geduld und Struktur begegnen, und vielleicht hast du eine Gabe, andere durch lange Genesungswege zu begleiten. Deine Reife wirkt an sich schon heilsam und bietet allen eine ruhige Hand, die ihr Leben langsam und sicher neu aufbauen müssen.',
    challenging:
      'Begrenzungen und Wunden können sich ineinander verschlungen anfühlen. Vielleicht fühlst du dich von altem Schmerz zurückgehalten oder fürchtest tief im Inneren, nicht gut genug zu sein. Der Wendepunkt kommt, wenn du deine Grenzen mit Mitgefühl annimmst, statt dich für sie zu bestrafen. Dann wird deine Ausdauer zu einer Quelle der Weisheit, und andere schöpfen Kraft aus deinem Beispiel.',
  },
  saturn_asc: {
    conjunction:
      'Ernsthaftigkeit prägt deine Ausstrahlung. Saturn nahe dem Aszendenten macht dich zurückhaltend, verantwortungsbewusst und in deiner Art oft älter, als du bist, und vielleicht musstest du früh Herausforderungen meistern. Andere respektieren deine Beständigkeit. Mit der Zeit wirst du leichter und selbstbewusster, und deine stille Autorität wird zu einem echten Gewinn.',
    harmonious:
      'Verlässlichkeit und Reife zeigen sich in deinem Auftreten. Andere vertrauen dir und halten dich für fähig, und du gehst das Leben mit Geduld und Realismus an. Diese beständige Präsenz öffnet dir mit der Zeit Türen, besonders bei älteren Menschen und Institutionen. Gut möglich, dass du mit den Jahren entspannter und verspielter wirst, nicht ernster.',
    challenging:
      'Vielleicht fühlst du dich befangen oder gehemmt darin, wie du dich zeigst. Frühe Kritik oder Verantwortung hat dich womöglich vorsichtig werden lassen. Mit Zeit und Selbstannahme lernst du, dich mit Würde und Leichtigkeit zu zeigen, und der Ernst, der sich einst wie eine Last anfühlte, wird zu stiller Gravitas.',
  },
  saturn_mc: {
    conjunction:
      'Beruf und Leistung bedeuten dir zutiefst viel. Saturn nahe dem Medium Coeli bringt einen starken Drang nach Autorität und langfristigem Erfolg, auch wenn der Weg langsam und fordernd sein kann. Jede Position, die du innehast, hast du dir verdient, und Abkürzungen führen dich selten ans Ziel. Ist dein Ruf einmal aufgebaut, ist er solide und beständig, und vielleicht erreichst du deinen Höhepunkt später als andere deines Alters.',
    harmonious:
      'Disziplin trägt deine Laufbahn. Du baust dein Berufsleben beständig auf, verdienst dir Respekt durch Verlässlichkeit und übernimmst Verantwortung ohne großes Aufheben. Geduld belohnt dich weit mehr als Glück. Dein langfristiger Blick hilft dir, dauerhafte Vertrauens- und Führungspositionen zu erreichen, und hast du sie einmal, behältst du sie meist.',
    challenging:
      'Beruflicher Fortschritt kann sich langsam, blockiert oder von Pflichten beschwert anfühlen. Vielleicht begegnest du Hindernissen durch Vorgesetzte, fürchtest das Scheitern oder trägst Verantwortung, die zu früh kam. Diese Spannung baut echte Stärke auf. Beharrlichkeit, Integrität und die Bereitschaft, nach Rückschlägen neu anzufangen, bringen schließlich dauerhaften, wohlverdienten Erfolg.',
  },
};
