import type { AspectTexts, PairKeysOf } from '../../types';

export const jupiter: Record<PairKeysOf<'jupiter'>, AspectTexts> = {
  jupiter_saturn: {
    conjunction:
      'Vision und Realismus begegnen sich in dir. Jupiter in Konjunktion mit Saturn, eine Verbindung, die du mit allen teilst, die wenige Monate vor oder nach dir geboren sind, schenkt dir die Fähigkeit, groß zu träumen und sorgfältig zu bauen, Optimismus und Geduld im Gleichgewicht. Wachstum geschieht vielleicht in Zyklen von Ausdehnung und Festigung. Deine Gabe ist es, große Visionen in dauerhafte Strukturen zu verwandeln, einen nüchternen Schritt nach dem anderen.',
    harmonious:
      'Glaube und Disziplin arbeiten in deinem Leben zusammen. Du kannst langfristig planen, Chancen klug nutzen und Erfolg aufbauen, der hält, und du weißt, wann du vorangehen und wann du warten solltest. Beruf und Ethik stützen sich meist gegenseitig. Andere halten dich für vernünftig und vertrauenswürdig, für einen Menschen, dessen Optimismus geprüft wurde und standhält.',
    challenging:
      'Hoffnung und Vorsicht können dich hin- und herziehen. Vielleicht schwankst du zwischen Übermut und Selbstzweifel oder fühlst dich zerrissen zwischen dem Ergreifen einer Chance und dem Wunsch nach Sicherheit, sodass Fortschritt nur stockend kommt. Diese Spannung lehrt dich das richtige Timing. Zu lernen, wann du expandierst und wann du die Stellung hältst, wird zu einer deiner wertvollsten Fähigkeiten.',
  },
  jupiter_uranus: {
    conjunction:
      'Plötzliche Chancen und ein Hunger nach Freiheit prägen dein Leben. Jupiter in Konjunktion mit Uranus, eine Verbindung, die viele deines Jahrgangs teilen, bringt erfinderischen Optimismus, Liebe zum Neuen und die Neigung, aus Grenzen auszubrechen. Glückliche Wendungen können aus dem Nichts kommen. Deine Gabe ist es, Möglichkeiten zu sehen, die andere übersehen, und ihnen genug zu vertrauen, um aufzubrechen.',
    harmonious:
      'Glück erreicht dich oft durch Veränderung. Auf Unerwartetes reagierst du mit Anmut, bist offen für ungewöhnliche Ideen und findest dein Glück vielleicht durch Technologie, Reisen oder unkonventionelle Entscheidungen. Dein Optimismus blickt nach vorn. Das macht dich zu einer geborenen Kraft der Erneuerung und zu einer inspirierenden Gegenwart in jeder Gruppe, die frische Luft braucht.',
    challenging:
      'Rastlosigkeit und Freiheitsdrang können dich dazu bringen, dich zu übernehmen. Vielleicht gehst du plötzliche Risiken ein, wechselst zu oft den Kurs oder verwirfst Strukturen, die dir geholfen hätten. Doch diese Verbindung bringt auch Momente des Durchbruchs. Lernst du, Begeisterung mit Durchhaltevermögen auszubalancieren, wird dein erfinderischer Geist zu dauerhaftem Fortschritt.',
  },
  jupiter_neptune: {
    conjunction:
      'Glaube und Fantasie reichen in dir weit. Jupiter in Konjunktion mit Neptun, eine Verbindung, die du mit anderen deines Jahrgangs teilst, schenkt dir eine spirituelle, mitfühlende und idealistische Lebenssicht samt echten künstlerischen oder heilenden Gaben. Grenzen können verschwimmen. Verankerst du deine großzügigen Träume in praktischer Form, lösen sie sich nicht in Wunschdenken oder endlosem Geben auf.',
    harmonious:
      'Mitgefühl und Inspiration fließen mühelos durch dein Leben. Du hast einen natürlichen Glauben und ein großzügiges Herz, und vielleicht ziehen dich Spiritualität, Musik, Kunst oder wohltätige Arbeit an. Deine Intuition leitet dich gut. Diese sanfte Weisheit hilft anderen, an etwas Größeres und Freundlicheres zu glauben als ihre unmittelbaren Sorgen.',
    challenging:
      'Dein Idealismus eilt der Wirklichkeit manchmal voraus. Dich können Anliegen, Menschen oder Überzeugungen anziehen, die mehr versprechen, als sie halten, oder du dehnst deine Güte aus, bis sie dich auslaugt. Unterscheidungsvermögen ist die Lektion. Ein Glaube, der in Erfahrung gründet, und Großzügigkeit mit gesunden Grenzen bringen die wahre Schönheit dieser Verbindung zum Vorschein.',
  },
  jupiter_pluto: {
    conjunction:
      'Dein Ehrgeiz reicht tief und weit. Jupiter in Konjunktion mit Pluto, eine Verbindung, die du mit deiner Generation teilst, schenkt dir einen mächtigen Drang nach Einfluss, Wandlung und Wachstum im großen Maßstab. Vielleicht steigst du gerade durch Krisen auf, die andere zu Fall bringen würden. Diese Macht ethisch einzusetzen ist der Schlüssel zu nachhaltiger, positiver Wirkung.',
    harmonious:
      'Du besitzt eine Fähigkeit zu Erneuerung und Erfolg im großen Stil. Du verstehst Macht und kannst sie nutzen, um zu wachsen, zu heilen oder aufzubauen, und Gelegenheiten zur Wandlung wirken meist zu deinen Gunsten. Forschung, Finanzen und Führung liegen dir vielleicht. Das ist ein stilles Kraftreservoir, aus dem du schöpfen kannst, wenn viel auf dem Spiel steht.',
    challenging:
      'Der Hunger nach Macht und Erfolg kann Konflikte erzeugen. Vielleicht begegnest du mächtigen Kräften, ringst mit Kontrolle oder fühlst dich getrieben, um jeden Preis etwas zu erreichen. Maßlosigkeit ist ein Risiko. Mit Integrität und Demut gelenkt, kann dieser intensive Antrieb wirklich verwandelnde Leistungen hervorbringen, für dich und andere.',
  },
  jupiter_true_node: {
    conjunction:
      'Wachstum und Glück sind mit deinem Lebensweg verknüpft. Jupiter nahe dem Mondknoten bringt Chancen, Lehrende und weitende Erfahrungen, die dich deiner Bestimmung entgegentragen. Vertrauen in deine Richtung zahlt sich aus. Folge dem Weg, der deine Welt größer macht, auch wenn er sich wie ein Sprung anfühlt.',
    harmonious:
      'Optimismus hält dich auf dem richtigen Kurs. Chancen, Mentoren und Lernerfahrungen kommen meist genau dann, wenn du sie brauchst, und deine Großzügigkeit zieht Hilfe an. Reisen, Studium oder Lehre spielen vielleicht eine Rolle auf deinem Weg. Vertraue dem größeren Bild deines Lebens, dann entfaltet sich dein Wachstum ganz natürlich.',
    challenging:
      'Vertraute Annehmlichkeiten oder Überzeugungen bremsen vielleicht dein Wachstum. Womöglich übertreibst du, was dir leichtfällt, oder hältst an alten Gewissheiten fest, wenn dein Weg nach Neuem verlangt. Gehst du über deine Komfortzone hinaus und hinterfragst ehrlich, was du immer geglaubt hast, öffnet sich ein Wachstum, das dir kein Glücksfall schenken könnte.',
  },
  jupiter_chiron: {
    conjunction:
      'Deine Wunde und deine Weisheit sind miteinander verbunden. Jupiter in Konjunktion mit Chiron deutet darauf hin, dass deine Verletzungen rund um Glauben, Sinn oder Überzeugungen zu deinen größten Lehrmeistern werden. Vielleicht verlierst du deinen Glauben und baust ihn neu auf, diesmal tiefer. Mit der Zeit wirst du zu einer weisen, großzügigen Begleitung, die anderen hilft, nach Schmerz wieder Hoffnung zu finden.',
    harmonious:
      'Glaube und Heilung arbeiten in dir zusammen. Du kannst im Schmerz Sinn finden und anderen helfen, dasselbe zu tun, und vielleicht ziehen dich Lehre, Beratung oder spirituelle Begleitung an. Dein Optimismus ist von Verständnis gemildert, und das macht ihn für Menschen in Not zugleich glaubwürdig und tröstlich.',
    challenging:
      'Alte Wunden können deinen Glauben oder dein Sinngefühl untergraben. Vielleicht ringst du mit Überzeugungen, die dich verletzt haben, oder zweifelst daran, dass das Leben freundlich sein kann. Langsam, indem du lebst, findest du eine eigene Wahrheit. Dann wird deine hart erkämpfte Weisheit zu einem echten Geschenk für andere, die ihren Weg verloren haben.',
  },
  jupiter_asc: {
    conjunction:
      'Großzügigkeit und Optimismus strahlen aus deiner Präsenz. Jupiter nahe dem Aszendenten macht dich warm, raumgreifend und beim ersten Eindruck oft vom Glück begünstigt, und andere fühlen sich in deiner Nähe ermutigt. Vielleicht bist du körperlich groß gewachsen oder in deiner Art überlebensgroß. Maß zu halten sorgt dafür, dass dein natürlicher Überschwang anziehend bleibt, statt zu überwältigen.',
    harmonious:
      'Wohlwollen strahlt aus deiner Persönlichkeit. Andere finden dich freundlich, offen und ermutigend, und Chancen kommen oft über deine Kontakte. Du begegnest dem Leben mit Vertrauen. Dieser natürliche Optimismus hilft dir, dich von Rückschlägen zu erholen, und macht dich in fast jeder Gruppe willkommen, als den Menschen, der alle daran erinnert, dass die Dinge noch gut ausgehen können.',
    challenging:
      'Deine Begeisterung schießt manchmal über das Ziel hinaus. Vielleicht versprichst du zu viel, wirkst überschwänglich oder nimmst mehr auf dich, als du bewältigen kannst. Dein großzügiger Geist ist echt, und andere spüren das. Setzt du ihm realistische Grenzen und hältst die Versprechen, die du gibst, können andere deiner Wärme und deinem Optimismus voll vertrauen.',
  },
  jupiter_mc: {
    conjunction:
      'Erfolg und Anerkennung fallen dir oft zu. Jupiter nahe dem Medium Coeli bringt Chancen für beruflichen Aufstieg, öffentliche Achtung und Führung, und vielleicht arbeitest du in Lehre, Recht, Verlagswesen oder internationalen Bereichen. Dein Ruf ist meist großzügig und weit. Bleibst du beim Aufstieg ethisch und geerdet, schützt du dein Glück und das Vertrauen, das man in dich setzt.',
    harmonious:
      'Wohlstand folgt gern deinen beruflichen Bemühungen. Chancen und unterstützende Menschen helfen dir beim Aufstieg, und du verfolgst deine Ziele mit Optimismus und Weitblick. Dein öffentliches Bild ist positiv. Halte deine Ziele im Einklang mit deinen Werten, dann fühlt sich dein Erfolg sinnvoll und zugleich lohnend an.',
    challenging:
      'Dein Ehrgeiz läuft der Wirklichkeit manchmal davon. Vielleicht übernimmst du dich beruflich, trittst zu früh in zu große Rollen oder hast das Gefühl, dass dein Erfolg nie ganz an die Vision in deinem Kopf heranreicht. Doch diese Unruhe treibt auch echtes Wachstum an. Verbindest du deine großen Ziele mit praktischen, gut getimten Schritten, erreichst du etwas, das bleibt.',
  },
};
