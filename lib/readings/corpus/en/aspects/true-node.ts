import type { AspectTexts, PairKeysOf } from '../../types';

export const trueNode: Record<PairKeysOf<'true_node'>, AspectTexts> = {
  true_node_chiron: {
    conjunction:
      'Your deepest wound lies directly on your path of growth. The North Node joined with Chiron suggests that facing and healing an old hurt is not a distraction from your purpose but the very heart of it. What you have struggled with most may become what you are here to teach. Your healing opens the way for others.',
    harmonious:
      'Healing and growth support each other in your life. Each time you work through an old wound, you seem to move further along your path, and you may meet teachers or healers exactly when you need them. Your experience of recovery becomes a quiet gift that helps others find their own way forward.',
    challenging:
      'Old wounds may seem to block your path, pulling you back into familiar pain just when you are ready to grow. You may fear that moving forward will hurt. Gentle, patient healing, with support where you need it, gradually clears the way, and you discover that your scars can travel with you without holding you back.',
  },
};
