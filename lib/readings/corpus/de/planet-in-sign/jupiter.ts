import type { Sign } from '@/lib/astro/types';

export const jupiter: Record<Sign, string> = {
  aries:
    'Das Glück findet dich oft dann, wenn du vorangehst. Dein Vertrauen wächst durch mutige Initiative, und am großzügigsten bist du, wenn du dich für eine Sache oder einen Menschen einsetzt, der einen Anstoß braucht. Selbstvertrauen ist deine Fülle. Die Lektion heißt Maßhalten: Nicht jeder Sprung muss sofort gewagt werden, und ein wenig Planung trägt deinen Mut weiter.',
  taurus:
    'Fülle wächst bei dir langsam und will genossen werden. Du hast eine Gabe dafür, bleibende Werte zu schaffen, ob in Geld, Grund und Boden, Fähigkeiten oder Behaglichkeit, und deine Großzügigkeit zeigt sich, wenn du die guten Dinge des Lebens teilst. Die Schattenseite ist Maßlosigkeit. Dein Vertrauen gilt dem Wirklichen und Beständigen, also investiere geduldig und lass Genuss ein Segen bleiben statt einer Gewohnheit.',
  gemini:
    'Deine Chancen kommen über Worte, Kontakte und Neugier. Lernen, Schreiben, Lehren und der Austausch von Ideen erweitern deine Welt, und oft weißt du ein bisschen über erstaunlich viele Dinge. Die Gefahr ist Breite ohne Tiefe. Folgst du einer ergiebigen Frage bis zu ihrem Ende, wird dein Wissen zu einer Weisheit, die es wert ist, geteilt zu werden.',
  cancer:
    'Großzügigkeit strömt aus deinem Herzen und deinem Zuhause. Du wächst, indem du für andere sorgst, Zugehörigkeit schaffst und deine Wurzeln ehrst, und Menschen fühlen sich in deiner Gegenwart willkommen. Emotionale Geborgenheit ist dein Schatz. Hüte dich davor, zu sehr zu behüten oder zu lange festzuhalten; dieselbe Fülle, die deine Familie nährt, kann einen viel größeren Kreis versorgen.',
  leo: 'Großherzig und weit ausgreifend, hast du einen natürlichen Sinn für den großen Auftritt und eine Großzügigkeit, die gesehen werden möchte. Kreative Arbeit, Spiel, Kinder und Führung bringen dein Glück zum Vorschein, und du stärkst das Selbstvertrauen anderer einfach dadurch, dass du an sie glaubst. Stolz kann sich zur Show aufblähen. Bleibt deine Wärme aufrichtig, wird deine Bühne immer weiter wachsen.',
  virgo:
    'Kleine Dinge, gut gemacht, summieren sich in deinem Leben zu Großem. Du wächst durch Können, Dienst, Gesundheit und sorgfältige Verbesserung und findest Sinn darin, wirklich nützlich zu sein. Dein Glaube ist praktisch. Die Falle besteht darin, das große Ganze in endlosen Details zu verlieren, also tritt regelmäßig einen Schritt zurück und sieh, wie viel Gutes dein Fleiß schon bewirkt hat.',
  libra:
    'In Beziehungen wohnt dein Glück. Partnerschaften, Zusammenarbeit, Gerechtigkeit und Schönheit erweitern deine Welt, und du hast ein Talent dafür, Menschen zu fairen Bedingungen zusammenzubringen. Vielleicht stellst du fest, dass andere dir Türen öffnen. Achte darauf, dass deine Großzügigkeit beim Friedenstiften nicht dazu führt, notwendigen Wahrheiten auszuweichen.',
  scorpio:
    'Dein Wachstum geschieht in der Tiefe. Krisen, Intimität, Forschung und gemeinsame Ressourcen sind deine Felder der Fülle, und zu Vertrauen findest du, indem du dich dem stellst, was andere fürchten. An schwierigen Orten hast du einen langen Atem. Dient deine Intensität der Heilung und Erneuerung statt der Kontrolle, wirst du zu einem starken Beistand für andere in ihren Wandlungsprozessen.',
  sagittarius:
    'Jupiter ist hier zu Hause, und dein Vertrauen ins Leben ist groß. Reisen, Philosophie, Lehre und die Suche nach Sinn sind für dich natürliche Quellen von Glück und Freude. Dein Optimismus kann Türen öffnen, die andere für verschlossen halten. Hüte dich vor dem Predigen oder vor zu großen Versprechen; deine Weisheit überzeugt am meisten, wenn sie bescheiden und neugierig bleibt.',
  capricorn:
    'Erfolg kommt zu dir über Geduld, Struktur und verdiente Autorität. Du wächst, indem du Verantwortung übernimmst, sorgfältig aufbaust und achtest, was sich bewährt hat. Deine Großzügigkeit ist vielleicht wohldosiert, aber verlässlich. Erlaube dir zu vertrauen, dass das Leben freundlich sein kann; dein Lohn ist echt, und du darfst ihn genießen.',
  aquarius:
    'Dein Glaube gilt den Menschen und der Zukunft. Du wächst durch Freundschaften, Netzwerke, Anliegen und neue Ideen und schenkst deine Zeit großzügig dem Gemeinwohl. Toleranz ist dir selbstverständlich. Übersetzt du deine Ideale in praktisches Handeln und persönliche Wärme, wird deine Vision wirklich weltverändernd statt abstrakt.',
  pisces:
    'Mitgefühl ist deine Fülle. Du wächst durch Fantasie, Spiritualität, Dienst und deine Gabe, zu fühlen, was andere fühlen, und Hilfe kommt oft auf stille, unerwartete Weise. Dein Glaube kann mystische Züge tragen. Grenzen halten deine Großzügigkeit auf Dauer lebendig, also schließ dich selbst in deine Güte ein und wähle sorgfältig, wohin du sie fließen lässt.',
};
