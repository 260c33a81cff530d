import type { Sign } from '@/lib/astro/types';

export const moon: Record<Sign, string> = {
  aries:
    'Feelings arrive in you fast and hot, and they tend to leave just as quickly. You need room to react, to move, to say the thing, and you soothe yourself through action rather than reflection. Waiting is hard; being smothered is harder. Learning to pause for one breath before you respond lets your emotional honesty land as strength instead of sparks.',
  taurus:
    'Your emotional life craves steadiness: familiar food, a comfortable bed, people who are where they said they would be. Once you feel safe, you are remarkably loyal and calm under pressure. Sudden change can unsettle you more than you show. Nourishing the body is a real way of nourishing the heart for you, so treat rest and pleasure as needs, not indulgences.',
  gemini:
    'You process feelings by putting them into words. Talking, writing or turning an emotion over from several angles helps you understand what is happening inside, and a good conversation can genuinely restore you. Your moods shift with your thoughts. Sometimes the mind races ahead of the heart, so practise staying with a feeling a little longer before explaining it away.',
  cancer:
    'Your emotional roots run deep. You remember how things felt, you sense what people need before they say it, and home, wherever you make it, is a sanctuary you guard closely. When hurt, you may retreat into your shell. Your challenge is to let others care for you in return, and to trust that vulnerability will not always be met with a wound.',
  leo: 'You need to feel special to someone, and there is nothing shallow about that. Warmth, loyalty and a flair for making people feel celebrated come naturally to you. When your heart is ignored, pride can cover the hurt with drama or distance. Simply telling the people you love that you need their attention is braver and works far better.',
  virgo:
    'Order calms you. When your emotions run high, you reach for a task, a list or a way to help, because fixing something makes the inner world feel manageable. You show love through practical care and small acts of service. Be careful that worry does not become your default mood; some feelings ask only to be felt, not solved.',
  libra:
    'Emotional balance, for you, happens in relationship. You feel most at ease when the people around you are at peace, and you have a gift for smoothing tension and making others feel considered. Conflict can feel physically uncomfortable. Your growth lies in admitting your own needs early, rather than keeping the peace until resentment quietly builds.',
  scorpio:
    'You feel everything intensely and show only a part of it. Trust is earned slowly with you, and once given it is total, which is why betrayal cuts so deep. You sense undercurrents others miss. Emotional honesty, shared with people who have proved safe, frees you from the need to guard and control, and turns your depth into a healing power.',
  sagittarius:
    'Your spirit needs air. You cope with hard feelings by finding the meaning in them, the joke, or the open road, and your optimism helps others breathe too. Being pinned down emotionally can make you restless. Allow yourself to stay in a sad or difficult feeling long enough to learn from it; the horizon will still be there afterwards.',
  capricorn:
    'You learned early to hold yourself together, and you still tend to manage feelings rather than show them. Reliability is your love language: you are the one who turns up and stays. Beneath the composure lies real sensitivity. Letting people see you tired, uncertain or in need of comfort is not weakness; it is how intimacy gets its foundations.',
  aquarius:
    'You prefer to understand feelings at a little distance, and you need freedom within even your closest bonds. Friendship may be as nourishing to you as romance, and you are loyal to people who let you be unusual. Others can mistake your calm for coolness. Naming what you feel, even awkwardly, lets those close to you meet the warmth that is really there.',
  pisces:
    "You absorb the emotional weather around you like a sponge. Compassion comes easily, and so do dreams, music and the sense that everything is connected. Because you feel so much, you may need regular retreat to tell your feelings apart from everyone else's. Gentle boundaries, creative outlets and quiet time keep your sensitivity a gift rather than a flood.",
};
