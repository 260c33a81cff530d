import type { Sign } from '@/lib/astro/types';

export const trueNode: Record<Sign, string> = {
  aries:
    'Dein Mondknoten im Widder lädt dich ein, mehr Eigenständigkeit zu wagen. Mit dem Südknoten in der Waage bist du vielleicht geübt darin, dich anderen anzupassen, und fühlst dich zutiefst unwohl, wenn du dich selbst an die erste Stelle setzt. Wachstum geschieht durch kleine Akte der Selbstbehauptung: eine Vorliebe aussprechen, allein etwas beginnen, das Missfallen eines anderen aushalten. Je mehr du deinem eigenen Impuls vertraust, desto lebendiger und ausgewogener werden deine Beziehungen.',
  taurus:
    'Mit dem Mondknoten im Stier führt dein Weg zu Einfachheit, Geduld und Selbstwert. Der Südknoten im Skorpion kennt Krisen, Intensität und die Ressourcen anderer nur zu gut, und vielleicht zieht dich Drama an, obwohl es dich erschöpft. Etwas Beständiges aus eigener Kraft aufzubauen, den Körper zu genießen und Ruhe zu schätzen ist nicht langweilig; es ist deine Medizin.',
  gemini:
    'Neugier ist der Weg, der vor dir liegt. Dein Mondknoten in den Zwillingen lädt dich ein, Fragen zu stellen, anderen Sichtweisen zuzuhören und das Nichtwissen zu genießen, während der Südknoten im Schützen an großen Gewissheiten und fertigen Antworten hängen kann. Jedes Mal, wenn du im Gespräch offen bleibst, statt zu predigen, lernst du etwas, das dein Leben verändert.',
  cancer:
    'Dein Wachstum liegt in der Zärtlichkeit. Mit dem Mondknoten im Krebs und dem Südknoten im Steinbock greifst du vielleicht reflexhaft zu Kontrolle, Leistung und zu der Rolle, immer die Verantwortung zu tragen. Die Einladung deiner Seele lautet, Gefühle hereinzulassen, ein echtes Zuhause zu schaffen und dir zu erlauben, Menschen zu brauchen. Verletzlichkeit erfüllt dich, nicht die nächste Errungenschaft.',
  leo: 'Der Mondknoten im Löwen ruft dich ins Licht. Mit dem Südknoten im Wassermann versteckst du dich vielleicht in der Gruppe, bleibst kühl und distanziert oder setzt dich für Anliegen ein statt für dein eigenes Herz. Zu deiner Bestimmung gehört es, zu erschaffen, zu spielen, offen zu lieben und dich als einzigartigen, warmherzigen Menschen sehen zu lassen.',
  virgo:
    'Praktischer Dienst ist dein Weg nach vorn. Mit dem Mondknoten in der Jungfrau und dem Südknoten in den Fischen driftest du vielleicht in Träume, Flucht oder Aufopferung ohne Struktur ab. Wachstum entsteht durch tägliche Routinen, nützliche Fertigkeiten und die Sorge für deinen Körper. Bekommt dein Mitgefühl eine Methode, entdeckst du eine tiefe und beständige Art von Erfüllung.',
  libra:
    'In der Partnerschaft wächst du. Der Mondknoten in der Waage bittet dich, zu kooperieren, Kompromisse zu schließen und die Sicht des anderen zu bedenken, während der Südknoten im Widder daran gewöhnt ist, allein loszuziehen und seine Kämpfe selbst auszufechten. Zu lernen, dass es keine Schwäche ist, andere zu brauchen, öffnet dir eine Welt echter Verbundenheit und geteilter Stärke.',
  scorpio:
    'Tiefe und Wandlung rufen dich. Mit dem Mondknoten im Skorpion bewegt sich deine Seele weg von dem, woran der Südknoten im Stier hängt: Bequemlichkeit, Besitz und Widerstand gegen Veränderung. Wachstum entsteht durch Intimität, geteilte Ressourcen und die Begegnung mit emotionalen Wahrheiten. Lässt du los, was bloß sicher ist, entdeckst du eine weit tiefere Form von Sicherheit.',
  sagittarius:
    'Sinn ist dein Leitstern. Mit dem Mondknoten im Schützen bist du eingeladen, deiner Intuition zu vertrauen, nach Weisheit zu suchen und das große Ganze anzunehmen, während sich der Südknoten in den Zwillingen in Details, Klatsch und ständigem Zweifeln verlieren kann. Einer Vision zu folgen, noch bevor alle Fakten vorliegen, erweckt dich zum Leben.',
  capricorn:
    'Verantwortung und Richtung sind dein Weg. Mit dem Mondknoten im Steinbock und dem Südknoten im Krebs klammerst du dich vielleicht an Familie, Stimmungen oder die Sicherheit, umsorgt zu werden. Wachstum entsteht, wenn du dir Ziele setzt, eine öffentliche Rolle aufbaust und dein Leben in die Hand nimmst. Dabei wirst du selbst zu der beständigen Kraft, die du einst bei anderen gesucht hast.',
  aquarius:
    'Dein Weg führt zu Gemeinschaft und zu einer Vision, die über dich hinausreicht. Mit dem Mondknoten im Wassermann entfernst du dich vom Bedürfnis des Südknotens im Löwen nach persönlicher Anerkennung und Drama. Freundschaft, Gruppenarbeit und gemeinsame Ideale erfüllen dich. Deine Individualität blüht am schönsten auf, wenn sie etwas dient, das größer ist als deine eigene Geschichte.',
  pisces:
    'Hingabe und Mitgefühl sind dein Wachstum. Der Mondknoten in den Fischen lädt dich ein, zu vertrauen, zu träumen und loszulassen, während der Südknoten in der Jungfrau an Analyse, Kontrolle und Perfektionismus festhalten kann. Lernst du, im Ungewissen zu ruhen, zu erschaffen und aus dem Herzen statt aus Pflicht zu dienen, öffnet sich dein spirituelles Leben.',
};
