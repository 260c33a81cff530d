import type { AspectTexts, PairKeysOf } from '../../types';

export const sun: Record<PairKeysOf<'sun'>, AspectTexts> = {
  sun_moon: {
    conjunction:
      'Du bist nahe einem Neumond geboren, und so zeigen das, was du willst, und das, was du brauchst, meist in dieselbe Richtung. Das schenkt dir Zielstrebigkeit und ein starkes, in sich ruhendes Wesen. Allerdings fällt es dir vielleicht schwer, dich von außen zu sehen. Die Sichtweisen anderer sind der Spiegel, der dein Bild vervollständigt.',
    harmonious:
      'Wille und Gefühl arbeiten in dir zusammen. Was du dir vornimmst, passt meist gut zu dem, was du emotional brauchst, und das schenkt dir eine innere Leichtigkeit, die andere beruhigend finden. Familienleben und Selbstausdruck stützen sich gegenseitig. Diese Harmonie ist eine Ressource; leih sie den Menschen, die innerlich zerrissener sind als du.',
    challenging:
      'Kopf und Herz sind sich in dir nicht immer einig. Was du bewusst anstrebst, kann gegen das ziehen, was du brauchst, um dich sicher zu fühlen, und vielleicht fühlst du dich zwischen Ehrgeiz und Geborgenheit hin- und hergerissen oder zwischen den Eltern, die dich geprägt haben. Dieser innere Dialog ist anspruchsvoll, aber schöpferisch. Lernst du, beide Seiten zu achten, gewinnst du eine ungewöhnlich klare Selbsterkenntnis.',
  },
  sun_mercury: {
    conjunction:
      'Verstand und Identität sind bei dir eng verknüpft. Du denkst viel über dich nach, sprichst über das, was dir wichtig ist, und bist vielleicht für deine Ideen oder deine Stimme bekannt. Meinungen fühlen sich für dich persönlich an. Lernst du, Kritik an deinen Gedanken zu hören, ohne dich als Mensch angegriffen zu fühlen, wird deine scharfe Intelligenz noch stärker.',
    harmonious:
      'Denken und Lebensziel ziehen bei dir an einem Strang. Du kannst klar erklären, was du willst, und Ideen ohne viel Reibung in Pläne verwandeln. Lernen fällt dir leicht, wenn es deinen Zielen dient. Deine Herausforderung besteht einfach darin, deine Neugier so weit zu halten, wie dein Fokus stark ist.',
    challenging:
      'Dein Denken eilt deinem Lebensziel manchmal voraus oder hinkt ihm hinterher. Vielleicht hast du das Gefühl, dass deine Worte nicht ganz einfangen, wer du bist, oder dass dein Geist von dem abschweift, was du willst. Diese Lücke hält dich am Fragen. Schreiben oder Gespräche helfen dir, das, was du denkst, mit dem, wer du bist, in Einklang zu bringen.',
  },
  sun_venus: {
    conjunction:
      'Charme und Wärme gehören zu deinem Kern. Du schätzt Schönheit, Harmonie und Zuneigung, und andere finden dich oft angenehm und anziehend. Beziehungen und die Künste stehen vielleicht im Zentrum deiner Identität. Pass auf, Konflikten nicht um jeden Preis auszuweichen; deine Anmut ist am stärksten, wenn sie Ehrlichkeit einschließt.',
    harmonious:
      'Genuss und Lebensziel gehen in deinem Leben Hand in Hand. Du hast eine Gabe dafür, das, was du tust, anziehend zu machen und Freude an dem zu haben, worauf du hinarbeitest. Gesellige Leichtigkeit ist dir angeboren. Nutze deinen Charme, um Brücken zu bauen, und denk daran, dass echte Harmonie manchmal ein schwieriges Gespräch braucht.',
    challenging:
      'Was du willst und was du liebst, kann in verschiedene Richtungen ziehen. Vielleicht hast du das Gefühl, deine Beziehungen zu gefährden, wenn du ganz du selbst bist, oder dein eigenes Licht zu dimmen, wenn du anderen gefällst. Diese Spannung lehrt dich, dich selbst und andere gleichermaßen zu schätzen. Mit der Zeit gibt sie deiner Liebe eine Tiefe, die bequemer Zuneigung fehlt.',
  },
  sun_mars: {
    conjunction:
      'Energie, Mut und Tatkraft sind in deine Identität eingewoben. Du bist durchsetzungsstark, kämpferisch und handlungsbereit, und wahrscheinlich hast du mehr Ausdauer als die meisten. Wut kann schnell aufflammen. Lenkst du dein Feuer in sinnvolle Ziele, Sport oder Führung, wirst du zu einer beeindruckenden und inspirierenden Kraft.',
    harmonious:
      'Wille und Handeln arbeiten in dir Hand in Hand. Du weißt, was du willst, und hast die Energie, es zu verfolgen, meist ohne unnötige Konflikte. Andere erleben dich als fähig und selbstbewusst. Deine Herausforderung ist lediglich, lohnende Ziele zu wählen, denn du hast die Kraft, das meiste zu erreichen, was du anstrebst.',
    challenging:
      'Explosiv ist manchmal kein zu starkes Wort für deine Energie. Zwischen dem, wer du bist, und der Art, wie du dich durchsetzt, kann Reibung entstehen, die zu Ungeduld, Konflikten oder übertriebenem Druck führt. Herausforderungen beflügeln dich. Lernst du, deinen Antrieb zu lenken, statt mit ihm zu reagieren, wird aus dieser Spannung außergewöhnliche Widerstandskraft und Mut.',
  },
  sun_jupiter: {
    conjunction:
      'Optimismus und Großzügigkeit strahlen aus dir heraus. Du vertraust dem Leben und dir selbst, und oft ziehst du Chancen und Wohlwollen an. Deine Vision ist groß. Die einzige Gefahr ist, dich zu übernehmen oder mehr zu versprechen, als du halten kannst; Weisheit liegt darin, dein großes Herz mit gesundem Urteilsvermögen zu verbinden.',
    harmonious:
      'Glück folgt gern deinen Bemühungen. Du hast ein natürliches Selbstvertrauen und eine großzügige Art, und andere helfen dir gern beim Wachsen. Lehrende, Reisen und weltoffene Freunde weiten deinen Horizont, und Rückschläge werfen dich selten lange zurück. Dankbarkeit und die Bereitschaft, zu teilen, was du gewinnst, halten diese Glückssträhne über die Jahre lebendig.',
    challenging:
      'Vielleicht schwankst du zwischen Übermut und Zweifel oder willst mehr, als praktikabel ist. Maßlosigkeit beim Essen, beim Geldausgeben oder bei Versprechen ist ein Risiko. Doch diese Spannung treibt dich auch an, über deine Grenzen hinauszuwachsen. Lernst du, deine Begeisterung mit Geduld zu dosieren, wird dein weiter Geist zu dauerhafter Leistung.',
  },
  sun_saturn: {
    conjunction:
      'Dein Kern ist ernsthaft und verantwortungsbewusst. Das Leben hat dich vielleicht früh erwachsen werden lassen, und womöglich zweifelst du mehr an dir, als du zeigst. Disziplin liegt dir, und deine Erfolge sind verdient. Mit der Zeit entdeckst du, dass deine Autorität echt ist und dass du deinen Erfolg genießen darfst.',
    harmonious:
      'Geduld und Zielstrebigkeit leisten dir gute Dienste. Du kannst beständig auf langfristige Ziele hinarbeiten und dir durch Verlässlichkeit Respekt verdienen. Mentoren und ältere Menschen unterstützen dich vielleicht, und die Zeit verbessert meist deine Aussichten. Deine Herausforderung ist lediglich, dir unterwegs etwas Leichtigkeit zu erlauben; dein solides Fundament verträgt ein wenig Spiel sehr gut.',
    challenging:
      'Selbstzweifel und Druck können dein Selbstgefühl überschatten. Vielleicht hast du dich früh von Autoritäten kritisiert oder eingeschränkt gefühlt, und du kannst hart mit dir selbst sein. Diese Spannung baut Stärke auf. Mit der Zeit und durch Beharrlichkeit wirst du selbst zu der beständigen Autorität, die du einst gebraucht hättest, und lernst, freundlicher mit dir umzugehen.',
  },
  sun_uranus: {
    conjunction:
      'Du bist hier, um du selbst zu sein, und selten auf die erwartete Weise. Unabhängigkeit, Originalität und eine leidenschaftliche Liebe zur Freiheit prägen dich, und vielleicht ziehen dich Innovation, Wissenschaft oder Reformen an. Plötzliche Wendungen kennzeichnen deinen Weg, oft willkommene. Lernst du, mit Menschen verbunden zu bleiben und dabei frei zu sein, kommt deine Brillanz nicht nur dir zugute.',
    harmonious:
      'Originalität fällt dir leicht. Du kannst frische Ideen und ungewöhnliche Entscheidungen in dein Leben bringen, ohne Chaos zu stiften, und andere empfinden deine Unabhängigkeit eher als erfrischend denn als bedrohlich. Veränderungen wirken oft zu deinen Gunsten. Vertraue deinen eigenwilligen Einsichten und glücklichen Eingebungen; sie sind ihrer Zeit häufig ein Stück voraus.',
    challenging:
      'Zwischen deinem beständigen Selbstgefühl und einem Freiheitshunger, der ohne Vorwarnung ausbrechen kann, herrscht eine rastlose Spannung. Plötzliche Brüche, Rebellion oder Reibung mit Autoritäten prägen vielleicht deine Geschichte. Darunter liegt ein elektrisierender, erfinderischer Geist. Veränderungen bewusst herbeizuführen, bevor sich der Druck explosiv entlädt, ist der Schlüssel zu einem Leben, das zugleich frei und stabil ist.',
  },
  sun_neptune: {
    conjunction:
      'Fantasie und Empfindsamkeit liegen im Herzen dessen, was du bist. Vielleicht ziehen dich Kunst, Musik, Film, Spiritualität oder Heilung an, und du spürst die unsichtbaren Strömungen eines Raumes oder eines Lebens. Dein Selbstbild kann fließend, sogar schwer greifbar sein. Erdest du deine Träume in praktischen Formen, kann deine Vision wirklich Gestalt annehmen.',
    harmonious:
      'Die Fantasie unterstützt still dein Lebensziel. Mitgefühl, Kreativität und Intuition fließen mühelos in das, was du tust, und vielleicht hast du künstlerische, musikalische oder spirituelle Gaben, die andere eher bemerken als du selbst. Andere spüren deine Sanftheit. Gibst du deiner Inspiration ein greifbares Ventil, eine Praxis, ein Medium, ein Anliegen, leuchtet sie, statt davonzutreiben.',
    challenging:
      'Dein Selbstgefühl kann sich manchmal wie vernebelt anfühlen. Vielleicht idealisierst du Menschen, flüchtest dich in Fantasien oder verlierst deine eigene Richtung in den Bedürfnissen anderer, und Klarheit über deinen Weg braucht länger, als dir lieb ist. Doch diese Verbindung schenkt dir auch eine seltene Empfindsamkeit. Klare Grenzen und eine kreative oder spirituelle Praxis verwandeln Verwirrung in Mitgefühl und Vision.',
  },
  sun_pluto: {
    conjunction:
      'Intensität ist dein Wesen. Du hast einen starken Willen und eine Fähigkeit zu tiefer Wandlung, und vielleicht erlebst du das Leben als Folge von Enden und Neuanfängen, nach denen du jeweils mehr du selbst bist. Andere spüren deine Stärke, selbst wenn du schweigst. Mit Ehrlichkeit und Sorgfalt eingesetzt, macht dich deine Kraft zu einem bemerkenswerten Motor der Veränderung.',
    harmonious:
      'Tiefe Kraftreserven stehen dir zur Verfügung, wenn du sie brauchst. Wandlung fällt dir leichter als den meisten, und nach Rückschlägen erholst du dich mit bemerkenswerter Widerstandskraft. Du verstehst, wie Macht funktioniert, in Menschen wie in Systemen. Nutze dieses Verständnis, um zu heilen und andere zu stärken, dann kann dein Einfluss tiefgreifend sein.',
    challenging:
      'Machtkämpfe ziehen sich vielleicht durch deine Geschichte, ob mit Autoritäten, in Partnerschaften oder mit deinen eigenen Zwängen. Womöglich fürchtest du, kontrolliert zu werden, und antwortest auf diese Angst mit Intensität oder Verschwiegenheit. Diese Verbindung schmiedet große Widerstandskraft. Stellst du dich ehrlich deinem eigenen Schatten, statt ihn in anderen zu bekämpfen, verwandelt sich Zwang in echte persönliche Kraft.',
  },
  sun_true_node: {
    conjunction:
      'Dein Selbstgefühl ist eng mit der Richtung verbunden, die dein Leben nehmen will. Was du ganz natürlich ausdrückst, scheint dich deiner Bestimmung entgegenzutragen, und vielleicht spürst du ein stilles Gefühl von Schicksal. Dass du zur rechten Zeit den richtigen Menschen begegnest, kommt bei dir häufig vor. Vertraue dem Weg; er scheint zu wissen, wohin er führt.',
    harmonious:
      'Du selbst zu sein öffnet dir oft Türen zu deiner Bestimmung. Deine Identität unterstützt dein Wachstum, und Mentoren, Freunde oder zufällige Begegnungen helfen dir vielleicht in entscheidenden Momenten weiter. Erfahrungen, die dich entwickeln, ziehen dich ganz von selbst an. Folge deinen echten Interessen, auch den unwahrscheinlichen; sie führen zu etwas Bedeutsamem.',
    challenging:
      'Zu bleiben, wie du bist, und zugleich in die Richtung zu wachsen, die deine Seele sucht, kann sich wie ein Widerspruch anfühlen. Immer wieder stehst du vielleicht vor der Wahl zwischen dem, was dir leichtfällt, und dem, was dich fordert, und die vertraute Möglichkeit lockt stets. Diese Spannung ist der Motor echten Wachstums. Jede bewusste Entscheidung bringt dich deiner wahren Bestimmung näher.',
  },
  sun_chiron: {
    conjunction:
      'Deine Wunde und deine Identität sind miteinander verflochten. Vielleicht hast du dich anders, ungesehen oder auf eine Weise verletzt gefühlt, die geprägt hat, wer du geworden bist, und lange schien das der Mittelpunkt deiner Geschichte zu sein. Stellst du dich dieser Erfahrung, schenkt sie dir eine tiefe Fähigkeit, anderen beim Heilen zu helfen. Deine Echtheit ist deine Medizin.',
    harmonious:
      'Ganz du selbst zu sein gehört zu deinem Heilungsweg. Alten Verletzungen kannst du mit Mut und einer gewissen Anmut begegnen, und vielleicht hast du eine natürliche Gabe, anderen bei der Begegnung mit ihren eigenen zu helfen. Lehren, Beratung, Coaching oder kreative Arbeit ziehen dich womöglich an. Mit der Zeit wird dein Leben zu einem stillen Vorbild an Widerstandskraft für Menschen, die eines brauchen.',
    challenging:
      'Alte Wunden können dein Selbstwertgefühl in unerwarteten Momenten berühren. Vielleicht hast du das Gefühl, dass etwas an dir fehlerhaft ist oder dass du Schmerz anziehst, wenn du einfach du selbst bist, und so hältst du dich zurück. Begegnest du dieser empfindlichen Stelle mit Mitgefühl statt mit Urteil, wird daraus Weisheit. Dein Heilungsweg wird dann zu einem echten Geschenk für andere.',
  },
  sun_asc: {
    conjunction:
      'Was du bist und wie du erscheinst, ist auffallend eins. Die Sonne nahe deinem Aszendenten verleiht dir eine starke, sichtbare Präsenz, und andere spüren dein Wesen fast, bevor du sprichst. Du strahlst Lebenskraft und Zielstrebigkeit aus. Deine Aufgabe ist es, voll zu leuchten, ohne die stilleren Menschen um dich herum zu überstrahlen, und sie zurückleuchten zu lassen.',
    harmonious:
      'Wer du bist, zeigt sich mühelos in deinem Auftreten. Andere sehen meist, wer du wirklich bist, und es fällt dir leicht, nach deinen Absichten zu handeln, ohne ständig zu überprüfen, wie du wirkst. Das schenkt dir Selbstvertrauen und Wärme. Das einzige Risiko ist Bequemlichkeit, also suche weiter Situationen, die dich wachsen lassen.',
    challenging:
      'Dein äußeres Auftreten und dein inneres Selbst passen nicht immer zusammen. Andere lesen dich anfangs vielleicht falsch, oder du hast das Gefühl, dass die Art, wie du wirkst, verbirgt, wer du wirklich bist. Mit der Zeit wird diese Lücke zu einer Quelle der Selbsterkenntnis. Bringst du beides durch Ehrlichkeit und Experimentieren in Einklang, gewinnst du eine überzeugende Authentizität.',
  },
  sun_mc: {
    conjunction:
      'Sichtbarkeit gehört zu deinem Weg. Die Sonne nahe deinem Medium Coeli verleiht dir einen starken Drang nach Leistung und Anerkennung, und dein Beruf oder deine öffentliche Rolle fühlt sich vielleicht zentral für deine Identität an. Führung liegt dir. Lass deine Arbeit ausdrücken, wer du bist, statt dich ganz über sie zu definieren, dann fühlt sich dein Erfolg wirklich wie deiner an.',
    harmonious:
      'Identität und Berufung stützen sich in deinem Leben gegenseitig. Ziele zu verfolgen, die dein wahres Selbst ausdrücken, fühlt sich natürlich an, und aufrichtiger Einsatz wird meist anerkannt. Menschen in Machtpositionen werden vielleicht auf dich aufmerksam und helfen dir. Bleib beim Aufstieg deinen eigenen Werten treu, dann ruht dein Ruf auf etwas Echtem.',
    challenging:
      'Deine Identität und dein Beruf ziehen vielleicht in verschiedene Richtungen. Öffentliche Erwartungen passen womöglich nicht zu dir, oder Erfolg scheint zu verlangen, dass du dich selbst verbiegst. Zuhause und Arbeit können um deine Energie konkurrieren. Indem du diese Spannung durcharbeitest, findest du eine Berufung, die dich wirklich ausdrückt.',
  },
};
