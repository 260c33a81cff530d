import type { Sign } from '@/lib/astro/types';

export const moon: Record<Sign, string> = {
  aries:
    'Las emociones te llegan rápidas y ardientes, y suelen irse igual de deprisa. Necesitas espacio para reaccionar, moverte y decir lo que sientes, y te calmas actuando más que reflexionando. Esperar te cuesta; que te asfixien, todavía más. Aprender a tomar una sola respiración antes de responder hace que tu honestidad emocional llegue como fuerza y no como chispazos.',
  taurus:
    'Tu vida emocional anhela estabilidad: la comida de siempre, una cama cómoda, personas que están donde dijeron que estarían. Cuando te sientes a salvo, tu lealtad es notable y mantienes la calma bajo presión. Los cambios bruscos pueden inquietarte más de lo que dejas ver. Para ti, nutrir el cuerpo es una forma real de nutrir el corazón, así que trata el descanso y el placer como necesidades, no como caprichos.',
  gemini:
    'Procesas lo que sientes poniéndolo en palabras. Hablar, escribir o darle vueltas a una emoción desde varios ángulos te ayuda a entender lo que pasa dentro, y una buena conversación puede reponerte de verdad. Tu ánimo cambia con tus pensamientos. A veces la mente corre por delante del corazón, así que practica quedarte un poco más con un sentimiento antes de explicarlo.',
  cancer:
    'Tus raíces emocionales son profundas. Recuerdas cómo se sentían las cosas, intuyes lo que alguien necesita antes de que lo diga, y el hogar, dondequiera que lo construyas, es un refugio que proteges con celo. Cuando te hieren, puedes replegarte en tu caparazón. Tu desafío es dejar que otros te cuiden también y confiar en que la vulnerabilidad no siempre recibirá una herida como respuesta.',
  leo: 'Necesitas sentirte especial para alguien, y eso no tiene nada de superficial. La calidez, la lealtad y el don de hacer que la gente se sienta celebrada te salen solos. Cuando tu corazón se siente ignorado, el orgullo puede tapar la herida con dramatismo o con distancia. Decirles sin rodeos a quienes quieres que necesitas su atención es más valiente y funciona mucho mejor.',
  virgo:
    'El orden te serena. Cuando las emociones se desbordan, buscas una tarea, una lista o una manera de ayudar, porque arreglar algo hace que el mundo interior parezca manejable. Demuestras amor con cuidados prácticos y pequeños gestos de servicio. Procura que la preocupación no se convierta en tu estado de ánimo habitual; algunos sentimientos solo piden ser sentidos, no resueltos.',
  libra:
    'Para ti, el equilibrio emocional sucede en relación con otros. Te sientes en paz cuando la gente a tu alrededor lo está, y tienes un don para suavizar tensiones y hacer que los demás se sientan tenidos en cuenta. El conflicto puede resultarte físicamente incómodo. Tu crecimiento está en reconocer pronto tus propias necesidades, en lugar de sostener la paz hasta que el resentimiento crece en silencio.',
  scorpio:
    'Lo sientes todo con intensidad y solo muestras una parte. Contigo la confianza se gana despacio, y cuando la das es total, por eso una traición corta tan hondo. Percibes corrientes de fondo que otros no notan. La honestidad emocional, compartida con personas que han demostrado ser seguras, te libera de la necesidad de vigilar y controlar, y convierte tu profundidad en un poder sanador.',
  sagittarius:
    'Tu espíritu necesita aire. Afrontas los sentimientos difíciles buscándoles un sentido, el lado cómico o la carretera abierta, y tu optimismo también ayuda a respirar a los demás. Que te aten emocionalmente puede inquietarte. Permítete quedarte en la tristeza o en lo difícil el tiempo suficiente para aprender de ello; el horizonte seguirá ahí después.',
  capricorn:
    'Aprendiste pronto a sostenerte, y todavía tiendes a gestionar los sentimientos más que a mostrarlos. La fiabilidad es tu lenguaje del amor: eres quien aparece y se queda. Bajo esa compostura hay una sensibilidad real. Dejar que te vean con cansancio, con dudas o necesitando consuelo no es debilidad; así es como la intimidad echa sus cimientos.',
  aquarius:
    'Prefieres entender los sentimientos con cierta distancia, y necesitas libertad incluso en tus vínculos más cercanos. La amistad puede nutrirte tanto como el romance, y eres leal a quienes te dejan ser diferente. Hay quien confunde tu calma con frialdad. Nombrar lo que sientes, aunque sea con torpeza, permite a tus seres queridos encontrarse con la calidez que de verdad está ahí.',
  pisces:
    'Absorbes el clima emocional que te rodea como una esponja. La compasión te sale con facilidad, igual que los sueños, la música y la sensación de que todo está conectado. Como sientes tanto, quizá necesites retirarte con regularidad para distinguir tus emociones de las de los demás. Unos límites suaves, cauces creativos y ratos de silencio mantienen tu sensibilidad como un don y no como una inundación.',
};
