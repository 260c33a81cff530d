import type { Sign } from '@/lib/astro/types';

export const chiron: Record<Sign, string> = {
  aries:
    'Bajo tu confianza puede esconderse un dolor antiguo en torno a tu derecho a existir tal como eres. Quirón en Aries puede mostrarse como duda a la hora de ocupar espacio, o como una bravuconería que disimula esa duda. La sanación empieza cuando actúas en tu propio favor a pesar del miedo, y más adelante tal vez te descubras animando a otros a reclamar su coraje.',
  taurus:
    'Aquí la herida toca tu sentido del valor y de la seguridad, quizá a través de la escasez o de un cuerpo que no se sentía a salvo. Puedes sobrevalorar o infravalorar lo que tienes. A medida que aprendes a confiar en tu propio valor constante, te conviertes en una presencia serena que devuelve el suelo a quienes lo han perdido.',
  gemini:
    'Es posible que las palabras fueran en otro tiempo una fuente de dolor: que no te entendieran, oír que no eras inteligente o no poder decir lo que sentías. Quirón en Géminis puede dejarte dudando de tu propia mente. Al sanar desarrollas un don poco común para explicar las cosas con delicadeza y dar voz a los demás.',
  cancer:
    'La pertenencia temprana quizá se sintió incierta, y te dejó un punto sensible en torno al hogar, la familia o el hecho de recibir cuidados. Puede que cuides de todos con instinto maternal y, sin embargo, te cueste recibir. Dejarte nutrir es la medicina, y cuando aprendes a recibir, a menudo te conviertes en una fuente de consuelo profundo para otros.',
  leo: 'Que te vean y te celebren puede despertar en ti un viejo escozor. Tal vez se despreció tu espontaneidad, o aprendiste que brillar era peligroso. Lo que cura esa herida es la expresión creativa por puro placer. A la larga puedes ayudar a otros a sentir que tienen permiso para jugar y enorgullecerse de quienes son.',
  virgo:
    'Una sensación de no estar nunca a la altura puede empujarte. Quirón en Virgo puede traer perfeccionismo, preocupación por la salud o la impresión de valer solo cuando no paras. A medida que aprendes a aceptar tu yo imperfecto y humano, ganas una verdadera habilidad sanadora y la capacidad de ayudar a otros sin juzgarlos.',
  libra:
    'Tu punto sensible está en las relaciones. Quizá temas el desequilibrio, el rechazo o perderte en otra persona, o te descubras una y otra vez intentando arreglar los conflictos ajenos. Es en una relación igualitaria y honesta donde esta herida por fin se cierra. Tu experiencia puede convertirte en una voz sabia en asuntos de amor y de justicia.',
  scorpio:
    'La confianza, la intimidad y el poder pueden cargar con heridas antiguas, quizá por una traición, una pérdida o el control de otros. Puede que te cueste dejar que alguien se acerque. Enfrentar esas heridas con valentía las transforma. Tal vez llegues a ser alguien que acompaña a otros en las crisis, el duelo o las verdades más duras.',
  sagittarius:
    'El sentido y las creencias pueden ser tu punto sensible. Quizá te dieron una fe que no encajaba contigo, o te sentiste a la deriva sin una filosofía a la que aferrarte. El remedio es una verdad que encuentres por ti, puesta a prueba por la experiencia. Entonces puedes enseñar a otros a encontrar sentido sin dogmas.',
  capricorn:
    'La autoridad y el logro pueden arrastrar una herida antigua: la presión por triunfar pronto, o la sensación de que nunca te dieron derecho a liderar. Quizá temas mucho al fracaso. Definir el éxito en tus propios términos le quita el aguijón, y tu integridad ganada a pulso se convierte en un ejemplo para otros.',
  aquarius:
    'Sentirte fuera de lugar puede resultarte familiar, como si nunca terminaras de encajar en el grupo. Quirón en Acuario puede complicar la sensación de pertenencia. El punto de inflexión llega cuando abrazas tu diferencia en lugar de pedir perdón por ella. Con el tiempo puedes ayudar a quienes se sienten ajenos a encontrar una comunidad y un lugar donde su singularidad sea bienvenida.',
  pisces:
    'Tu herida puede ser una sensación difusa de sufrimiento, de sentir demasiado o de haber perdido el contacto con algo sagrado. Tal vez te deslices hacia la evasión o el sacrificio de ti. Lo que te estabiliza es la conexión espiritual acompañada de límites compasivos. A partir de ahí puedes ser una presencia sanadora y amable para quienes se sienten perdidos.',
};
