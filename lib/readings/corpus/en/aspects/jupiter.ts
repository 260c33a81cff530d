import type { AspectTexts, PairKeysOf } from '../../types';

export const jupiter: Record<PairKeysOf<'jupiter'>, AspectTexts> = {
  jupiter_saturn: {
    conjunction:
      'Vision and realism meet in you. Jupiter joined with Saturn, a contact shared with others born within a few months of you, gives you the ability to dream big and build carefully, balancing optimism with patience. Growth may come in cycles of expansion and consolidation. Your gift is turning large visions into lasting structures, one sober step at a time.',
    harmonious:
      'Faith and discipline cooperate in your life. You can plan for the long term, take opportunities wisely and build success that lasts, and you know when to push and when to wait. Career and ethics tend to support each other. People see you as sensible and trustworthy, someone whose optimism has been tested and holds.',
    challenging:
      'Hope and caution may pull you back and forth. You might swing between overconfidence and self-doubt, or feel torn between seizing opportunity and playing it safe, so progress comes in fits and starts. This tension teaches you timing. Learning when to expand and when to hold steady becomes one of your most valuable skills.',
  },
  jupiter_uranus: {
    conjunction:
      'Sudden opportunities and a hunger for freedom mark your life. Jupiter joined with Uranus, a contact shared by many born around your time, brings inventive optimism, a love of the new and a tendency to break out of limits. Lucky breaks can come from nowhere. Your gift is seeing possibilities others miss and trusting them enough to move.',
    harmonious:
      'Good fortune often arrives through change. You adapt gracefully to the unexpected, are open to unusual ideas and may find luck through technology, travel or unconventional choices. Your optimism is forward-looking. This makes you a natural innovator and an inspiring presence in any group that needs fresh air.',
    challenging:
      'Restlessness and a craving for freedom can lead you to overreach. You may take sudden risks, change course too often or reject structures that would have helped you. Yet this aspect also brings breakthrough moments. Learning to balance excitement with follow-through turns your inventive spirit into lasting progress.',
  },
  jupiter_neptune: {
    conjunction:
      'Faith and imagination run vast in you. Jupiter joined with Neptune, shared with others born around the same time, gives you a spiritual, compassionate and idealistic outlook, with real artistic or healing gifts. Boundaries can blur. Grounding your generous dreams in practical form keeps them from dissolving into wishful thinking or endless giving.',
    harmonious:
      'Compassion and inspiration flow easily through your life. You have a natural faith and a generous heart, and you may be drawn to spirituality, music, art or charitable work. Your intuition guides you well. This gentle wisdom helps others believe in something larger and kinder than their immediate troubles.',
    challenging:
      'Your idealism may run ahead of reality. You can be drawn to causes, people or beliefs that promise more than they give, or overextend your kindness until it drains you. Discernment is the lesson. Faith grounded in experience, and generosity with healthy limits, bring out the true beauty of this aspect.',
  },
  jupiter_pluto: {
    conjunction:
      "Ambition runs deep and wide in you. Jupiter joined with Pluto, a contact you share with your generation's cohort, gives you a powerful drive for influence, transformation and growth on a large scale. You may rise through crises that would topple others. Using this power ethically is the key to lasting, positive impact.",
    harmonious:
      'You have a capacity for regeneration and success on a large scale. You understand power and can use it to grow, heal or build, and opportunities for transformation tend to work in your favour. Research, finance and leadership may suit you. This is a quiet reservoir of strength to draw on when stakes are high.',
    challenging:
      'The appetite for power and success may create conflict. You may encounter powerful forces, struggle with control or feel driven to achieve at any cost. Excess is a risk. Channelled with integrity and humility, this intense drive can produce genuinely transformative achievements for you and others.',
  },
  jupiter_true_node: {
    conjunction:
      'Growth and good fortune are tied to your life path. Jupiter near the North Node brings opportunities, teachers and expansive experiences that carry you toward your purpose. Faith in your direction pays off. Follow the path that makes your world larger, even when it feels like a leap.',
    harmonious:
      'Optimism keeps you moving in the right direction. Opportunities, mentors and learning experiences tend to arrive when you need them, and your generosity attracts help. Travel, study or teaching may play a part in your path. Trust the larger picture of your life, and your growth unfolds naturally.',
    challenging:
      'Familiar comforts or beliefs may hold back your growth. You may overdo what feels easy or cling to old convictions when your path asks for something new. Stretching beyond your comfort zone, and honestly questioning what you have always believed, opens the kind of growth that no lucky break could hand you.',
  },
  jupiter_chiron: {
    conjunction:
      'Your wound and your wisdom are bound together. Jupiter joined with Chiron suggests that your hurts around faith, meaning or belief become your greatest teachers. You may lose faith and rebuild it, deeper this time. In time, you become a wise, generous guide who helps others find hope after pain.',
    harmonious:
      'Faith and healing work together in you. You can find meaning in pain and help others do the same, and you may be drawn to teaching, counselling or spiritual guidance. Your optimism is tempered by understanding, which makes it both credible and comforting to people who are struggling.',
    challenging:
      'Old wounds may undermine your faith or sense of meaning. You may struggle with beliefs that hurt you, or doubt that life can be kind. Slowly, by living it, you find a truth of your own. Then your hard-won wisdom becomes a real gift to others who have lost their way.',
  },
  jupiter_asc: {
    conjunction:
      'Generosity and optimism shine through your presence. Jupiter near the Ascendant makes you warm, expansive and often lucky in first impressions, and people feel encouraged around you. You may be physically large or larger than life in manner. Moderation keeps your natural exuberance appealing rather than overwhelming.',
    harmonious:
      'Goodwill radiates from your personality. People find you friendly, open and encouraging, and opportunities tend to come through your connections. You approach life with faith. This natural optimism helps you bounce back from setbacks, and it makes you a welcome presence in almost any group, the person who reminds everyone that things can still go well.',
    challenging:
      'Your enthusiasm may sometimes overshoot. You might promise too much, come across as excessive or take on more than you can handle. Your generous spirit is real, and people feel it. Matching it with realistic limits, and keeping the promises you do make, lets your warmth and optimism be trusted completely.',
  },
  jupiter_mc: {
    conjunction:
      'Success and recognition come naturally to you. Jupiter near the Midheaven brings opportunities for career growth, public respect and leadership, and you may work in teaching, law, publishing or international fields. Your reputation tends to be generous and broad. Staying ethical and grounded as you rise protects your good fortune and the trust placed in you.',
    harmonious:
      'Prosperity tends to follow your professional efforts. Opportunities and supportive people help you rise, and you pursue your goals with optimism and vision. Your public image is positive. Keep your aims aligned with your values, and your success will feel meaningful as well as rewarding.',
    challenging:
      'Ambition may outrun reality at times. You might overreach professionally, take on roles too large too soon, or feel that your success never quite matches the vision in your head. Yet this restlessness also drives real growth. Matching your big goals with practical, well-timed steps brings achievement that lasts.',
  },
};
