import type { AspectTexts, PairKeysOf } from '../../types';

export const trueNode: Record<PairKeysOf<'true_node'>, AspectTexts> = {
  true_node_chiron: {
    conjunction:
      'Sua ferida mais profunda está bem no seu caminho de crescimento. O Nodo Norte em conjunção com Quíron sugere que encarar e curar uma dor antiga não é uma distração do seu propósito, mas o próprio coração dele. Aquilo com que você mais lutou pode se tornar aquilo que você veio ensinar. Sua cura abre caminho para os outros.',
    harmonious:
      'Cura e crescimento se apoiam na sua vida. Cada vez que você trabalha uma ferida antiga, parece avançar mais no seu caminho, e talvez encontre mestres ou terapeutas exatamente quando precisa. Sua experiência de recuperação se torna um presente discreto que ajuda os outros a encontrarem o próprio caminho adiante.',
    challenging:
      'Feridas antigas podem parecer bloquear o seu caminho, puxando você de volta para uma dor conhecida bem na hora de crescer. Talvez você tema que seguir em frente vá doer. Uma cura gentil e paciente, com apoio quando precisar, vai abrindo o caminho aos poucos, e você descobre que as suas cicatrizes podem viajar com você sem segurar você.',
  },
};
