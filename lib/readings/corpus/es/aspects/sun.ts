import type { AspectTexts, PairKeysOf } from '../../types';

export const sun: Record<PairKeysOf<'sun'>, AspectTexts> = {
  sun_moon: {
    conjunction:
      'Naciste cerca de una Luna Nueva, así que lo que quieres y lo que necesitas tienden a apuntar en la misma dirección. Eso te da unidad de propósito y una naturaleza fuerte que se basta a sí misma. Aun así, puede costarte verte desde fuera. La mirada de los demás es el espejo que completa tu retrato.',
    harmonious:
      'En ti, voluntad y sentimiento cooperan. Lo que te propones suele encajar con lo que necesitas emocionalmente, y eso te da una tranquilidad interior que a los demás les resulta reconfortante. La vida familiar y la expresión personal tienden a apoyarse mutuamente. Esta armonía es un recurso; préstala a quienes viven más divididos por dentro que tú.',
    challenging:
      'La cabeza y el corazón no siempre se ponen de acuerdo en ti. Lo que persigues de forma consciente puede tirar en contra de lo que necesitas para sentirte a salvo, y quizá vivas una división interna entre la ambición y la comodidad, o entre los padres que te formaron. Este diálogo interior es exigente, pero creativo. Aprender a honrar ambos lados te da un autoconocimiento poco común.',
  },
  sun_mercury: {
    conjunction:
      'Mente e identidad están muy unidas en ti. Piensas mucho sobre ti, hablas de lo que te importa y tal vez se te conozca por tus ideas o por tu voz. Las opiniones se viven como algo personal. Aprender a escuchar críticas a tus ideas sin sentirlas como un ataque a tu persona hace todavía más fuerte tu aguda inteligencia.',
    harmonious:
      'Pensamiento y propósito se apoyan en ti. Sabes explicar con claridad lo que quieres y convertir las ideas en planes sin demasiada fricción. Aprender te resulta fácil cuando sirve a tus metas. Tu único desafío es mantener la curiosidad tan amplia como fuerte es tu concentración.',
    challenging:
      'A veces tu pensamiento corre por delante, o por detrás, de tu sentido del propósito. Puedes sentir que tus palabras no terminan de captar quién eres, o que tu mente se aleja de lo que quieres. Esa distancia te mantiene en constante pregunta. Escribir o hablar las cosas te ayuda a alinear lo que piensas con quien eres.',
  },
  sun_venus: {
    conjunction:
      'El encanto y la calidez forman parte de tu esencia. Valoras la belleza, la armonía y el afecto, y a la gente suele resultarle agradable y atractiva tu compañía. Las relaciones y las artes pueden ocupar un lugar central en tu identidad. Cuida de no evitar el conflicto a toda costa; tu gracia es más fuerte cuando incluye la honestidad.',
    harmonious:
      'El placer y el propósito se apoyan en tu vida. Tienes un don para hacer atractivo lo que haces y para disfrutar de aquello por lo que trabajas. La soltura social te sale de forma natural. Usa tu encanto para tender puentes, y recuerda que la armonía verdadera a veces necesita una conversación difícil.',
    challenging:
      'Lo que quieres y lo que amas pueden tirar en direcciones distintas. Quizá sientas que ser tú amenaza tus relaciones, o que complacer a los demás apaga tu propia luz. Esta tensión te enseña a valorarte a ti y a los otros por igual. Con el tiempo da a tu amor una hondura que el afecto fácil no tiene.',
  },
  sun_mars: {
    conjunction:
      'La energía, el coraje y el empuje están entretejidos en tu identidad. Tienes una naturaleza decidida, competitiva y lista para actuar, y probablemente más resistencia que la mayoría. La ira puede encenderse rápido. Canalizado hacia metas con sentido, el deporte o el liderazgo, tu fuego te convierte en una fuerza formidable e inspiradora.',
    harmonious:
      'En ti, voluntad y acción trabajan juntas. Sabes lo que quieres y tienes la energía para ir a por ello, normalmente sin conflictos innecesarios. La gente percibe tu capacidad y tu seguridad. Tu único desafío es elegir metas que valgan la pena, porque tienes el poder de lograr casi todo lo que te propones.',
    challenging:
      'Explosiva no es una palabra exagerada para tu energía en ciertos momentos. Puede haber fricción entre quien eres y cómo te afirmas, y eso se traduce en impaciencia, conflictos o en forzar demasiado. Los retos te hacen crecer. Aprender a dirigir tu empuje en lugar de reaccionar con él convierte esta tensión en una resistencia y un coraje extraordinarios.',
  },
  sun_jupiter: {
    conjunction:
      'El optimismo y la generosidad brillan a través de ti. Tienes fe en la vida y en ti, y tiendes a atraer oportunidades y buena voluntad. Tu visión es amplia. El único peligro es abarcar demasiado o prometer más de lo que puedes cumplir; la sabiduría está en acompañar tu gran corazón con un juicio sensato.',
    harmonious:
      'La buena fortuna tiende a acompañar tus esfuerzos. Tienes una confianza y una generosidad naturales, y la gente se alegra de ayudarte a crecer. Los maestros, los viajes y las amistades de mente abierta te ensanchan, y los reveses rara vez te tumban por mucho tiempo. La gratitud, y la disposición a compartir lo que ganas, mantienen viva esta racha de suerte a lo largo de los años.',
    challenging:
      'Puedes oscilar entre el exceso de confianza y la duda, o querer más de lo que es práctico. El exceso en el apetito, el gasto o las promesas es un riesgo. Pero esta tensión también te empuja a crecer más allá de tus límites. Aprender a medir tu entusiasmo con paciencia convierte tu espíritu expansivo en logros duraderos.',
  },
  sun_saturn: {
    conjunction:
      'Tienes un núcleo serio y responsable. Quizá la vida te pidió madurar pronto, y puede que dudes de ti más de lo que dejas ver. La disciplina te sale de forma natural, y tus logros son ganados a pulso. Con los años descubres que tu autoridad es real y que tienes derecho a disfrutar de tu éxito.',
    harmonious:
      'La paciencia y el propósito te sirven bien. Puedes trabajar con constancia hacia metas a largo plazo y ganarte el respeto con tu fiabilidad. Los mentores y las personas mayores pueden apoyarte, y el tiempo tiende a mejorar tu suerte. Tu único desafío es permitirte algo de ligereza por el camino; tus sólidos cimientos pueden sostener perfectamente un poco de juego.',
    challenging:
      'La inseguridad y la presión pueden ensombrecer tu sentido de ti. Tal vez sentiste desde muy pronto la crítica o los límites de la autoridad, y puedes exigirte con dureza. Esta tensión construye fortaleza. Con el tiempo y la perseverancia te conviertes en la autoridad firme que un día necesitaste, y aprendes a tratarte con más amabilidad.',
  },
  sun_uranus: {
    conjunction:
      'Estás aquí para ser tú, y rara vez de la manera esperada. La independencia, la originalidad y un amor feroz por la libertad te definen, y quizá te atraigan la innovación, la ciencia o la reforma. Los giros repentinos marcan tu camino, a menudo para bien. Aprender a mantenerte en contacto con la gente sin perder tu libertad permite que tu brillantez beneficie a algo más que a ti.',
    harmonious:
      'La originalidad te sale con facilidad. Puedes introducir ideas frescas y elecciones poco habituales en tu vida sin provocar el caos, y la gente suele encontrar tu independencia estimulante en lugar de amenazante. El cambio a menudo juega a tu favor. Confía en tus intuiciones extrañas y tus corazonadas afortunadas; con frecuencia van un poco por delante de su tiempo.',
    challenging:
      'Una tensión inquieta recorre el espacio entre tu sentido estable de ti y un hambre de libertad que puede estallar sin aviso. Las rupturas repentinas, la rebeldía o los roces con la autoridad pueden marcar tu historia. Debajo late un espíritu eléctrico e inventivo. Hacer los cambios de forma consciente, antes de que la presión acumulada explote, es la clave de una vida a la vez libre y estable.',
  },
  sun_neptune: {
    conjunction:
      'La imaginación y la sensibilidad están en el corazón de quien eres. Quizá te atraigan el arte, la música, el cine, la espiritualidad o la sanación, y percibes las corrientes invisibles de una sala o de una vida. Tu sentido de ti puede ser fluido, incluso esquivo. Anclar tus sueños en formas prácticas te ayuda a encarnar la visión que llevas dentro.',
    harmonious:
      'En silencio, la imaginación sostiene tu propósito. La compasión, la creatividad y la intuición fluyen con facilidad hacia lo que haces, y tal vez tengas dones artísticos, musicales o espirituales que otros notan antes que tú. La gente percibe tu delicadeza. Dar a tu inspiración un cauce tangible, una práctica, un medio, una causa, permite que brille en lugar de quedarse a la deriva.',
    challenging:
      'Tu sentido de ti puede sentirse a veces nublado. Quizá idealices a las personas, te evadas en la fantasía o pierdas tu propio rumbo entre las necesidades ajenas, y la claridad sobre tu camino puede tardar más de lo que te gustaría. Aun así, este contacto también te da una sensibilidad poco común. Unos límites claros y una práctica creativa o espiritual convierten la confusión en compasión y visión.',
  },
  sun_pluto: {
    conjunction:
      'Eres intensidad en estado puro. Tienes una voluntad poderosa y una capacidad de transformación profunda, y quizá vivas la vida como una serie de finales y renacimientos, cada uno de los cuales te deja más cerca de ti. La gente percibe tu fuerza incluso cuando guardas silencio. Usado con honestidad y cuidado, tu poder te convierte en una fuerza de cambio extraordinaria.',
    harmonious:
      'Tienes a tu alcance hondas reservas de fuerza cuando las necesitas. La transformación te resulta más natural que a la mayoría, y te regeneras tras los reveses con una resiliencia notable. Entiendes cómo funciona el poder, en las personas y en los sistemas. Usa esa comprensión para sanar y empoderar, y tu influencia puede ser profunda.',
    challenging:
      'Las luchas de poder pueden atravesar tu historia, ya sea con figuras de autoridad, con tus parejas o con tus propias compulsiones. Tal vez temas que te controlen y respondas a ese miedo con intensidad o secretismo. Este contacto forja una gran resiliencia. Mirar tu propia sombra con honestidad, en lugar de combatirla en los demás, transforma la compulsión en un verdadero poder personal.',
  },
  sun_true_node: {
    conjunction:
      'Tu sentido de ti está muy alineado con la dirección que tu vida está llamada a tomar. Lo que expresas de forma natural parece llevarte hacia tu propósito, y quizá sientas un callado sentido del destino. Encontrarte con las personas adecuadas en el momento justo es algo habitual para ti. Confía en el camino; parece saber adónde va.',
    harmonious:
      'Ser tú tiende a abrirte puertas hacia tu propósito. Tu identidad apoya tu crecimiento, y los mentores, las amistades o los encuentros casuales pueden echarte una mano en momentos clave. Te atraen de forma natural las experiencias que te hacen crecer. Sigue tus intereses genuinos, incluso los más improbables; llevan a algún lugar con sentido.',
    challenging:
      'Ser quien ya eres y crecer en la dirección que busca tu alma pueden parecer cosas enfrentadas. Quizá te encuentres una y otra vez ante la elección entre lo que te sale natural y lo que te estira, y la opción conocida siempre tienta. Esta tensión es el motor del crecimiento real. Cada elección consciente te acerca un poco más a tu verdadero propósito.',
  },
  sun_chiron: {
    conjunction:
      'Tu herida y tu identidad están entrelazadas. Tal vez sentiste una diferencia, una invisibilidad o una herida de un modo que moldeó en quién te convertiste, y durante mucho tiempo eso pudo parecer el centro de tu historia. Una vez afrontada, esa experiencia te da una profunda capacidad de ayudar a otros a sanar. Tu autenticidad es tu medicina.',
    harmonious:
      'Ser tú forma parte de tu manera de sanar. Puedes mirar las viejas heridas con valentía y cierta gracia, y quizá tengas un don natural para ayudar a otros a mirar las suyas. La enseñanza, la orientación, el acompañamiento o el trabajo creativo pueden atraerte. Poco a poco tu vida se convierte en un discreto ejemplo de resiliencia para quien lo necesite.',
    challenging:
      'Las viejas heridas pueden tocar tu autoestima en momentos inesperados. Quizá sientas que algo en ti está roto, o que el simple hecho de ser tú atrae el dolor, y por eso te contienes. Mirar este lugar sensible con compasión en lugar de con juicio lo convierte en sabiduría. Tu camino de sanación se vuelve entonces un verdadero regalo para los demás.',
  },
  sun_asc: {
    conjunction:
      'Lo que eres y cómo te muestras forman una unidad llamativa. El Sol cerca de tu Ascendente te da una presencia fuerte y visible, y la gente percibe tu esencia casi antes de que hables. Irradias vitalidad y propósito. Tu tarea es brillar plenamente sin abrumar a las personas más calladas que te rodean, y dejar que ellas también brillen.',
    harmonious:
      'Quien eres se refleja con facilidad en cómo te perciben. La gente tiende a ver a la persona que eres de verdad, y te resulta natural actuar según tus intenciones sin darle vueltas a la impresión que causas. Eso te da seguridad y calidez. El único riesgo es acomodarte, así que sigue buscando situaciones que te pidan crecer.',
    challenging:
      'Tu manera de presentarte y tu ser interior no siempre coinciden. Al principio la gente puede malinterpretarte, o tal vez sientas que tu forma de mostrarte esconde quién eres de verdad. A la larga esa distancia se convierte en una fuente de autoconocimiento. Alinear ambas partes, con honestidad y experimentando, te da una autenticidad cautivadora.',
  },
  sun_mc: {
    conjunction:
      'Naciste para que te vean. El Sol cerca de tu Medio Cielo te da un fuerte impulso hacia el logro y el reconocimiento, y tu carrera o tu papel público pueden sentirse como algo central de tu identidad. Liderar te sale de forma natural. Deja que tu trabajo exprese quién eres en lugar de definirte por completo, y sentirás el éxito como algo tuyo.',
    harmonious:
      'En tu vida, identidad y vocación se apoyan mutuamente. Perseguir metas que expresan tu verdadero ser te resulta natural, y el reconocimiento tiende a llegar tras un esfuerzo sincero. Las personas con autoridad pueden fijarse en ti y ayudarte. Mantente fiel a tus valores mientras asciendes, y tu reputación descansará sobre algo real.',
    challenging:
      'Tu identidad y tu carrera pueden tirar en direcciones distintas. Quizá las expectativas públicas no encajen con quien eres, o lograr tus metas parezca exigirte que te traiciones. El hogar y el trabajo pueden competir por tu energía. Trabajar esta tensión es la manera de encontrar una vocación que te exprese de verdad.',
  },
};
