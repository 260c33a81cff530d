import type { Corpus } from '../types';

export const angleInSign: Corpus['angleInSign'] = {
  asc: {
    aries:
      'Con el Ascendente en Aries, sales al encuentro del mundo de frente. La gente percibe tu energía, tu franqueza y tu disposición a actuar, y la primera impresión que das suele ser la de alguien valiente o algo impaciente. Tiendes a abordar cada situación nueva como un reto. Aprender a pausar antes de embestir hace que tu liderazgo natural resulte acogedor en lugar de brusco.',
    taurus:
      'Tauro en el Ascendente te da una presencia tranquila y bien asentada. A menudo los demás te perciben como alguien que transmite calma, sensualidad y firmeza, alguien a quien no se le puede meter prisa. Te acercas a la vida con cuidado, tanteando el terreno antes de pisarlo. Tu desafío es la flexibilidad: cuando dejas entrar el cambio a tu ritmo, tu estabilidad se convierte en una fortaleza y no en un muro.',
    gemini:
      'Con el Ascendente en Géminis, transmites vivacidad, curiosidad y rapidez, y parece que siempre te interesa la próxima idea o conversación. Afrontas las situaciones nuevas haciendo preguntas y reuniendo información. La gente puede verte con un aire juvenil e ingenioso. Anclar tus muchos intereses en unos pocos compromisos ayuda a que otros vean la profundidad que hay detrás de tu manera de ser, tan cambiante como el mercurio.',
    cancer:
      'El Ascendente en Cáncer te da una manera suave y receptiva de acercarte a la vida. Captas al instante el ambiente de un lugar y a menudo te proteges con un caparazón de reserva hasta sentirte a salvo. La gente tiende a sentirse cuidada a tu lado. Dejar que se vea tu fuerza, y no solo tu sensibilidad, equilibra la impresión que causas.',
    leo: 'Entras en una sala con el Ascendente en Leo, y la gente lo nota. La calidez, la seguridad y un estilo propio dan forma a tu presencia, y sueles vivir con generosidad y con garbo. El reconocimiento te importa. Cuando tu forma de expresarte nace del corazón y no de la necesidad de aprobación, tu brillo natural eleva a todos los que te rodean.',
    virgo:
      'El Ascendente en Virgo te presta unos modales discretos, observadores y competentes. Ante una situación nueva, te fijas en los detalles, evalúas lo que hace falta y te pones manos a la obra sin alardes. La gente suele verte como alguien fiable e inteligente. Ser más amable contigo y dejar que los demás vislumbren tu calidez te acerca mucho más a la gente.',
    libra:
      'El encanto y la diplomacia son tu primera lengua. Con el Ascendente en Libra, te acercas a la vida a través de las relaciones, la estética y el deseo de armonía, y la gente suele encontrarte agradable, elegante y de trato fácil. Las decisiones pueden llevarte tiempo. Dejar que los demás conozcan tus opiniones reales, y no solo tu cara amable, construye una confianza duradera.',
    scorpio:
      'Hay en ti una intensidad que la gente percibe antes de que hables. El Ascendente en Escorpio te da una presencia reservada y magnética, y un talento para leer a los demás revelando muy poco de ti. Afrontas la vida con estrategia. A medida que aprendes a confiar, tu profundidad y tu honestidad resultan poderosamente atractivas en lugar de intimidantes.',
    sagittarius:
      'El Ascendente en Sagitario te da un carácter abierto, entusiasta y franco. Te enfrentas al mundo como a una aventura, y la gente encuentra refrescantes tu optimismo y tu humor. La inquietud puede hacer que parezcas difícil de atrapar. Cuando tu honestidad va de la mano del tacto, tu entusiasmo natural anima a otros a sumarse a tus viajes.',
    capricorn:
      'El Ascendente en Capricornio te da unos modales serenos, serios y competentes. Abordas la vida con cautela y sentido de la responsabilidad, y a menudo la gente te percibe con más edad o más sabiduría de la que tienes. La calidez puede tardar en mostrarse. Cuando bajas la guardia, aparecen el humor seco y la lealtad que los demás acaban atesorando.',
    aquarius:
      'Con el Ascendente en Acuario, transmites una cordialidad algo distante y una imagen original e independiente. Afrontas la vida con curiosidad por cómo podrían ser las cosas de otra manera, y a la gente puede parecerle que te sales de lo convencional o que cuesta clasificarte. Dejar ver tus sentimientos, y no solo tus ideas, ayuda a que los demás se acerquen a quien eres de verdad.',
    pisces:
      'Con Piscis en el Ascendente, tu presencia es suave, soñadora y compasiva. Absorbes la atmósfera que te rodea y puedes adaptarte a los demás casi sin darte cuenta. La gente suele percibirte con un aire delicado, artístico o difícil de asir. Marcar límites claros te ayuda a conservar tu sensibilidad sin perder tu propia identidad.',
  },
  mc: {
    aries:
      'Tu camino público pide iniciativa. Con el Medio Cielo en Aries, te atrae un trabajo donde puedas liderar, competir, abrir camino o actuar con autoridad propia, y que te digan lo que tienes que hacer te irrita profundamente. Con el tiempo se te conoce por tu valentía, y por poner en marcha lo que otros solo comentan.',
    taurus:
      'Un Medio Cielo en Tauro busca una vocación estable, tangible y de verdad gratificante. Puede atraerte trabajar con el dinero, la tierra, la comida, el arte, el diseño o el cuerpo, cualquier cosa en la que la paciencia produzca algo que se pueda tocar. Construyes tu posición despacio y con solidez. La carrera que te conviene transforma el buen gusto y la perseverancia en un valor duradero.',
    gemini:
      'La comunicación da forma a tu vocación. Con el Medio Cielo en Géminis, prosperas donde tu mente se mantiene ocupada: la escritura, la enseñanza, los medios, las ventas, el trabajo en red, la traducción. Tal vez cambies de rumbo más de una vez, y eso no es un fracaso sino una investigación. La gente acaba conociéndote como quien conecta ideas y personas con rapidez y acierto.',
    cancer:
      'El cuidado está en el corazón de tu vocación. Un Medio Cielo en Cáncer te lleva hacia trabajos que nutren, protegen o crean pertenencia, ya sea en un negocio familiar, la hostelería, la salud, el sector inmobiliario o la vida comunitaria. La vida pública te resulta algo personal, así que las críticas pueden dolerte. Tu prestigio crece a partir de la seguridad emocional que creas para las personas a las que sirves.',
    leo: 'Con el Medio Cielo en Leo, naciste para ser visible. Te sienta bien el trabajo creativo, el liderazgo, la interpretación, la enseñanza con niños o cualquier cosa que deje ver tu corazón en público, y el reconocimiento te motiva de verdad. La autoridad duradera llega cuando lideras con generosidad y con orgullo por el trabajo en sí, no solo por el aplauso.',
    virgo:
      'La destreza y el servicio definen la vocación hacia la que apunta un Medio Cielo en Virgo. Pueden encajar contigo la salud, el análisis, la artesanía, la edición, la investigación o cualquier campo donde la precisión importe, y te ganas tu lugar a base de pura competencia. Quizá te vendas por debajo de lo que vales. Deja que el mundo sepa lo que haces bien, porque lograr en silencio que las cosas funcionen mejor es una profesión de verdad.',
    libra:
      'Las relaciones y la armonía atraviesan tu vocación. Con el Medio Cielo en Libra, puedes prosperar en el derecho, la diplomacia, la mediación, el diseño, las artes o cualquier trabajo construido sobre la colaboración. La gente te reconoce por tu sentido de la justicia y tu elegancia. Tu crecimiento profesional llega a través del trabajo en equipo, y del valor de tomar una postura clara cuando el momento lo requiere.',
    scorpio:
      'El trabajo superficial nunca satisfará a un Medio Cielo en Escorpio. Te atraen la investigación, la psicología, las finanzas, la medicina, las pesquisas o los puestos que piden mantener la calma en plena crisis, y quizá prefieras ejercer el poder en silencio antes que exhibirlo. Con los años se te conoce por tu discreción, tu temple y tu capacidad para transformar situaciones difíciles.',
    sagittarius:
      'Tu vocación busca sentido y amplitud. Un Medio Cielo en Sagitario te lleva hacia la enseñanza, el mundo editorial, los viajes, el derecho, la filosofía o cualquier trabajo que ensanche horizontes, los tuyos y los de los demás. Necesitas una carrera en la que puedas creer; si no, se marchita. Comparte tu visión con honestidad y entusiasmo, y tu vida pública seguirá creciendo.',
    capricorn:
      'El Medio Cielo en Capricornio te da un impulso natural hacia el logro y la autoridad. Tal vez aspires pronto a puestos de responsabilidad y construyas tu carrera paso a paso, valorando el respeto por encima de la fama. El éxito es probable, aunque rara vez rápido. Recuerda medir tu valía por algo más que tu cargo; la vida que hay detrás del papel también merece tu ambición.',
    aquarius:
      'La originalidad forma parte de tu vocación. Un Medio Cielo en Acuario te lleva hacia la tecnología, la ciencia, las causas sociales, la organización comunitaria o los campos innovadores, y quizá te resistas por completo a las trayectorias convencionales. Trabajas mejor con libertad y con un propósito que vaya más allá del beneficio. Tu aportación pública es imaginar sistemas mejores y ayudar a la gente a construirlos juntos.',
    pisces:
      'Con el Medio Cielo en Piscis, la imaginación o la compasión guían tu vocación. Pueden atraerte las artes, la música, el cine, la sanación, el trabajo espiritual o el servicio a personas necesitadas, y tu camino puede serpentear como ningún plan de carrera lo haría. Confía en la corriente. Lo que ofreces al mundo es la capacidad de inspirar, calmar y hacer sentir lo invisible.',
  },
};
