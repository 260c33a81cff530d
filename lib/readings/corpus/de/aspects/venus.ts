import type { AspectTexts, PairKeysOf } from '../../types';

export const venus: Record<PairKeysOf<'venus'>, AspectTexts> = {
  venus_mars: {
    conjunction:
      'Begehren und Zuneigung sind in dir verschmolzen. Du liebst leidenschaftlich und jagst dem nach, was du schön findest, und du hast eine magnetische, sinnliche Ausstrahlung, die andere bemerken. Romantik kann sich drängend anfühlen. Lässt du Zärtlichkeit das Tempo des Begehrens verlangsamen, gewinnen deine Beziehungen Glut und Beständigkeit zugleich, und deine kreative Arbeit bekommt echtes Feuer.',
    harmonious:
      'Anziehung und Handeln greifen in deinem Leben ineinander. Du weißt, was du in der Liebe willst, und kannst es mit Anmut verfolgen, Durchsetzungskraft und Charme in Balance. Kreative und romantische Energie fließt frei. Das macht dich zu einem warmen, selbstbewussten Gegenüber in der Liebe und schenkt dir Talent für jede Kunst, die Leidenschaft und Feinschliff zugleich braucht.',
    challenging:
      'Was du begehrst und was du schön findest, kann gegeneinander ziehen. Vielleicht fühlst du dich zu Menschen hingezogen, die dich reizen, aber nicht zu dir passen, oder du schwankst zwischen Werben und Rückzug. Reibung in der Liebe ist eine vertraute Lehrerin. Erkennst du, was dir wirklich wichtig ist, können Leidenschaft und Frieden nebeneinander bestehen.',
  },
  venus_jupiter: {
    conjunction:
      'Großzügigkeit und Wärme fließen bei dir über. Du liebst die Freuden des Lebens, gibst mit offener Hand und ziehst oft Zuneigung, gute Gesellschaft und manchmal auch Glück an. Schönheit und Feste heben deine Stimmung. Maß zu halten ist die einzige Lektion: Zu viel des Guten, bei Ausgaben, Süßem oder Versprechen, kann die Freude trüben, die du ganz natürlich verbreitest.',
    harmonious:
      'Liebe und Glück reisen bei dir oft gemeinsam. Beziehungen lassen dich wachsen, dein gesellschaftliches Leben fließt mühelos, und du hast eine Gabe, das Beste in Menschen zu sehen. Kunst, Reisen und Feste bereichern dich. Diese leichte Anmut macht dich zu einem gern gesehenen Gast und zu einem großzügigen Menschen im Freundeskreis, und andere erinnern sich an deine Freundlichkeit.',
    challenging:
      'Dein Appetit auf Genuss oder Zuneigung kann deinem Urteil davonlaufen. Vielleicht gibst du zu viel aus, schwelgst im Übermaß oder erwartest von der Liebe mehr, als ein Mensch geben kann. Partner zu idealisieren liegt nahe. Lernst du, zu genießen statt anzuhäufen und Menschen so zu lieben, wie sie sind, wird diese Fülle zu echter Zufriedenheit.',
  },
  venus_saturn: {
    conjunction:
      'Liebe ist für dich eine ernste Angelegenheit. Vielleicht hast du dich früh nicht liebenswert gefühlt oder musstest dir Zuneigung verdienen, und das macht dich in Beziehungen vorsichtig und treu. Verbindlichkeit bedeutet dir viel. Mit zunehmender Reife wird deine Liebe beständiger und reicher; was du mit einem Menschen aufbaust, hat meist Bestand, und du entdeckst, dass du immer schon liebenswert warst.',
    harmonious:
      'Treue und Stabilität prägen deine Art zu lieben. Du nimmst Verpflichtungen ernst und baust Beziehungen auf, die mit der Zeit stärker werden. Qualität ist dir wichtiger als Quantität. Deine Geduld in der Liebe und dein verlässlicher Geschmack machen dich zu einem Menschen, dem andere in Partnerschaft, Freundschaft und Zusammenarbeit auf lange Sicht vertrauen können.',
    challenging:
      'Zuneigung kann sich vorsichtig oder knapp anfühlen. Die Angst vor Zurückweisung, das Gefühl, nicht zu genügen, oder frühe Erfahrungen kühler Liebe lassen dich vielleicht zurückhaltend sein. Beziehungen können sich wie Prüfungen anfühlen. Mit der Zeit und ehrlicher Selbstfürsorge entdeckst du, dass du lieben und geliebt werden kannst, ohne es dir verdienen zu müssen.',
  },
  venus_uranus: {
    conjunction:
      'Die Liebe erwischt dich oft aus heiterem Himmel. Dich ziehen ungewöhnliche, unabhängige Menschen an, und in der Nähe brauchst du Freiheit; dein Geschmack ist vielleicht unkonventionell. Beziehungen können plötzlich beginnen und enden. Findest du einen Menschen, der deine Unabhängigkeit schätzt und dir zugleich freundschaftlich verbunden bleibt, bekommt dein aufregendes Herz ein stabiles Zuhause.',
    harmonious:
      'Frische hält dein Liebesleben lebendig. Du genießt unkonventionelle Beziehungen, Freundschaften über alle möglichen Grenzen hinweg und Kunst, die überrascht. Andere nimmst du an, wie sie sind. Diese Offenheit hält deine Beziehungen spannend und deinen kreativen Geschmack originell, und sie hilft Menschen, sich in deiner Nähe frei zu fühlen, sie selbst zu sein, was eine eigene Form von Liebe ist.',
    challenging:
      'Nähe und Freiheit können in der Liebe aneinander zerren. Vielleicht fühlst du dich zu unerreichbaren oder unberechenbaren Menschen hingezogen oder wirst unruhig, sobald sich etwas einpendelt. Plötzliche Anziehung und abrupte Enden sind möglich. Verstehst du dein Bedürfnis nach Raum, kannst du Beziehungen wählen, die Luft zum Atmen lassen, statt vor solchen zu fliehen, die dich einengen.',
  },
  venus_neptune: {
    conjunction:
      'Romantisch, zärtlich und grenzenlos: So liebst du. Du siehst die Seele in Menschen und fühlst dich vielleicht zu künstlerischer, musikalischer oder spiritueller Schönheit hingezogen. Idealisierung ist ein Risiko; du kannst dich eher in das Potenzial als in die Wirklichkeit verlieben. Bleibst du klarsichtig und bewahrst dir dein Mitgefühl, kann deine Liebe zugleich zauberhaft und weise sein.',
    harmonious:
      'Fantasie und Zärtlichkeit verbinden sich in dir wunderschön. Du hast echtes künstlerisches Feingefühl und eine Gabe für mitfühlende Liebe, und deine engsten Beziehungen fühlen sich vielleicht fast spirituell an. Musik, Film oder Malerei können dich zu Tränen rühren. Deine Einfühlung macht dich in Liebe und Freundschaft zu einem sanften, verständnisvollen Menschen, der vergibt, ohne Buch zu führen.',
    challenging:
      'Romantische Illusionen können zu Enttäuschungen führen. Vielleicht idealisierst du Partner, übersiehst Warnzeichen oder opferst zu viel für die Liebe. Auch Geld kann dir durch die Finger rinnen, wenn du mit dem Herzen statt mit dem Kopf gibst. Lernst du, Menschen klar zu sehen und nur so viel zu geben, wie gesund ist, wird dein Mitgefühl nicht zur Selbstaufopferung.',
  },
  venus_pluto: {
    conjunction:
      'Liebe ist für dich intensiv und verwandelnd. Du suchst Tiefe und vollkommene Verbindung, und Beziehungen können Leidenschaft, Eifersucht und tiefgreifende Veränderung bringen, manchmal alles auf einmal. Oberflächliche Zuneigung langweilt dich schlicht. Vertrauen, Ehrlichkeit und der Mut, Kontrolle loszulassen, machen deine Liebe zu einer starken heilenden Kraft statt zu einem Kampfplatz.',
    harmonious:
      'Tiefe und Beständigkeit prägen deine Art zu lieben. Du kannst intensive, verwandelnde Bindungen eingehen, ohne dich darin zu verlieren, und deine Anziehungskraft trägt einen stillen Magnetismus, den andere spüren. Treue ist dir enorm wichtig. Beziehungen helfen dir zu wachsen und dich zu erneuern, und deine Leidenschaft trägt sie durch Zeiten, an denen leichtere Bindungen zerbrechen würden.',
    challenging:
      'Liebe kann zum Schlachtfeld von Macht und Angst werden. Eifersucht, Besitzdenken oder die Furcht vor Verrat tauchen vielleicht auf, und Beziehungen durchlaufen womöglich Krisen, die sich anfühlen, als ginge es um Leben und Tod. Geld und Intimität können sich verstricken. Stellst du dich deinen Ängsten ehrlich, statt den anderen zu kontrollieren, wird aus dieser Intensität tiefe Nähe und Vertrauen.',
  },
  venus_true_node: {
    conjunction:
      'Liebe und Schönheit sind in deinen Lebensweg eingewoben. Beziehungen, Kunst oder die Aufgabe, Menschen in Harmonie zu bringen, spielen vielleicht eine zentrale Rolle für dein Wachstum, und manche Menschen fühlen sich schon bei der ersten Begegnung wie Schicksal an. Folgst du dem, was du wirklich liebst, statt dem, was du wollen sollst, kommst du deiner Bestimmung näher.',
    harmonious:
      'Deine Werte und Beziehungen fördern dein Wachstum. Liebe, Freundschaft und Kreativität öffnen dir Türen, und hilfreiche Menschen begegnen dir vielleicht durch geselliges Leben, Kunst oder schlichte Freundlichkeit. Genuss lenkt dich nicht von deinem Weg ab, sondern gehört dazu. Vertraue deinem Gespür für das Schöne und Stimmige; es weist dir die Richtung.',
    challenging:
      'Bequemlichkeit in Beziehungen oder die alte Gewohnheit, es allen recht zu machen, halten dich vielleicht still zurück. Dein Wachstum verlangt womöglich, vertraute Arten des Liebens und Geliebtwerdens hinter dir zu lassen, selbst wenn sich das Vertraute süß anfühlt. Schätzt du dich genug, um hin und wieder jemanden zu enttäuschen, kommst du deiner wahren Bestimmung näher.',
  },
  venus_chiron: {
    conjunction:
      'Liebe und Selbstwert tragen eine empfindliche Wunde. Vielleicht hast du dich nicht liebenswert, unscheinbar oder irgendwie zu viel gefühlt, und womöglich zweifelst du in Beziehungen noch heute an deinem Wert, auch wenn alles dagegen spricht. Heilung kommt durch geduldige Selbstannahme. Unterwegs entwickelst du vielleicht eine seltene Gabe, anderen das Gefühl zu geben, schön und geliebt zu sein.',
    harmonious:
      'Liebe ist ein Teil deiner Medizin. Beziehungen, Kunst und Schönheit helfen dir, dich von alten Verletzungen zu erholen, und vielleicht hast du eine Gabe, anderen das Gefühl zu geben, genau so wertvoll zu sein, wie sie sind. Dein Mitgefühl ist sanft und echt, nie auf Wirkung bedacht. Kreative oder fürsorgliche Arbeit kann dieses stille Talent zu etwas machen, das Leben verändert.',
    challenging:
      'Beziehungen können auf deine tiefsten Unsicherheiten drücken. Vielleicht fürchtest du Zurückweisung, fühlst dich der angebotenen Liebe nicht würdig oder wählst Menschen, die deine Zweifel bestätigen. Diese Muster sind nicht deine Schuld, aber es liegt an dir, sie zu heilen. Lernst du, zuerst dich selbst zu lieben, verwandelt sich die Art, wie du alle anderen liebst und von ihnen geliebt wirst.',
  },
  venus_asc: {
    conjunction:
      'Charme gehört zu deiner Ausstrahlung. Venus nahe deinem Aszendenten macht dich anziehend, liebenswürdig und angenehm im Umgang, und andere fassen oft Zuneigung zu dir, bevor du viel gesagt hast. Schönheit, Stil und Umgangsformen sind dir wichtig. Die tiefere Aufgabe ist, dich jenseits des Äußeren zu schätzen, damit es dich nie deine Echtheit kostet, gemocht zu werden.',
    harmonious:
      'Anmut und Wärme färben die Art, wie du dich zeigst. Andere finden dich sympathisch und unkompliziert, und dein Stilgefühl scheint dir einfach zuzufallen. Der erste Eindruck fällt meist zu deinen Gunsten aus. Großzügig eingesetzt, öffnet dieser Charme nicht nur dir Türen, sondern auch den Menschen, die du mitnehmen möchtest.',
    challenging:
      'Dein Wunsch, gemocht zu werden, kann manchmal damit kollidieren, einfach du selbst zu sein. Vielleicht spürst du Druck, zu gefallen, auf eine bestimmte Weise auszusehen oder jeden unangenehmen Moment zu glätten, und zweifelst stärker an deiner Anziehungskraft als irgendjemand sonst. Nimmst du dich samt deinen Ecken und Kanten an, zeigt sich eine Schönheit, die nicht von Zustimmung abhängt.',
  },
  venus_mc: {
    conjunction:
      'Anmut und Charme prägen dein öffentliches Leben. Venus nahe deinem Medium Coeli weist auf eine Laufbahn in Kunst, Design, Schönheit, Diplomatie oder einem Feld, das Harmonie und guten Geschmack belohnt, und dein Ruf ist wahrscheinlich warmherzig. Andere arbeiten gern mit dir zusammen. Lass deine Arbeit ausdrücken, was du liebst, und der Erfolg folgt meist von selbst.',
    harmonious:
      'Werte und Berufung gehen in deinem Leben Hand in Hand. Erfolg kommt vielleicht durch kreative, soziale oder diplomatische Arbeit, und Menschen in Machtpositionen begegnen dir oft wohlwollend. Dein Beruf kann dir echte Freude bereiten, nicht nur ein Einkommen. Kooperationen und Partnerschaften fördern meist dein Ansehen, also investiere in die Arbeitsbeziehungen, die sich wirklich gut anfühlen.',
    challenging:
      'Deine Werte und dein Beruf ziehen womöglich in verschiedene Richtungen. Vielleicht hast du das Gefühl, dass deine Arbeit nicht widerspiegelt, was du liebst, oder dass Beziehungen und Ehrgeiz um dieselben Stunden konkurrieren. Kompromisse in die eine wie die andere Richtung können dich unruhig zurücklassen. Bringst du nach und nach in Einklang, was du tust und was dir wichtig ist, findest du dauerhafte Erfüllung.',
  },
};
