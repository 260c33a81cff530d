import type { Sign } from '@/lib/astro/types';

export const sun: Record<Sign, string> = {
  aries:
    'You come alive at the start of things: the first step, the open question, the moment nobody else has dared. Your sense of self is built through action, so you learn who you are by trying, colliding and trying again. Impatience is the shadow of that courage. When you let a fight be about something bigger than winning, your directness becomes a gift other people lean on.',
  taurus:
    'Something in you is slow on purpose. You trust what you can touch, taste and build over time, and your identity grows like a garden rather than a firework. People feel steadier around you because you are not in a hurry to become someone else. Your growth edge is change itself: learning that letting go of a form can protect the thing you value.',
  gemini:
    'Curiosity is your centre of gravity. You are most yourself in motion between ideas, people and rooms, collecting stories and connecting them in ways others miss. Because you can see every side, committing to one can feel like a loss. The deeper task is to find the thread that runs through all your interests, so that versatility becomes a voice rather than a scatter.',
  cancer:
    'Your identity is bound up with belonging: the people you call yours, the place you come home to, the memory you carry forward. You lead by caring, and your instincts about what others need are often uncannily right. Moods move through you like tides. Part of your maturity is learning to turn the same tenderness inward and to let yourself be looked after, too.',
  leo: 'You need to create, and to be seen creating. A warm, generous fire sits at your core, and when you are recognised for what is genuinely yours, you give it back many times over. Pride can make criticism sting more than it should. Your real stage is not applause but self-expression that stays honest, playful and brave even when nobody is watching.',
  virgo:
    'Usefulness is how you love the world. You notice the loose thread, the better method, the detail that makes the difference, and you feel most like yourself when your skill serves something real. That same eye can turn on you with a harsh inner critic. Your path asks you to treat yourself as lovingly as a craft: improvable, yes, but already worth the care.',
  libra:
    'You come to know yourself through other people. Fairness, beauty and the art of relating are not luxuries for you but the very material of your identity. You can sense what would bring a room into balance and often do it without being asked. The lesson running underneath is choosing: a peace bought by swallowing your own preference is not harmony, only postponement.',
  scorpio:
    'Nothing half-hearted satisfies you. You are drawn to what lies under the surface of people, motives and life itself, and you would rather face a hard truth than live with a polite lie. Your loyalty, once given, runs deep, and so can your need for control; transformation, not control, is the calling. Each time you let something die that had to, you come back stronger and more yourself.',
  sagittarius:
    'Meaning is your fuel. You want to know why things are as they are, and you grow by stretching toward the horizon: travel, study, belief, a bigger story. Your optimism is contagious and often justified, though restlessness and promising more than a day can hold are the catch. You shine brightest when your freedom serves a truth you are willing to live, not just preach.',
  capricorn:
    'You take the long view. Responsibility tends to find you early, and you meet it by building something solid, step by patient step, often with a dry humour that surprises people. Your self-worth is tied to achievement, which can make rest feel undeserved. Over time you tend to grow younger in spirit, discovering that authority includes the right to enjoy what you have made.',
  aquarius:
    'You are here to think for yourself. An independent, future-minded streak runs through you, along with a real concern for the group and for what is fair to everyone. You can be warm to humanity and oddly cool up close. Your growth comes from letting your ideals include the messy, particular people in front of you, and from being as original in feeling as in thought.',
  pisces:
    "Your boundaries are porous, and that is both your genius and your challenge. You feel the mood of a room, the ache behind a story, the music in ordinary moments, and you are drawn to compassion, art or the spiritual. Escaping into fantasy or other people's needs is the risk. Grounded in a daily form, your sensitivity becomes a quiet, healing kind of strength.",
};
