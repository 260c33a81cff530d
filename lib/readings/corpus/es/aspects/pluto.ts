import type { AspectTexts, PairKeysOf } from '../../types';

export const pluto: Record<PairKeysOf<'pluto'>, AspectTexts> = {
  pluto_true_node: {
    conjunction:
      'La transformación está entretejida en tu destino. Plutón cerca del Nodo Norte sugiere que tu camino atraviesa experiencias intensas, cambios profundos y encuentros con el poder, el tuyo y el de los demás. Quizá sientas un impulso hacia algo que no terminas de nombrar. Entregar lo que debe terminar, y confiar en lo que está naciendo, te lleva hacia tu propósito.',
    harmonious:
      'La renovación te sale de forma natural, y alimenta tu crecimiento. Las crisis, las relaciones profundas y el examen honesto de ti suelen hacerte avanzar en lugar de tumbarte, y quizá encuentres aliados poderosos en momentos clave. La profundidad no te asusta. Confiar en el proceso de cambio, incluso cuando incomoda, te mantiene en sintonía con tu camino.',
    challenging:
      'El control, el miedo o las viejas luchas de poder pueden frenar tu crecimiento. Tal vez te aferres a situaciones mucho después de que hayan muerto, o veas repetirse las mismas dinámicas intensas hasta que las afrontas. La lección es soltar. Dejar ir lo que no puedes controlar libera una cantidad enorme de energía para la vida que de verdad te corresponde vivir.',
  },
  pluto_chiron: {
    conjunction:
      'Tu herida es honda y encierra un poder transformador. Plutón unido a Quirón, un contacto que comparten muchas personas nacidas en los mismos años, puede reflejar experiencias de pérdida, trauma o impotencia, en tu propia vida o en la historia en la que naciste. Mirar esa profundidad es tu sanación. A través de ella ganas una capacidad profunda de ayudar a otros a sobrevivir y renacer.',
    harmonious:
      'Para ti es posible una sanación profunda. Puedes afrontar un dolor intenso, sostenerlo y atravesarlo hasta transformarte, y quizá tengas un don para la psicología, el trabajo corporal o el acompañamiento en crisis. Tu resiliencia es notable. Quienes atraviesan lo peor suelen descubrir que tu presencia firme les ayuda a creer que saldrán al otro lado.',
    challenging:
      'Las viejas heridas pueden sentirse intensas o ligadas a cuestiones de poder y control. Quizá temas que el dolor te desborde, o descubras que las crisis reabren heridas que creías cerradas hace tiempo. La sanación llega a través de un trabajo interior paciente y valiente, idealmente con un buen apoyo. Con los años, lo que un día amenazó con destruirte se convierte en la fuente de tu fuerza más honda.',
  },
  pluto_asc: {
    conjunction:
      'Irradias intensidad. Plutón cerca de tu Ascendente te da una presencia magnética y poderosa, y la gente puede sentir atracción o recelo antes de que hayas dicho una palabra. Revelas poco y observas mucho. Asumir tu poder abiertamente, y usarlo con amabilidad, lo convierte en una fuente de confianza.',
    harmonious:
      'La profundidad y un poder silencioso marcan tu personalidad. La gente percibe tu fuerza y tu resiliencia, y sabes leer las situaciones y los motivos con una perspicacia poco común. Afrontas las crisis con serenidad. Esta autoridad natural hace que otros acudan a ti en busca de orientación cuando la vida se pone seria, y te permite mantener la calma cuando todos los demás han perdido pie.',
    challenging:
      'Las dinámicas de poder pueden teñir tu forma de salir al mundo. Tal vez transmitas más intensidad o reserva de la que pretendes, o te veas en pugnas por el control con las personas más cercanas. Las experiencias tempranas pueden haberte enseñado a protegerte. A medida que aprendes a confiar, tu fuerza se convierte en una presencia que da estabilidad en lugar de un muro.',
  },
  pluto_mc: {
    conjunction:
      'La transformación es el tema de tu carrera. Plutón cerca de tu Medio Cielo te da un poderoso impulso de influir, reformar o reconstruir, y tu vida pública puede incluir ascensos, caídas y reinvenciones espectaculares. Quizá te atraigan los puestos de poder real. Usar esa influencia con integridad te permite dejar una huella duradera en tu campo y en las personas que lo habitan.',
    harmonious:
      'Tu carrera se beneficia de tu profundidad y de tu sentido estratégico del poder. Puedes transformar situaciones e instituciones desde dentro, y quizá te atraigan la investigación, la psicología, las finanzas, la medicina o cualquier papel que gestione crisis. La gente percibe tu competencia bajo presión. Tu influencia tiende a crecer en silencio, y una vez ganada es sorprendentemente difícil de desbancar.',
    challenging:
      'Las luchas de poder pueden marcar tu carrera, ya sea con jefes, con instituciones o con tu propio impulso compulsivo de triunfar. Los finales repentinos en el trabajo pueden obligarte a reinventarte más de una vez. Cada uno te despoja de lo que era falso. Afrontar estas batallas con honestidad e integridad las transforma en una carrera de verdadera profundidad y autoridad duradera.',
  },
};
