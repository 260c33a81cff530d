import type { AspectTexts, PairKeysOf } from '../../types';

export const trueNode: Record<PairKeysOf<'true_node'>, AspectTexts> = {
  true_node_chiron: {
    conjunction:
      'Ta blessure la plus profonde se trouve en plein sur ton chemin de croissance. Le Nœud Nord conjoint à Chiron suggère qu’affronter et guérir une vieille douleur n’est pas une distraction de ta raison d’être, mais son cœur même. Ce qui t’a le plus coûté pourrait devenir ce que tu es ici pour enseigner. Ta guérison ouvre la voie aux autres.',
    harmonious:
      'La guérison et la croissance se soutiennent dans ta vie. Chaque fois que tu traverses une vieille blessure, tu sembles avancer un peu plus sur ton chemin, et tu rencontres peut-être des maîtres ou des thérapeutes exactement au moment où tu en as besoin. Ton expérience du rétablissement devient un cadeau discret qui aide les autres à trouver leur propre voie.',
    challenging:
      'D’anciennes blessures peuvent sembler barrer ta route, te ramenant vers une douleur familière juste au moment où tu t’apprêtes à grandir. Tu crains peut-être qu’avancer fasse mal. Une guérison douce et patiente, avec du soutien là où tu en as besoin, dégage peu à peu le chemin, et tu découvres que tes cicatrices peuvent voyager avec toi sans te retenir.',
  },
};
