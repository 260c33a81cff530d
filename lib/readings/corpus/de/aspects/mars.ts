import type { AspectTexts, PairKeysOf } from '../../types';

export const mars: Record<PairKeysOf<'mars'>, AspectTexts> = {
  mars_jupiter: {
    conjunction:
      'Groß, kühn und begeistert hält sich deine Energie selten zurück. Mars in Konjunktion mit Jupiter schenkt dir das Selbstvertrauen, große Herausforderungen anzunehmen, Abenteuerlust und einen großzügigen Kampfgeist, oft im Einsatz für andere. Was du anfängst, tust du ganz. Teilst du dir deine Kräfte ein und prüfst die Größe des Risikos, bevor du springst, kippt dein Wagemut nicht in Leichtsinn.',
    harmonious:
      'Mut und gutes Urteilsvermögen arbeiten bei dir meist zusammen. Du handelst selbstbewusst, gehst vernünftige Risiken ein und scheinst oft zur rechten Zeit am rechten Ort zu sein. Sport, Reisen, Unternehmergeist oder der Einsatz für eine gute Sache passen vielleicht alle zu dir. Deine Begeisterung steckt an, und andere folgen dir gern, wenn du vorangehst.',
    challenging:
      'Dein Antrieb kann deinem Sinn für Maß davonlaufen. Vielleicht übernimmst du dich, gehst Risiken ein, die sich nicht auszahlen, oder vertrittst deine Überzeugungen heftiger, als der Moment es verlangt. Rastlosigkeit kennst du gut. Das ist ein großer Motor, der ein Lenkrad braucht: Richte ihn auf jeweils ein lohnendes Ziel, und er kann dich erstaunlich weit tragen.',
  },
  mars_saturn: {
    conjunction:
      'Antrieb und Disziplin sind in dir verschmolzen. Du kannst mit außergewöhnlicher Ausdauer und Selbstbeherrschung arbeiten, auch wenn du dich manchmal fühlst, als führest du mit angezogener Handbremse, frustriert von Verzögerungen oder deiner eigenen Vorsicht. Wut hältst du vielleicht zu lange zurück. Lernst du, beständig zu handeln, ohne zu erzwingen oder zu erstarren, erlangst du die Stärke echter Meisterschaft.',
    harmonious:
      'Disziplinierte, zielgerichtete Energie gehört zu deinen stillen Stärken. Du kannst Anstrengung über lange Zeit aufrechterhalten, deine Schritte sorgfältig planen und Ziele erreichen, die Geduld verlangen. Andere vertrauen deiner Verlässlichkeit unter Druck. Wettkämpfe, körperliches Training und lange Projekte bringen das Beste in dir hervor, weil du weißt, wie du dir deine Kräfte einteilst.',
    challenging:
      'Handeln und Zurückhaltung prallen in dir oft aufeinander. Vielleicht schwankst du zwischen zu viel Druck und dem Gefühl, blockiert zu sein, oder ringst mit Autoritäten, die dir scheinbar im Weg stehen. Frust kann zu Groll werden, wenn er nie ausgesprochen wird. Geduldiger, beständiger Einsatz und Wut, die klar und früh ausgesprochen wird, verwandeln diese Spannung in beeindruckende Widerstandskraft.',
  },
  mars_uranus: {
    conjunction:
      'Energie kommt bei dir in Schüben. Mars in Konjunktion mit Uranus schenkt dir einen unabhängigen, erfinderischen und manchmal rebellischen Antrieb, und vielleicht handelst du plötzlich aus Impuls oder Überzeugung. Routine frustriert dich, Einschränkungen reizen dich. Gelenkt in Innovation, Sport oder Anliegen, an die du glaubst, kann diese elektrische Kraft Schranken durchbrechen, die andere für unverrückbar halten.',
    harmonious:
      'Eigenständiges Handeln liegt dir. Du passt dich schnell an, ergreifst in neuen Situationen die Initiative und findest unter Druck erfinderische Lösungen, sodass Notfälle oft das Beste in dir hervorbringen. Technologie, Abenteuer oder Reformen reizen dich vielleicht. Dein Mut, Dinge anders zu machen, inspiriert Menschen, die nur auf die Erlaubnis gewartet haben, etwas zu verändern.',
    challenging:
      'Ungeduld und Rastlosigkeit können plötzlich aufflammen. Vielleicht wehrst du dich gegen Kontrolle, handelst überstürzt oder spürst eine Spannung, die sich entladen muss, bevor sie reißt, und in der Eile passieren leichter Unfälle. Doch diese Verbindung schenkt auch bemerkenswerten Mut und Erfindungsgeist. Regelmäßige, gesunde Ventile für die Ladung halten deine Energie aufregend statt explosiv.',
  },
  mars_neptune: {
    conjunction:
      'Ideale bringen deine Energie in Fluss. Mars in Konjunktion mit Neptun schenkt dir einen Antrieb, der von Mitgefühl, Kunst oder Spiritualität inspiriert ist, und am kraftvollsten handelst du vielleicht für andere. Direkte Aggression ist dir unangenehm. Dienen deine Taten einer Vision, wird deine Energie anmutig und überraschend stark, wie eine Strömung unter ruhigem Wasser.',
    harmonious:
      'Inspiration und Handeln stärken einander in dir. Du kannst dich mit Intuition und Anmut bewegen, und vielleicht hast du Talent für Tanz, Film, Musik oder heilende Arbeit. Dein Antrieb ist sanft, aber wirksam. Für deine Ideale einzutreten gibt dir Kraft, und am besten bist du, wenn deine Arbeit etwas dient, das über dich hinausgeht.',
    challenging:
      'Dein Antrieb kann sich in Verwirrung oder Erschöpfung auflösen. Vielleicht bist du unsicher, was du willst, weichst direkter Konfrontation aus oder merkst, wie deine Energie durch die Ansprüche anderer versickert. Zu täuschen oder getäuscht zu werden ist möglich. Klare Ziele, gute Erholung und ein Anliegen, an das du wirklich glaubst, bringen deine Willenskraft wieder in den Fokus.',
  },
  mars_pluto: {
    conjunction:
      'Gewaltig ist das Wort für deinen Willen. Mars in Konjunktion mit Pluto schenkt dir enormen Antrieb, Ausdauer und die Fähigkeit, jede Situation zu verwandeln, für die du dich einsetzt, und vielleicht begegnen dir intensive Herausforderungen, die deine Kraft auf die Probe stellen. Wut kann tief sitzen. Bewusst auf konstruktive Ziele gerichtet, kann deine Stärke Berge versetzen und wieder aufbauen, was andere verloren geben.',
    harmonious:
      'Dir stehen tiefe Reserven an Energie und Entschlossenheit zur Verfügung. Wenn dir etwas wichtig ist, setzt du dich ganz ein und gibst selten auf, und unter Druck oder in Krisen arbeitest du gut. Deine Stärke gibt anderen ein Gefühl von Sicherheit. Mit Integrität eingesetzt, lässt dich diese Kraft erreichen, was andere für unmöglich halten.',
    challenging:
      'Machtkämpfe können auftauchen, sobald dein Wille blockiert wird. Vielleicht begegnest du durchsetzungsstarken Menschen, fühlst dich gezwungen, um jeden Preis zu gewinnen, oder trägst Wut in dir, die lange schwelt. Diese Verbindung verlangt, dass du deine Intensität meisterst, statt dich von ihr treiben zu lassen. Gelingt dir das, wird deine Kraft außergewöhnlich und lebensspendend.',
  },
  mars_true_node: {
    conjunction:
      'Handeln ist der Schlüssel zu deinem Weg. Mars nahe dem Mondknoten schenkt dir Mut und Antrieb, die dich deiner Bestimmung entgegentragen, und zu deinem Wachstum gehört vielleicht, dich durchsetzen oder führen zu lernen. Womöglich begegnest du Menschen, die dich anspornen. Mutige Schritte, gewagt, noch bevor du dich bereit fühlst, öffnen dir den Weg zu deinem Schicksal.',
    harmonious:
      'Energie und Richtung finden in deinem Leben zusammen. Initiative zu ergreifen und entschlossen zu handeln hilft dir, dich in die Richtung zu bewegen, die deine Seele sucht, und andere bewundern vielleicht deinen Mut. Körperliche Aktivität, Wettbewerb oder Pionierarbeit können Teil deines Weges werden. Vertraue deinem Antrieb; er weiß, wohin er will.',
    challenging:
      'Alte Gewohnheiten des Kämpfens oder Reagierens bremsen vielleicht dein Wachstum. Womöglich setzt du auf Kraft, wo dein Weg Geduld verlangt, oder hältst dich zurück, wo er Mut fordert. Zu lernen, wann und wie du handelst und wofür, gehört zur Arbeit deiner Seele. Jede bewusste Entscheidung macht den Weg frei.',
  },
  mars_chiron: {
    conjunction:
      'Deine Wunde berührt deinen Antrieb und dein Recht, dich zu behaupten. Vielleicht wurdest du als Kind für Wut bestraft oder hast dich machtlos gefühlt, und womöglich fällt es dir noch heute schwer, für dich einzustehen, oder du kämpfst zu heftig, wenn ein alter Schmerz berührt wird. Heilung kommt, wenn du gesunden Mut lernst, und vielleicht hilfst du dann anderen, ihre Stärke zu finden.',
    harmonious:
      'Handeln wird zu einem Teil deiner Heilung. Du kannst mutig für dich und andere eintreten, und womöglich liegen dir körperliche oder aktive Formen von Heilung, Coaching oder Fürsprache besonders. Dich deinen Wunden direkt zu stellen gibt dir echte Stärke und zeigt anderen, dass Verletzlichkeit und Tapferkeit zusammen bestehen können.',
    challenging:
      'Dich zu behaupten oder wütend zu werden kann alte Wunden aufreißen. Vielleicht fürchtest du deine eigene Kraft oder fühlst dich geschlagen, bevor du überhaupt beginnst, und Konflikte erschüttern dich noch lange danach. Heilung bringt sanftes, beständiges Üben von Selbstbehauptung, zuerst in kleinen, sicheren Situationen. Mit der Zeit wird dein hart erkämpfter Mut zum Vorbild für andere, denen es schwerfällt, für sich einzustehen.',
  },
  mars_asc: {
    conjunction:
      'Energie und Durchsetzungskraft sind in deiner Ausstrahlung deutlich spürbar. Mars nahe dem Aszendenten macht dich direkt, aktiv und kämpferisch, und andere spüren deinen Antrieb sofort. Vielleicht bist du sportlich oder reagierst schnell. Lernst du, deine Kraft mit Wärme zu mildern, wirkt deine natürliche Führungsstärke einladend statt einschüchternd.',
    harmonious:
      'Energie und Persönlichkeit arbeiten bei dir gut zusammen. Du wirkst selbstbewusst, fähig und tatbereit, und in Situationen, die entschlossenes Handeln verlangen, vertrauen dir andere meist. Herausforderungen gehst du direkt an. Wenn etwas getan werden muss, übernimmst du deshalb wie selbstverständlich die Führung, im Team, im Sport oder im Notfall.',
    challenging:
      'Deine Energie und dein Auftreten können kollidieren. Vielleicht wirkst du aggressiver, als du es meinst, oder hältst dich so sehr zurück, dass andere deine Stärke nicht sehen. Konflikte finden dich manchmal von selbst. Wirst du dir bewusst, wie deine Energie auf andere wirkt, kannst du deine natürliche Kraft mit Geschick und gutem Timing einsetzen.',
  },
  mars_mc: {
    conjunction:
      'Dein Ehrgeiz lodert. Mars nahe dem Medium Coeli schenkt dir einen starken Drang, etwas zu erreichen, zu führen und Spuren zu hinterlassen, und vielleicht ziehen dich wettbewerbsorientierte, körperliche oder bahnbrechende Berufe an. Für Anerkennung arbeitest du hart. Lenkst du dein Feuer auf Ziele, an die du glaubst, bringt dir das einen Respekt ein, der bleibt.',
    harmonious:
      'Antrieb und Laufbahn befeuern sich in deinem Leben gegenseitig. Du gehst entschlossen auf deine Ziele zu und hast die Energie, dir einen starken Ruf aufzubauen, und Führungsrollen liegen dir vielleicht. Andere respektieren deine Initiative. Deine Herausforderung ist lediglich, deinen Ehrgeiz mit etwas verbunden zu halten, das dir wirklich wichtig ist.',
    challenging:
      'Ehrgeiz und Handeln sind nicht immer im Einklang. Vielleicht gerätst du mit Autoritäten aneinander, fühlst dich beruflich blockiert oder drängst zu sehr auf Anerkennung, und berufliche Rivalitäten können aufflammen. Lernst du, deine Ziele geduldig zu verfolgen und deine Kämpfe sorgfältig zu wählen, wird aus dieser Spannung ein kraftvoller, dauerhafter beruflicher Antrieb.',
  },
};
