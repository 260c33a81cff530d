import type { AspectTexts, PairKeysOf } from '../../types';

export const saturn: Record<PairKeysOf<'saturn'>, AspectTexts> = {
  saturn_uranus: {
    conjunction:
      'En ti conviven la tradición y la revolución. Saturno unido a Urano, un contacto que compartes con quienes nacieron en los mismos años, te da la capacidad de reformar las estructuras desde dentro, uniendo disciplina y originalidad. Tal vez sientas un tira y afloja entre la seguridad y la libertad. Tu don es construir formas nuevas que de verdad perduren.',
    harmonious:
      'En tu vida, la estructura y la innovación cooperan. Puedes introducir cambios de forma práctica y sostenible, y tienes buena mano para modernizar sistemas sin destruir lo que funciona. La gente confía en tus ideas progresistas porque tienen los pies en la tierra. Eso te convierte en una fuerza reformadora discreta y eficaz en cualquier institución de la que formes parte.',
    challenging:
      'En ti, lo viejo y lo nuevo pueden tirar con fuerza el uno contra el otro. Quizá pases de aferrarte a la seguridad a romper amarras de repente, o choques con la autoridad por el derecho a vivir a tu manera. Las tensiones entre generaciones pueden resonar en tu familia. Aprender a cambiar a un ritmo constante te permite honrar a la vez la estabilidad y la libertad.',
  },
  saturn_neptune: {
    conjunction:
      'En ti se encuentran los sueños y la realidad. Saturno unido a Neptuno, un contacto que compartes con muchas personas nacidas en tu misma época, te pide dar forma a los ideales, convertir la visión en algo sólido. Quizá lidies con el desencanto. Tu don es la paciencia para construir una obra espiritual o artística que perdure, mucho después de que se apague la primera inspiración.',
    harmonious:
      'En tu vida, la visión y la disciplina se apoyan mutuamente. Puedes volver prácticas las ideas imaginativas y llevar compasión a estructuras como las instituciones, la sanidad o las artes. Sueñas y construyes a la vez. Esta combinación poco común permite que tus ideales tomen una forma duradera sin perder el alma.',
    challenging:
      'La realidad y los ideales pueden parecer enfrentados. Tal vez vivas el desencanto, pases del cinismo a la evasión o te cueste concretar tus sueños, y los miedos pueden ser difusos pero persistentes. Este aspecto enseña una fe paciente. Anclar tu espiritualidad en una práctica diaria trae a la vez paz y logros.',
  },
  saturn_pluto: {
    conjunction:
      'En ti, la resistencia y el poder están entrelazados. Saturno unido a Plutón, un contacto que compartes con tu generación, te da una capacidad extraordinaria para perseverar en la adversidad y reconstruir desde los cimientos. La vida puede ponerte a prueba en serio. Lo que sobrevive a esas pruebas en ti es irrompible, y los demás acaban apoyándose en esa fuerza.',
    harmonious:
      'Tienes una gran capacidad de aguante y una profundidad estratégica. Entiendes cómo funcionan el poder y las estructuras, y puedes transformar sistemas con paciencia y eficacia. Las crisis no te rompen; si acaso, revelan tu verdadera pasta. Tu resiliencia y tu autoridad serena te convierten en una fuerza estabilizadora cuando otros entran en pánico.',
    challenging:
      'La presión y el control pueden ser temas recurrentes. Quizá afrontes responsabilidades pesadas, luchas de poder con las instituciones o un miedo profundo a perder el control, y las épocas de penuria colectiva pueden moldear tu mirada. Este aspecto forja una fuerza tremenda. Afrontar los límites con valentía, en lugar de apretar más el puño, transforma poco a poco el miedo en maestría.',
  },
  saturn_true_node: {
    conjunction:
      'La responsabilidad ocupa el centro de tu camino de vida. Saturno cerca del Nodo Norte sugiere que creces a través de la disciplina, la madurez y los compromisos reales, quizá antes que otras personas. El camino puede ser lento, pero es sólido. Cada paso que te ganas te acerca a tu propósito.',
    harmonious:
      'Creces mejor cuando tienes una estructura que te sostenga. Los mentores, los compromisos y el esfuerzo constante te ayudan a avanzar en la dirección que busca tu alma, y construyes tu camino sobre terreno firme. La paciencia da frutos contigo. Los proyectos largos, el estudio serio o los papeles de responsabilidad se convierten en peldaños hacia una vida con sentido.',
    challenging:
      'El miedo o los viejos deberes pueden frenar tu crecimiento. Tal vez te aferres a la responsabilidad o a la seguridad cuando tu camino te pide arriesgarte a algo nuevo. Aprender que la madurez también incluye correr riesgos, y que no todos los deberes te corresponden, te ayuda a avanzar hacia aquello que de verdad has venido a hacer.',
  },
  saturn_chiron: {
    conjunction:
      'Tu herida está ligada a la autoridad, la responsabilidad o los límites. Saturno unido a Quirón puede reflejar dificultades tempranas o una voz crítica interior implacable. Poco a poco conviertes esas experiencias en una fuerza disciplinada y compasiva, y quizá llegues a ser una guía para quienes atraviesan pruebas parecidas.',
    harmonious:
      'Sanas con método y constancia. Puedes afrontar el dolor con paciencia y estructura, y quizá tengas un don para acompañar a otros en recuperaciones largas. Tu madurez ya es sanadora en sí misma, y ofrece una mano firme a quien necesita reconstruir su vida despacio pero con paso seguro.',
    challenging:
      'Los límites y las heridas pueden sentirse entrelazados. Tal vez sientas que un viejo dolor te frena, o temas en el fondo no estar a la altura. Aceptar tus límites con compasión, en lugar de castigarte por ellos, es el punto de inflexión. Entonces tu resistencia se convierte en una fuente de sabiduría, y otros sacan fuerza de tu ejemplo.',
  },
  saturn_asc: {
    conjunction:
      'Hay en tu presencia una seriedad que se nota enseguida. Saturno cerca del Ascendente te da un aire reservado y responsable, a menudo más maduro de lo que corresponde a tu edad, y quizá afrontaste retos desde muy pronto. La gente respeta tu firmeza. A la larga ganas ligereza y confianza, y tu autoridad discreta se convierte en un verdadero activo.',
    harmonious:
      'La fiabilidad y la madurez se notan en tus maneras. La gente confía en ti y ve tu capacidad, y te acercas a la vida con paciencia y realismo. Esta presencia firme abre puertas con el tiempo, sobre todo con las personas mayores y las instituciones. Es muy posible que con los años ganes soltura y sentido del juego, en lugar de perderlos.',
    challenging:
      'Quizá sientas cohibición o bloqueo a la hora de presentarte. Las críticas o las responsabilidades tempranas pueden haberte enseñado a ponerte en guardia. Con tiempo y aceptación de ti, aprendes a mostrarte con dignidad y soltura, y la seriedad que un día pesó como una carga se convierte en una serena gravedad que inspira respeto.',
  },
  saturn_mc: {
    conjunction:
      'Te importan profundamente la carrera y los logros. Saturno cerca del Medio Cielo trae un fuerte impulso hacia la autoridad y el éxito a largo plazo, aunque el camino puede ser lento y exigente. Te ganas cada puesto que ocupas, y los atajos rara vez te funcionan. Tu reputación, una vez construida, es sólida y duradera, y tal vez alcances tu cima más tarde que tus contemporáneos.',
    harmonious:
      'En lo profesional, la disciplina es tu mejor aliada. Construyes tu vida profesional con constancia, te ganas el respeto con tu fiabilidad y asumes responsabilidades sin aspavientos. La paciencia te recompensa mucho más que la suerte. Tu visión a largo plazo te ayuda a alcanzar puestos duraderos de confianza y autoridad, y sueles conservarlos una vez que llegas.',
    challenging:
      'El avance profesional puede sentirse lento, bloqueado o lastrado por el deber. Quizá encuentres obstáculos en personas con autoridad, te frene el miedo al fracaso o cargues con responsabilidades que llegaron demasiado pronto. Esta tensión construye una fuerza real. La perseverancia, la integridad y la disposición a empezar de nuevo tras los reveses acaban trayendo un éxito duradero y bien merecido.',
  },
};
