import type { Sign } from '@/lib/astro/types';

export const jupiter: Record<Sign, string> = {
  aries:
    'Luck tends to find you when you go first. Your faith grows through bold initiative, and you are at your most generous when championing a cause or a person who needs a push. Confidence is your abundance. Overreach is the lesson: not every leap needs to be taken at once, and a little planning makes your courage go further.',
  taurus:
    'Abundance, for you, grows slowly and is meant to be enjoyed. You have a gift for building lasting value, whether in money, land, skills or comfort, and generosity comes through sharing material good things. Indulgence is the shadow. Your faith is in what is real and enduring, so invest patiently and let pleasure remain a blessing rather than a habit.',
  gemini:
    'Your opportunities arrive through words, contacts and curiosity. Learning, writing, teaching and trading ideas all expand your world, and you often know a little about a remarkable number of things. The risk is breadth without depth. When you follow one rich line of inquiry to its end, your knowledge turns into wisdom worth sharing.',
  cancer:
    'Generosity flows from your heart and your home. You grow through caring for others, creating belonging and honouring your roots, and people feel welcome in your presence. Emotional security is your treasure. Be wary of overprotecting or holding on too long; the same abundance that feeds your family can nourish a much wider circle.',
  leo: 'Big-hearted and expansive, you have a natural sense of occasion and a generosity that likes to be seen. Creative work, play, children and leadership bring out your luck, and you inspire confidence in others simply by believing in them. Pride can inflate into showmanship. Keep your warmth sincere and your stage will keep growing.',
  virgo:
    'Small things done well add up to great things in your life. You grow through skill, service, health and careful improvement, and you find meaning in being genuinely useful. Your faith is practical. The trap is losing the big picture in endless detail, so step back regularly to see how much good your diligence has already done.',
  libra:
    'Relationships are where your luck lives. Partnerships, collaboration, justice and beauty all expand your world, and you have a talent for bringing people together on fair terms. You may find that others open doors for you. Be sure that your generosity in keeping the peace does not become avoiding necessary truths.',
  scorpio:
    "Your growth happens in the depths. Crisis, intimacy, research and shared resources are your fields of abundance, and you find faith by facing what others fear. You have staying power in difficult places. When your intensity serves healing and renewal rather than control, you become a powerful ally in other people's transformations.",
  sagittarius:
    'Jupiter is at home here, and your faith in life is large. Travel, philosophy, teaching and the pursuit of meaning are natural sources of luck and joy for you. Your optimism can open doors others assume are locked. Be mindful of preaching or overpromising; your wisdom is most convincing when it stays humble and curious.',
  capricorn:
    'Success comes to you through patience, structure and earned authority. You grow by taking responsibility, building carefully and respecting what has stood the test of time. Your generosity may be measured, but it is reliable. Allow yourself to trust that life can be kind; your rewards are real, and you are allowed to enjoy them.',
  aquarius:
    'Your faith is in people and in the future. You expand through friendships, networks, causes and new ideas, and you are generous with your time for the collective good. Tolerance comes naturally. Turning your ideals into practical action and personal warmth makes your vision genuinely world-changing rather than abstract.',
  pisces:
    'Compassion is your abundance. You grow through imagination, spirituality, service and your gift for feeling what others feel, and help often arrives in quiet, unexpected ways. Your faith can be mystical. Boundaries keep your generosity sustainable, so let your kindness include yourself and choose carefully where you pour it.',
};
