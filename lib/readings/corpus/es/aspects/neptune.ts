import type { AspectTexts, PairKeysOf } from '../../types';

export const neptune: Record<PairKeysOf<'neptune'>, AspectTexts> = {
  neptune_pluto: {
    conjunction:
      'Esta conjunción solo ocurre una vez cada cinco siglos aproximadamente, así que si aparece en tu carta, perteneces a una era poco común de profunda renovación colectiva. En ti se funden los sueños y las fuerzas profundas de tu tiempo. Tu papel es dejar que esa sensación de cambio inmenso inspire una forma de vivir compasiva y con los pies en la tierra.',
    harmonious:
      'Este contacto armónico de larga duración lo comparten varias generaciones, y aporta una sensación de fondo de que el crecimiento espiritual y la transformación pueden ir de la mano. En lo personal, te ofrece una capacidad callada de soltar lo viejo y confiar en que algo con sentido crecerá en su lugar. Recurre a ella en tiempos de cambio.',
    challenging:
      'La tensión entre los ideales colectivos y la transformación profunda es una nota de fondo para tu generación. Tal vez percibas a la vez la necesidad de cambio y la confusión sobre cómo lograrlo. En lo personal, anclar tu vida espiritual y mirar las verdades difíciles con compasión te ayuda a atravesar las épocas de convulsión colectiva.',
  },
  neptune_true_node: {
    conjunction:
      'Tu camino lleva hacia la compasión, la imaginación o el espíritu. Neptuno cerca del Nodo Norte sugiere que creces a través del arte, el servicio, la espiritualidad o aprendiendo a confiar en lo invisible. A veces el camino puede parecer poco claro. Seguir tus inspiraciones más hondas, con cuidado, te guía hacia tu propósito.',
    harmonious:
      'Cuando escuchas tu intuición, creces. Las experiencias creativas, espirituales o compasivas te ayudan a avanzar hacia tu propósito, y quizá encuentres orientación en los sueños o en las sincronías. Confiar en las señales suaves de tu vida, el sueño que se repite, el encuentro casual, la canción que llega justo a tiempo, te ayuda a mantener el rumbo aunque el mapa no esté claro.',
    challenging:
      'La ilusión o la evasión pueden apartarte de tu camino. Quizá idealices a personas o situaciones, o esquives la claridad que tu crecimiento necesita. Aprender a distinguir lo real, sin dejar de cuidar tu imaginación y tu bondad, te ayuda a avanzar en la dirección que tu alma busca de verdad.',
  },
  neptune_chiron: {
    conjunction:
      'Tu herida tiene una dimensión espiritual. Neptuno unido a Quirón puede reflejar una sensibilidad especial al sufrimiento colectivo, experiencias de pérdida o la sensación de ir a la deriva. Tal vez sentiste, ya en la infancia, una tristeza más grande que tu propia vida. A través de ella desarrollas una compasión profunda y un don para sanar mediante el arte, la música, la espiritualidad o la simple presencia.',
    harmonious:
      'La compasión y la sanación fluyen a través de ti. Quizá tengas un don para formas espirituales o artísticas de sanación, y puedes ayudar a otros a encontrar sentido en el sufrimiento. Tu empatía es suave y sabia, nunca forzada, y la gente suele sentirse menos sola después de pasar un rato contigo.',
    challenging:
      'Tu sensibilidad puede hacer que las viejas heridas parezcan abrumadoras, o puedes buscar una vía de escape al dolor. Los límites pueden disolverse, y el dolor ajeno empieza a sentirse como propio. La sanación llega cuando anclas tu compasión y encuentras prácticas que nutren tu espíritu sin dejar que desaparezcas dentro del sufrimiento de los demás.',
  },
  neptune_asc: {
    conjunction:
      'Hay algo soñador y esquivo en ti. Neptuno cerca del Ascendente te da una presencia suave, compasiva y artística, y la gente puede proyectar en ti sus ideales. Absorbes tu entorno como una esponja, para bien y para mal. Unos límites claros y ratos regulares a solas te ayudan a seguir siendo tú mientras compartes tu sensibilidad.',
    harmonious:
      'Tu personalidad irradia dulzura e imaginación. La gente percibe tu compasión y tu vena artística, y tienes una comprensión intuitiva de los demás. Tu presencia puede resultar balsámica. Este don te da soltura natural en papeles creativos, sanadores o de cuidado, donde un toque delicado importa más que una voz fuerte.',
    challenging:
      'Los demás pueden malinterpretarte, o quizá dudes de tu propia identidad. Puedes adaptarte demasiado a los otros o esconderte tras una imagen difusa. Construir un sentido claro de ti te ayuda a expresar tu sensibilidad con confianza, para que la gente te conozca a ti y no la idea que se ha hecho de ti.',
  },
  neptune_mc: {
    conjunction:
      'La inspiración guía tu vocación. Neptuno cerca del Medio Cielo te lleva hacia las artes, la sanación, la espiritualidad o el servicio, y tu imagen pública puede tener algo de glamur o de misterio. Tu camino puede ser sinuoso y difícil de explicar a los demás. Seguir tus ideales, sin sacar un pie del terreno práctico, te da la carrera más plena.',
    harmonious:
      'Tu imaginación es también un capital profesional. Puedes encontrar el éxito en campos creativos, sanadores o compasivos, y tu intuición guía tus decisiones profesionales. La gente percibe tu idealismo. Confía en tu visión, mantén claros tus contratos, y tu vida pública puede convertirse en una auténtica fuente de inspiración para otros.',
    challenging:
      'El rumbo profesional puede parecer confuso durante largas temporadas. Tal vez te cueste encontrar tu vocación, vayas de un puesto a otro o te desencante un trabajo que prometía más sentido del que dio. Anclar tus ideales en pasos prácticos, y actuar con honestidad en tus tratos profesionales, te ayuda a construir una carrera que refleje de verdad tus sueños.',
  },
};
