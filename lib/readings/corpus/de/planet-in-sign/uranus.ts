import type { Sign } from '@/lib/astro/types';

export const uranus: Record<Sign, string> = {
  aries:
    'Neuland zu betreten, indem man vorangeht, ist das Kennzeichen deiner Generation. Uranus bringt hier einen rastlosen Pioniergeist in dein Wesen: die Bereitschaft, neu anzufangen, Abgestandenes zurückzuweisen und aus plötzlicher Überzeugung heraus zu handeln. Persönlich fühlst du dich vielleicht am wachsten, wenn du etwas tust, das noch niemand getan hat. Diese Funken am Leben zu halten ist der Punkt, an dem deine eigentliche Innovation beginnt.',
  taurus:
    'Uranus in diesem erdigen Zeichen fordert deine Generation auf, den Begriff von Wert neu zu denken: Geld, Land und den Platz des Körpers in einer sich wandelnden Welt. Bei dir zeigt sich das als eigensinnige Originalität: Du veränderst dich langsam, doch wenn, dann vollständig. Unerwartete Umbrüche rund um deine Sicherheit können dich lehren, dass Stabilität neu erfunden und nicht nur verteidigt werden kann.',
  gemini:
    'Wie Menschen sprechen, lernen und sich vernetzen, wird von deiner Generation neu verdrahtet. Dir persönlich schenkt Uranus hier einen schnellen, erfinderischen Geist, der sich an neuen Informationen und unkonventionellen Verknüpfungen zwischen Ideen erfreut. Plötzliche Einsichten kommen dir mitten im Gespräch. Gib ihnen einen Landeplatz, ein Notizbuch, ein Projekt, damit deine Brillanz nicht einfach verpufft.',
  cancer:
    'Zuhause und Familie werden von den Menschen deines Jahrgangs neu erfunden. Vielleicht bist du inmitten sich wandelnder Familienstrukturen aufgewachsen und trägst den Instinkt in dir, Zugehörigkeit in neuen Formen zu schaffen. Emotionale Freiheit ist dir ebenso wichtig wie emotionale Sicherheit. Deine Herausforderung besteht darin, beides zu achten und ein Zuhause zu schaffen, das stabil genug ist, um darin zu ruhen, und offen genug, um darin zu atmen.',
  leo: 'Das Recht, sich selbst auszudrücken, ist für diese Generation nicht verhandelbar. Uranus in diesem Zeichen schenkt dir eine rebellische kreative Ader und die Weigerung, jemand anderes zu sein als du selbst. Vielleicht zieht es dich zu ungewöhnlicher Kunst, Romantik oder Spielarten des Vergnügens. Freiheit des Ausdrucks ist dein Anliegen; sorge dafür, dass sie auch anderen Raum lässt, auf ihre eigene Weise zu strahlen.',
  virgo:
    'Arbeit, Gesundheit und alltägliche Systeme sind in deinen Augen, wie in denen deiner Altersgenossen, reif für eine Revolution. Vielleicht ziehen dich neue Methoden, Technologie oder alternative Wege zum Wohlbefinden an, und du hast einen erfinderischen Blick dafür, zu reparieren, was nicht funktioniert. Ungeduld mit Routinen ist typisch. Lenke sie darauf, Abläufe zu verbessern, statt sie aufzugeben, dann haben deine Reformen Bestand.',
  libra:
    'Beziehungsregeln sind dazu da, neu geschrieben zu werden, zumindest für dich und deine Generation. Du schätzt Gleichberechtigung, Freiheit und frische Formen der Partnerschaft und sträubst dich vielleicht gegen konventionelle Arrangements, die dich einengen. Plötzliche Begegnungen und Trennungen können dein Leben prägen. Das Geschenk ist eine Vision von Liebe und Gerechtigkeit, die auf gegenseitigem Respekt statt auf Pflicht beruht.',
  scorpio:
    'Tabus rund um Sexualität, Tod, Macht und Geld bekommen unter dem Blick deiner Generation Risse. Du trägst den Instinkt in dir, verborgene Wahrheiten aufzudecken und umzustürzen, was im Geheimen gärt. Plötzliche emotionale Umwälzungen können Auslöser tiefer Erneuerung sein. Deine Kraft liegt darin, Intensität in Einsicht zu verwandeln, die befreit, statt Angst zu machen.',
  sagittarius:
    'Glaubensfreiheit und ein weltweiter Blick treiben die Menschen deines Jahrgangs an. Vielleicht ziehen dich Reisen, ungewöhnliche Philosophien oder das Hinterfragen jeder ererbten Lehrmeinung an. Plötzliche Erkenntnisse können dein Weltbild über Nacht verändern. Deine Gabe ist es, anderen zu zeigen, dass die Wahrheit größer ist als jede einzelne Tradition.',
  capricorn:
    'Institutionen werden von deiner Generation von innen heraus reformiert. Vielleicht respektierst du Strukturen und fühlst dich doch gedrängt, sie zu erneuern, und verbindest Ehrgeiz mit dem Wunsch nach echtem Wandel. Unerwartete Wendungen in Beruf oder Stellung können deinen Weg prägen. Am besten bist du, wenn du neue Systeme baust, die zugleich praktisch und fortschrittlich sind.',
  aquarius:
    'Uranus ist hier zu Hause, und deine Generation ist auf Netzwerke, Technologie und kollektiven Wandel gepolt. Du hast einen starken Hang zur Unabhängigkeit und ein natürliches Gespür für die Zukunft. Sich ins Gewöhnliche einzufügen hat sich für dich vielleicht nie bequem angefühlt. Dein Beitrag besteht darin, neue Gemeinschaften zu erträumen und beim Aufbau mitzuhelfen.',
  pisces:
    'Alte Grenzen lösen sich durch die Fantasie und das Mitgefühl deiner Generation auf. Vielleicht ziehen dich neue Formen von Kunst, Spiritualität oder Heilung an, und du spürst kollektive Stimmungen sehr lebhaft. Plötzliche Eingebungen leiten dich. Verankerst du deine Visionen in der Praxis, gleiten sie nicht in Weltflucht ab und können zu einem echten Geschenk für andere werden.',
};
