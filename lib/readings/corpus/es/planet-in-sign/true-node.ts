import type { Sign } from '@/lib/astro/types';

export const trueNode: Record<Sign, string> = {
  aries:
    'Tu Nodo Norte te pide convertirte más plenamente en ti. Con el Nodo Sur en Libra, tal vez se te dé muy bien adaptarte a los demás y te incomode profundamente ponerte en primer lugar. Creces con pequeños actos de afirmación: expresar una preferencia, empezar algo por tu cuenta, tolerar el disgusto de alguien. Cuanto más confías en tu propio impulso, más vivas y equilibradas se vuelven tus relaciones.',
  taurus:
    'Con el Nodo Norte en Tauro, tu camino lleva hacia la sencillez, la paciencia y la valoración de ti. El Nodo Sur en Escorpio conoce de sobra las crisis, la intensidad y los recursos ajenos, y quizá te atraiga el drama aunque te agote. Construir algo estable y propio, disfrutar del cuerpo y valorar la calma no es aburrido; es tu medicina.',
  gemini:
    'La curiosidad es el camino que tienes por delante. Tu Nodo Norte en Géminis te invita a hacer preguntas, escuchar otros puntos de vista y disfrutar de no saber, mientras que el Nodo Sur en Sagitario puede aferrarse a grandes certezas y respuestas prefabricadas. Cada vez que mantienes la mente abierta en una conversación en lugar de sermonear, aprendes algo que te cambia la vida.',
  cancer:
    'Tu crecimiento está en la ternura. Con el Nodo Norte en Cáncer y el Nodo Sur en Capricornio, quizá tiendas por defecto al control, al logro y a ser quien se hace responsable de todo. La invitación del alma es dejar entrar los sentimientos, crear un hogar de verdad y permitirte necesitar a otros. Lo que te llena es la vulnerabilidad, no otro logro más.',
  leo: 'El Nodo Norte en Leo te llama a salir a la luz. Con el Nodo Sur en Acuario, tal vez te escondas en el grupo, mantengas una distancia fría o defiendas causas en lugar de tu propio corazón. Tu destino pasa por crear, jugar, amar abiertamente y dejar que te vean tal como eres, con toda tu calidez y tu singularidad.',
  virgo:
    'El servicio práctico es tu camino hacia delante. Con el Nodo Norte en Virgo y el Nodo Sur en Piscis, puedes dejarte llevar hacia los sueños, la evasión o un sacrificio sin estructura. Creces a través de las rutinas diarias, las habilidades útiles y el cuidado del cuerpo. Cuando tu compasión encuentra un método, descubres una plenitud profunda y estable.',
  libra:
    'Es en la pareja y en los vínculos donde creces. El Nodo Norte en Libra te pide cooperar, ceder y tener en cuenta el punto de vista del otro, mientras que el Nodo Sur en Aries está acostumbrado a ir por libre y a librar sus propias batallas. Aprender que necesitar a los demás no es debilidad te abre un mundo de conexión real y de fuerza compartida.',
  scorpio:
    'La profundidad y la transformación te llaman. Con el Nodo Norte en Escorpio, tu alma se aleja de la comodidad, las posesiones y la resistencia al cambio del Nodo Sur en Tauro. Creces a través de la intimidad, los recursos compartidos y el encuentro con verdades emocionales. Soltar lo que solo es seguro te permite descubrir una seguridad mucho más honda.',
  sagittarius:
    'El sentido es tu estrella polar. Con el Nodo Norte en Sagitario, se te invita a confiar en tu intuición, buscar la sabiduría y abrazar el panorama completo, mientras que el Nodo Sur en Géminis puede perderse en detalles, habladurías y dudas constantes. Seguir una visión, incluso antes de tener todos los datos, te llena de vida.',
  capricorn:
    'La responsabilidad y el rumbo son tu camino. Con el Nodo Norte en Capricornio y el Nodo Sur en Cáncer, quizá te aferres a la familia, a los estados de ánimo o a la seguridad de que te cuiden. Creces marcándote metas, construyendo un papel público y tomando las riendas de tu vida. Al hacerlo, te conviertes en la presencia firme que un día buscaste en otros.',
  aquarius:
    'Tu camino lleva hacia la comunidad y hacia una visión más grande que tú. Con el Nodo Norte en Acuario, te alejas de la necesidad de reconocimiento personal y de drama del Nodo Sur en Leo. La amistad, el trabajo en grupo y los ideales compartidos te llenan. Tu individualidad florece sobre todo cuando sirve a algo más grande que tu propia historia.',
  pisces:
    'Creces a través de la entrega y la compasión. El Nodo Norte en Piscis te invita a confiar, imaginar y soltar, mientras que el Nodo Sur en Virgo puede aferrarse al análisis, al control y al perfeccionismo. Aprender a descansar en lo desconocido, a crear y a servir desde el corazón y no desde el deber abre tu vida espiritual.',
};
