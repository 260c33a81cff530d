import type { Sign } from '@/lib/astro/types';

export const saturn: Record<Sign, string> = {
  aries:
    'Self-assertion may have felt risky for you early on, as if acting on your own impulse would bring trouble. You may swing between hesitating and forcing. Over time, you learn to act with disciplined courage: starting things deliberately and seeing them through. That hard-won independence becomes a quiet, unshakeable kind of leadership.',
  taurus:
    'Security is your serious subject. You may have known scarcity or worried about having enough, and so you build your resources carefully and slowly. Fear of loss can make you cling. The lesson is to trust your own steady worth; what you create through patience becomes durable, and you grow into real material and emotional stability.',
  gemini:
    'You take learning and communication seriously, perhaps because they once felt difficult. You may doubt your intelligence or fear saying the wrong thing. In time, this becomes depth: careful thinking, precise language and expertise built through study. Your words come to carry weight precisely because you have weighed them.',
  cancer:
    'Emotional safety may not have come easily, and you learned to hold back your need for care. Family, home and belonging are areas of responsibility and sometimes heaviness for you. Maturity brings a gift: you become the steady, protective presence you once wished for, able to create a home where feelings are safe.',
  leo: 'Being seen can feel like a test for you. You may doubt that your creativity or love will be welcomed, so you hold back or work very hard for recognition. The lesson is to give yourself permission to shine. Over time, your authentic self-expression becomes dignified, disciplined and genuinely impressive.',
  virgo:
    'You hold yourself to high standards of work and health. Perfectionism and worry may weigh on you, and you can feel you are never quite doing enough. With maturity, you find the balance between excellence and self-acceptance. Your skill, built through patience and practice, becomes a real service to others.',
  libra:
    'Relationships are where you do your serious growing. You may approach commitment cautiously, feel responsible for keeping the peace or fear imbalance. Saturn is strong in this sign, and you understand fairness deeply. Over time, you build partnerships that are mature, equal and lasting, founded on clear agreements.',
  scorpio:
    'Trust and intimacy are your hard-won teachers. You may guard your vulnerability, fear losing control or carry emotional weight from the past. Facing those depths with honesty is your work. Through it, you gain remarkable emotional strength and the ability to help others through their own crises.',
  sagittarius:
    'Meaning and belief are serious matters for you. You may have questioned the faith you were given or felt you had to earn the right to an opinion. Over time, you build a philosophy tested by experience, not borrowed. Your convictions become grounded, and your teaching carries authority because you have lived it.',
  capricorn:
    'Saturn is at home here, and you feel the weight of responsibility deeply. Ambition, discipline and the long view come naturally, though you may be hard on yourself and slow to relax. Your strength is endurance. Learning that worth is not only achievement lets your authority soften into wisdom.',
  aquarius:
    'You take your ideals and your place in the group seriously. You may feel like an outsider or struggle between fitting in and standing apart. Over time, you build structures that serve the collective, becoming a steady force for progress. Saturn is at home in this sign too, lending your vision real discipline.',
  pisces:
    "Boundaries between you and the world may feel thin, and you can fear being overwhelmed by feeling, chaos or other people's needs. Your work is to give your compassion and imagination a form. With time, you become a grounded mystic: someone who can hold suffering with calm and turn inspiration into something real.",
};
