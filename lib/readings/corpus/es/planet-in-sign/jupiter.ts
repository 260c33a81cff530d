import type { Sign } from '@/lib/astro/types';

export const jupiter: Record<Sign, string> = {
  aries:
    'La suerte suele encontrarte cuando te adelantas. Tu fe crece con la iniciativa audaz, y tu generosidad nunca brilla tanto como cuando defiendes una causa o a alguien que necesita un empujón. La confianza es tu abundancia. La lección está en no abarcar demasiado: no todos los saltos hay que darlos a la vez, y un poco de planificación hace que tu valentía llegue más lejos.',
  taurus:
    'Para ti, la abundancia crece despacio y está hecha para disfrutarse. Tienes un don para construir valor duradero, ya sea en dinero, tierras, habilidades o comodidad, y tu generosidad se expresa compartiendo los bienes materiales. El exceso es la sombra. Tu fe está en lo real y lo que perdura, así que invierte con paciencia y deja que el placer siga siendo una bendición y no un hábito.',
  gemini:
    'Tus oportunidades llegan a través de las palabras, los contactos y la curiosidad. Aprender, escribir, enseñar e intercambiar ideas amplían tu mundo, y a menudo sabes un poco de una cantidad asombrosa de cosas. El riesgo es la amplitud sin profundidad. Cuando sigues una línea de investigación fértil hasta el final, tu conocimiento se convierte en una sabiduría que vale la pena compartir.',
  cancer:
    'La generosidad brota de tu corazón y de tu hogar. Creces cuidando de otros, creando pertenencia y honrando tus raíces, y la gente se siente bienvenida a tu lado. La seguridad emocional es tu tesoro. Ojo con sobreproteger o aferrarte demasiado tiempo; la misma abundancia que alimenta a tu familia puede nutrir un círculo mucho más amplio.',
  leo: 'Con un corazón grande y expansivo, tienes un sentido natural de la ocasión y una generosidad que disfruta siendo vista. El trabajo creativo, el juego, los niños y el liderazgo despiertan tu buena estrella, y inspiras confianza en los demás simplemente creyendo en ellos. El orgullo puede inflarse hasta volverse exhibición. Mantén sincera tu calidez y tu escenario no dejará de crecer.',
  virgo:
    'En tu vida, las cosas pequeñas bien hechas acaban sumando algo grande. Creces a través de la destreza, el servicio, la salud y la mejora cuidadosa, y encuentras sentido en ser de verdad útil. Tu fe es práctica. La trampa es perder de vista el conjunto entre detalles sin fin, así que da un paso atrás con regularidad para ver todo el bien que tu esmero ya ha hecho.',
  libra:
    'Tu suerte vive en las relaciones. Las alianzas, la colaboración, la justicia y la belleza amplían tu mundo, y tienes talento para reunir a las personas en términos justos. Quizá descubras que otros te abren puertas. Asegúrate de que tu generosidad para mantener la paz no se convierta en una forma de esquivar verdades necesarias.',
  scorpio:
    'Tu crecimiento ocurre en las profundidades. Las crisis, la intimidad, la investigación y los recursos compartidos son tus campos de abundancia, y encuentras la fe enfrentando lo que otros temen. Resistes en lugares difíciles. Cuando tu intensidad sirve a la sanación y la renovación en lugar de al control, te conviertes en un apoyo poderoso en las transformaciones de los demás.',
  sagittarius:
    'Júpiter está en su domicilio aquí, y tu fe en la vida es inmensa. Los viajes, la filosofía, la enseñanza y la búsqueda de sentido son fuentes naturales de suerte y alegría para ti. Tu optimismo puede abrir puertas que otros dan por cerradas. Cuidado con sermonear o prometer de más; tu sabiduría convence más cuando se mantiene humilde y curiosa.',
  capricorn:
    'El éxito te llega a través de la paciencia, la estructura y una autoridad bien ganada. Creces asumiendo responsabilidades, construyendo con cuidado y respetando lo que ha resistido el paso del tiempo. Tu generosidad puede ser medida, pero es fiable. Permítete confiar en que la vida puede ser amable; tus recompensas son reales y tienes derecho a disfrutarlas.',
  aquarius:
    'Tu fe está puesta en las personas y en el futuro. Te expandes a través de amistades, redes, causas e ideas nuevas, y das tu tiempo con generosidad por el bien común. La tolerancia te sale de forma natural. Convertir tus ideales en acción concreta y en calidez personal hace que tu visión transforme de verdad el mundo en lugar de quedarse en lo abstracto.',
  pisces:
    'La compasión es tu abundancia. Creces a través de la imaginación, la espiritualidad, el servicio y tu don para sentir lo que sienten los demás, y la ayuda suele llegarte de formas silenciosas e inesperadas. Tu fe puede tener un tinte místico. Los límites hacen sostenible tu generosidad, así que deja que tu bondad te incluya y elige con cuidado dónde la viertes.',
};
