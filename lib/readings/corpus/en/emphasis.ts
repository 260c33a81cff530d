import type { Corpus } from '../types';

export const emphasis: Corpus['emphasis'] = {
  elementDominant: {
    fire: "Fire runs strongly through your chart. You are warm, spirited and quick to act, and you approach life with a natural faith that things will work out if you go for them. Enthusiasm is your fuel and inspiration your gift to others. Remember that rest, patience and other people's slower rhythms are not obstacles; they are what keep your fire from burning out.",
    earth:
      'Earth dominates your chart, giving you a grounded, practical and reliable nature. You trust what is real, you build things that last and you understand the body, money and time better than most. People lean on your common sense. Let yourself dream now and then; imagination is the seed from which your careful building can grow something new.',
    air: 'Your chart is rich in air, so you live much of your life through ideas, words and connections. You are curious, sociable and able to see situations from many angles, which makes you a natural communicator. The risk is thinking about feelings rather than feeling them. Grounding your brilliant concepts in the body and the heart brings them fully to life.',
    water:
      'Water dominates your chart, making you deeply feeling, intuitive and responsive to the unspoken currents around you. You remember emotional truths and sense what others need, which makes you caring and perceptive. Because you absorb so much, you need time alone and clear boundaries. Your sensitivity is a gift, not a burden, when you honour it with care.',
  },
  elementLacking: {
    fire: 'With little fire in your chart, enthusiasm and spontaneity may not come automatically to you, and you may wait for certainty before acting. Confidence can feel like something others were simply handed. You may also find yourself drawn to fiery, bold people. Small acts of courage, taken before you feel ready, slowly kindle a warmth and self-belief that become truly your own.',
    earth:
      'With little earth in your chart, practical matters such as money, routines, the body and schedules may feel less natural to you. Ideas and feelings come easily; making them concrete takes effort. You may be drawn to grounded, sensible people. Simple daily rhythms and one finished project at a time give your gifts a home in the physical world.',
    air: 'With little air in your chart, stepping back to analyse or talk about experience may not come naturally; you tend to live it directly. Objectivity can be elusive when you are in the middle of things. You may be drawn to articulate, detached people. Writing, conversation and taking a breath before reacting help you see the patterns in your life more clearly.',
    water:
      'With little water in your chart, emotions may feel unfamiliar or even a little threatening, and you may approach feelings practically or intellectually. Others may see you as composed when you are in fact moved. You may be drawn to emotional, intuitive people. Allowing yourself to feel without fixing, and naming those feelings aloud, deepens your relationships enormously.',
  },
  modalityDominant: {
    cardinal:
      'Cardinal signs lead your chart, which makes you an initiator. You see what needs to begin and you start it, often taking charge before anyone else has moved. Challenges energise you. Your lesson is follow-through: the first step comes easily, but the real reward lies in staying with a project, and a person, once the excitement of beginning has faded.',
    fixed:
      'Your chart is weighted toward fixed signs, giving you persistence, loyalty and remarkable staying power. Once committed, you see things through when others would quit. People rely on your steadiness. The shadow is resistance to change: when life asks you to let go or adapt, remember that flexibility can protect what you love rather than betray it.',
    mutable:
      'Mutable signs dominate your chart, making you adaptable, curious and responsive to change. You can move between roles, ideas and situations with ease, and you often act as a bridge between people. Commitment can be the challenge. Choosing a few things to stay with, even when something new beckons, turns your versatility into lasting achievement.',
  },
  hemisphere: {
    north:
      'Most of your planets lie below the horizon, in the private half of the chart. Your life is shaped largely from the inside out: personal experience, family, inner development and the things that matter to you alone. You may not seek the spotlight, and that is no weakness. Your strength grows in private and shows itself in time.',
    south:
      'Most of your planets lie above the horizon, in the public half of the chart. You are oriented toward the wider world: career, society, relationships and the larger currents of your time. Recognition and contribution matter to you. Remember to tend your private life too, so that your outward achievements rest on a nourished inner foundation.',
    east: 'Planets cluster on the eastern side of your chart, near the Ascendant. You tend to shape your own destiny, acting on your choices rather than waiting for others. Independence and self-direction come naturally. Your lesson is that collaboration can multiply what you achieve alone, and that receiving help is also a strength.',
    west: 'Planets cluster on the western side of your chart, near the Descendant. Your life unfolds largely through other people: relationships, partnerships and the opportunities others bring. You are responsive and cooperative. Your growth lies in trusting your own initiative as much as you trust your gift for working with others.',
  },
  retrograde: {
    mercury:
      'Mercury was retrograde when you were born, which often gives you a reflective, original mind that revisits ideas until they are truly yours. You may think before speaking, or find your thoughts come clearer in writing than aloud. Others may not always follow your logic at first. Trust your inner process; it often reaches conclusions others miss.',
    venus:
      'Venus was retrograde when you were born, turning your values and affections inward. You may come to love and self-worth by an unusual or slower road, questioning what others take for granted about beauty and relationships. Your tastes may be distinctive. In time, you develop a deep, personal understanding of what you truly value.',
    mars: 'Mars was retrograde when you were born, so your drive may turn inward before it turns outward. You may hesitate to assert yourself directly or find your anger takes time to surface. Yet your energy has great depth. When you act from inner conviction rather than outer pressure, your strength is formidable and lasting.',
  },
};
