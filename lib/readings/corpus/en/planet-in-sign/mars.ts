import type { Sign } from '@/lib/astro/types';

export const mars: Record<Sign, string> = {
  aries:
    'Mars is at home here, and it shows: your drive is direct, immediate and hard to stop. You act first and adjust later, and you are at your best when there is something to start, defend or win. Anger flares fast and burns out fast. Channelled into sport, pioneering work or honest confrontation, your energy opens doors that caution would never touch.',
  taurus:
    'Slow to anger and slower to quit, you work steadily toward what you want. Your energy takes time to build but is nearly impossible to stop once committed, and you prefer building something tangible to fighting for show. Provoked too far, you can be immovable. Choose your battles well; your endurance is a strength that wins the long game.',
  gemini:
    'Words are your weapons and ideas your engine. Your energy is quick, versatile and restless, happiest with several projects going at once. Arguments may feel like sport to you. Scattered effort is the risk, so finishing what you start, one clear goal at a time, makes your agility into real accomplishment.',
  cancer:
    'Whatever you love, you defend fiercely. Your drive is tied to emotion, family and security, and you may approach goals sideways rather than head on, protecting yourself as you go. Anger can turn inward or come out as sulking. Naming your needs directly is the courage that frees your considerable strength.',
  leo: 'Heart and a sense of drama colour everything you do. Confidence, creativity and the wish to be admired fuel your ambition, and you can inspire others to follow your lead. Wounded pride is your hot button. When you act for the joy of creating rather than for recognition, your energy becomes magnanimous and strong.',
  virgo:
    'Give you a clear method and a useful purpose and your energy becomes precise and efficient. Nothing satisfies you quite like doing something well. Irritation shows up as criticism when things are sloppy. Directing your drive toward craft, health and service, and forgiving small imperfections, keeps you effective without burning out.',
  libra:
    'You act in relation to others. Cooperation, fairness and diplomacy shape how you pursue your goals, and you fight hardest for justice. Direct confrontation may feel uncomfortable, so anger can emerge indirectly. Learning to assert your own desires clearly is not the enemy of harmony; it is what makes real partnership possible.',
  scorpio:
    'Still water, strong current: your will runs deep and strategic. You rarely show your full hand, and once you commit, your determination is formidable. Resentments can be held a long time. Used consciously, your intensity gives you enormous staying power in crisis, research or any work that demands courage to face what others avoid.',
  sagittarius:
    'Enthusiasm drives you. You pursue goals with optimism, conviction and a love of movement, and you fight for your beliefs and your freedom. Boredom is the real enemy. Matching your big aims with practical follow-through, and tact when you argue, makes your fire both inspiring and effective.',
  capricorn:
    'Ambition, patience and discipline make your energy formidable. You work toward long-range goals with method and self-control, and you earn authority through results. Frustration may be kept under tight control. Allowing yourself rest and pleasure along the way keeps your considerable drive from becoming a grind.',
  aquarius:
    'You act on principle and for the collective. Your energy is inventive, independent and often rebellious, happiest when working for change or within a group that shares your ideals. You resist being told what to do. Warmth in how you pursue your causes helps others join you rather than feel lectured.',
  pisces:
    'Like water finding its way downhill, your drive is fluid and intuitive. You act best when inspired, often for others or for an ideal, and you can move quietly around obstacles rather than through them. Direct aggression is uncomfortable, so energy may leak away. Finding a creative or spiritual purpose gives your actions a current strong enough to carry you.',
};
