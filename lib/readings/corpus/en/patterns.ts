import type { Corpus } from '../types';

export const pattern: Corpus['pattern'] = {
  grand_trine:
    'A grand trine, three planets linked in an easy triangle, gives your chart a closed circuit of talent. Energy flows around it with little effort, and you may have gifts that feel so natural you hardly count them as skills. The risk is complacency: what comes easily can go undeveloped. Given a challenge worthy of it, this pattern becomes a reservoir of grace you can draw on for life.',
  t_square:
    'A T-square in your chart sets two planets in opposition, both squaring a third that acts as a pressure point. This is a dynamo: it creates tension you cannot ignore, and that tension drives much of your ambition and achievement. The planet at the apex shows where the strain concentrates and where you can release it. Over time, you learn to turn stress into purposeful action.',
  grand_cross:
    'A grand cross, four planets locked in squares and oppositions, gives you a chart of immense strength and inner pressure. You may feel pulled in four directions at once, with no easy release. Yet this pattern also builds resilience: you learn to hold many demands together and to stand firm under weight that would crush others. Balance, not escape, is the key.',
  yod: 'A yod, two planets in sextile both forming quincunxes to a third, is sometimes called the finger of fate. It points to a special calling that may feel awkward, urgent or out of step with your surroundings. Adjustments are constant until the meaning becomes clear. When you embrace the unusual task the apex planet describes, a sense of destiny and purpose emerges.',
  stellium:
    'A stellium, several planets gathered in one sign or house, concentrates your energy in a single area of life. That area becomes a central theme: a passion, a talent or a preoccupation you cannot ignore. Your strength is depth and focus. Your challenge is balance, remembering to nourish the parts of life this cluster leaves in shadow.',
  kite: 'A kite forms when a grand trine is anchored by a fourth planet opposing one of its points. The ease of the trine gains a direction and a point of tension, turning natural talent into achievement. You have gifts and a reason to use them. The planet at the tail of the kite shows where your talents are most purposefully released.',
};

export const grandTrineElement: Corpus['grandTrineElement'] = {
  fire: "In fire signs, this grand trine brings boundless enthusiasm, courage and creative confidence. You can inspire others and recover quickly from setbacks. Take care that the ease of inspiration does not replace follow-through, and that your certainty leaves room for other people's needs and pace. Fire that is tended, not just lit, warms for years.",
  earth:
    'In earth signs, this grand trine brings practical talent, patience and a knack for making things real. Material life may come together smoothly for you. Guard against becoming too comfortable or resistant to change, and let your reliability serve something you genuinely care about. Comfort is a fine reward, but a poor reason to stop growing.',
  air: 'In air signs, this grand trine gives you a fluent mind, social ease and a gift for ideas and communication. You connect people and concepts effortlessly. The risk is living too much in your head; grounding your insights in action and feeling makes them powerful.',
  water:
    'In water signs, this grand trine brings deep emotional intelligence, intuition and compassion. You sense what others feel and can offer healing. Be mindful of withdrawing into your inner world or absorbing too much; clear boundaries protect your sensitivity. Given a creative or caring outlet, this flow of feeling becomes a genuine source of healing for you and others.',
};
