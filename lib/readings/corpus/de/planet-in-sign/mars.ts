import type { Sign } from '@/lib/astro/types';

export const mars: Record<Sign, string> = {
  aries:
    'Mars ist hier zu Hause, und das merkt man: Dein Antrieb ist direkt, unmittelbar und kaum zu bremsen. Du handelst zuerst und justierst später nach, und am besten bist du, wenn es etwas anzufangen, zu verteidigen oder zu gewinnen gibt. Wut flammt schnell auf und verraucht ebenso schnell. Fließt deine Energie in Sport, Pionierarbeit oder ehrliche Auseinandersetzung, öffnet sie Türen, an die sich die Vorsicht nie herangewagt hätte.',
  taurus:
    'Langsam im Zorn und noch langsamer im Aufgeben, arbeitest du beständig auf das hin, was du willst. Deine Energie braucht Zeit, um sich aufzubauen, ist aber kaum aufzuhalten, wenn du dich einmal festgelegt hast, und du baust lieber etwas Greifbares auf, als für die Galerie zu kämpfen. Treibt man dich zu weit, wirst du unverrückbar. Wähle deine Kämpfe mit Bedacht; deine Ausdauer ist eine Stärke, die auf lange Sicht gewinnt.',
  gemini:
    'Worte sind deine Waffen, Ideen dein Motor. Deine Energie ist schnell, vielseitig und rastlos und am glücklichsten, wenn mehrere Projekte gleichzeitig laufen. Diskussionen empfindest du vielleicht als Sport. Die Gefahr ist verzettelte Kraft, also bring zu Ende, was du beginnst, ein klares Ziel nach dem anderen, und deine Wendigkeit wird zu echter Leistung.',
  cancer:
    'Was du liebst, verteidigst du mit aller Kraft. Dein Antrieb ist mit Gefühl, Familie und Sicherheit verknüpft, und vielleicht näherst du dich Zielen eher seitwärts als frontal und schützt dich dabei. Wut kann sich nach innen richten oder als Schmollen herauskommen. Deine Bedürfnisse direkt zu benennen ist der Mut, der deine beachtliche Stärke freisetzt.',
  leo: 'Herz und ein Sinn für Dramatik färben alles, was du tust. Selbstvertrauen, Kreativität und der Wunsch, bewundert zu werden, befeuern deinen Ehrgeiz, und du kannst andere dazu inspirieren, dir zu folgen. Verletzter Stolz ist dein wunder Punkt. Handelst du aus Freude am Erschaffen statt für Anerkennung, wird deine Energie großherzig und stark.',
  virgo:
    'Mit einer klaren Methode und einem sinnvollen Zweck wird deine Energie präzise und effizient. Nichts befriedigt dich so sehr wie eine gut gemachte Arbeit. Schlamperei reizt dich, und der Ärger zeigt sich dann als Kritik. Lenkst du deinen Antrieb auf Handwerk, Gesundheit und den Dienst an anderen und verzeihst du kleine Unvollkommenheiten, bleibst du wirksam, ohne auszubrennen.',
  libra:
    'Du handelst in Beziehung zu anderen. Kooperation, Fairness und Diplomatie prägen, wie du deine Ziele verfolgst, und am härtesten kämpfst du für Gerechtigkeit. Direkte Konfrontation ist dir womöglich unangenehm, sodass Wut eher auf Umwegen zum Vorschein kommt. Deine eigenen Wünsche klar zu vertreten ist kein Feind der Harmonie; erst das macht echte Partnerschaft möglich.',
  scorpio:
    'Stille Wasser, starke Strömung: Dein Wille reicht tief und handelt strategisch. Selten zeigst du alle deine Karten, und hast du dich einmal entschieden, ist deine Entschlossenheit gewaltig. Groll kann lange in dir nachwirken. Bewusst eingesetzt, schenkt dir deine Intensität enormes Durchhaltevermögen in Krisen, in der Forschung oder in jeder Arbeit, die den Mut verlangt, sich dem zu stellen, was andere meiden.',
  sagittarius:
    'Begeisterung treibt dich an. Du verfolgst Ziele mit Optimismus, Zuversicht und Freude an der Bewegung, und du kämpfst für deinen Glauben und deine Freiheit. Langeweile ist der eigentliche Feind. Wenn du deinen großen Zielen praktisches Dranbleiben zur Seite stellst und im Streit Taktgefühl zeigst, wird dein Feuer zugleich inspirierend und wirksam.',
  capricorn:
    'Ehrgeiz, Geduld und Disziplin machen deine Energie beeindruckend. Du arbeitest methodisch und beherrscht auf langfristige Ziele hin und verdienst dir Autorität durch Ergebnisse. Frust hältst du womöglich streng unter Verschluss. Gönnst du dir unterwegs Ruhe und Genuss, wird dein beachtlicher Antrieb nicht zur bloßen Plackerei.',
  aquarius:
    'Du handelst aus Prinzip und für das Kollektiv. Deine Energie ist erfinderisch, unabhängig und oft rebellisch, am glücklichsten, wenn du für Veränderung arbeitest oder in einer Gruppe, die deine Ideale teilt. Vorschriften lässt du dir ungern machen. Wärme in der Art, wie du deine Anliegen verfolgst, lädt andere ein, sich dir anzuschließen, statt sich belehrt zu fühlen.',
  pisces:
    'Wie Wasser, das sich seinen Weg bergab sucht, ist dein Antrieb fließend und intuitiv. Am besten handelst du, wenn du inspiriert bist, oft für andere oder für ein Ideal, und du kannst Hindernisse leise umfließen, statt durch sie hindurchzubrechen. Direkte Aggression ist dir unangenehm, sodass Energie leicht versickert. Ein kreatives oder spirituelles Ziel gibt deinem Handeln eine Strömung, die stark genug ist, dich zu tragen.',
};
