import type { Sign } from '@/lib/astro/types';

export const mercury: Record<Sign, string> = {
  aries:
    'Tu mente funciona como una cerilla que se enciende. Piensas rápido, decides rápido y dices lo que piensas, a menudo antes de que los demás hayan terminado de plantear la pregunta. El debate te activa, y el riesgo es hablar antes de escuchar o abandonar una idea cuando se apaga la primera chispa. Si das a tus intuiciones rápidas una segunda mirada, se vuelven realmente persuasivas.',
  taurus:
    'Piensas las cosas a fondo y detestas que te metan prisa. Cuando entiendes algo, lo entiendes para siempre, y tus opiniones tienen el peso del sentido común. Tu voz puede ser serena, práctica, incluso musical. La trampa es la terquedad: una idea nueva necesita tiempo para ganarse tu confianza, así que concédeselo en lugar de cerrarle la puerta.',
  gemini:
    'Las palabras y las ideas son tu patio de recreo. Aprendes rápido, hablas con soltura y puedes sostener varios hilos de pensamiento a la vez, saltando de uno a otro con evidente placer. El ingenio te sale solo. Como todo te interesa, concentrarte puede costarte; elegir de vez en cuando un tema para profundizar convierte tu agudeza en verdadero conocimiento.',
  cancer:
    'Piensas con los sentimientos y recuerdas con todo el cuerpo. Tu mente es intuitiva, imaginativa y está muy unida a la memoria, así que a menudo captas la verdad de una situación antes de poder explicarla. Escuchas bien y hablas con suavidad. Cuando percibes una amenaza, sin embargo, la lógica puede inclinarse hacia la autoprotección, así que revisa tu estado de ánimo antes de fiarte de tus conclusiones.',
  leo: 'Hablas con calidez y con un sentido natural del espectáculo. Las ideas te importan sobre todo cuando expresan algo personal, y sabes cautivar a tu público, ya sea un amigo o una sala entera. Tus convicciones son generosas y firmes. Ábrete a la posibilidad de que un punto de vista distinto no sea un ataque contra ti; tal vez sea simplemente otra historia que merece ser escuchada.',
  virgo:
    'La precisión te da placer. Analizas, ordenas y pules, y ves el error o la solución elegante que a otros se les pasa. El conocimiento práctico, las habilidades útiles y el lenguaje claro te sientan bien, aunque tu mente también puede enredarse en la preocupación o el perfeccionismo. Recuérdate que una respuesta suficientemente buena, dada a tiempo, suele ayudar más que una perfecta.',
  libra:
    'Piensas comparando, sopesando un lado frente al otro hasta dar con el punto justo. Con diplomacia y elegancia en la conversación, sabes formular las cosas difíciles para que la gente pueda escucharlas. Las decisiones pueden llevarte mucho tiempo porque cada opción tiene su mérito. Confía en que elegir también es una forma de justicia, sobre todo contigo.',
  scorpio:
    'Escuchas lo que no se dice. Tu mente es investigadora, penetrante y difícil de engañar, y te atraen la investigación, la psicología o cualquier cosa que esconda un secreto. Te guardas tus pensamientos. Pueden escaparse palabras afiladas cuando sientes que te has expuesto demasiado, así que deja que tu perspicacia sirva para comprender y no para defenderte.',
  sagittarius:
    'Tu mente busca el panorama completo. Te encantan las ideas que explican mucho, las conversaciones que recorren culturas y filosofías, y los maestros que abren puertas. Hablas con franqueza y a menudo con gracia. En pleno entusiasmo se te pueden escapar los detalles, así que acompaña tu visión amplia con un poco de comprobación de datos y resultará de verdad convincente.',
  capricorn:
    'La estrategia es tu segunda naturaleza, y solo dices lo que de verdad quieres decir. Tu mente es organizada, desconfía de las modas y sabe convertir los planes en pasos. La gente confía en tu criterio porque es sobrio, y tu humor puede ser tan seco que pase desapercibido. Deja espacio de vez en cuando para la idea juguetona y a medio formar; no todo pensamiento tiene que ser útil para valer la pena.',
  aquarius:
    'El pensamiento independiente es tu firma, a menudo un paso por delante de su tiempo. Te atraen los sistemas, la ciencia, las cuestiones sociales y las ideas poco comunes, y ves patrones que el pensamiento corriente pasa por alto. Una vez que algo te convence, puedes aferrarte a tus opiniones más de lo que cabría esperar. Mantener la curiosidad por saber por qué otros discrepan hace que tu originalidad siga abierta y no se vuelva dogmática.',
  pisces:
    'Tu mente piensa en imágenes, atmósferas y metáforas. Absorbes la información de forma intuitiva, a veces sin saber cómo lo sabes, y puedes tener un don para la poesía, la música o cualquier lenguaje que vaya más allá de lo literal. El detalle lineal puede aburrirte. Anotar las cosas y comprobar los datos da a tu imaginación una forma que el mundo puede aprovechar.',
};
