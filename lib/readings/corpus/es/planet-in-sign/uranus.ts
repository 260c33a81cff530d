import type { Sign } from '@/lib/astro/types';

export const uranus: Record<Sign, string> = {
  aries:
    'Abrir camino siendo los primeros es el sello de tu generación. Urano aquí aporta a tu naturaleza una vena inquieta y pionera: la disposición a empezar de cero, a rechazar lo que suena a rancio y a actuar según una convicción repentina. En lo personal, quizá nunca tengas tanta vida como cuando haces algo que nadie ha hecho. Sostener esas chispas en el tiempo es donde empieza tu verdadera innovación.',
  taurus:
    'Urano en este signo de tierra pide a tu generación que replantee el valor: el dinero, la tierra y el lugar del cuerpo en un mundo cambiante. En ti se manifiesta como una originalidad tozuda: cambias despacio, pero cuando lo haces, el cambio es total. Los giros inesperados en torno a la seguridad pueden enseñarte que la estabilidad se puede reinventar, no solo defender.',
  gemini:
    'Tu generación vuelve a cablear la forma en que la gente habla, aprende y se conecta. En lo personal, Urano aquí te da una mente rápida e inventiva que disfruta con la información nueva y con los vínculos poco convencionales entre ideas. Las revelaciones te llegan en mitad de una conversación. Dales un lugar donde aterrizar, un cuaderno o un proyecto, para que tu brillantez no se disperse sin más.',
  cancer:
    'Las personas nacidas contigo están reinventando el hogar y la familia. Tal vez creciste entre estructuras familiares cambiantes, y llevas dentro el instinto de crear pertenencia con formas nuevas. La libertad emocional te importa tanto como la seguridad emocional. Tu desafío es honrar ambas y crear un hogar lo bastante estable para descansar y lo bastante abierto para respirar.',
  leo: 'Para esta generación, el derecho a expresarse no se negocia. Urano en este signo te da una vena creativa rebelde y la negativa a ser otra cosa que tú. Puede atraerte un arte, un romance o una manera de jugar fuera de lo común. La libertad de expresión es tu causa; asegúrate de que incluya espacio para que otros brillen a su manera.',
  virgo:
    'A tus ojos, como a los de tu generación, el trabajo, la salud y los sistemas cotidianos piden una revolución. Quizá te atraigan los métodos nuevos, la tecnología o los enfoques alternativos del bienestar, y tienes buen ojo para reinventar lo que no funciona. La impaciencia con la rutina es típica. Canalízala en mejorar los procesos en lugar de abandonarlos, y tus reformas perdurarán.',
  libra:
    'Para ti y tu generación, las reglas de las relaciones están para reescribirse. Valoras la igualdad, la libertad y las formas nuevas de pareja, y puedes resistirte a los acuerdos convencionales que te resultan estrechos. Los encuentros y las separaciones repentinas pueden marcar tu vida. El regalo es una visión del amor y de la justicia basada en el respeto mutuo y no en la obligación.',
  scorpio:
    'Los tabúes sobre el sexo, la muerte, el poder y el dinero se resquebrajan bajo la mirada de tu generación. Llevas dentro el instinto de destapar verdades ocultas y de sacudir lo que se ha ido pudriendo en secreto. Las conmociones emocionales repentinas pueden desencadenar una renovación profunda. Tu poder está en transformar la intensidad en una lucidez que libera en lugar de asustar.',
  sagittarius:
    'La libertad de creencias y una mirada global impulsan a quienes nacieron contigo. Puede atraerte viajar, explorar filosofías poco comunes o cuestionar cada ortodoxia que heredas. Una revelación repentina puede cambiar tu visión del mundo de la noche a la mañana. Tu don es ayudar a otros a ver que la verdad es más grande que cualquier tradición.',
  capricorn:
    'Tu generación reforma las instituciones desde dentro. Puedes respetar la estructura y a la vez sentir la necesidad de renovarla, uniendo la ambición al deseo de un cambio real. Los giros inesperados en la carrera o en relación con la autoridad pueden marcar tu camino. Das lo mejor de ti construyendo sistemas nuevos que sean a la vez prácticos y progresistas.',
  aquarius:
    'Urano está en su domicilio aquí, y tu generación viene preparada para las redes, la tecnología y el cambio colectivo. Tienes una fuerte vena independiente y un sentido natural del futuro. Encajar en lo corriente quizá nunca te resultó cómodo. Tu aportación es imaginar comunidades nuevas y ayudar a construirlas.',
  pisces:
    'Las viejas fronteras se disuelven gracias a la imaginación y la compasión de tu generación. Puede atraerte el arte, la espiritualidad o formas nuevas de sanación, y percibes con viveza los estados de ánimo colectivos. Te guían intuiciones súbitas. Anclar tus visiones en la práctica evita que se deslicen hacia la evasión y permite que sean un regalo real para los demás.',
};
