import type { Corpus } from '../types';

export const emphasis: Corpus['emphasis'] = {
  elementDominant: {
    fire: 'El fuego recorre tu carta con fuerza. Tienes calidez, chispa y rapidez para actuar, y te enfrentas a la vida con la fe natural de que las cosas saldrán bien si vas a por ellas. El entusiasmo es tu combustible, y la inspiración, tu regalo para los demás. Recuerda que el descanso, la paciencia y los ritmos más lentos de otras personas no son obstáculos: son lo que evita que tu fuego se consuma.',
    earth:
      'La tierra domina tu carta y te da una naturaleza sólida, práctica y fiable. Confías en lo que es real, construyes cosas que duran y entiendes el cuerpo, el dinero y el tiempo mejor que la mayoría. La gente se apoya en tu sentido común. Date permiso para soñar de vez en cuando; la imaginación es la semilla con la que tu paciente construcción puede dar algo nuevo.',
    air: 'Tu carta es rica en aire, así que vives buena parte de la vida a través de ideas, palabras y conexiones. La curiosidad, el trato fácil y la capacidad de ver una situación desde muchos ángulos hacen de la comunicación tu terreno natural. El riesgo es pensar los sentimientos en lugar de sentirlos. Cuando llevas tus conceptos brillantes al cuerpo y al corazón, cobran vida por completo.',
    water:
      'El agua predomina en tu carta y te da una gran hondura emocional, intuición y receptividad a las corrientes que nadie nombra. Recuerdas las verdades emocionales y percibes lo que necesitan los demás, lo que te da una atención y una perspicacia poco comunes. Como absorbes tanto, necesitas tiempo a solas y límites claros. Tu sensibilidad es un don y no una carga cuando la honras con cuidado.',
  },
  elementLacking: {
    fire: 'Con poco fuego en tu carta, el entusiasmo y la espontaneidad tal vez no te salgan de forma automática, y tal vez esperes a tener certezas antes de actuar. La confianza puede parecerte algo que a otros les vino regalado. Es posible que te atraigan las personas audaces y ardientes. Los pequeños gestos de valentía, dados antes de sentir que ha llegado el momento, encienden poco a poco una calidez y una fe en ti que acaban siendo del todo tuyas.',
    earth:
      'Con poca tierra en tu carta, los asuntos prácticos como el dinero, las rutinas, el cuerpo o los horarios pueden resultarte menos naturales. Las ideas y los sentimientos fluyen con facilidad; volverlos concretos te cuesta más. Quizá te atraigan las personas sensatas y con los pies en el suelo. Unos ritmos cotidianos sencillos y un proyecto terminado cada vez dan a tus dones un hogar en el mundo físico.',
    air: 'Con poco aire en tu carta, tomar distancia para analizar o poner en palabras lo que vives quizá no te resulte natural; tiendes a vivirlo directamente. La objetividad puede escaparse cuando estás en medio de las cosas. Es posible que te atraigan las personas elocuentes y serenas. Escribir, conversar y respirar antes de reaccionar te ayudan a ver con más claridad los patrones de tu vida.',
    water:
      'Con poca agua en tu carta, las emociones pueden parecerte ajenas o incluso un poco amenazantes, y tal vez abordes los sentimientos de forma práctica o intelectual. Los demás pueden creer que mantienes la calma cuando en realidad algo te ha conmovido. Tal vez te atraigan las personas emotivas e intuitivas. Permitirte sentir sin querer arreglarlo todo, y nombrar en voz alta lo que sientes, hace mucho más hondos tus vínculos.',
  },
  modalityDominant: {
    cardinal:
      'Los signos cardinales llevan la voz cantante en tu carta, y eso te convierte en alguien que inicia. Ves lo que hay que empezar y lo pones en marcha, a menudo tomando las riendas antes de que nadie se haya movido. Los retos te dan energía. Tu aprendizaje es la constancia: el primer paso te sale solo, pero la verdadera recompensa está en quedarte con un proyecto, y con una persona, cuando la emoción del comienzo ya pasó.',
    fixed:
      'Tu carta se inclina hacia los signos fijos, lo que te da perseverancia, lealtad y una notable capacidad de aguante. Cuando te comprometes, llegas hasta el final allí donde otros abandonarían. La gente cuenta con tu firmeza. La sombra es la resistencia al cambio: cuando la vida te pida soltar o adaptarte, recuerda que la flexibilidad puede proteger lo que amas en lugar de traicionarlo.',
    mutable:
      'Los signos mutables dominan tu carta y te dan adaptabilidad, curiosidad y sensibilidad al cambio. Pasas de un papel, una idea o una situación a otra con soltura, y a menudo haces de puente entre personas. El compromiso puede ser el desafío. Elegir unas pocas cosas a las que ser fiel, aunque algo nuevo te llame, convierte tu versatilidad en logros duraderos.',
  },
  hemisphere: {
    north:
      'La mayoría de tus planetas están bajo el horizonte, en la mitad privada de la carta. Tu vida se forma sobre todo de dentro hacia fuera: la experiencia personal, la familia, el desarrollo interior y aquello que solo te importa a ti. Quizá no busques los focos, y eso no es ninguna debilidad. Tu fuerza crece en la intimidad y se deja ver con el tiempo.',
    south:
      'La mayoría de tus planetas están sobre el horizonte, en la mitad pública de la carta. Miras hacia el mundo amplio: la profesión, la sociedad, las relaciones y las grandes corrientes de tu época. El reconocimiento y la contribución te importan. Acuérdate de cuidar también tu vida privada, para que tus logros hacia fuera descansen sobre unos cimientos interiores bien nutridos.',
    east: 'Tus planetas se agrupan en el lado oriental de la carta, cerca del Ascendente. Tiendes a forjar tu propio destino, actuando según tus decisiones en lugar de esperar a los demás. La independencia y la autonomía te salen con naturalidad. Tu aprendizaje es que colaborar puede multiplicar lo que logras por tu cuenta, y que aceptar ayuda también es una forma de fuerza.',
    west: 'Tus planetas se agrupan en el lado occidental de la carta, cerca del Descendente. Tu vida se despliega en gran medida a través de otras personas: relaciones, alianzas y las oportunidades que los demás te traen. La receptividad y la cooperación son tu fuerte. Tu crecimiento está en confiar en tu propia iniciativa tanto como confías en tu don para trabajar con otros.',
  },
  retrograde: {
    mercury:
      'Mercurio estaba retrógrado cuando naciste, y eso suele darte una mente reflexiva y original que vuelve una y otra vez sobre las ideas hasta hacerlas de verdad suyas. Quizá pienses mucho antes de hablar, o tus pensamientos se aclaren más por escrito que en voz alta. Al principio, los demás no siempre siguen tu lógica. Confía en tu proceso interior; a menudo llega a conclusiones que a otros se les escapan.',
    venus:
      'Venus estaba retrógrada cuando naciste, y eso vuelve hacia dentro tus valores y tus afectos. Tal vez llegues al amor y a la autoestima por un camino poco habitual o más lento, cuestionando lo que otros dan por hecho sobre la belleza y las relaciones. Tus gustos pueden ser muy personales. Con el tiempo desarrollas una comprensión profunda y propia de lo que de verdad valoras.',
    mars: 'Marte estaba retrógrado cuando naciste, así que tu impulso tal vez se vuelva hacia dentro antes de salir hacia fuera. Puede que dudes en afirmarte de forma directa o que tu enfado tarde en aflorar. Aun así, tu energía tiene una gran hondura. Cuando actúas desde la convicción interior y no por presión externa, tu fuerza es formidable y duradera.',
  },
};
