import type { Sign } from '@/lib/astro/types';

export const pluto: Record<Sign, string> = {
  aries:
    'Raw will is what Pluto transforms in Aries. Those born with it confront questions of survival, self-assertion and who gets to begin anew, and in you there may be a fierce, almost primal need to exist on your own terms. Power used for courage rather than domination is the lesson, and it can make you a fearless initiator.',
  taurus:
    'Deep in your make-up lies a relationship with possession and worth that asks to be transformed. Pluto here works slowly on resources, land and the body, and in you it can show up as tremendous staying power alongside a fear of losing what you have. Letting go when it is time, and trusting you can rebuild, is your quiet superpower.',
  gemini:
    'Information is power for those born with Pluto here, and you feel that keenly. Words can wound or heal, and you may have an instinct for the hidden message, the secret story, the idea that changes everything. Your task is to use your penetrating mind to reveal truth rather than to manipulate it.',
  cancer:
    'Family, homeland and emotional roots are where your generation meets its deepest transformations. Old bonds may be broken and rebuilt, and you may carry ancestral feelings that ask to be understood. Facing the family story with honesty frees you to create belonging that is strong, chosen and truly protective.',
  leo: 'Self-expression carries enormous charge for this generation. You may feel a powerful drive to be seen, to create and to leave your mark, along with a fear of being ordinary. When the wish for recognition becomes the courage to be authentically yourself, your creative power can genuinely move people.',
  virgo:
    'Work, health and method are transformed by those born with Pluto here. You may feel driven to analyse, purify and perfect, sometimes obsessively, and you are capable of mastering difficult skills. Turning that intensity into service, without turning it against yourself, is where your power lies.',
  libra:
    'Relationships are the crucible of this generation. You may experience partnership as a place of profound change, wrestling with power, equality and justice between people. Old patterns of relating ask to die. Through them, you can discover relationships based on real mutual respect and depth.',
  scorpio:
    'Pluto is at home here, and your generation lives close to the intensity of life: desire, loss, power and rebirth. You feel deeply and may be drawn to what others avoid. Trust does not come easily. Your power lies in emotional honesty and the capacity to regenerate after any ending.',
  sagittarius:
    'Belief is what your generation must transform. You may question inherited faiths, seek truth across cultures and feel strongly about the meaning of life. Fanaticism is the shadow, in yourself as in others. Your power lies in an honest search for wisdom that can withstand doubt and respect other paths.',
  capricorn:
    'Structures of power are under review by your generation: governments, corporations, the rules of achievement. You may feel a deep drive to build, control or reform, and you understand how authority really works. Using that knowledge with integrity lets you create something that truly lasts.',
  aquarius:
    "Collective power and technology are your generation's field of transformation. You may feel the pull of movements, networks and radical ideas, and sense that the group can change the world. Remembering the single, irreplaceable person within the collective keeps your revolutionary drive humane, and stops the future you fight for from becoming just another system.",
  pisces:
    'Boundaries between self and world, faith and fact, are dissolving for this generation. You may feel the depth of collective emotion and be drawn to healing, art or spirituality. Escapism is the risk, whether through substances, fantasy or endless sacrifice. Your power lies in compassion strong enough to face suffering without drowning in it.',
};
