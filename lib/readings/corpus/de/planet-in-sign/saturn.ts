import type { Sign } from '@/lib/astro/types';

export const saturn: Record<Sign, string> = {
  aries:
    'Dich selbst zu behaupten hat sich für dich früh vielleicht riskant angefühlt, als würde jeder eigene Impuls Ärger bringen. Womöglich schwankst du zwischen Zögern und Erzwingen. Mit der Zeit lernst du, mit diszipliniertem Mut zu handeln: Dinge bewusst zu beginnen und sie zu Ende zu führen. Diese hart erarbeitete Unabhängigkeit wird zu einer leisen, unerschütterlichen Form von Führung.',
  taurus:
    'Sicherheit ist dein ernstes Thema. Vielleicht hast du Mangel erlebt oder dich gesorgt, ob es reicht, und so baust du deine Ressourcen sorgfältig und langsam auf. Verlustangst kann dich klammern lassen. Die Lektion lautet, deinem eigenen beständigen Wert zu vertrauen; was du mit Geduld erschaffst, hat Bestand, und du wächst in echte materielle und emotionale Stabilität hinein.',
  gemini:
    'Lernen und Kommunikation nimmst du ernst, vielleicht weil sie dir einmal schwerfielen. Womöglich zweifelst du an deiner Intelligenz oder fürchtest, das Falsche zu sagen. Mit der Zeit wird daraus Tiefe: sorgfältiges Denken, präzise Sprache und Fachwissen, erarbeitet durch Studium. Deine Worte bekommen Gewicht, gerade weil du sie abgewogen hast.',
  cancer:
    'Emotionale Geborgenheit kam vielleicht nicht von selbst, und du hast gelernt, dein Bedürfnis nach Fürsorge zurückzuhalten. Familie, Zuhause und Zugehörigkeit sind für dich Bereiche der Verantwortung und manchmal der Schwere. Die Reife bringt ein Geschenk: Du wirst selbst zu der beständigen, schützenden Gegenwart, die du dir einst gewünscht hast, und kannst ein Zuhause schaffen, in dem Gefühle sicher sind.',
  leo: 'Gesehen zu werden kann sich für dich wie eine Prüfung anfühlen. Vielleicht zweifelst du daran, dass deine Kreativität oder deine Liebe willkommen sind, und hältst dich zurück oder arbeitest sehr hart für Anerkennung. Die Lektion ist, dir selbst die Erlaubnis zu geben zu strahlen. Mit der Zeit wird dein authentischer Ausdruck würdevoll, diszipliniert und wirklich beeindruckend.',
  virgo:
    'An deine Arbeit und deine Gesundheit legst du hohe Maßstäbe an. Perfektionismus und Sorgen können auf dir lasten, und oft hast du das Gefühl, nie ganz genug zu tun. Mit zunehmender Reife findest du das Gleichgewicht zwischen Exzellenz und Selbstannahme. Dein Können, erworben durch Geduld und Übung, wird zu einem echten Dienst an anderen.',
  libra:
    'In Beziehungen wächst du am ernsthaftesten. Vielleicht gehst du Bindungen vorsichtig ein, fühlst dich für den Frieden verantwortlich oder fürchtest ein Ungleichgewicht. Saturn ist in diesem Zeichen erhöht, und du verstehst Fairness zutiefst. Mit der Zeit baust du Partnerschaften auf, die reif, gleichberechtigt und dauerhaft sind und auf klaren Vereinbarungen ruhen.',
  scorpio:
    'Vertrauen und Intimität sind deine hart erarbeiteten Lehrmeister. Vielleicht schützt du deine Verletzlichkeit, fürchtest den Kontrollverlust oder trägst emotionale Lasten aus der Vergangenheit. Dich diesen Tiefen ehrlich zu stellen ist deine Aufgabe. Dadurch gewinnst du bemerkenswerte emotionale Stärke und die Fähigkeit, andere durch ihre eigenen Krisen zu begleiten.',
  sagittarius:
    'Sinn und Glauben sind für dich ernste Angelegenheiten. Vielleicht hast du den Glauben, der dir mitgegeben wurde, infrage gestellt oder das Gefühl gehabt, dir das Recht auf eine eigene Meinung erst verdienen zu müssen. Mit der Zeit baust du eine Lebensphilosophie auf, die von Erfahrung geprüft und nicht geliehen ist. Deine Überzeugungen werden geerdet, und was du lehrst, hat Autorität, weil du es gelebt hast.',
  capricorn:
    'Saturn ist hier zu Hause, und du spürst das Gewicht der Verantwortung tief. Ehrgeiz, Disziplin und der lange Atem liegen dir, auch wenn du streng mit dir sein kannst und dich nur schwer entspannst. Deine Stärke ist Ausdauer. Lernst du, dass Wert nicht nur Leistung bedeutet, kann deine Autorität zu Weisheit reifen.',
  aquarius:
    'Deine Ideale und deinen Platz in der Gruppe nimmst du ernst. Vielleicht fühlst du dich oft am Rand oder ringst zwischen Dazugehören und Eigenständigkeit. Mit der Zeit baust du Strukturen auf, die der Gemeinschaft dienen, und wirst zu einer beständigen Kraft des Fortschritts. Auch in diesem Zeichen ist Saturn zu Hause und verleiht deiner Vision echte Disziplin.',
  pisces:
    'Die Grenzen zwischen dir und der Welt können sich dünn anfühlen, und vielleicht fürchtest du, von Gefühlen, Chaos oder den Bedürfnissen anderer überwältigt zu werden. Deine Aufgabe ist es, deinem Mitgefühl und deiner Fantasie eine Form zu geben. Mit der Zeit wächst in dir eine geerdete Mystik: Du kannst Leid mit Gelassenheit halten und Inspiration in etwas Wirkliches verwandeln.',
};
