import type { Sign } from '@/lib/astro/types';

export const venus: Record<Sign, string> = {
  aries:
    'Love, for you, is a chase and a spark. You are attracted to courage, directness and a little challenge, and you tend to know at once whether you are interested. Boredom kills desire faster than conflict does. Your growth lies in keeping the fire alive after the first rush, discovering that real intimacy can be an adventure too.',
  taurus:
    "You love with your senses and your patience. Touch, good food, beautiful things and unhurried time together matter deeply to you, and your affection is steady and generous. Security is an aphrodisiac. Possessiveness can creep in when you feel unsure, so let your quiet loyalty be matched with trust in the other person's freedom.",
  gemini:
    'Conversation is your form of flirtation. You are drawn to quick minds, playful banter and people who surprise you, and you need a partner who is also a friend. Variety keeps your heart awake. Depth comes when you let a bond grow beyond the fun stage and discover how much there still is to talk about.',
  cancer:
    'Tenderness and protection are how you love. You want a bond that feels like home, with shared rituals, memories and a sense of belonging. You are nurturing and deeply loyal. Fear of rejection may make you cautious or clinging, so remember that you are lovable in your own right, not only for the care you give.',
  leo: 'You love generously, loyally and with a sense of occasion. Romance, gestures and pride in your partner matter to you, and you want to feel adored as much as you adore. Being overlooked hurts. Your warmest gift is the way you make people feel like stars; let that include the everyday, unglamorous moments of love too.',
  virgo:
    'Devotion shows up in your actions: the remembered detail, the mended thing, the help offered before it is asked for. You are drawn to competence, sincerity and people who take care of themselves. Criticism can slip in where anxiety lives. Accepting imperfection in yourself and others turns your care into the kind of love that lasts.',
  libra:
    'Partnership is an art form to you. Grace, courtesy and beauty draw you in, and you bring harmony and good taste to every relationship you enter. You need a partner of equal standing. Be careful not to lose your own wishes in the effort to please; balance includes your side of the scale.',
  scorpio:
    'You do not love lightly. Intensity, loyalty and emotional truth are what you seek, and you would rather have one profound bond than many pleasant ones. Jealousy and the fear of betrayal can darken your feelings. When you allow trust to grow slowly and speak openly about desire, your love becomes deeply transforming.',
  sagittarius:
    'Freedom and shared adventure keep your heart open. You are attracted to people who broaden your world, make you laugh and share your appetite for meaning. Commitment can feel like a cage if it means standing still. The right bond for you is a journey, not a destination, and you stay loyal to a partner who grows with you.',
  capricorn:
    'Love for you is something built over time. You value reliability, ambition and people who keep their word, and you show affection through commitment and practical support. Caution can make you slow to open up. Allowing yourself to be spontaneous and tender, even a little foolish, shows the warmth beneath your reserve.',
  aquarius:
    'You love as a friend first. Originality, intelligence and a shared vision attract you more than convention, and you need space within closeness. Others may find you hard to read. Showing your warmth in simple, personal ways lets people feel how much you care, even if your love looks different from the usual script.',
  pisces:
    'Your love is tender, imaginative and boundless. You can see the best in people and are drawn to romance, music and soul-level connection. You forgive easily, sometimes too easily. Loving wisely means keeping your compassion while also seeing people as they are, and choosing partners who can meet your devotion.',
};
