import type { AspectTexts, PairKeysOf } from '../../types';

export const mars: Record<PairKeysOf<'mars'>, AspectTexts> = {
  mars_jupiter: {
    conjunction:
      'Grande, audaz y entusiasta, tu energía rara vez se contiene. Marte unido a Júpiter te da confianza para asumir grandes retos, amor por la aventura y un espíritu de lucha generoso, a menudo en favor de otros. Casi nunca haces nada a medias. Dosificar tus fuerzas, y medir el tamaño del riesgo antes de saltar, evita que tu osadía se convierta en imprudencia.',
    harmonious:
      'En ti, el coraje y el buen juicio suelen trabajar juntos. Actúas con confianza, asumes riesgos sensatos y a menudo parece que estás en el lugar adecuado en el momento justo. El deporte, los viajes, el emprendimiento o la defensa de causas pueden irte bien. Tu entusiasmo es contagioso, y la gente te sigue con gusto cuando encabezas la carga.',
    challenging:
      'Tu empuje puede adelantarse a tu sentido de la medida. Quizá te comprometas de más, asumas riesgos que no compensan o defiendas tus creencias con más fuerza de la que el momento pide. La inquietud te resulta familiar. Es un gran motor que necesita volante: apúntalo a una meta que valga la pena cada vez y puede llevarte asombrosamente lejos.',
  },
  mars_saturn: {
    conjunction:
      'En ti, el empuje y la disciplina están fundidos. Puedes trabajar con una resistencia y un control extraordinarios, aunque quizá también sientas que conduces con el freno de mano puesto, con la frustración de los retrasos o de tu propia cautela. La ira puede quedarse guardada demasiado tiempo. Aprender a actuar con constancia, sin forzar ni paralizarte, te da la fuerza serena de quien domina un oficio.',
    harmonious:
      'La energía disciplinada y con propósito es una de tus fortalezas discretas. Puedes mantener el esfuerzo durante largos periodos, planificar tus movimientos con cuidado y alcanzar metas que exigen paciencia. La gente confía en tu fiabilidad bajo presión. Las situaciones competitivas, el entrenamiento físico y los proyectos largos sacan lo mejor de ti, porque sabes dosificarte.',
    challenging:
      'En ti, la acción y la contención chocan a menudo. Tal vez pases de forzar demasiado a sentir un bloqueo, o lidies con figuras de autoridad que parecen cerrarte el paso. La frustración puede volverse resentimiento si nunca se expresa. Un esfuerzo paciente y constante, y una ira dicha con limpieza y a tiempo, convierten esta tensión en una resiliencia formidable.',
  },
  mars_uranus: {
    conjunction:
      'Tu energía llega a ráfagas. Marte unido a Urano te da un empuje independiente, inventivo y a veces rebelde, y quizá actúes de repente por impulso o por convicción. La rutina te frustra y las restricciones te provocan. Canalizada hacia la innovación, el deporte o las causas en las que crees, esta fuerza eléctrica puede derribar barreras que otros creen permanentes.',
    harmonious:
      'La acción original te sale de forma natural. Te adaptas rápido, tomas la iniciativa en situaciones nuevas y encuentras soluciones ingeniosas bajo presión, así que las emergencias suelen sacar lo mejor de ti. La tecnología, la aventura o la reforma pueden atraerte. Tu valor para hacer las cosas de otra manera inspira a quienes esperaban permiso para cambiar.',
    challenging:
      'La impaciencia y la inquietud pueden estallar de repente. Quizá te resistas al control, actúes de forma precipitada o acumules una tensión que necesita salida antes de romperse, y los accidentes son más probables cuando vas con prisa. Aun así, este contacto también te da un valor y una inventiva notables. Encontrar válvulas regulares y sanas para esa carga mantiene tu energía estimulante en lugar de explosiva.',
  },
  mars_neptune: {
    conjunction:
      'Los ideales son lo que pone en marcha tu energía. Marte unido a Neptuno te da un impulso inspirado por la compasión, el arte o la espiritualidad, y tal vez actúes con más fuerza cuando lo haces por otros. La agresividad directa te incomoda. Cuando tus actos sirven a una visión, tu energía se vuelve elegante y sorprendentemente poderosa, como una corriente bajo aguas tranquilas.',
    harmonious:
      'En ti, la inspiración y la acción se apoyan mutuamente. Puedes moverte con intuición y gracia, y quizá tengas talento para la danza, el cine, la música o el trabajo de sanación. Tu empuje es suave pero eficaz. Actuar en nombre de tus ideales te da energía, y das lo mejor de ti cuando tu trabajo sirve a algo más allá de ti.',
    challenging:
      'Tu empuje puede disolverse en confusión o cansancio. Quizá no tengas claro lo que quieres, evites la confrontación directa o sientas que tu energía se escapa por las exigencias de otros. Puedes engañar o caer en engaños. Unas metas claras, un buen descanso y una causa en la que creas de verdad devuelven el foco a tu voluntad.',
  },
  mars_pluto: {
    conjunction:
      'Formidable es la palabra para tu voluntad. Marte unido a Plutón te da un empuje enorme, mucha resistencia y la capacidad de transformar cualquier situación con la que te comprometes, y tal vez afrontes retos intensos que ponen a prueba tu poder. La ira puede ser muy honda. Dirigida de forma consciente hacia metas constructivas, tu fuerza puede mover montañas y reconstruir lo que otros dan por perdido.',
    harmonious:
      'Tienes acceso a hondas reservas de energía y determinación. Cuando algo importa, te entregas por completo y rara vez te rindes, y trabajas bien bajo presión o en plena crisis. Tu fuerza ayuda a otros a sentirse seguros. Usado con integridad, este poder te permite lograr lo que otros creen imposible.',
    challenging:
      'Las luchas de poder pueden aflorar cada vez que tu voluntad encuentra un obstáculo. Quizá te cruces con personas avasalladoras, sientas la compulsión de ganar a toda costa o cargues con una ira que arde en silencio mucho tiempo. Este aspecto te pide dominar tu intensidad en lugar de dejarte arrastrar por ella. Cuando lo logras, tu poder se vuelve extraordinario y fuente de vida.',
  },
  mars_true_node: {
    conjunction:
      'Actuar es la clave de tu camino. Marte cerca del Nodo Norte te da un coraje y un empuje que te llevan hacia tu propósito, y tu crecimiento puede pasar por aprender a afirmarte o a liderar. Quizá conozcas a personas que te espolean. Dar pasos audaces, incluso antes de sentir que estás a punto, abre tu destino.',
    harmonious:
      'En tu vida, la energía y la dirección trabajan juntas. Tomar la iniciativa y actuar con decisión te ayudan a avanzar hacia donde busca tu alma, y otros pueden admirar tu valentía. La actividad física, la competición o el trabajo pionero pueden formar parte de tu camino. Confía en tu empuje; sabe adónde ir.',
    challenging:
      'Los viejos hábitos de pelear o reaccionar pueden frenar tu crecimiento. Tal vez recurras a la fuerza cuando tu camino te pide paciencia, o te contengas cuando te pide valor. Aprender cuándo y cómo actuar, y para qué, forma parte del trabajo de tu alma. Cada elección consciente despeja el camino.',
  },
  mars_chiron: {
    conjunction:
      'Tu herida toca tu empuje y tu derecho a afirmarte. Quizá en la infancia te castigaron por enfadarte o viviste la impotencia, y puede que todavía te cueste defenderte, o que luches demasiado cuando algo te remueve. La sanación llega aprendiendo un coraje sano, y quizá ayudes a otros a encontrar su fuerza.',
    harmonious:
      'Actuar forma parte de tu manera de sanar. Puedes actuar con valentía por ti y por otros, y tal vez tengas un don para formas físicas o activas de sanar, entrenar o defender a los demás. Afrontar tus heridas de frente te da una fuerza real, y muestra a otros que la vulnerabilidad y la valentía pueden convivir.',
    challenging:
      'La afirmación y la ira pueden tocar heridas antiguas. Quizá temas tu propia fuerza o te des por vencido antes de empezar, y un conflicto puede dejarte temblando mucho tiempo después. Lo que sana es una práctica suave y constante de la afirmación, primero en situaciones pequeñas y seguras. Poco a poco, tu valentía ganada a pulso se convierte en un ejemplo para quienes luchan por hacerse valer.',
  },
  mars_asc: {
    conjunction:
      'La energía y la determinación se notan en tu presencia. Marte cerca del Ascendente te da franqueza, actividad y espíritu competitivo, y la gente percibe tu empuje al instante. Quizá tengas dotes atléticas o reacciones rápidas. Aprender a templar tu fuerza con calidez hace que tu liderazgo natural invite en lugar de intimidar.',
    harmonious:
      'En ti, la energía y la personalidad trabajan bien juntas. Transmites seguridad, capacidad y disposición a actuar, y los demás tienden a confiar en ti cuando hace falta una acción decidida. Afrontas los retos de frente. Eso te da madera para liderar, capitanear un equipo o ser la primera persona en reaccionar cuando hay que hacer algo.',
    challenging:
      'Tu energía y tus maneras pueden chocar. Tal vez transmitas más agresividad de la que pretendes, o te contengas tanto que los demás no vean tu fuerza. Los conflictos pueden encontrarte. Tomar conciencia de cómo tu energía afecta a los demás te permite usar tu fuerza natural con destreza y buen sentido de la oportunidad.',
  },
  mars_mc: {
    conjunction:
      'Tu ambición arde con fuerza. Marte cerca del Medio Cielo te da un fuerte impulso de lograr, liderar y dejar huella, y quizá te atraigan las carreras competitivas, físicas o pioneras. Trabajas duro por el reconocimiento. Canalizar tu fuego hacia metas en las que crees te gana un respeto verdadero.',
    harmonious:
      'En tu vida, el empuje y la carrera se apoyan mutuamente. Actúas con decisión hacia tus metas y tienes energía para construir una reputación sólida, y los puestos de liderazgo pueden llegarte con naturalidad. La gente respeta tu iniciativa. Tu único desafío es mantener tu ambición conectada con algo que de verdad te importe.',
    challenging:
      'La ambición y la acción no siempre van alineadas. Quizá choques con la autoridad, sientas que tu carrera se atasca o presiones demasiado por el reconocimiento, y las rivalidades profesionales pueden encenderse. Aprender a perseguir tus metas con paciencia, eligiendo con cuidado tus batallas, convierte esta tensión en un impulso profesional poderoso y duradero.',
  },
};
