import type { AspectTexts, PairKeysOf } from '../../types';

export const jupiter: Record<PairKeysOf<'jupiter'>, AspectTexts> = {
  jupiter_saturn: {
    conjunction:
      'En ti se encuentran la visión y el realismo. Júpiter unido a Saturno, un contacto que compartes con quienes nacieron pocos meses antes o después que tú, te da la capacidad de soñar a lo grande y construir con cuidado, equilibrando el optimismo con la paciencia. El crecimiento puede llegar en ciclos de expansión y consolidación. Tu don es convertir grandes visiones en estructuras duraderas, paso a paso y con sobriedad.',
    harmonious:
      'En tu vida, la fe y la disciplina cooperan. Puedes planificar a largo plazo, aprovechar las oportunidades con sabiduría y construir un éxito que perdura, y sabes cuándo empujar y cuándo esperar. La carrera y la ética tienden a apoyarse mutuamente. La gente te ve como alguien sensato y de fiar, con un optimismo que ha pasado por pruebas y resiste.',
    challenging:
      'La esperanza y la cautela pueden zarandearte de un lado a otro. Tal vez pases del exceso de confianza a la duda, o sientas el dilema entre aprovechar la oportunidad y no arriesgar, de modo que avanzas a trompicones. Esta tensión te enseña a medir los tiempos. Aprender cuándo expandirte y cuándo mantenerte firme se convierte en una de tus habilidades más valiosas.',
  },
  jupiter_uranus: {
    conjunction:
      'Las oportunidades repentinas y el hambre de libertad marcan tu vida. Júpiter unido a Urano, un contacto compartido por muchas personas nacidas en tu misma época, trae un optimismo inventivo, amor por lo nuevo y una tendencia a romper los límites. Los golpes de suerte pueden surgir de la nada. Tu don es ver posibilidades que otros no ven y confiar en ellas lo suficiente como para moverte.',
    harmonious:
      'La buena fortuna suele llegarte a través del cambio. Te adaptas con elegancia a lo inesperado, tienes la mente abierta a ideas poco comunes y puedes encontrar la suerte en la tecnología, los viajes o las elecciones poco convencionales. Tu optimismo mira hacia delante. Eso hace de ti una mente innovadora y una presencia inspiradora en cualquier grupo que necesite aire fresco.',
    challenging:
      'La inquietud y el ansia de libertad pueden llevarte a abarcar demasiado. Quizá asumas riesgos repentinos, cambies de rumbo con demasiada frecuencia o rechaces estructuras que te habrían ayudado. Aun así, este aspecto también trae momentos de gran avance. Aprender a equilibrar la emoción con la constancia convierte tu espíritu inventivo en un progreso duradero.',
  },
  jupiter_neptune: {
    conjunction:
      'La fe y la imaginación son inmensas en ti. Júpiter unido a Neptuno, un contacto que compartes con quienes nacieron por las mismas fechas, te da una mirada espiritual, compasiva e idealista, con verdaderos dones artísticos o sanadores. Los límites pueden difuminarse. Dar una forma práctica a tus sueños generosos evita que se disuelvan en ilusiones o en una entrega sin fin.',
    harmonious:
      'La compasión y la inspiración fluyen con facilidad por tu vida. Tienes una fe natural y un corazón generoso, y quizá te atraigan la espiritualidad, la música, el arte o la labor solidaria. Tu intuición te guía bien. Esta sabiduría amable ayuda a otros a creer en algo más grande y más bondadoso que sus problemas inmediatos.',
    challenging:
      'Tu idealismo puede adelantarse a la realidad. Pueden atraerte causas, personas o creencias que prometen más de lo que dan, o puedes estirar tu bondad hasta que te deje sin fuerzas. La lección es el discernimiento. Una fe anclada en la experiencia, y una generosidad con límites sanos, sacan a la luz la verdadera belleza de este aspecto.',
  },
  jupiter_pluto: {
    conjunction:
      'La ambición es honda y amplia en ti. Júpiter unido a Plutón, un contacto que compartes con tu generación, te da un impulso poderoso hacia la influencia, la transformación y el crecimiento a gran escala. Tal vez asciendas a través de crisis que derribarían a otros. Usar este poder con ética es la clave de un impacto positivo y duradero.',
    harmonious:
      'Tienes una capacidad de regeneración y de éxito a gran escala. Entiendes el poder y sabes usarlo para crecer, sanar o construir, y las oportunidades de transformación suelen jugar a tu favor. La investigación, las finanzas y el liderazgo pueden irte bien. Es una reserva silenciosa de fuerza a la que recurrir cuando hay mucho en juego.',
    challenging:
      'El apetito de poder y de éxito puede generar conflictos. Quizá te enfrentes a fuerzas poderosas, lidies con el control o sientas la necesidad de lograr tus metas a cualquier precio. El exceso es un riesgo. Canalizado con integridad y humildad, este impulso intenso puede dar frutos de verdad transformadores para ti y para otros.',
  },
  jupiter_true_node: {
    conjunction:
      'El crecimiento y la buena fortuna están ligados a tu camino de vida. Júpiter cerca del Nodo Norte trae oportunidades, maestros y experiencias expansivas que te llevan hacia tu propósito. Tener fe en tu rumbo da frutos. Sigue el camino que agranda tu mundo, aunque parezca un salto al vacío.',
    harmonious:
      'El optimismo te mantiene en la dirección correcta. Las oportunidades, los mentores y las experiencias de aprendizaje suelen llegar cuando los necesitas, y tu generosidad atrae ayuda. Los viajes, el estudio o la enseñanza pueden formar parte de tu camino. Confía en el panorama amplio de tu vida, y tu crecimiento se desplegará con naturalidad.',
    challenging:
      'Las comodidades o creencias conocidas pueden frenar tu crecimiento. Quizá exageres lo que te resulta fácil o te aferres a viejas convicciones cuando tu camino te pide algo nuevo. Salir de tu zona de confort, y cuestionar con honestidad lo que siempre has creído, abre un tipo de crecimiento que ningún golpe de suerte podría regalarte.',
  },
  jupiter_chiron: {
    conjunction:
      'Tu herida y tu sabiduría están unidas. Júpiter unido a Quirón sugiere que tus heridas en torno a la fe, el sentido o las creencias se convierten en tus mejores maestras. Tal vez pierdas la fe y la reconstruyas, esta vez más honda. Con los años te conviertes en una guía sabia y generosa que ayuda a otros a encontrar esperanza después del dolor.',
    harmonious:
      'En ti, la fe y la sanación trabajan juntas. Puedes encontrar sentido en el dolor y ayudar a otros a hacer lo mismo, y quizá te atraigan la enseñanza, la orientación o el acompañamiento espiritual. Tu optimismo está templado por la comprensión, y eso lo hace creíble y reconfortante para quienes atraviesan un mal momento.',
    challenging:
      'Las viejas heridas pueden socavar tu fe o tu sentido de la vida. Quizá lidies con creencias que te hicieron daño, o dudes de que la vida pueda ser amable. Poco a poco, viviéndola, encuentras una verdad propia. Entonces tu sabiduría ganada a pulso se convierte en un verdadero regalo para quienes han perdido el rumbo.',
  },
  jupiter_asc: {
    conjunction:
      'La generosidad y el optimismo brillan en tu presencia. Júpiter cerca del Ascendente te da calidez, expansividad y a menudo suerte en las primeras impresiones, y la gente se siente animada a tu lado. Tal vez tengas una complexión grande, o una forma de estar que llena la sala. La moderación mantiene atractiva tu exuberancia natural en lugar de abrumadora.',
    harmonious:
      'De tu personalidad irradia buena voluntad. La gente percibe tu simpatía, tu apertura y tu ánimo, y las oportunidades suelen llegarte a través de tus contactos. Te acercas a la vida con fe. Este optimismo natural te ayuda a recuperarte de los reveses y te convierte en una presencia bienvenida en casi cualquier grupo: la persona que recuerda a todos que las cosas aún pueden salir bien.',
    challenging:
      'Tu entusiasmo puede pasarse de la raya a veces. Quizá prometas demasiado, transmitas cierto exceso o asumas más de lo que puedes manejar. Tu espíritu generoso es real, y la gente lo siente. Acompañarlo de límites realistas, y cumplir las promesas que sí haces, permite que se confíe por completo en tu calidez y tu optimismo.',
  },
  jupiter_mc: {
    conjunction:
      'El éxito y el reconocimiento te llegan con naturalidad. Júpiter cerca del Medio Cielo trae oportunidades de crecimiento profesional, respeto público y liderazgo, y quizá trabajes en la enseñanza, el derecho, el mundo editorial o en ámbitos internacionales. Tu reputación tiende a ser generosa y amplia. Mantener la ética y los pies en la tierra mientras asciendes protege tu buena fortuna y la confianza que se deposita en ti.',
    harmonious:
      'La prosperidad suele acompañar tus esfuerzos profesionales. Las oportunidades y las personas que te apoyan te ayudan a ascender, y persigues tus metas con optimismo y visión. Tu imagen pública es positiva. Mantén tus objetivos alineados con tus valores, y tu éxito será tan significativo como gratificante.',
    challenging:
      'A veces la ambición se adelanta a la realidad. Tal vez te excedas en lo profesional, asumas papeles demasiado grandes demasiado pronto o sientas que tu éxito nunca termina de estar a la altura de la visión que tienes en la cabeza. Aun así, esta inquietud también impulsa un crecimiento real. Acompañar tus grandes metas con pasos prácticos y bien medidos trae logros que perduran.',
  },
};
