import type { Corpus } from '../types';

export const emphasis: Corpus['emphasis'] = {
  elementDominant: {
    fire: 'Feuer zieht sich kräftig durch dein Horoskop. Du bist warmherzig, lebhaft und schnell im Handeln, und du gehst mit dem natürlichen Vertrauen durchs Leben, dass sich die Dinge fügen, wenn du sie anpackst. Begeisterung ist dein Treibstoff, Inspiration dein Geschenk an andere. Ruhe, Geduld und das langsamere Tempo anderer Menschen sind keine Hindernisse, sondern genau das, was dein Feuer vor dem Ausbrennen bewahrt.',
    earth:
      'Das Element Erde prägt dein Horoskop und schenkt dir ein geerdetes, praktisches und verlässliches Wesen. Du vertraust dem, was wirklich ist, baust Dinge, die Bestand haben, und verstehst Körper, Geld und Zeit besser als die meisten. Andere stützen sich gern auf deinen gesunden Menschenverstand. Erlaube dir hin und wieder zu träumen, denn aus der Fantasie kann dein sorgfältiges Bauen etwas wirklich Neues hervorbringen.',
    air: 'Dein Horoskop ist reich an Luft, daher lebst du vieles über Gedanken, Worte und Verbindungen. Du bist neugierig, kontaktfreudig und kannst eine Lage von vielen Seiten betrachten, was dir eine natürliche Gabe zur Vermittlung verleiht. Die Gefahr liegt darin, über Gefühle nachzudenken, statt sie zu fühlen. Verankerst du deine glänzenden Ideen in Körper und Herz, werden sie erst richtig lebendig.',
    water:
      'Wasser dominiert dein Horoskop und macht dich tief empfindend, intuitiv und empfänglich für die unausgesprochenen Strömungen um dich herum. Du erinnerst dich an emotionale Wahrheiten und spürst, was andere brauchen, und das macht dich fürsorglich und feinfühlig. Weil du so viel aufnimmst, brauchst du Zeit für dich und klare Grenzen. Deine Sensibilität ist eine Gabe und keine Last, wenn du sie achtsam behandelst.',
  },
  elementLacking: {
    fire: 'Mit wenig Feuer im Horoskop stellen sich Begeisterung und Spontaneität bei dir nicht automatisch ein, und vielleicht wartest du auf Gewissheit, bevor du handelst. Selbstvertrauen kann sich anfühlen wie etwas, das anderen einfach in die Wiege gelegt wurde. Womöglich fühlst du dich auch zu kühnen, feurigen Menschen hingezogen. Kleine mutige Schritte, gewagt, bevor du dich bereit fühlst, entfachen nach und nach eine Wärme und einen Glauben an dich, die ganz dir gehören.',
    earth:
      'Mit wenig Erde im Horoskop fühlen sich praktische Dinge wie Geld, Routinen, der Körper und Terminpläne für dich weniger natürlich an. Ideen und Gefühle fallen dir leicht; sie konkret werden zu lassen, kostet Mühe. Vielleicht ziehen dich bodenständige, vernünftige Menschen an. Einfache tägliche Rhythmen und ein abgeschlossenes Projekt nach dem anderen geben deinen Gaben ein Zuhause in der greifbaren Welt.',
    air: 'Mit wenig Luft im Horoskop fällt es dir nicht unbedingt leicht, einen Schritt zurückzutreten und Erlebtes zu analysieren oder zu besprechen; du lebst es lieber unmittelbar. Objektivität kann schwer zu fassen sein, solange du mittendrin steckst. Vielleicht fühlst du dich zu wortgewandten, distanzierten Menschen hingezogen. Schreiben, Gespräche und ein bewusster Atemzug vor der Reaktion helfen dir, die Muster in deinem Leben klarer zu erkennen.',
    water:
      'Mit wenig Wasser im Horoskop können sich Gefühle fremd oder sogar ein wenig bedrohlich anfühlen, und vielleicht gehst du sie eher praktisch oder verstandesmäßig an. Andere halten dich womöglich für gefasst, obwohl du innerlich bewegt bist. Gut möglich, dass dich emotionale, intuitive Menschen anziehen. Wenn du dir erlaubst zu fühlen, ohne gleich etwas reparieren zu wollen, und deine Gefühle laut aussprichst, vertiefen sich deine Beziehungen enorm.',
  },
  modalityDominant: {
    cardinal:
      'Kardinale Zeichen führen in deinem Horoskop, und so bringst du Dinge in Gang. Du siehst, was begonnen werden muss, und fängst an, oft bevor sich jemand anderes bewegt hat. Herausforderungen beleben dich. Deine Lektion heißt Durchhalten: Der erste Schritt fällt dir leicht, doch der eigentliche Lohn liegt darin, bei einem Vorhaben und bei einem Menschen zu bleiben, wenn der Reiz des Anfangs verflogen ist.',
    fixed:
      'Dein Horoskop hat sein Schwergewicht in den fixen Zeichen, und das schenkt dir Beharrlichkeit, Treue und bemerkenswertes Stehvermögen. Hast du dich einmal entschieden, ziehst du Dinge durch, wo andere längst aufgeben würden. Menschen verlassen sich auf deine Beständigkeit. Die Schattenseite ist der Widerstand gegen Veränderung: Wenn das Leben dich bittet loszulassen oder dich anzupassen, denk daran, dass Flexibilität das Geliebte schützen kann, statt es zu verraten.',
    mutable:
      'Veränderliche Zeichen bestimmen dein Horoskop und machen dich anpassungsfähig, neugierig und offen für Wandel. Du bewegst dich mühelos zwischen Rollen, Ideen und Situationen und bist oft eine Brücke zwischen Menschen. Verbindlichkeit kann die Herausforderung sein. Wählst du ein paar Dinge aus, bei denen du bleibst, auch wenn schon etwas Neues lockt, wird deine Vielseitigkeit zu bleibender Leistung.',
  },
  hemisphere: {
    north:
      'Die meisten deiner Planeten stehen unter dem Horizont, in der persönlichen Hälfte des Horoskops. Dein Leben formt sich vor allem von innen nach außen: durch eigene Erfahrung, Familie, innere Entwicklung und das, was nur dir etwas bedeutet. Vielleicht suchst du nicht das Rampenlicht, und das ist keine Schwäche. Deine Stärke wächst im Verborgenen und zeigt sich mit der Zeit.',
    south:
      'Die meisten deiner Planeten stehen über dem Horizont, in der öffentlichen Hälfte des Horoskops. Du bist auf die Welt da draußen ausgerichtet: Beruf, Gesellschaft, Beziehungen und die großen Strömungen deiner Zeit. Anerkennung und ein eigener Beitrag sind dir wichtig. Pflege dabei auch dein Privatleben, damit deine äußeren Erfolge auf einem gut genährten inneren Fundament ruhen.',
    east: 'Deine Planeten sammeln sich auf der östlichen Seite des Horoskops, nahe dem Aszendenten. Du gestaltest dein Schicksal gern selbst und handelst nach eigenen Entscheidungen, statt auf andere zu warten. Unabhängigkeit und Selbstbestimmung liegen dir im Blut. Deine Lektion lautet, dass Zusammenarbeit vervielfachen kann, was du allein erreichst, und dass es ebenfalls eine Stärke ist, Hilfe anzunehmen.',
    west: 'Deine Planeten sammeln sich auf der westlichen Seite des Horoskops, nahe dem Deszendenten. Dein Leben entfaltet sich zu einem großen Teil über andere Menschen: über Beziehungen, Partnerschaften und die Gelegenheiten, die andere dir eröffnen. Du bist empfänglich und kooperativ. Dein Wachstum liegt darin, deiner eigenen Initiative ebenso zu vertrauen wie deiner Gabe, mit anderen zusammenzuwirken.',
  },
  retrograde: {
    mercury:
      'Merkur war bei deiner Geburt rückläufig, und das schenkt dir oft einen nachdenklichen, eigenständigen Geist, der Gedanken so lange umkreist, bis sie wirklich deine sind. Vielleicht denkst du nach, bevor du sprichst, oder deine Gedanken werden schriftlich klarer als mündlich. Andere können deiner Logik nicht immer sofort folgen. Vertraue deinem inneren Prozess, denn er gelangt oft zu Schlüssen, die anderen entgehen.',
    venus:
      'Venus war bei deiner Geburt rückläufig und wendet deine Werte und Zuneigungen nach innen. Vielleicht findest du auf einem ungewöhnlichen oder langsameren Weg zu Liebe und Selbstwert und hinterfragst, was andere über Schönheit und Beziehungen für selbstverständlich halten. Dein Geschmack ist womöglich ganz eigen. Mit der Zeit entwickelst du ein tiefes, persönliches Verständnis dafür, was dir wirklich wertvoll ist.',
    mars: 'Mars war bei deiner Geburt rückläufig, daher richtet sich dein Antrieb oft erst nach innen, bevor er nach außen wirkt. Vielleicht zögerst du, dich direkt durchzusetzen, oder deine Wut braucht Zeit, um an die Oberfläche zu kommen. Doch deine Energie hat große Tiefe. Handelst du aus innerer Überzeugung statt unter äußerem Druck, ist deine Kraft beeindruckend und nachhaltig.',
  },
};
