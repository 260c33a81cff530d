import type { AspectTexts, PairKeysOf } from '../../types';

export const trueNode: Record<PairKeysOf<'true_node'>, AspectTexts> = {
  true_node_chiron: {
    conjunction:
      'Tu herida más honda está justo sobre tu camino de crecimiento. El Nodo Norte unido a Quirón sugiere que afrontar y sanar un dolor antiguo no te distrae de tu propósito, sino que es su corazón mismo. Aquello con lo que más has luchado puede convertirse en lo que has venido a enseñar. Tu sanación abre el camino a otros.',
    harmonious:
      'En tu vida, la sanación y el crecimiento se apoyan mutuamente. Cada vez que atraviesas una herida antigua, parece que avanzas un poco más por tu camino, y quizá encuentres maestros o sanadores justo cuando los necesitas. Tu experiencia de recuperación se convierte en un regalo discreto que ayuda a otros a encontrar su propio camino hacia delante.',
    challenging:
      'Las viejas heridas pueden parecer un obstáculo en tu camino y devolverte al dolor conocido justo cuando estás a punto de crecer. Tal vez temas que avanzar duela. Una sanación suave y paciente, con apoyo donde lo necesites, va despejando poco a poco el camino, y descubres que tus cicatrices pueden viajar contigo sin frenarte.',
  },
};
