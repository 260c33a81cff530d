import type { Sign } from '@/lib/astro/types';

export const chiron: Record<Sign, string> = {
  aries:
    'Unter deinem Selbstvertrauen liegt vielleicht ein alter Schmerz rund um dein Recht, so zu existieren, wie du bist. Chiron im Widder kann sich als Zweifel zeigen, ob du Raum einnehmen darfst, oder als Imponiergehabe, das diesen Zweifel verdeckt. Heilung beginnt, wenn du trotz der Angst für dich selbst eintrittst, und später ermutigst du womöglich andere, ihren eigenen Mut für sich zu beanspruchen.',
  taurus:
    'Die Wunde berührt hier dein Gefühl von Wert und Sicherheit, vielleicht durch Mangel oder einen Körper, der sich nicht sicher anfühlte. Womöglich überschätzt oder unterschätzt du, was du hast. Lernst du, deinem eigenen beständigen Wert zu vertrauen, wirst du für Menschen, die den Boden unter den Füßen verloren haben, zu einer beruhigenden, erdenden Gegenwart.',
  gemini:
    'Worte waren vielleicht einmal eine Quelle von Schmerz: missverstanden zu werden, zu hören, du seist nicht klug, oder nicht sagen zu können, was du fühlst. Chiron in den Zwillingen kann dich an deinem eigenen Verstand zweifeln lassen. Während du heilst, entwickelst du eine seltene Gabe, Dinge behutsam zu erklären und anderen eine Stimme zu geben.',
  cancer:
    'Zugehörigkeit fühlte sich früh vielleicht unsicher an und hinterließ eine empfindliche Stelle rund um Zuhause, Familie oder das Umsorgtwerden. Womöglich bemutterst du andere und tust dich doch schwer, selbst etwas anzunehmen. Dich nähren zu lassen ist die Medizin, und kannst du erst empfangen, wirst du oft zu einer Quelle tiefen Trostes für andere.',
  leo: 'Gesehen und gefeiert zu werden trägt für dich vielleicht einen alten Stachel. Möglicherweise wurde deine Spontaneität abgetan, oder du hast gelernt, dass Strahlen gefährlich ist. Heilsam ist kreativer Ausdruck, der allein um seiner selbst willen geschieht. Mit der Zeit kannst du anderen die Erlaubnis vermitteln, zu spielen und stolz darauf zu sein, wer sie sind.',
  virgo:
    'Das Gefühl, nie ganz gut genug zu sein, treibt dich womöglich an. Chiron in der Jungfrau kann Perfektionismus mit sich bringen, Sorgen um die Gesundheit oder das Gefühl, nur nützlich zu sein, solange du beschäftigt bist. Lernst du, dein unvollkommenes, menschliches Selbst anzunehmen, gewinnst du echte heilende Fähigkeiten und kannst anderen helfen, ohne zu urteilen.',
  libra:
    'Beziehungen sind dein wunder Punkt. Vielleicht fürchtest du Ungleichgewicht, Zurückweisung oder dich in einem anderen Menschen zu verlieren, oder du versuchst immer wieder, die Konflikte anderer zu kitten. In einer gleichberechtigten, ehrlichen Partnerschaft schließt sich diese Wunde endlich. Mit deiner Erfahrung kannst du anderen in Fragen von Liebe und Fairness weise zur Seite stehen.',
  scorpio:
    'Vertrauen, Intimität und Macht bergen für dich vielleicht alte Verletzungen, etwa durch Verrat, Verlust oder Kontrolle. Womöglich bist du misstrauisch, sobald dir jemand nahekommen will. Stellst du dich diesen Wunden mutig, verwandeln sie sich. Vielleicht wirst du zu jemandem, der andere durch Krisen, Trauer oder die härtesten Wahrheiten begleitet.',
  sagittarius:
    'Sinn und Glaube können dein zartester Punkt sein. Vielleicht wurde dir ein Glaube mitgegeben, der nicht passte, oder du fühltest dich verloren ohne eine Philosophie, an der du dich festhalten konntest. Heilung bringt eine Wahrheit, die du selbst findest und die sich in der Erfahrung bewährt. Dann kannst du anderen als Lehrende helfen, Sinn ohne Dogma zu finden.',
  capricorn:
    'Autorität und Leistung können eine alte Wunde tragen: den Druck, früh erfolgreich zu sein, oder das Gefühl, dass dir nie das Recht zu führen zugestanden wurde. Vielleicht fürchtest du das Scheitern sehr. Erfolg nach deinen eigenen Maßstäben zu definieren nimmt dem Schmerz die Schärfe, und deine hart erarbeitete Integrität wird zum Vorbild für andere.',
  aquarius:
    'Das Gefühl, nicht dazuzugehören, ist dir vielleicht vertraut, als hättest du nie ganz in die Gruppe gepasst. Chiron im Wassermann kann Zugehörigkeit kompliziert machen. Der Wendepunkt kommt, wenn du dein Anderssein annimmst, statt dich dafür zu entschuldigen. Mit der Zeit kannst du anderen, die sich fremd fühlen, helfen, Gemeinschaft zu finden und einen Ort, an dem ihre Einzigartigkeit willkommen ist.',
  pisces:
    'Deine Wunde ist vielleicht ein diffuses Leiden: das Gefühl, zu viel zu fühlen oder von etwas Heiligem getrennt zu sein. Womöglich weichst du in Flucht oder Selbstaufopferung aus. Spirituelle Verbundenheit, gepaart mit mitfühlenden Grenzen, gibt dir Halt. Dann kannst du zu einer sanften heilenden Kraft für andere werden, die sich verloren fühlen.',
};
