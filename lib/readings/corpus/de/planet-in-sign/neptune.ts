import type { Sign } from '@/lib/astro/types';

export const neptune: Record<Sign, string> = {
  aries:
    'Mut ist das, was du insgeheim verehrst. Neptun in diesem Zeichen, den du mit allen teilst, die in diesen Jahren geboren wurden, idealisiert den einsamen Helden und den Neuanfang, und vielleicht spürst du in kühnen Taten eine fast spirituelle Aufladung. Hüte dich davor, jeden Impuls für eine Berufung zu halten. Handelst du für etwas, das größer ist als du, bekommt deine Kühnheit eine eigene Anmut.',
  taurus:
    'Schönheit in der stofflichen Welt kann sich für dich beinahe heilig anfühlen. Wie deine ganze Generation verklärst du vielleicht Natur, Handwerk, den Körper und einfache Fülle und findest das Heilige in Brot, Erde und Gesang. Bei Geld und Besitz verstecken sich die Illusionen. Deine Hingabe an das Wirkliche und Beständige ist ein stilles Gegenmittel gegen ein rastloses Zeitalter.',
  gemini:
    'Geschichten können dich verzaubern, und mit ihnen kannst du andere verzaubern. Neptun in diesem Zeichen verwischt für deine ganze Generation die Grenze zwischen Fakt und Fiktion und füllt den Kopf mit Bildern, Gerüchten und Poesie. Vielleicht liegt dir das Erzählen oder Übersetzen im Blut. Bewahre dir eine Prise gesunden Zweifels gegenüber dem, was du liest und weitergibst, dann erhellt deine Fantasie, statt in die Irre zu führen.',
  cancer:
    'Irgendwo in dir lebt der Traum vom vollkommenen Zuhause. Deine Generation sehnt sich nach Zugehörigkeit und verklärt vielleicht Familie, Heimat oder eine goldene Vergangenheit, und du empfindest echtes Mitgefühl für alle, die kein Obdach haben. Nostalgie kann die Wahrheit über das Gewesene weichzeichnen. Deine Gabe ist es, im Hier und Jetzt einen emotionalen Zufluchtsort zu schaffen, für dich und für Menschen, die ihn brauchen.',
  leo: 'Romantik und Glanz legen einen Zauber über diese Generation und über dich. Vielleicht idealisierst du Liebe, Kunst und das Funkeln der Bühne, und du spürst, dass in jedem Menschen ein kleiner Stern steckt. Idole können dich enttäuschen. Heilung geschieht, wenn du dein eigenes Herz und deine eigene Fantasie ins kreative Leben einbringst, statt darauf zu warten, dass jemand anderes sie verkörpert.',
  virgo:
    'Im Dienen lebt dein Idealismus. Mit deiner Generation träumst du vielleicht von Heilung, Reinheit und einer Welt, die endlich funktioniert, und empfindest eine fast spirituelle Befriedigung darin, nützlich zu sein. Die Angst vor Unvollkommenheit kann den Traum untergraben. Mitgefühl, das sich in praktischer Fürsorge ausdrückt, auch für deinen eigenen unvollkommenen Körper und deine unvollkommenen Tage, ist die Gabe, die du in dir trägst.',
  libra:
    'Vollkommene Liebe, vollkommener Friede: Das ist der Traum, den Neptun in deine Generation webt. Vielleicht idealisierst du Partner, Kunst und Diplomatie und sehnst dich nach einer Welt, in der Schönheit und Gerechtigkeit endlich zusammenfinden. Ernüchterung in Beziehungen kann deine Lehrmeisterin werden. Was bleibt, ist eine erwachsene Vision der Liebe, die Anmut und Gerechtigkeit zusammenhält.',
  scorpio:
    'Das Geheimnisvolle zieht dich an wie eine Gezeitenströmung. Deine Generation ist fasziniert vom Verborgenen: von Intimität, Tod, Psychologie, Okkultem und Verbotenem. Unterströmungen in Menschen spürst du fast mühelos, und die Gefahr liegt darin, dich in der Intensität zu verlieren. Weise eingesetzt, wird dein Einfühlungsvermögen für die dunklen Orte menschlicher Erfahrung zu einer tiefen Fähigkeit zu heilen.',
  sagittarius:
    'Für dich und deine Generation liegt das Heilige irgendwo hinter dem Horizont. Reisen, Glaube, Philosophie und die Suche nach einer Wahrheit, die größer ist als jedes Bekenntnis, beflügeln deine Fantasie. Blinder Glaube oder endloses Suchen können echte Weisheit verdrängen. Deine Gabe ist ein ansteckendes Gespür dafür, dass das Leben einen Sinn hat und dass schon die Suche die Reise wert ist.',
  capricorn:
    'Redlichkeit in den Strukturen der Welt ist das, worauf du am meisten hoffst. Deine Generation idealisiert vielleicht Autoritäten, Karrieren und Institutionen und ist dann ernüchtert, wenn deren Schwächen ans Licht kommen. Diese Enttäuschung ist nützlich. Du bist hier, um spirituellen Werten eine praktische, dauerhafte Form zu geben: Organisationen, Gesetzen und Arbeit, die den Menschen darin wirklich dienen.',
  aquarius:
    'Die Zukunft ist dein spiritueller Horizont. Mit dieser Generation träumst du vielleicht davon, dass Technologie und Gemeinschaft menschlichen Idealen dienen, und fühlst dich der Menschheit als Ganzer verwandt. Die Falle ist Distanz zu den wirklichen, fehlbaren Einzelnen. Deine Gabe besteht darin, dir eine freundlichere Gesellschaft vorzustellen und andere einzuladen, sie mit dir zu bauen.',
  pisces:
    'Neptun ist hier zu Hause, und der Schleier zwischen den Welten ist für deine Generation dünn. Vielleicht ziehen dich Spiritualität, Musik, Kunst und mitfühlender Dienst an, und du spürst die Einheit des Lebens in ganz gewöhnlichen Momenten. Grenzen lösen sich allzu leicht auf. Deine Gabe ist eine Empathie von solcher Weite, dass sich selbst Fremde verstanden fühlen.',
};
