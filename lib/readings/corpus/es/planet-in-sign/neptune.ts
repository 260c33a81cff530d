import type { Sign } from '@/lib/astro/types';

export const neptune: Record<Sign, string> = {
  aries:
    'El coraje es lo que veneras en secreto. Neptuno aquí, compartido con todos los nacidos en estos años, idealiza al héroe solitario y el nuevo comienzo, y quizá sientas una carga espiritual en los actos audaces. Cuidado con confundir cada impulso con una vocación. Cuando actúas por algo más grande que tú, tu audacia tiene una especie de gracia.',
  taurus:
    'La belleza del mundo físico puede parecerte casi sagrada. Junto con tu generación, tal vez idealices la naturaleza, la artesanía, el cuerpo y la abundancia sencilla, y encuentres lo sagrado en el pan, la tierra y la canción. El dinero y las posesiones son donde se esconden las ilusiones. Tu devoción por lo real y duradero es un antídoto silencioso para una época inquieta.',
  gemini:
    'Las historias pueden hechizarte, y tú puedes hechizar con ellas. Neptuno en este signo difumina para toda tu generación la línea entre realidad y ficción, y llena la mente de imágenes, rumores y poesía. Quizá tengas un don natural para narrar o traducir. Conserva una sana dosis de duda sobre lo que lees y repites, y tu imaginación iluminará en lugar de confundir.',
  cancer:
    'En algún lugar de ti vive el sueño de un hogar perfecto. Tu generación anhela pertenecer y puede idealizar la familia, la patria o un pasado dorado, y tú sientes una compasión real por quien no tiene refugio. La nostalgia puede suavizar la verdad de lo que ocurrió. Tu don es crear un santuario emocional en el presente, para ti y para quien lo necesite.',
  leo: 'El romance y el glamur lanzan un hechizo sobre esta generación, y también sobre ti. Quizá idealices el amor, el arte y el brillo del escenario, y sientas que cada persona lleva una pequeña estrella dentro. Los héroes pueden decepcionarte. La sanación llega cuando pones tu propio corazón y tu imaginación en la vida creativa en vez de esperar a que otro los encarne.',
  virgo:
    'Tu idealismo vive en el servicio. Con tu generación, tal vez sueñes con la sanación, la pureza y un mundo que por fin funcione, y sientas una satisfacción casi espiritual al ser útil. La ansiedad ante la imperfección puede socavar el sueño. El regalo que llevas es la compasión expresada en cuidados prácticos, incluido el cuidado de tu propio cuerpo y de tus días imperfectos.',
  libra:
    'Amor perfecto, paz perfecta: ese es el sueño que Neptuno teje en tu generación. Puedes idealizar a tus parejas, el arte y la diplomacia, y anhelar un mundo donde la belleza y la justicia por fin se encuentren. El desencanto en las relaciones puede convertirse en tu maestro. Lo que queda es una visión adulta del amor que sostiene juntas la gracia y la justicia.',
  scorpio:
    'El misterio te atrae como una marea. Tu generación siente fascinación por lo oculto: la intimidad, la muerte, la psicología, lo esotérico, lo prohibido. Percibes las corrientes de fondo de las personas casi sin esfuerzo, y perderte en la intensidad es el peligro. Bien usada, tu empatía hacia los rincones oscuros de la experiencia humana se convierte en una profunda capacidad de sanar.',
  sagittarius:
    'Para ti y tu generación, lo sagrado está en algún punto más allá del horizonte. Los viajes, la fe, la filosofía y la búsqueda de una verdad mayor que cualquier credo despiertan tu imaginación. La fe ciega o la búsqueda sin fin pueden ocupar el lugar de la sabiduría real. Tu don es una sensación contagiosa de que la vida significa algo y de que la búsqueda misma vale el viaje.',
  capricorn:
    'Lo que más esperas es integridad en las estructuras del mundo. Tu generación puede idealizar la autoridad, las carreras y las instituciones, y luego desilusionarse cuando salen a la luz sus fallos. Esa decepción es útil. Estás aquí para ayudar a que los valores espirituales tomen una forma práctica y duradera: organizaciones, leyes y trabajos que de verdad sirvan a las personas que están dentro.',
  aquarius:
    'El futuro es tu horizonte espiritual. Con esta generación, quizá sueñes con una tecnología y una comunidad al servicio de los ideales humanos, y sientas parentesco con la humanidad entera. La trampa es desconectarte de las personas reales, con todos sus defectos. Tu don es imaginar cómo podría ser una sociedad más amable e invitar a otros a construirla contigo.',
  pisces:
    'Neptuno está en su domicilio aquí, y para tu generación el velo entre los mundos parece muy fino. Puede atraerte la espiritualidad, la música, el arte y el servicio compasivo, y sientes la unidad de la vida en los momentos corrientes. Los límites pueden disolverse con demasiada facilidad. Tu don es una empatía tan amplia que hace que hasta un desconocido se sienta comprendido.',
};
