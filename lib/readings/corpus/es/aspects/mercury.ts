import type { AspectTexts, PairKeysOf } from '../../types';

export const mercury: Record<PairKeysOf<'mercury'>, AspectTexts> = {
  mercury_venus: {
    conjunction:
      'La gracia vive en tus palabras. Mercurio unido a Venus te da una voz agradable, un giro diplomático al hablar y sensibilidad para el lenguaje, la música o el diseño. Sabes decir con amabilidad las cosas difíciles. Solo asegúrate de que el deseo de agradar nunca te impida decir la verdad; tu encanto es más fuerte cuando lleva sustancia.',
    harmonious:
      'Las ideas y el afecto fluyen juntos en ti. Escribes, hablas y coqueteas con un toque ligero y atractivo, y la gente disfruta de tu compañía porque haces que conversar parezca fácil. Tus talentos artísticos y sociales se apoyan mutuamente. Usado con conciencia, este don puede suavizar negociaciones, sanar riñas y crear cosas bellas con palabras.',
    challenging:
      'Lo que piensas y lo que valoras no siempre encajan limpiamente. Tal vez digas que sí para mantener la paz y luego te arrepientas, o descubras que tu gusto y tu razonamiento discuten entre sí. Las relaciones te enseñan a hablar con más claridad. A la larga, la honestidad se convierte en lo más atractivo que dices.',
  },
  mercury_mars: {
    conjunction:
      'Rápida, afilada y un poco combativa: así trabaja tu mente. Piensas deprisa, hablas sin rodeos y disfrutas de una buena discusión, y quizá te atraigan el debate, el periodismo o cualquier trabajo que exija decisiones rápidas. Cuando te enfadas, las palabras pueden cortar. Hacer una pausa antes de responder, aunque sea una respiración, convierte tu agudeza en claridad y no en daños colaterales.',
    harmonious:
      'Para ti, pensamiento y acción van de la mano. Decides rápido, argumentas con eficacia y puedes convertir una idea en un plan antes de que otros terminen de discutirla. Tu honestidad da energía. La gente aprecia tu capacidad para despejar la confusión, y tu resistencia mental te permite abordar problemas que agotarían a otros.',
    challenging:
      'Tu pensamiento puede calentarse. La impaciencia, los comentarios cortantes y las discusiones que suben de tono más rápido de lo que pretendías quizá te resulten familiares. Tu forma de pensar lleva dentro un espíritu de lucha, y necesita un rival digno, un problema difícil, una causa, un deporte, en lugar de las personas más cercanas. Bien dirigida, esta tensión te da un coraje mental formidable.',
  },
  mercury_jupiter: {
    conjunction:
      'Piensas a lo grande. Mercurio unido a Júpiter te da una mente amplia, optimista y generosa, un don para enseñar y amor por las historias, los idiomas y la filosofía. Ves conexiones que atraviesan disciplinas enteras. En pleno entusiasmo se te pueden escapar los detalles, así que revisar un poco tus grandes planes los hace mucho más persuasivos.',
    harmonious:
      'Aprender te resulta natural y alegre. Tu mente es expansiva, curiosa y tolerante, y tienes buena mano para explicar ideas complejas de un modo que inspira. La escritura, el mundo editorial, la enseñanza o los viajes pueden traerte suerte. Tu optimismo al pensar ayuda a otros a creer que existen soluciones.',
    challenging:
      'Tu mente puede prometer más de lo que los hechos sostienen. Tal vez exageres, planifiques de más o asumas más proyectos de los que caben en el día, y las opiniones pueden endurecerse en convicciones demasiado rápido. Es un intelecto generoso y con hambre. Comprobar los detalles y escuchar el punto que quizá se te escapa lo convierte en verdadera sabiduría.',
  },
  mercury_saturn: {
    conjunction:
      'Seria, cuidadosa y minuciosa, tu mente no se toma nada a la ligera. Quizá en la infancia tardaste en hablar, o sentiste que se dudaba de tu inteligencia, y aprendiste a pensar antes de hablar. Tu recompensa es la profundidad. Tus palabras tienen peso porque las sopesas, y tu pensamiento destaca en la estructura, la estrategia y todo lo que requiere paciencia.',
    harmonious:
      'La disciplina y la claridad mental te sirven bien. Puedes concentrarte durante largos periodos, planificar con método y comunicarte con precisión, y la gente confía en tu criterio. El trabajo práctico, científico u organizativo se ajusta a tu mente. Tu realismo es un don; solo deja entrar de vez en cuando un poco de juego.',
    challenging:
      'La inseguridad puede ensombrecer tu pensamiento. Tal vez temas equivocarte, hables con demasiada cautela o escuches una voz crítica interior cada vez que expresas una idea. El pesimismo puede colarse en tus hábitos mentales. Afrontada con honestidad, esta tensión construye una mente profunda y disciplinada; con el tiempo, tu saber ganado a pulso se convierte en auténtica autoridad.',
  },
  mercury_uranus: {
    conjunction:
      'Eléctrica es la palabra para tu mente. Mercurio unido a Urano trae destellos de genialidad, ideas originales y una forma de pensar rápida y poco convencional, y quizá te atraigan la tecnología, la ciencia o las ideas radicales. Tus pensamientos se adelantan. Anclar tus intuiciones en pasos prácticos ayuda a los demás a llegar adonde tu mente ya está.',
    harmonious:
      'El pensamiento original te sale con facilidad. Aprendes rápido, captas enseguida las ideas nuevas y puedes ver soluciones que otros no ven, y probablemente tengas una mente abierta e inventiva. La tecnología y la innovación pueden irte bien. Tu agilidad mental te ayuda a adaptarte al cambio y a despertar ideas frescas en los demás.',
    challenging:
      'Tu mente puede ser inquieta e impaciente. Quizá saques conclusiones precipitadas, interrumpas o rechaces ideas demasiado pronto, y tu sistema nervioso puede estar siempre en tensión. Aun así, esta tensión enciende intuiciones brillantes. Aprender a ir lo bastante despacio para comunicarlas con claridad hace eficaz tu originalidad.',
  },
  mercury_neptune: {
    conjunction:
      'Las imágenes, los símbolos y los sentimientos son el idioma en que piensa tu mente. Mercurio unido a Neptuno trae un pensamiento poético, intuitivo e imaginativo, y tal vez tengas un don para la música, la escritura o las artes. Los hechos pueden difuminarse. Comprobar los detalles y mantener clara tu comunicación ayuda a que tu inspiración llegue adonde quieres.',
    harmonious:
      'Todo lo que piensas se enriquece con la imaginación. Puedes expresar sentimientos sutiles e ideas a medio formar con verdadera sensibilidad, y quizá tengas talento para contar historias, componer canciones, traducir o encontrar palabras que sanan. Tu intuición alimenta en silencio tu razonamiento. Eso te hace comunicar con compasión e inspiración, y decir lo que otros solo intuyen.',
    challenging:
      'A veces tu pensamiento puede volverse brumoso o confuso. Puedes malinterpretar a otros o que te malinterpreten, dejarte llevar por las ilusiones o evitar los hechos desagradables. Pero tu imaginación es inmensa y merece protegerse. Anotar las cosas, comprobar los detalles y anclar tus intuiciones permite que tu creatividad brille sin confusión.',
  },
  mercury_pluto: {
    conjunction:
      'Como un reflector, tu mente sale a buscar lo oculto. Mercurio unido a Plutón te da un pensamiento penetrante e investigador y un talento para destapar secretos, y quizá te atraigan la investigación, la psicología o el trabajo detectivesco. Tus palabras tienen poder. Usarlas para revelar y no para herir te convierte en una voz formidable.',
    harmonious:
      'La profundidad es natural en tu forma de pensar. Puedes concentrarte con intensidad durante largos periodos, ver a través de las apariencias y leer los motivos ocultos de los demás con una precisión incómoda. La investigación, la psicología, las pesquisas y la estrategia pueden irte bien. Ofrecida con cuidado, tu lucidez ayuda a la gente a mirar de frente la verdad de su vida y a empezar a cambiar.',
    challenging:
      'Tu mente puede volverse obsesiva o desconfiada. Tal vez temas que te manipulen o uses las palabras como armas cuando percibes una amenaza, y los debates pueden convertirse en luchas de poder. Esta tensión te da una profundidad mental extraordinaria. Dirigirla hacia una comprensión honesta la convierte en una fuente de lucidez sanadora.',
  },
  mercury_true_node: {
    conjunction:
      'Para ti, mente y destino están muy unidos. El aprendizaje, la comunicación y el intercambio de ideas te llevan hacia tu propósito, y una sola conversación puede abrirte una puerta en un momento clave. Quizá estés aquí para escribir, enseñar, traducir o conectar personas. Confía en tu curiosidad, incluso cuando divaga; suele llevar a algún lugar importante.',
    harmonious:
      'Tu forma de pensar apoya tu crecimiento. Las ideas, las conversaciones, los cursos y los libros te ayudan a desarrollarte en la dirección que busca tu alma, y puedes conocer a personas importantes a través de tus palabras o tus preguntas. Seguir tus intereses intelectuales genuinos, y no los que crees que deberías tener, te acerca con paso firme a tu propósito.',
    challenging:
      'Tus hábitos de pensamiento pueden ser justo lo que te frena. Quizá analices en exceso, discutas desde viejas posiciones o recurras a explicaciones conocidas cuando tu camino te pide algo que todavía no has comprendido. El crecimiento nace de la curiosidad por lo que no sabes. Abrir la mente a perspectivas desconocidas te hace avanzar.',
  },
  mercury_chiron: {
    conjunction:
      'Las palabras y el aprendizaje pueden llevar una herida antigua. Tal vez en la infancia no te entendieron, te pusieron etiquetas o te hicieron callar, y todavía puedes dudar antes de decir lo que piensas. Pero esa misma experiencia te da un don para escuchar y para sanar a través del lenguaje. Tu voz, cuando confías en ella, ayuda a otros a encontrar la suya.',
    harmonious:
      'Pensar y hablar forman parte de tu manera de sanar. Puedes hablar de experiencias dolorosas, tuyas y ajenas, con sensibilidad, humor y lucidez, y quizá tengas un don para enseñar, escribir o aconsejar. Tus palabras saben calmar y fortalecer a la vez. A menudo la gente recuerda algo que dijiste años después.',
    challenging:
      'La comunicación puede rozar heridas antiguas. Quizá sientas que no te escuchan, temas que descarten tus ideas o repitas en tu cabeza conversaciones mucho después de que terminen. Las dificultades de aprendizaje o los maestros severos pueden formar parte de la historia. La sanación llega cuando confías en tu voz y hablas con compasión, también en la manera en que te hablas a ti.',
  },
  mercury_asc: {
    conjunction:
      'Tu mente se deja ver en tu manera de presentarte. Mercurio cerca de tu Ascendente te da viveza, elocuencia y curiosidad, y la gente se fija en tu ingenio rápido y en las preguntas que haces. Tal vez conserves un aire y unos modales juveniles. El desafío es equilibrar el hablar con el escuchar, para que tu brillo atraiga a la gente en lugar de abrumarla.',
    harmonious:
      'En ti, pensamiento y personalidad trabajan bien juntos. Te comunicas con facilidad y transmites inteligencia, simpatía e interés por los demás, lo que hace que los primeros encuentros fluyan. Las palabras son una de tus mejores herramientas para causar buena impresión. Las entrevistas, las presentaciones y las conversaciones con desconocidos suelen jugar a tu favor.',
    challenging:
      'Tus palabras y tus maneras no siempre coinciden. Quizá te malinterpreten en el primer encuentro, o sientas que tus pensamientos salen distintos de como los pensaste, demasiado cortantes o demasiado titubeantes. Los nervios pueden notarse al hablar. Practicar una comunicación clara y honesta va cerrando poco a poco la distancia entre lo que piensas y cómo suenas.',
  },
  mercury_mc: {
    conjunction:
      'En tu carta, la carrera y la mente están estrechamente ligadas. Mercurio cerca de tu Medio Cielo sugiere una vida laboral construida en torno a la comunicación, la enseñanza, la escritura, los medios o el comercio, y quizá se te conozca por tus ideas o por tu voz. Lo que dices en público da forma a tu reputación. Sigue aprendiendo y poniendo al día tus habilidades; tu carrera crece con tu pensamiento.',
    harmonious:
      'El pensamiento claro es un activo profesional para ti. La capacidad de comunicar, el aprendizaje rápido y las buenas ideas hacen fluir tu carrera, y puedes encontrar el éxito en la escritura, la enseñanza, la consultoría o el comercio. Explicas bien tu trabajo a las personas que importan. Tejer contactos te sale de forma natural, y una buena conversación suele llevarte a tu siguiente oportunidad.',
    challenging:
      'Tus ideas no siempre encajan con la trayectoria profesional que tienes delante. Tal vez te cueste comunicar tus ambiciones, sientas que tu voz no se escucha en el trabajo o cambies de rumbo varias veces antes de dar con el campo adecuado. Cada cambio te enseña algo. Desarrollar un mensaje claro sobre lo que ofreces ayuda a que tu reputación crezca.',
  },
};
