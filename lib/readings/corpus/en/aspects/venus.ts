import type { AspectTexts, PairKeysOf } from '../../types';

export const venus: Record<PairKeysOf<'venus'>, AspectTexts> = {
  venus_mars: {
    conjunction:
      'Desire and affection are fused in you. You love passionately and pursue what you find beautiful, and there is a magnetic, sensual quality that others notice. Romance may feel urgent. When you let tenderness slow the pace of wanting, your relationships gain both heat and staying power, and your creative work gains real fire.',
    harmonious:
      'Attraction and action cooperate in your life. You know what you want in love and can pursue it gracefully, balancing assertiveness with charm. Creative and romantic energy flows freely. This makes you a warm, confident partner, and it gives you a talent for any art that needs both passion and polish.',
    challenging:
      'What you desire and what you find lovely can pull against each other. You may be drawn to people who excite you but do not suit you, or swing between pursuing and withdrawing. Romantic friction is a familiar teacher. Learning what you truly value lets passion and peace live side by side.',
  },
  venus_jupiter: {
    conjunction:
      "Generosity and warmth overflow in you. You love life's pleasures, give freely and tend to attract affection, good company and sometimes good fortune. Beauty and celebration lift your spirits. Moderation is the only lesson: too much of a good thing, in spending, sweets or promises, can dull the joy you naturally spread.",
    harmonious:
      'Love and luck tend to travel together for you. Relationships bring growth, social life flows easily and you have a gift for seeing the best in people. Art, travel and celebration enrich you. This easy grace makes you a welcome guest and a generous friend, and people remember your kindness.',
    challenging:
      'Your appetite for pleasure or affection may outrun your judgement. You may overspend, overindulge or expect more from love than any person can give. Idealising partners is possible. Learning to savour rather than accumulate, and to love people as they are, turns this abundance into genuine contentment.',
  },
  venus_saturn: {
    conjunction:
      'Love is serious business for you. You may have felt unlovable or had to earn affection early, making you cautious and loyal in relationships. Commitment matters deeply. As you mature, your love grows steadier and richer; what you build with a partner tends to last, and you discover that you were worth loving all along.',
    harmonious:
      'Loyalty and stability shape how you love. You take commitments seriously and build relationships that grow stronger over time. You value quality over quantity. Your patience in love and your reliable taste make you a partner, friend and collaborator people can trust for the long haul.',
    challenging:
      'Affection may feel guarded or scarce. Fear of rejection, a sense of not being enough or early experiences of cool love may make you hold back. Relationships can feel like tests. With time and honest self-care, you discover that you can love and be loved without having to earn it.',
  },
  venus_uranus: {
    conjunction:
      'Love strikes you like lightning. You are attracted to unusual, independent people and need freedom within closeness, and your tastes may be unconventional. Relationships may begin and end suddenly. Finding a partner who values your independence, and who remains a friend, gives your exciting heart a stable home.',
    harmonious:
      'Freshness keeps your love life alive. You enjoy unconventional relationships, friendships across all kinds of boundaries and art that surprises. You accept others as they are. This openness keeps your relationships exciting and your creative taste original, and it helps people feel free to be themselves around you, which is its own kind of love.',
    challenging:
      'Closeness and freedom may tug against each other in love. You may be drawn to unavailable or unpredictable people, or feel restless once things settle. Sudden attractions and endings are possible. Understanding your need for space lets you choose relationships with room to breathe, rather than escaping ones that feel confining.',
  },
  venus_neptune: {
    conjunction:
      'Romantic, tender and boundless: that is how you love. You see the soul in people and may be drawn to artistic, musical or spiritual beauty. Idealisation is a risk; you can fall for potential rather than reality. Staying clear-eyed while keeping your compassion lets your love be both magical and wise.',
    harmonious:
      'Imagination and tenderness blend beautifully in you. You have real artistic sensitivity and a gift for compassionate love, and your closest relationships may feel almost spiritual. Music, film or painting can move you to tears. Your empathy makes you a gentle, understanding partner, and a friend who forgives without keeping score.',
    challenging:
      'Romantic illusions may lead to disappointment. You may idealise partners, ignore warning signs or sacrifice too much for love. Money, too, can slip through your fingers when you give with your heart instead of your head. Learning to see people clearly, and to give only what is healthy, keeps your compassion from becoming self-sacrifice.',
  },
  venus_pluto: {
    conjunction:
      'Love is intense and transformative for you. You seek depth and total connection, and relationships may bring passion, jealousy and profound change, sometimes all at once. Superficial affection simply bores you. Trust, honesty and the courage to let go of control allow your love to become a powerful force for healing rather than a place of struggle.',
    harmonious:
      'Depth and staying power mark the way you love. You can form intense, transforming bonds without losing yourself in them, and your attraction carries a quiet magnetism that others feel. Loyalty matters enormously to you. Relationships help you grow and regenerate, and your passion tends to sustain them through seasons that would end lighter bonds.',
    challenging:
      'Love can become a battleground of power and fear. Jealousy, possessiveness or a dread of betrayal may surface, and relationships may pass through crises that feel like life or death. Money and intimacy can get tangled. Facing your fears honestly, rather than controlling the other person, turns this intensity into deep intimacy and trust.',
  },
  venus_true_node: {
    conjunction:
      'Love and beauty are woven into your life path. Relationships, art or the work of bringing people into harmony may play a central role in your growth, and certain partners may feel fated from the first meeting. Following what you genuinely love, rather than what you are told to want, leads you toward your purpose.',
    harmonious:
      'Your values and relationships support your growth. Love, friendship and creativity open doors for you, and you may meet helpful people through social life, art or simple kindness. Pleasure is not a distraction from your path but part of it. Trust your sense of what is beautiful and right; it points the way.',
    challenging:
      'Comfort in relationships, or old habits of pleasing people, may quietly hold you back. Your growth may ask you to step out of familiar ways of loving and being loved, even when the familiar feels sweet. Valuing yourself enough to disappoint someone, now and then, helps you move toward your real purpose.',
  },
  venus_chiron: {
    conjunction:
      'Love and self-worth carry a tender wound. You may have felt unlovable, plain or somehow too much, and you may still doubt your value in relationships even when the evidence says otherwise. Healing comes through patient self-acceptance. Along the way, you may develop a rare gift for helping other people feel beautiful and loved.',
    harmonious:
      'Love is part of your medicine. Relationships, art and beauty help you recover from old hurts, and you may have a gift for making others feel valued exactly as they are. Your compassion is gentle and real, never showy. Creative or caring work can turn this quiet talent into something that changes lives.',
    challenging:
      'Relationships may press on your deepest insecurities. You may fear rejection, feel unworthy of the love on offer, or choose partners who confirm your doubts. These patterns are not your fault, but they are yours to heal. Learning to love yourself first transforms the way you love, and are loved by, everyone else.',
  },
  venus_asc: {
    conjunction:
      'Charm is part of your presence. Venus near your Ascendant makes you attractive, gracious and pleasant to be around, and people tend to warm to you before you have said much at all. Beauty, style and manners matter to you. The deeper task is to value yourself beyond appearances, so that being liked never costs you being real.',
    harmonious:
      'Grace and warmth colour the way you present yourself. People find you likeable and easy to be around, and your sense of style seems to come naturally. First impressions usually go your way. Used generously, this charm opens doors not only for you but for the people you choose to bring along.',
    challenging:
      'Your wish to be liked may sometimes conflict with simply being yourself. You may feel pressure to please, to look a certain way or to smooth over every awkward moment, and doubt your attractiveness more than anyone else does. Accepting yourself, rough edges included, brings out a beauty that does not depend on approval.',
  },
  venus_mc: {
    conjunction:
      'Grace and charm shape your public life. Venus near your Midheaven points toward a career in the arts, design, beauty, diplomacy or any field that rewards harmony and good taste, and your reputation is likely to be warm. People enjoy working with you. Let your work express what you love and success tends to follow.',
    harmonious:
      'Values and vocation support each other in your life. Success may come through creative, social or diplomatic work, and people in authority often look on you kindly. Your career can bring you real pleasure, not only income. Collaborations and partnerships tend to advance your standing, so invest in the working relationships that feel genuinely good.',
    challenging:
      'Your values and your career may pull in different directions. You may feel that your work does not reflect what you love, or that relationships and ambition compete for the same hours. Compromises in either direction can leave you restless. Gradually aligning what you do with what you value brings lasting fulfilment.',
  },
};
