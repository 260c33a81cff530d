import type { AspectTexts, PairKeysOf } from '../../types';

export const uranus: Record<PairKeysOf<'uranus'>, AspectTexts> = {
  uranus_neptune: {
    conjunction:
      'Esta conjunción poco frecuente pertenece a toda una generación, y tú llevas su firma: una fusión de tecnología e imaginación, de cambio radical y anhelo espiritual. Quizá intuyas que el viejo mundo se está disolviendo mientras se sueña uno nuevo. Tu papel es ayudar a que ese sueño tome una forma humana y real.',
    harmonious:
      'Compartido por muchas personas nacidas en tu época, este contacto une la intuición con la innovación. Pueden atraerte formas nuevas de espiritualidad, de arte o de tecnología que amplían la conciencia. El cambio te inspira en lugar de asustarte. En lo personal, te da una mente flexible y visionaria que se adapta bien a un mundo que cambia deprisa.',
    challenging:
      'Tu generación siente la tensión entre el progreso y el idealismo, entre la atracción del futuro y el anhelo de sentido. Quizá pases del entusiasmo por el cambio al desencanto. En lo personal, anclar tus ideales y tener claro qué es real te ayuda a atravesar tiempos inciertos con integridad.',
  },
  uranus_pluto: {
    conjunction:
      'Naciste bajo un contacto generacional de sacudida y renovación. Urano unido a Plutón marca una época de transformación radical, y tal vez lleves dentro el instinto de derribar lo que está podrido y reconstruir desde la raíz. El cambio no te asusta. Usar esa falta de miedo con sabiduría te convierte en una poderosa fuerza de renovación.',
    harmonious:
      'Compartido con tu generación, este contacto te da soltura ante la transformación y la innovación. Puedes ayudar a provocar cambios profundos sin caos, y quizá tengas un don para la reforma, la investigación o la tecnología. En lo personal, las crisis a menudo se convierten en puntos de inflexión que te abren una libertad nueva.',
    challenging:
      'Tu generación carga con la tensión entre el cambio radical y la resistencia a él. Quizá vivas en carne propia la presión de la sacudida colectiva, en cambios vitales repentinos o en luchas de poder con los sistemas. Este aspecto construye resiliencia. Tu don es el valor de afrontar la transformación y de acompañar a otros a través de ella.',
  },
  uranus_true_node: {
    conjunction:
      'Poco convencional es la única palabra honesta para tu camino. Urano cerca del Nodo Norte sugiere que creces a través de la libertad, la innovación y la ruptura con lo que se espera de ti, y los giros repentinos pueden reorientar tu vida hacia su propósito. Confía en las sorpresas, incluso en las que no te gustan; a menudo te llevan justo adonde necesitas ir, y más rápido que cualquier plan.',
    harmonious:
      'El cambio apoya tu crecimiento. Las oportunidades insólitas, las personas poco convencionales y las revelaciones repentinas te ayudan a avanzar hacia tu propósito, y te adaptas bien cuando la vida da un giro. Tu originalidad forma parte de tu camino, no es un desvío. Sigue lo que te entusiasma y te libera, y tu rumbo se aclarará con cada experimento.',
    challenging:
      'La inquietud o la rebeldía pueden desviarte del rumbo. Tal vez te alejes de las situaciones demasiado pronto, o te resistas al compromiso que tu camino exige. Aprender a distinguir la verdadera liberación de la simple huida, y quedarte lo suficiente para saber cuál de las dos estás eligiendo, te ayuda a crecer en la dirección que busca tu alma.',
  },
  uranus_chiron: {
    conjunction:
      'Tu herida está ligada a sentirte diferente. Urano unido a Quirón puede reflejar experiencias de quedar fuera, de rupturas repentinas o de no encajar. Pero ahí está también tu don: sanas abrazando tu singularidad, y quizá ayudes a otros a aceptar la suya.',
    harmonious:
      'Tu manera original de ver las cosas te ayuda a sanar. Encuentras caminos poco convencionales para atravesar el dolor, y quizá te atraigan las terapias alternativas o los enfoques innovadores del bienestar. Tus intuiciones pueden liberar a quienes se sienten atrapados en viejos patrones y explicaciones gastadas, y tu ejemplo demuestra que la diferencia no es un defecto.',
    challenging:
      'Los cambios repentinos pueden reabrir viejas heridas, o tu necesidad de libertad puede chocar con tu necesidad de sanar. A veces tal vez sientas que no perteneces a ningún sitio. La sanación llega cuando aceptas tu diferencia como una fortaleza y no como un defecto que esconder, y cuando encuentras una comunidad donde tu singularidad sea bienvenida de verdad.',
  },
  uranus_asc: {
    conjunction:
      'Tu presencia se define por la originalidad. Urano cerca del Ascendente te da un aire poco convencional, independiente y a menudo sorprendente, y la gente percibe que sigues tu propio compás. Quizá te reinventes más de una vez. La libertad de ser tú es esencial, y otros pueden encontrar liberador tu ejemplo.',
    harmonious:
      'La frescura y la originalidad tiñen tu personalidad. A la gente le resultas interesante y de mente abierta, y te adaptas con facilidad a las situaciones nuevas. Tu independencia resulta atractiva. Esto te permite introducir ideas y formas de vivir nuevas sin alejar a los demás, un verdadero talento en cualquier grupo que necesita cambiar pero le teme al cambio.',
    challenging:
      'Tu necesidad de libertad puede chocar con lo que los demás esperan de ti. Quizá transmitas una imagen errática o rebelde, o te invada la inquietud en entornos convencionales. Comprender tu necesidad de independencia, y explicársela a las personas cercanas, te ayuda a expresarla con elegancia en lugar de con sobresaltos.',
  },
  uranus_mc: {
    conjunction:
      'Lo último que será tu trayectoria profesional es corriente. Urano cerca del Medio Cielo trae cambios repentinos, trabajos innovadores y una fuerte necesidad de libertad profesional, y tal vez te atraigan la tecnología, la ciencia o la reforma. Tu reputación puede salirse de lo convencional. Sigue tu originalidad; es tu vocación.',
    harmonious:
      'Lo nuevo te sienta bien en lo profesional. Encuentras oportunidades en campos nuevos y te adaptas bien a los cambios profesionales, y se valoran tus ideas frescas. El trabajo por cuenta propia o pionero puede irte bien. Tu independencia se convierte en un activo profesional que te distingue, sobre todo en campos que todavía están inventando sus propias reglas.',
    challenging:
      'Los cambios profesionales pueden llegar de repente, o quizá choques con la autoridad. Puedes resistirte a los caminos convencionales o sentir inquietud en cualquier trabajo que te limite. Construir una carrera con espacio para la libertad y la innovación, quizá un negocio propio o un puesto que diseñes tú, convierte esta tensión en originalidad y logros.',
  },
};
