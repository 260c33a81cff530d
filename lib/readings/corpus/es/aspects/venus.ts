import type { AspectTexts, PairKeysOf } from '../../types';

export const venus: Record<PairKeysOf<'venus'>, AspectTexts> = {
  venus_mars: {
    conjunction:
      'En ti, el deseo y el afecto están fundidos. Amas con pasión y persigues lo que te parece bello, y hay en ti una cualidad magnética y sensual que los demás notan. El romance puede vivirse con urgencia. Cuando dejas que la ternura modere el ritmo del deseo, tus relaciones ganan a la vez calor y permanencia, y tu trabajo creativo se llena de verdadero fuego.',
    harmonious:
      'En tu vida, la atracción y la acción cooperan. Sabes lo que quieres en el amor y puedes buscarlo con elegancia, equilibrando la iniciativa con el encanto. La energía creativa y romántica fluye con libertad. Eso te convierte en una pareja cálida y segura, y te da talento para cualquier arte que necesite a la vez pasión y pulido.',
    challenging:
      'Lo que deseas y lo que te parece hermoso pueden tirar en direcciones contrarias. Tal vez te atraigan personas que te encienden pero no te convienen, o alternes entre perseguir y retirarte. La fricción romántica es una maestra conocida. Aprender lo que de verdad valoras permite que la pasión y la paz convivan.',
  },
  venus_jupiter: {
    conjunction:
      'La generosidad y la calidez se desbordan en ti. Amas los placeres de la vida, das sin reservas y tiendes a atraer cariño, buena compañía y a veces buena fortuna. La belleza y la celebración te levantan el ánimo. La única lección es la moderación: el exceso de algo bueno, en gastos, dulces o promesas, puede apagar la alegría que contagias de forma natural.',
    harmonious:
      'Para ti, el amor y la suerte suelen viajar juntos. Las relaciones te hacen crecer, la vida social fluye con facilidad y tienes un don para ver lo mejor de cada persona. El arte, los viajes y las celebraciones te enriquecen. Esta gracia fácil hace que tu presencia sea siempre bienvenida y que tu amistad se recuerde por su generosidad y su bondad.',
    challenging:
      'Tu apetito de placer o de afecto puede adelantarse a tu juicio. Quizá gastes de más, te excedas o esperes del amor más de lo que ninguna persona puede dar. Es posible que idealices a tus parejas. Aprender a saborear en lugar de acumular, y a amar a la gente tal como es, convierte esta abundancia en una satisfacción auténtica.',
  },
  venus_saturn: {
    conjunction:
      'Para ti, el amor es un asunto serio. Quizá sentiste que no merecías amor o tuviste que ganarte el afecto desde muy pronto, y eso te enseñó prudencia y lealtad en las relaciones. El compromiso te importa profundamente. Con la madurez, tu amor se vuelve más firme y más rico; lo que construyes en pareja tiende a durar, y descubres que siempre mereciste que te quisieran.',
    harmonious:
      'La lealtad y la estabilidad dan forma a tu manera de amar. Te tomas en serio los compromisos y construyes relaciones que se fortalecen con el tiempo. Valoras la calidad por encima de la cantidad. Tu paciencia en el amor y tu gusto fiable te convierten en una pareja, una amistad y una colaboración en las que se puede confiar a largo plazo.',
    challenging:
      'El afecto puede sentirse vigilado o escaso. El miedo al rechazo, la sensación de no ser suficiente o las experiencias tempranas de un amor frío pueden hacer que te contengas. Las relaciones pueden parecer exámenes. Con tiempo y un cuidado honesto de ti, descubres que puedes amar y recibir amor sin tener que ganártelo.',
  },
  venus_uranus: {
    conjunction:
      'El amor te alcanza como un rayo. Te atraen las personas singulares e independientes, necesitas libertad dentro de la cercanía, y tus gustos pueden ser poco convencionales. Las relaciones pueden empezar y terminar de repente. Encontrar una pareja que valore tu independencia, y que siga siendo tu amiga, da un hogar estable a tu corazón inquieto.',
    harmonious:
      'La frescura mantiene viva tu vida amorosa. Disfrutas de relaciones poco convencionales, de amistades que cruzan todo tipo de fronteras y de un arte que sorprende. Aceptas a los demás tal como son. Esta apertura mantiene emocionantes tus relaciones y original tu gusto creativo, y ayuda a que la gente se sienta libre de ser quien es a tu lado, lo cual es en sí una forma de amor.',
    challenging:
      'En el amor, la cercanía y la libertad pueden tirar la una de la otra. Tal vez te atraigan personas inaccesibles o imprevisibles, o te invada la inquietud en cuanto las cosas se asientan. Las atracciones y los finales repentinos son posibles. Comprender tu necesidad de espacio te permite elegir relaciones con aire para respirar, en lugar de huir de las que te resultan asfixiantes.',
  },
  venus_neptune: {
    conjunction:
      'Tierno, romántico y sin límites: así es tu amor. Ves el alma de las personas y quizá te atraiga la belleza artística, musical o espiritual. La idealización es un riesgo; puedes enamorarte de lo que alguien podría ser en lugar de lo que es. Mantener la mirada clara sin renunciar a la compasión permite que tu amor sea a la vez mágico y sabio.',
    harmonious:
      'La imaginación y la ternura se mezclan en ti de forma preciosa. Tienes una sensibilidad artística real y un don para el amor compasivo, y tus relaciones más cercanas pueden sentirse casi espirituales. La música, el cine o la pintura pueden hacerte llorar. Tu empatía te convierte en una pareja dulce y comprensiva, y en una amistad que perdona sin llevar la cuenta.',
    challenging:
      'Las ilusiones románticas pueden llevar a la decepción. Quizá idealices a tus parejas, ignores las señales de alarma o sacrifiques demasiado por amor. También el dinero puede escurrirse entre tus dedos cuando das con el corazón en lugar de con la cabeza. Aprender a ver a las personas con claridad, y a dar solo lo que es sano, evita que tu compasión se convierta en sacrificio.',
  },
  venus_pluto: {
    conjunction:
      'Para ti, el amor es intenso y transformador. Buscas profundidad y una conexión total, y las relaciones pueden traer pasión, celos y cambios profundos, a veces todo a la vez. El afecto superficial simplemente te aburre. La confianza, la honestidad y el valor de soltar el control permiten que tu amor sea una poderosa fuerza sanadora en lugar de un campo de batalla.',
    harmonious:
      'La profundidad y la constancia marcan tu forma de amar. Puedes crear vínculos intensos y transformadores sin perderte en ellos, y tu atractivo tiene un magnetismo silencioso que los demás perciben. La lealtad te importa enormemente. Las relaciones te ayudan a crecer y regenerarte, y tu pasión suele sostenerlas a lo largo de etapas que acabarían con vínculos más ligeros.',
    challenging:
      'El amor puede convertirse en un campo de batalla de poder y miedo. Pueden aflorar los celos, la posesividad o el terror a la traición, y las relaciones pueden atravesar crisis que se viven como cuestiones de vida o muerte. El dinero y la intimidad pueden enredarse. Mirar tus miedos con honestidad, en lugar de controlar a la otra persona, convierte esta intensidad en intimidad profunda y confianza.',
  },
  venus_true_node: {
    conjunction:
      'El amor y la belleza están entretejidos en tu camino de vida. Las relaciones, el arte o la tarea de poner en armonía a las personas pueden tener un papel central en tu crecimiento, y ciertas parejas pueden sentirse predestinadas desde el primer encuentro. Seguir lo que de verdad amas, y no lo que te dicen que deberías querer, te lleva hacia tu propósito.',
    harmonious:
      'Tus valores y tus relaciones apoyan tu crecimiento. El amor, la amistad y la creatividad te abren puertas, y puedes conocer a personas que te ayudan a través de la vida social, el arte o la simple amabilidad. El placer no te desvía de tu camino, sino que forma parte de él. Confía en tu sentido de lo bello y lo justo; señala el rumbo.',
    challenging:
      'La comodidad en las relaciones, o la vieja costumbre de complacer, puede frenarte sin que lo notes. Tu crecimiento tal vez te pida salir de las formas conocidas de dar y recibir amor, aunque lo conocido resulte dulce. Valorarte lo suficiente como para decepcionar a alguien de vez en cuando te ayuda a avanzar hacia tu verdadero propósito.',
  },
  venus_chiron: {
    conjunction:
      'El amor y la autoestima llevan una herida tierna. Quizá sentiste que no merecías amor, que te faltaba gracia o que sobraba algo en ti, y puede que todavía dudes de tu valor en las relaciones aunque las pruebas digan lo contrario. La sanación llega con una aceptación paciente de ti. Por el camino puedes desarrollar un don poco común para hacer que otros se sientan bellos y amados.',
    harmonious:
      'El amor forma parte de tu medicina. Las relaciones, el arte y la belleza te ayudan a recuperarte de viejas heridas, y quizá tengas un don para hacer que los demás se sientan valorados tal como son. Tu compasión es suave y auténtica, nunca ostentosa. El trabajo creativo o de cuidado puede convertir este talento discreto en algo que cambia vidas.',
    challenging:
      'Las relaciones pueden presionar sobre tus inseguridades más hondas. Tal vez temas el rechazo, sientas que no mereces el amor que se te ofrece o elijas parejas que confirman tus dudas. Estos patrones no son culpa tuya, pero sí te toca sanarlos. Aprender a quererte primero transforma tu manera de amar a los demás y de recibir su amor.',
  },
  venus_asc: {
    conjunction:
      'El encanto forma parte de tu presencia. Venus cerca de tu Ascendente te da atractivo, gracia y un trato agradable, y la gente tiende a sentir simpatía por ti antes de que hayas dicho gran cosa. La belleza, el estilo y los modales te importan. La tarea más honda es valorarte más allá de las apariencias, para que caer bien nunca te cueste tu autenticidad.',
    harmonious:
      'La gracia y la calidez tiñen tu manera de presentarte. Caes bien y resulta fácil tratar contigo, y tu sentido del estilo parece surgir de forma natural. Las primeras impresiones suelen jugar a tu favor. Usado con generosidad, este encanto abre puertas no solo para ti, sino también para las personas que decides llevar contigo.',
    challenging:
      'Tu deseo de gustar puede chocar a veces con el simple hecho de ser tú. Quizá sientas presión por complacer, por tener un aspecto determinado o por suavizar cada momento incómodo, y dudes de tu atractivo más que nadie. Aceptarte, con tus aristas incluidas, saca a la luz una belleza que no depende de la aprobación.',
  },
  venus_mc: {
    conjunction:
      'Tu vida pública lleva el sello de la gracia y el encanto. Venus cerca de tu Medio Cielo apunta hacia una carrera en las artes, el diseño, la belleza, la diplomacia o cualquier campo que premie la armonía y el buen gusto, y es probable que tu reputación sea cálida. A la gente le gusta trabajar contigo. Deja que tu trabajo exprese lo que amas y el éxito tenderá a llegar.',
    harmonious:
      'En tu vida, valores y vocación se apoyan mutuamente. El éxito puede llegar a través del trabajo creativo, social o diplomático, y las personas con autoridad suelen mirarte con buenos ojos. Tu carrera puede darte un placer real, no solo ingresos. Las colaboraciones y alianzas tienden a mejorar tu posición, así que invierte en las relaciones laborales que de verdad te hacen bien.',
    challenging:
      'Tus valores y tu carrera pueden tirar en direcciones distintas. Quizá sientas que tu trabajo no refleja lo que amas, o que las relaciones y la ambición compiten por las mismas horas. Las concesiones en un sentido u otro pueden dejarte con inquietud. Alinear poco a poco lo que haces con lo que valoras trae una plenitud duradera.',
  },
};
