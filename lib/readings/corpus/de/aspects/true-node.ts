import type { AspectTexts, PairKeysOf } from '../../types';

export const trueNode: Record<PairKeysOf<'true_node'>, AspectTexts> = {
  true_node_chiron: {
    conjunction:
      'Deine tiefste Wunde liegt direkt auf deinem Wachstumsweg. Der Mondknoten in Konjunktion mit Chiron deutet darauf hin, dass es keine Ablenkung von deiner Bestimmung ist, eine alte Verletzung anzuschauen und zu heilen, sondern ihr eigentlicher Kern. Womit du am meisten gerungen hast, wird vielleicht zu dem, was du anderen weitergeben sollst. Deine Heilung öffnet auch anderen den Weg.',
    harmonious:
      'Heilung und Wachstum stützen sich in deinem Leben gegenseitig. Jedes Mal, wenn du eine alte Wunde durcharbeitest, scheinst du auf deinem Weg ein Stück weiterzukommen, und Lehrende oder Heilende begegnen dir vielleicht genau dann, wenn du sie brauchst. Deine Erfahrung der Genesung wird zu einem stillen Geschenk, das anderen hilft, ihren eigenen Weg nach vorn zu finden.',
    challenging:
      'Alte Wunden scheinen dir manchmal den Weg zu versperren und ziehen dich gerade dann in vertrauten Schmerz zurück, wenn du bereit bist zu wachsen. Vielleicht fürchtest du, dass es wehtun wird, voranzugehen. Sanfte, geduldige Heilung, wo nötig mit Unterstützung, räumt den Weg nach und nach frei, und du entdeckst, dass deine Narben mit dir reisen können, ohne dich aufzuhalten.',
  },
};
