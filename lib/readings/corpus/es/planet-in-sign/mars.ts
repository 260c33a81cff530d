import type { Sign } from '@/lib/astro/types';

export const mars: Record<Sign, string> = {
  aries:
    'Marte está en su domicilio aquí, y se nota: tu impulso es directo, inmediato y difícil de frenar. Actúas primero y ajustas después, y das lo mejor de ti cuando hay algo que empezar, defender o ganar. La ira se enciende rápido y se apaga igual de rápido. Canalizada en el deporte, en proyectos pioneros o en una confrontación honesta, tu energía abre puertas que la cautela nunca tocaría.',
  taurus:
    'Tardas en enfadarte y tardas aún más en rendirte, y avanzas con constancia hacia lo que quieres. Tu energía necesita tiempo para arrancar, pero una vez en marcha es casi imposible de detener, y prefieres construir algo tangible a pelear por aparentar. Si te provocan demasiado, te vuelves inamovible. Elige bien tus batallas; tu resistencia es una fuerza que gana a largo plazo.',
  gemini:
    'Las palabras son tus armas y las ideas tu motor. Tu energía es rápida, versátil e inquieta, y disfruta con varios proyectos en marcha a la vez. Discutir puede parecerte un deporte. El riesgo es dispersar el esfuerzo, así que terminar lo que empiezas, con un objetivo claro cada vez, convierte tu agilidad en logros reales.',
  cancer:
    'Defiendes con fiereza todo lo que amas. Tu impulso está ligado a la emoción, la familia y la seguridad, y quizá te acerques a tus metas de lado, como el cangrejo, protegiéndote por el camino. La ira puede volverse hacia dentro o salir en forma de enfurruñamiento. Nombrar tus necesidades directamente es la valentía que libera tu considerable fuerza.',
  leo: 'El corazón y el sentido del drama tiñen todo lo que haces. La confianza, la creatividad y el deseo de admiración alimentan tu ambición, y puedes inspirar a otros a seguir tus pasos. El orgullo herido es tu punto sensible. Cuando actúas por la alegría de crear y no por el reconocimiento, tu energía se vuelve magnánima y poderosa.',
  virgo:
    'Dale a tu energía un método claro y un propósito útil, y se volverá precisa y eficaz. Nada te satisface tanto como hacer algo bien. La irritación aparece en forma de crítica cuando las cosas se hacen de cualquier manera. Dirigir tu impulso hacia el oficio, la salud y el servicio, y perdonar las pequeñas imperfecciones, te mantiene eficaz sin que te quemes.',
  libra:
    'Actúas en relación con los demás. La cooperación, la justicia y la diplomacia marcan cómo persigues tus metas, y por lo que más luchas es por lo justo. La confrontación directa puede incomodarte, así que la ira tiende a salir de forma indirecta. Aprender a afirmar con claridad tus propios deseos no es enemigo de la armonía; es lo que hace posible una verdadera alianza.',
  scorpio:
    'Aguas tranquilas, corriente fuerte: tu voluntad es profunda y estratégica. Rara vez enseñas todas tus cartas, y cuando te comprometes, tu determinación es formidable. Los resentimientos pueden durarte mucho tiempo. Usada con conciencia, tu intensidad te da una enorme capacidad de resistencia en las crisis, en la investigación o en cualquier tarea que exija valor para mirar lo que otros evitan.',
  sagittarius:
    'El entusiasmo te impulsa. Persigues tus metas con optimismo, convicción y amor por el movimiento, y luchas por tus creencias y tu libertad. El verdadero enemigo es el aburrimiento. Acompañar tus grandes objetivos con un seguimiento práctico, y con tacto cuando discutes, hace que tu fuego inspire y a la vez sea eficaz.',
  capricorn:
    'La ambición, la paciencia y la disciplina hacen formidable tu energía. Trabajas hacia metas a largo plazo con método y autocontrol, y te ganas la autoridad con resultados. Es posible que mantengas la frustración bajo un control férreo. Concederte descanso y placer por el camino evita que tu considerable empuje se convierta en una rutina agotadora.',
  aquarius:
    'Actúas por principios y por el colectivo. Tu energía es inventiva, independiente y a menudo rebelde, y se siente más feliz trabajando por el cambio o dentro de un grupo que comparte tus ideales. Te resistes a que te digan lo que tienes que hacer. Poner calidez en la forma de defender tus causas ayuda a que otros se sumen en lugar de sentirse sermoneados.',
  pisces:
    'Como el agua que encuentra su camino cuesta abajo, tu impulso es fluido e intuitivo. Actúas mejor cuando algo te inspira, a menudo por otros o por un ideal, y sabes rodear los obstáculos en silencio en lugar de atravesarlos. La agresividad directa te incomoda, de modo que tu energía puede escaparse sin que lo notes. Encontrar un propósito creativo o espiritual da a tus actos una corriente lo bastante fuerte para llevarte.',
};
