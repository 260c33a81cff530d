import type { Sign } from '@/lib/astro/types';

export const pluto: Record<Sign, string> = {
  aries:
    'Plutón en Aries transforma la voluntad en estado puro. Quienes nacen con él se enfrentan a cuestiones de supervivencia, de afirmación y de quién tiene derecho a empezar de nuevo, y en ti puede haber una necesidad feroz, casi primaria, de existir en tus propios términos. La lección es usar el poder para el coraje y no para el dominio, y eso puede hacer de ti alguien que inicia sin miedo.',
  taurus:
    'En lo hondo de tu forma de ser hay una relación con la posesión y el valor que pide transformarse. Plutón aquí trabaja despacio sobre los recursos, la tierra y el cuerpo, y en ti puede mostrarse como una enorme capacidad de aguante junto al miedo a perder lo que tienes. Soltar cuando llega el momento, confiando en que puedes reconstruir, es tu superpoder silencioso.',
  gemini:
    'Para quienes nacen con Plutón aquí, la información es poder, y tú lo sientes con agudeza. Las palabras pueden herir o sanar, y quizá tengas un instinto especial para el mensaje oculto, la historia secreta, la idea que lo cambia todo. Tu tarea es usar tu mente penetrante para revelar la verdad y no para manipularla.',
  cancer:
    'La familia, la patria y las raíces emocionales son el lugar donde tu generación vive sus transformaciones más profundas. Los viejos lazos pueden romperse y rehacerse, y tal vez cargues con sentimientos ancestrales que piden ser comprendidos. Mirar la historia familiar con honestidad te libera para crear una pertenencia fuerte, elegida y de verdad protectora.',
  leo: 'Para esta generación, la expresión personal tiene una carga enorme. Quizá sientas un impulso poderoso de mostrarte, de crear y de dejar huella, junto con el miedo a pasar sin pena ni gloria. Cuando el deseo de reconocimiento se convierte en el valor de ser auténticamente tú, tu poder creativo puede conmover de verdad a la gente.',
  virgo:
    'Quienes nacen con Plutón aquí transforman el trabajo, la salud y el método. Puedes sentir el impulso de analizar, depurar y perfeccionar, a veces de forma obsesiva, y eres capaz de dominar habilidades difíciles. Tu poder está en convertir esa intensidad en servicio sin volverla contra ti.',
  libra:
    'Las relaciones son el crisol de esta generación. Puedes vivir la pareja como un lugar de cambio profundo, donde lidias con el poder, la igualdad y la justicia entre las personas. Los viejos modos de relacionarse piden morir. A través de ellos puedes descubrir vínculos basados en un respeto mutuo real y en la profundidad.',
  scorpio:
    'Plutón está en su domicilio aquí, y tu generación vive cerca de la intensidad de la vida: el deseo, la pérdida, el poder y el renacimiento. Sientes con hondura y puede atraerte lo que otros evitan. La confianza no llega con facilidad. Tu poder está en la honestidad emocional y en la capacidad de regenerarte después de cualquier final.',
  sagittarius:
    'Lo que tu generación debe transformar son las creencias. Quizá cuestiones las fes heredadas, busques la verdad a través de las culturas y vivas con pasión la pregunta por el sentido de la vida. El fanatismo es la sombra, en ti como en otros. Tu poder está en una búsqueda honesta de sabiduría capaz de resistir la duda y de respetar otros caminos.',
  capricorn:
    'Tu generación somete a revisión las estructuras de poder: gobiernos, corporaciones, las reglas del éxito. Tal vez sientas un impulso profundo de construir, controlar o reformar, y entiendes cómo funciona realmente la autoridad. Usar ese conocimiento con integridad te permite crear algo que perdure de verdad.',
  aquarius:
    'El poder colectivo y la tecnología son el terreno de transformación de tu generación. Quizá sientas la atracción de los movimientos, las redes y las ideas radicales, y la intuición de que el grupo puede cambiar el mundo. Recordar a la persona única e irreemplazable dentro del colectivo mantiene humano tu impulso revolucionario, y evita que el futuro por el que luchas se convierta en un sistema más.',
  pisces:
    'Para esta generación se disuelven las fronteras entre el yo y el mundo, entre la fe y los hechos. Quizá sientas la hondura de la emoción colectiva y te atraigan la sanación, el arte o la espiritualidad. La evasión es el riesgo, ya sea a través de sustancias, de la fantasía o de un sacrificio sin fin. Tu poder está en una compasión lo bastante fuerte para mirar el sufrimiento sin ahogarte en él.',
};
