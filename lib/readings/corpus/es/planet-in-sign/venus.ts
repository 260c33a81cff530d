import type { Sign } from '@/lib/astro/types';

export const venus: Record<Sign, string> = {
  aries:
    'Para ti, el amor es persecución y chispa. Te atraen la valentía, la franqueza y un poco de desafío, y sueles saber al instante si alguien te interesa. El aburrimiento mata el deseo más rápido que el conflicto. Tu crecimiento está en mantener vivo el fuego después del primer arrebato y descubrir que la intimidad verdadera también puede ser una aventura.',
  taurus:
    'Amas con los sentidos y con paciencia. El tacto, la buena mesa, las cosas bellas y el tiempo compartido sin prisas te importan profundamente, y tu afecto es constante y generoso. La seguridad es un afrodisíaco. La posesividad puede colarse cuando dudas del vínculo, así que acompaña tu lealtad silenciosa con confianza en la libertad de la otra persona.',
  gemini:
    'La conversación es tu forma de coquetear. Te atraen las mentes rápidas, el intercambio juguetón y las personas que te sorprenden, y necesitas una pareja que también sea cómplice y amiga. La variedad mantiene despierto tu corazón. La profundidad llega cuando dejas que un vínculo crezca más allá de la etapa divertida y descubres cuánto queda todavía por hablar.',
  cancer:
    'La ternura y la protección son tu manera de amar. Quieres un vínculo que se sienta como un hogar, con rituales compartidos, recuerdos y sensación de pertenencia. Cuidas con entrega y tu lealtad es profunda. El miedo al rechazo puede llevarte a la cautela o a un apego excesivo, así que recuerda que mereces amor por quien eres, no solo por los cuidados que das.',
  leo: 'Amas con generosidad, lealtad y sentido de la ocasión. El romance, los gestos y el orgullo por tu pareja te importan, y quieres que te adoren tanto como tú adoras. Que te pasen por alto duele. Tu regalo más cálido es hacer que la gente se sienta estrella; deja que eso incluya también los momentos cotidianos y poco glamurosos del amor.',
  virgo:
    'La devoción se nota en tus actos: el detalle recordado, lo que arreglas, la ayuda ofrecida antes de que te la pidan. Te atraen la competencia, la sinceridad y las personas que se cuidan a sí mismas. Donde vive la ansiedad puede colarse la crítica. Aceptar la imperfección, en ti y en los demás, convierte tu cuidado en un amor que perdura.',
  libra:
    'Para ti, la pareja es un arte. La gracia, la cortesía y la belleza te seducen, y aportas armonía y buen gusto a cada relación que empiezas. Necesitas a alguien que esté a tu altura, de igual a igual. Cuida de no perder tus propios deseos en el afán de agradar; el equilibrio también incluye tu lado de la balanza.',
  scorpio:
    'No amas a la ligera. Buscas intensidad, lealtad y verdad emocional, y prefieres un vínculo profundo a muchos agradables. Los celos y el miedo a la traición pueden oscurecer tus sentimientos. Cuando dejas que la confianza crezca despacio y hablas abiertamente del deseo, tu amor se vuelve profundamente transformador.',
  sagittarius:
    'La libertad y la aventura compartida mantienen abierto tu corazón. Te atraen las personas que amplían tu mundo, te hacen reír y comparten tu apetito de sentido. El compromiso puede parecerte una jaula si significa quedarse quieto. El vínculo adecuado para ti es un viaje, no un destino, y eres fiel a la pareja que crece contigo.',
  capricorn:
    'Para ti, el amor es algo que se construye con el tiempo. Valoras la fiabilidad, la ambición y a las personas que cumplen su palabra, y muestras tu afecto con compromiso y apoyo práctico. La prudencia puede hacer que tardes en abrirte. Permitirte la espontaneidad y la ternura, incluso alguna que otra tontería, deja ver la calidez que hay bajo tu reserva.',
  aquarius:
    'Amas desde la amistad, antes que nada. La originalidad, la inteligencia y una visión compartida te atraen más que las convenciones, y necesitas espacio dentro de la cercanía. A otros puede costarles leerte. Mostrar tu calidez de maneras sencillas y personales deja que la gente sienta cuánto te importa, aunque tu forma de amar no siga el guion habitual.',
  pisces:
    'Tu amor es tierno, imaginativo y sin límites. Sabes ver lo mejor de cada persona y te atraen el romance, la música y la conexión a nivel del alma. Perdonas con facilidad, a veces demasiada. Amar con sabiduría significa conservar tu compasión sin dejar de ver a las personas como son, y elegir parejas capaces de corresponder a tu entrega.',
};
