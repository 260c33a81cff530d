import type { Sign } from '@/lib/astro/types';

export const uranus: Record<Sign, string> = {
  aries:
    'Breaking ground by going first is the mark of your generation. Uranus here brings a restless, pioneering streak to your nature: a readiness to start over, to reject what feels stale and to act on sudden conviction. Personally, you may feel most awake when you are doing something no one has done. Sustaining those sparks is where your real innovation begins.',
  taurus:
    "Uranus in this earthy sign asks your generation to rethink value: money, land and the body's place in a changing world. In you, this shows up as a stubborn kind of originality: you change slowly, but when you do, the change is total. Unexpected shifts around security may teach you that stability can be reinvented, not merely defended.",
  gemini:
    'How people talk, learn and connect gets rewired by your generation. For you personally, Uranus here brings a quick, inventive mind that delights in new information and unconventional links between ideas. Sudden insights come to you mid-conversation. Give them somewhere to land, a notebook, a project, so your brilliance does not simply scatter.',
  cancer:
    'Home and family are being reinvented by the people born with you. You may have grown up amid changing family structures, and you carry an instinct to build belonging in new forms. Emotional freedom matters to you as much as emotional safety. Your challenge is to honour both, creating a home that is stable enough to rest in and open enough to breathe.',
  leo: 'The right to express yourself is non-negotiable for this generation. Uranus in this sign brings you a rebellious creative streak and a refusal to be anyone but yourself. You may feel drawn to unusual art, romance or ways of playing. Freedom of expression is your cause; make sure it includes room for others to shine differently too.',
  virgo:
    'Work, health and everyday systems are ripe for revolution in your eyes, as in those of your peers. You may be drawn to new methods, technology or alternative approaches to wellbeing, and you have an inventive eye for fixing what does not work. Restlessness with routine is typical. Channel it into improving processes rather than abandoning them, and your reforms will last.',
  libra:
    'Relationship rules are there to be rewritten, as far as you and your peers are concerned. You value equality, freedom and fresh forms of partnership, and you may resist conventional arrangements that feel confining. Sudden meetings and partings can mark your life. The gift is a vision of love and justice built on mutual respect rather than obligation.',
  scorpio:
    "Taboos around sex, death, power and money crack under your generation's gaze. You carry an instinct to uncover hidden truths and overturn what has festered in secret. Sudden emotional upheavals can be catalysts for deep renewal. Your power lies in transforming intensity into insight that frees rather than frightens.",
  sagittarius:
    'Freedom of belief and a global outlook drive the people born with you. You may be drawn to travel, unusual philosophies or questioning every orthodoxy you inherit. Sudden revelations can change your worldview overnight. Your gift is helping others see that truth is bigger than any one tradition.',
  capricorn:
    'Institutions get reformed from within by your generation. You may respect structure yet feel compelled to renovate it, combining ambition with a desire for real change. Unexpected shifts in career or authority can mark your path. You are at your best building new systems that are both practical and progressive.',
  aquarius:
    'Uranus is at home here, and your generation is wired for networks, technology and collective change. You have a strong independent streak and a natural sense of the future. Fitting into the ordinary may never have felt comfortable. Your contribution is to imagine new communities and to help build them.',
  pisces:
    'Old boundaries dissolve through the imagination and compassion of your generation. You may feel drawn to new forms of art, spirituality or healing, and you sense collective moods vividly. Sudden intuitions guide you. Grounding your visions in practice keeps them from slipping into escapism and lets them become a real gift to others.',
};
