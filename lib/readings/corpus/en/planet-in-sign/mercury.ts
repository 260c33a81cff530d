import type { Sign } from '@/lib/astro/types';

export const mercury: Record<Sign, string> = {
  aries:
    'Your mind moves like a struck match. You think quickly, decide quickly and say what you think, often before anyone else has finished framing the question. Debate energises you, and the risk is speaking before listening or dropping an idea once the first spark fades. When you give your quick insight a second look, it becomes genuinely persuasive.',
  taurus:
    'You think things through thoroughly and hate being rushed. Once you understand something, you understand it for good, and your opinions carry the weight of common sense. Your voice may be calm, practical, even musical. Stubbornness is the catch: a new idea needs time to earn your trust, so give it that time rather than closing the door.',
  gemini:
    'Words and ideas are your playground. You learn fast, talk easily and can hold several threads of thought at once, switching between them with obvious delight. Wit comes naturally. Because everything interests you, focus can be a struggle; choosing one subject to go deep into, now and then, turns your cleverness into real expertise.',
  cancer:
    'You think with your feelings and remember with your whole body. Your mind is intuitive, imaginative and deeply tied to memory, so you often sense the truth of a situation before you can explain it. You listen well and speak gently. When you feel threatened, though, logic can bend toward self-protection, so check your moods before trusting your conclusions.',
  leo: 'You speak with warmth and a natural sense of theatre. Ideas matter to you most when they express something personal, and you can hold an audience, whether it is one friend or a room. Your convictions are generous and strong. Be open to the possibility that a different view is not an attack on you; it may simply be another story worth hearing.',
  virgo:
    'Precision is a pleasure for you. You analyse, sort and refine, and you notice the error or the elegant fix that others overlook. Practical knowledge, useful skills and clear language suit you well, though your mind can also spin into worry or perfectionism. Remind yourself that a good enough answer, delivered in time, often helps more than a perfect one.',
  libra:
    'You think in comparisons, weighing one side against another until you find the fair point. Diplomatic and graceful in conversation, you can phrase difficult things so people can hear them. Decisions can take a long time because every option has merit. Trust that choosing is also a form of fairness, especially to yourself.',
  scorpio:
    'You listen for what is not being said. Your mind is investigative, penetrating and hard to fool, and you are drawn to research, psychology or anything with a secret at its heart. You keep your own counsel. Sharp words can come out when you feel exposed, so let your insight serve understanding rather than defence.',
  sagittarius:
    'Your mind reaches for the big picture. You love ideas that explain a lot, conversations that wander across cultures and philosophies, and teachers who open doors. You speak frankly and often funnily. Details can slip past you in the excitement, so pair your broad vision with a little fact-checking and it becomes truly convincing.',
  capricorn:
    'Strategy is second nature, and you say only what you mean. Your mind is organised, sceptical of hype and good at turning plans into steps. People trust your judgement because it is sober, and your humour can be dry enough to miss. Allow room for the playful, half-formed idea now and then; not every thought needs to be useful to be worth having.',
  aquarius:
    'Independent thinking is your signature, often a step ahead of its time. Systems, science, social questions and unusual ideas attract you, and you can see patterns that ordinary thinking misses. Once convinced, you can be surprisingly fixed in your views. Staying curious about why others disagree keeps your originality open rather than opinionated.',
  pisces:
    'Your mind thinks in images, moods and metaphors. You absorb information intuitively, sometimes without knowing how you know, and you may be gifted in poetry, music or any language beyond the literal. Linear detail can feel tedious. Writing things down and checking the facts gives your imagination a shape the world can use.',
};
