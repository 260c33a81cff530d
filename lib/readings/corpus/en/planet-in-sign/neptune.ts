import type { Sign } from '@/lib/astro/types';

export const neptune: Record<Sign, string> = {
  aries:
    'Courage is the thing you secretly worship. Neptune here, shared with everyone born in these years, idealises the lone hero and the fresh start, and you may feel a spiritual charge in acts of daring. Beware of mistaking every impulse for a calling. When you act for something larger than yourself, your boldness carries a kind of grace.',
  taurus:
    'Beauty in the physical world can feel close to holy for you. Along with your generation, you may romanticise nature, craft, the body and simple abundance, finding the sacred in bread, soil and song. Money and possessions are where illusions hide. Your devotion to what is real and lasting is a quiet antidote to a restless age.',
  gemini:
    'Stories can enchant you, and you can enchant with them. Neptune in this sign blurs the line between fact and fiction for your whole generation, filling the mind with images, rumours and poetry. You may be a natural storyteller or translator. Keep a little healthy doubt about what you read and repeat, and your imagination will illuminate rather than mislead.',
  cancer:
    'Somewhere in you lives the dream of a perfect home. Your generation longs for belonging and may idealise family, homeland or a golden past, and you feel real compassion for anyone without shelter. Nostalgia can soften the truth of what happened. Your gift is creating emotional sanctuary in the present, for yourself and for people who need it.',
  leo: 'Romance and glamour cast a spell over this generation, and over you. You may idealise love, art and the sparkle of performance, and you sense that everyone carries a little star inside. Heroes can disappoint you. The healing comes when you bring your own heart and imagination to creative life instead of waiting for someone else to embody them.',
  virgo:
    'Service is where your idealism lives. With your generation, you may dream of healing, purity and a world that finally works, and feel a near-spiritual satisfaction in being useful. Anxiety about imperfection can undermine the dream. Compassion expressed through practical care, including care for your own imperfect body and days, is the gift you carry.',
  libra:
    'Perfect love, perfect peace: this is the dream Neptune weaves into your generation. You may idealise partners, art and diplomacy, and long for a world where beauty and fairness finally meet. Disillusion in relationships can become your teacher. What remains is a grown-up vision of love that holds grace and justice together.',
  scorpio:
    'Mystery draws you like a tide. Your generation is fascinated by what lies hidden: intimacy, death, psychology, the occult, the forbidden. You sense undercurrents in people almost without trying, and losing yourself in intensity is the danger. Used wisely, your empathy for the dark places in human experience becomes a profound capacity to heal.',
  sagittarius:
    'For you and your generation, the sacred lies somewhere over the horizon. Travel, faith, philosophy and the search for a truth bigger than any one creed stir your imagination. Blind belief or endless seeking can replace real wisdom. Your gift is a contagious sense that life means something, and that the search itself is worth the journey.',
  capricorn:
    "Integrity in the world's structures is what you hope for most. Your generation may idealise authority, careers and institutions, then feel disillusioned as their flaws come to light. That disappointment is useful. You are here to help spiritual values take practical, lasting form: organisations, laws and work that actually serve the people inside them.",
  aquarius:
    'The future is your spiritual horizon. With this generation, you may dream of technology and community serving human ideals, and feel a kinship with humanity as a whole. Detachment from real, flawed individuals is the trap. Your gift is imagining what a kinder society could look like, and inviting others to build it with you.',
  pisces:
    'Neptune is at home here, and the veil between worlds feels thin for your generation. You may be drawn to spirituality, music, art and compassionate service, sensing the oneness of life in ordinary moments. Boundaries can dissolve too easily. Your gift is an empathy so wide that it makes strangers feel understood.',
};
