import type { Sign } from '@/lib/astro/types';

export const chiron: Record<Sign, string> = {
  aries:
    'An old ache around your right to exist as yourself may sit beneath your confidence. Chiron in Aries can show as doubt about taking up space, or as bravado that hides the doubt. Healing begins when you act on your own behalf despite the fear, and you may later find yourself encouraging others to claim their courage.',
  taurus:
    'The wound here touches your sense of worth and security, perhaps through scarcity or a body that did not feel safe. You may overvalue or undervalue what you have. As you learn to trust your own steady value, you become a calming, grounding presence for people who have lost their footing.',
  gemini:
    'Words may once have been a source of pain: being misunderstood, told you were not clever, or unable to say what you felt. Chiron in Gemini can leave you second-guessing your mind. As you heal, you develop a rare gift for explaining things gently and giving others a voice.',
  cancer:
    'Early belonging may have felt uncertain, leaving you with a tender spot around home, family or being cared for. You may mother others while finding it hard to receive. Letting yourself be nurtured is the medicine, and once you can receive, you often become a source of deep comfort to others.',
  leo: 'Being seen and celebrated may carry an old sting for you. Perhaps your spontaneity was dismissed, or you learned that shining was dangerous. Creative expression done purely for its own sake is what mends it. In time, you can help others feel permission to play and to be proud of who they are.',
  virgo:
    'A sense of never being quite good enough may drive you. Chiron in Virgo can bring perfectionism, worry about health or feeling useful only when busy. As you learn to accept your imperfect, human self, you gain real healing skill and the ability to help others without judgement.',
  libra:
    "Relationships hold your tender place. You may fear imbalance, rejection or losing yourself in another, or find yourself repeatedly trying to mend other people's conflicts. Equal, honest partnership is where this wound finally closes. Your experience can make you a wise counsellor in matters of love and fairness.",
  scorpio:
    'Trust, intimacy and power may carry old hurts for you, perhaps through betrayal, loss or control. You can be wary of letting anyone close. Facing those wounds with courage transforms them. You may become someone who helps others through crisis, grief or the hardest truths.',
  sagittarius:
    'Meaning and belief can be your tender spot. Perhaps you were given a faith that did not fit, or felt lost without a philosophy to hold on to. The cure is a truth you find for yourself, tested by experience. Then you become a teacher who helps others find meaning without dogma.',
  capricorn:
    'Authority and achievement may carry an old wound: pressure to succeed early, or a sense that you were never given the right to lead. You may fear failure keenly. Defining success on your own terms takes the sting out, and your hard-won integrity becomes a model for others.',
  aquarius:
    'Feeling like an outsider may be familiar to you, as if you never quite fitted the group. Chiron in Aquarius can make belonging feel complicated. Embracing your difference, rather than apologising for it, is the turning point. Over time, you can help others who feel alienated find community and a place where their uniqueness is welcome.',
  pisces:
    'Your wound may be a diffuse sense of suffering, of feeling too much, or of being separated from something sacred. You may slip into escape or self-sacrifice. Spiritual connection, paired with compassionate boundaries, is what steadies you. You can then become a gentle healer for others who feel lost.',
};
