import type { AspectTexts, PairKeysOf } from '../../types';

export const neptune: Record<PairKeysOf<'neptune'>, AspectTexts> = {
  neptune_pluto: {
    conjunction:
      'This conjunction happens only once in roughly five centuries, so if your chart shows it, you belong to a rare era of profound collective renewal. The dreams and the deep powers of your time are fused. Your part is to let that sense of vast change inform a compassionate, grounded way of living.',
    harmonious:
      'This long-lasting harmonious contact is shared by several generations, giving a background sense that spiritual growth and transformation can work together. For you personally, it offers a quiet capacity to let old things go and trust that something meaningful will grow in their place. Draw on it in times of change.',
    challenging:
      'Tension between collective ideals and deep transformation forms a background note for your generation. You may sense both the need for change and confusion about how to achieve it. Personally, grounding your spiritual life and facing hard truths with compassion helps you move through times of collective upheaval.',
  },
  neptune_true_node: {
    conjunction:
      'Your path leads toward compassion, imagination or spirit. Neptune near the North Node suggests that growth comes through art, service, spirituality or learning to trust the unseen. The way may feel unclear at times. Following your deepest inspirations, with care, guides you toward your purpose.',
    harmonious:
      'Intuition supports your growth. Creative, spiritual or compassionate experiences help you move toward your purpose, and you may find guidance in dreams or synchronicities. Trusting the gentle signs of your life, the recurring dream, the chance meeting, the song that arrives on time, helps you stay on course even when the map is unclear.',
    challenging:
      'Illusion or escapism may pull you away from your path. You may idealise people or situations, or avoid the clarity your growth requires. Learning to discern what is real, while keeping your imagination and your kindness alive, helps you move in the direction your soul truly seeks.',
  },
  neptune_chiron: {
    conjunction:
      'Your wound carries a spiritual dimension. Neptune joined with Chiron may reflect sensitivity to collective suffering, experiences of loss or feeling lost. You may have felt, even as a child, a grief larger than your own life. Through it you develop deep compassion and a gift for healing through art, music, spirituality or simple presence.',
    harmonious:
      'Compassion and healing flow through you. You may have a gift for spiritual or artistic forms of healing, and you can help others find meaning in suffering. Your empathy is gentle and wise, never forced, and people tend to feel less alone after time spent in your company.',
    challenging:
      "Your sensitivity may make old wounds feel overwhelming, or you may seek escape from pain. Boundaries can dissolve, and other people's pain may start to feel like your own. Healing comes through grounding your compassion and finding practices that nourish your spirit without letting you disappear into other people's suffering.",
  },
  neptune_asc: {
    conjunction:
      'There is something dreamy and elusive about you. Neptune near the Ascendant gives you a soft, compassionate and artistic presence, and people may project their ideals onto you. You absorb your environment like a sponge, for better and worse. Clear boundaries and regular time alone help you stay yourself while sharing your sensitivity.',
    harmonious:
      'Your personality radiates gentleness and imagination. People find you compassionate and artistic, and you have an intuitive understanding of others. Your presence can be soothing. This gift makes you a natural in creative, healing or caring roles where a quiet touch matters more than a loud voice.',
    challenging:
      'Others may misread you, or you may feel unsure of your own identity. You may adapt too much to others or hide behind a vague persona. Building a clear sense of self helps you express your sensitivity with confidence, so that people meet you rather than their idea of you.',
  },
  neptune_mc: {
    conjunction:
      'Inspiration guides your vocation. Neptune near the Midheaven draws you toward the arts, healing, spirituality or service, and your public image may be glamorous or mysterious. Your path may be winding and hard to explain to others. Following your ideals, while keeping one foot on practical ground, brings the most fulfilling career.',
    harmonious:
      'Imagination supports your career. You may find success in creative, healing or compassionate fields, and your intuition guides your professional choices. People sense your idealism. Trust your vision, keep your contracts clear, and your public life can become a genuine source of inspiration for others.',
    challenging:
      'Career direction may feel unclear for long stretches. You may struggle to find your vocation, drift between roles or feel disillusioned by work that promised more meaning than it gave. Grounding your ideals in practical steps, and staying honest in your professional dealings, helps you build a career that truly reflects your dreams.',
  },
};
