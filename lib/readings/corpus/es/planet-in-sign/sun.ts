import type { Sign } from '@/lib/astro/types';

export const sun: Record<Sign, string> = {
  aries:
    'Cobras vida en el comienzo de las cosas: el primer paso, la pregunta abierta, el momento en que nadie más se ha atrevido. Tu identidad se construye actuando, así que descubres quién eres probando, chocando y volviendo a probar. La impaciencia es la sombra de ese coraje. Cuando una lucha trata de algo más grande que ganar, tu franqueza se convierte en un apoyo para los demás.',
  taurus:
    'Hay algo en ti que va despacio a propósito. Confías en lo que puedes tocar, saborear y construir con el tiempo, y tu identidad crece como un jardín, no como un fuego artificial. La gente se siente más firme a tu lado porque no tienes prisa por ser otra persona. Tu frontera de crecimiento es el cambio mismo: aprender que soltar una forma puede proteger aquello que valoras.',
  gemini:
    'La curiosidad es tu centro de gravedad. Eres más tú cuando te mueves entre ideas, personas y lugares, coleccionando historias y uniéndolas de maneras que otros no ven. Como puedes ver todas las caras, comprometerte con una puede sentirse como una pérdida. La tarea más honda es encontrar el hilo que atraviesa todos tus intereses, para que la versatilidad se vuelva una voz y no una dispersión.',
  cancer:
    'Tu identidad está ligada a la pertenencia: las personas que consideras tuyas, el lugar al que vuelves, la memoria que llevas contigo. Lideras cuidando, y tu instinto sobre lo que necesitan los demás suele acertar de forma asombrosa. Los estados de ánimo te atraviesan como mareas. Parte de tu madurez consiste en dirigir esa misma ternura hacia ti y dejar que también te cuiden.',
  leo: 'Necesitas crear, y que te vean creando. En tu centro arde un fuego cálido y generoso, y cuando se reconoce lo que es genuinamente tuyo, lo devuelves multiplicado. El orgullo puede hacer que una crítica duela más de la cuenta. Tu verdadero escenario no es el aplauso, sino una expresión de ti que siga siendo honesta, juguetona y valiente aunque nadie esté mirando.',
  virgo:
    'Ser útil es tu manera de amar el mundo. Detectas el hilo suelto, el método mejor, el detalle que marca la diferencia, y te sientes plenamente tú cuando tu destreza sirve a algo real. Esa misma mirada puede volverse contra ti en forma de un crítico interior implacable. Tu camino te pide tratarte con el mismo cariño que a un oficio: mejorable, sí, pero ya digno de cuidado.',
  libra:
    'Te conoces a través de los demás. La justicia, la belleza y el arte de relacionarte no son un lujo para ti, sino la materia misma de tu identidad. Sabes qué devolvería el equilibrio a una sala y a menudo lo haces sin que nadie te lo pida. La lección de fondo es elegir: una paz comprada tragándote tus preferencias no es armonía, solo un aplazamiento.',
  scorpio:
    'Nada a medias te satisface. Te atrae lo que hay bajo la superficie de las personas, de los motivos y de la vida misma, y prefieres enfrentar una verdad dura a convivir con una mentira amable. Tu lealtad, cuando la entregas, es profunda, y también puede serlo tu necesidad de control; tu vocación es la transformación, no el dominio. Cada vez que dejas morir lo que tenía que morir, renaces con más fuerza y más fiel a ti.',
  sagittarius:
    'El sentido es tu combustible. Quieres saber por qué las cosas son como son, y creces estirándote hacia el horizonte: viajes, estudios, creencias, una historia más grande. Tu optimismo es contagioso y a menudo está justificado, aunque la inquietud y prometer más de lo que cabe en un día son la letra pequeña. Brillas más cuando tu libertad sirve a una verdad que te comprometes a vivir, no solo a predicar.',
  capricorn:
    'Miras a largo plazo. La responsabilidad suele encontrarte pronto, y respondes construyendo algo sólido, paso a paso, a menudo con un humor seco que sorprende a la gente. Tu autoestima está unida a tus logros, lo que puede hacer que el descanso parezca inmerecido. Con los años tiendes a rejuvenecer por dentro y descubres que la autoridad incluye el derecho a disfrutar de lo que has construido.',
  aquarius:
    'Estás aquí para pensar por tu cuenta. Te recorre una vena independiente y orientada al futuro, junto con una preocupación genuina por el grupo y por lo que es justo para todos. Puedes sentir calidez hacia la humanidad y, sin embargo, mostrar una curiosa frialdad en la distancia corta. Creces cuando tus ideales incluyen a las personas concretas y complicadas que tienes delante, y cuando te permites ser tan original en el sentir como en el pensar.',
  pisces:
    'Tus fronteras son porosas, y ahí residen a la vez tu genio y tu desafío. Sientes el clima de una sala, el dolor detrás de una historia, la música de los momentos corrientes, y te atraen la compasión, el arte o lo espiritual. El riesgo es escapar hacia la fantasía o hacia las necesidades ajenas. Cuando se apoya en una forma cotidiana, tu sensibilidad se convierte en una fuerza serena y sanadora.',
};
