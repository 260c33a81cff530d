import type { AspectTexts, PairKeysOf } from '../../types';

export const uranus: Record<PairKeysOf<'uranus'>, AspectTexts> = {
  uranus_neptune: {
    conjunction:
      'Diese seltene Konjunktion gehört einer ganzen Generation, und du trägst ihre Handschrift: eine Verschmelzung von Technologie und Fantasie, von radikalem Wandel und spiritueller Sehnsucht. Vielleicht spürst du, dass sich die alte Welt auflöst und eine neue erträumt wird. Deine Rolle ist es, mitzuhelfen, diesen Traum in etwas Menschliches und Wirkliches zu verwandeln.',
    harmonious:
      'Diese Verbindung, die du mit vielen deines Jahrgangs teilst, vereint Intuition mit Innovation. Vielleicht ziehen dich neue Formen von Spiritualität, Kunst oder Technologie an, die das Bewusstsein erweitern. Wandel empfindest du eher als inspirierend denn als beängstigend. Persönlich schenkt sie dir einen beweglichen, visionären Geist, der sich gut an eine schnelllebige Welt anpasst.',
    challenging:
      'Deine Generation spürt eine Spannung zwischen Fortschritt und Idealismus, zwischen dem Sog der Zukunft und der Sehnsucht nach Sinn. Vielleicht schwankst du zwischen Begeisterung für den Wandel und Ernüchterung über ihn. Persönlich hilft es dir, deine Ideale zu erden und klar zu bleiben in dem, was wirklich ist, um unsichere Zeiten mit Integrität zu durchschreiten.',
  },
  uranus_pluto: {
    conjunction:
      'Du bist unter einer Generationenverbindung von Umbruch und Erneuerung geboren. Uranus in Konjunktion mit Pluto kennzeichnet eine Zeit radikaler Wandlung, und vielleicht trägst du den Instinkt in dir, das Verrottete umzustürzen und von den Wurzeln her neu aufzubauen. Veränderung macht dir keine Angst. Setzt du diese Furchtlosigkeit weise ein, wirst du zu einer kraftvollen Triebfeder der Erneuerung.',
    harmonious:
      'Diese Verbindung, die du mit deiner Generation teilst, schenkt dir einen leichten Umgang mit Wandlung und Innovation. Du kannst tiefgreifende Veränderungen ohne Chaos mit herbeiführen, und Reformen, Forschung oder Technologie könnten dein Feld sein. Persönlich werden Krisen für dich oft zu Wendepunkten, die neue Freiheit eröffnen.',
    challenging:
      'Deine Generation trägt die Spannung zwischen radikalem Wandel und dem Widerstand dagegen. Vielleicht spürst du den Druck kollektiver Umwälzungen ganz persönlich, in plötzlichen Lebensveränderungen oder in Machtkämpfen mit Systemen. Diese Verbindung baut Widerstandskraft auf. Deine Gabe ist der Mut, dich der Wandlung zu stellen und anderen hindurchzuhelfen.',
  },
  uranus_true_node: {
    conjunction:
      'Unkonventionell ist das einzig ehrliche Wort für deinen Weg. Uranus nahe dem Mondknoten deutet darauf hin, dass Wachstum durch Freiheit, Innovation und den Bruch mit Erwartungen geschieht, und plötzliche Wendungen können dein Leben neu auf seine Bestimmung ausrichten. Vertraue den Überraschungen, auch den unwillkommenen; sie tragen dich oft genau dorthin, wo du hinmusst, schneller als jeder Plan.',
    harmonious:
      'Veränderung fördert dein Wachstum. Ungewöhnliche Gelegenheiten, unkonventionelle Menschen und plötzliche Einsichten helfen dir, dich auf deine Bestimmung zuzubewegen, und du passt dich gut an, wenn sich das Leben wandelt. Deine Originalität gehört zu deinem Weg und ist kein Umweg. Folge dem, was dich begeistert und befreit, dann wird deine Richtung mit jedem Experiment klarer.',
    challenging:
      'Rastlosigkeit oder Rebellion können dich vom Kurs abbringen. Vielleicht löst du dich zu schnell aus Situationen oder wehrst dich gegen die Verbindlichkeit, die dein Weg verlangt. Lernst du, echte Befreiung von bloßer Flucht zu unterscheiden, und bleibst lange genug, um herauszufinden, welche von beiden du wählst, wächst du in die Richtung, die deine Seele vorsieht.',
  },
  uranus_chiron: {
    conjunction:
      'Deine Wunde hängt mit dem Gefühl zusammen, anders zu sein. Uranus in Konjunktion mit Chiron spiegelt vielleicht Erfahrungen, am Rand zu stehen, plötzliche Umbrüche oder das Gefühl, nirgends hineinzupassen. Doch genau darin liegt auch deine Gabe: Du heilst, indem du deine Einzigartigkeit annimmst, und vielleicht hilfst du anderen, ihre eigene anzunehmen.',
    harmonious:
      'Originalität unterstützt deine Heilung. Du findest unkonventionelle Wege durch den Schmerz, und vielleicht ziehen dich alternative Therapien oder innovative Ansätze für das Wohlbefinden an. Deine Einsichten können andere befreien, die in alten Mustern und abgenutzten Erklärungen feststecken, und dein Beispiel zeigt, dass Anderssein kein Makel ist.',
    challenging:
      'Plötzliche Veränderungen können alte Wunden wieder aufreißen, oder dein Freiheitsbedürfnis kollidiert mit deinem Bedürfnis zu heilen. Zeitweise fühlst du dich vielleicht fremd. Heilung kommt, wenn du dein Anderssein als Stärke annimmst statt als Fehler, den es zu verstecken gilt, und eine Gemeinschaft findest, in der deine Einzigartigkeit wirklich willkommen ist.',
  },
  uranus_asc: {
    conjunction:
      'Originalität bestimmt deine Ausstrahlung. Uranus nahe dem Aszendenten macht dich unkonventionell, unabhängig und oft überraschend, und andere spüren, dass du deinem eigenen Rhythmus folgst. Vielleicht erfindest du dich mehr als einmal neu. Die Freiheit, du selbst zu sein, ist unverzichtbar, und andere empfinden dein Beispiel womöglich als befreiend.',
    harmonious:
      'Frische und Originalität färben deine Persönlichkeit. Andere finden dich interessant und aufgeschlossen, und du passt dich neuen Situationen mühelos an. Deine Unabhängigkeit wirkt anziehend. So kannst du neue Ideen und Lebensweisen einbringen, ohne andere vor den Kopf zu stoßen, eine echte Begabung in jeder Gruppe, die sich verändern muss, aber davor zurückscheut.',
    challenging:
      'Dein Freiheitsbedürfnis kann mit dem kollidieren, was andere von deinem Verhalten erwarten. Vielleicht wirkst du sprunghaft oder rebellisch oder fühlst dich in konventionellen Umgebungen unruhig. Verstehst du dein Bedürfnis nach Unabhängigkeit und erklärst es den Menschen, die dir nahestehen, kannst du es mit Anmut ausdrücken statt mit Störung.',
  },
  uranus_mc: {
    conjunction:
      'Ein gewöhnlicher Karriereweg ist das Letzte, was dich erwartet. Uranus nahe dem Medium Coeli bringt plötzliche Wechsel, innovative Arbeit und ein starkes Bedürfnis nach beruflicher Freiheit, und vielleicht ziehen dich Technologie, Wissenschaft oder Reformen an. Dein Ruf ist womöglich unkonventionell. Folge deiner Originalität; sie ist deine Berufung.',
    harmonious:
      'Innovation fördert deine Laufbahn. Du findest Chancen in neuen Feldern und passt dich beruflichen Veränderungen gut an, und deine frischen Ideen werden geschätzt. Freiberufliche oder bahnbrechende Arbeit passt vielleicht zu dir. Deine Unabhängigkeit wird zu einem beruflichen Vorteil, der dich abhebt, besonders in Bereichen, die ihre eigenen Regeln noch erfinden.',
    challenging:
      'Berufliche Veränderungen kommen vielleicht plötzlich, oder du gerätst mit Autoritäten aneinander. Womöglich sträubst du dich gegen herkömmliche Wege oder wirst in jeder Stelle unruhig, die dich einschränkt. Baust du dir eine Laufbahn mit Raum für Freiheit und Innovation, vielleicht ein eigenes Unternehmen oder eine Rolle, die du selbst gestaltest, wird aus dieser Spannung Originalität und Erfolg.',
  },
};
