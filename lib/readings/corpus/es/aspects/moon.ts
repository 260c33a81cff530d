import type { AspectTexts, PairKeysOf } from '../../types';

export const moon: Record<PairKeysOf<'moon'>, AspectTexts> = {
  moon_mercury: {
    conjunction:
      'En ti, sentir y pensar están fundidos. Entiendes tus emociones hablando de ellas, y tus palabras llevan un color emocional al que la gente responde. Tu memoria es vívida, sobre todo para cómo se sentían las cosas. Cuando algo te altera, tus pensamientos pueden acelerarse; escribirlo o decirlo en voz alta a alguien de confianza te devuelve a tu centro.',
    harmonious:
      'Puedes poner en palabras lo que sientes con una facilidad poco común. Las conversaciones te calman, y a menudo sabes exactamente qué decir para consolar a alguien. Tu intuición y tu lógica suelen estar de acuerdo. Eso te da un talento natural para escuchar, escribir o aconsejar, y los demás te buscan cuando necesitan entender lo que les pasa por dentro.',
    challenging:
      'En ti, la cabeza y el corazón pueden hablar sin escucharse. Quizá racionalices los sentimientos hasta hacerlos desaparecer, o descubras que tus estados de ánimo tiñen tu pensamiento más de lo que quisieras. De esa distancia pueden nacer malentendidos con las personas cercanas. Ir más despacio para notar lo que sientes antes de explicarlo da mucha más verdad a tus palabras.',
  },
  moon_venus: {
    conjunction:
      'Tienes la ternura a flor de piel. Necesitas afecto, belleza y armonía para sentirte a salvo, y en tus vínculos sueles mostrar generosidad y amabilidad. La gente encuentra reconfortante tu compañía. Procura que tu deseo de paz no te impida expresar necesidades que puedan agitar las aguas; tu dulzura puede con un poco de honestidad.',
    harmonious:
      'La calidez emocional y el encanto fluyen de ti con facilidad. Sabes hacer que la gente se sienta cómoda y que un hogar resulte acogedor, y tus relaciones suelen ser afectuosas. El placer y la comodidad te reponen. Este don amable hace de ti el alma de cualquier reunión, una amistad leal y una presencia pacificadora en cualquier grupo.',
    challenging:
      'Lo que te consuela y lo que deseas no siempre coinciden. Quizá te atraigan personas que no terminan de cubrir tus necesidades emocionales, o sientas que debes elegir entre la seguridad y el romance. Darte caprichos puede convertirse en una forma de consuelo. Aprender a darte el cuidado que buscas en otros une estas dos necesidades.',
  },
  moon_mars: {
    conjunction:
      'Para ti, los sentimientos llegan con calor. Cuando algo te importa, actúas; cuando te hieren, puedes estallar antes incluso de haber nombrado lo que sientes. Defiendes con valentía a las personas que quieres. La actividad física es una buena válvula, y aprender a hacer una pausa antes de reaccionar convierte ese coraje emocional en bruto en una verdadera fuerza protectora.',
    harmonious:
      'En ti, emoción y acción trabajan bien juntas. Puedes defender tus necesidades sin dramas y actuar según tu instinto con confianza. La gente se siente segura con tu energía protectora. Tu valentía emocional te permite afrontar los conflictos con honestidad, un don mucho más raro de lo que parece.',
    challenging:
      'La irritación puede subir rápido cuando tus necesidades no se cubren. Tal vez sientas una tensión entre el deseo de cercanía y las ganas de pelear, y en tus reacciones pueden resonar viejos patrones de conflicto familiar. El ejercicio y la expresión honesta ayudan muchísimo. Una vez comprendida, esta energía se convierte en resiliencia emocional y en una lealtad feroz y protectora.',
  },
  moon_jupiter: {
    conjunction:
      'La generosidad de corazón es uno de tus dones. Sientes las cosas a lo grande, con calidez, humor y una fe instintiva en que todo saldrá bien. A tu lado la gente se siente bienvenida y cuidada. El único escollo es el exceso emocional, al comer, al gastar o al prometer; tu abundancia no necesita exageraciones.',
    harmonious:
      'El optimismo estabiliza tu vida emocional. Tiendes a recuperarte de las decepciones con elegancia y a ver el crecimiento que esconden las experiencias difíciles, y tu familia o tu comunidad pueden apoyarte con generosidad. Cuidas de los demás con facilidad. La gente vuelve una y otra vez a este espíritu alegre.',
    challenging:
      'Tus necesidades emocionales pueden crecer más de lo que una sola situación puede colmar. Quizá pases de las grandes esperanzas a la decepción, o te excedas buscando consuelo en la comida, las compras o el cuidado de otros. Este contacto pide moderación emocional. Encontrar el sentido de tus sentimientos, en lugar de inflarlos, convierte la inquietud en sabiduría.',
  },
  moon_saturn: {
    conjunction:
      'Aprendiste pronto a mantener tus sentimientos bajo control. Quizá el cuidado era condicional o la responsabilidad llegó demasiado temprano, y todavía puede costarte pedir consuelo. Aun así, eres alguien profundamente fiable, una roca para los demás. Con el tiempo, permitirte recibir cuidados suaviza la seriedad y revela tu gran fortaleza emocional.',
    harmonious:
      'La estabilidad emocional es uno de tus puntos fuertes. Sabes manejar los sentimientos difíciles con madurez y mantener la calma cuando otros entran en pánico, y la gente confía en tu sentido común. La responsabilidad no te asusta. Recuerda que tus propias necesidades también importan; ser estable no significa no necesitar nunca nada.',
    challenging:
      'Para ti, el sentimiento y el deber suelen tirar en direcciones opuestas. Tal vez sientas soledad incluso en compañía, o sospeches que tus necesidades son una carga, y tus primeras experiencias pueden haberte enseñado a valerte por ti demasiado pronto. Este contacto construye profundidad. Con tiempo y confianza descubres que dejarte cuidar no te hace débil.',
  },
  moon_uranus: {
    conjunction:
      'Eléctrica e imprevisible, tu vida emocional rara vez sigue un guion. Necesitas libertad dentro de la cercanía, y la inquietud puede asaltarte cuando las relaciones se vuelven rutina. Los destellos intuitivos son frecuentes. Encontrar personas que acepten tu independencia, y darte espacio sin cortar con los demás, crea un hogar estable para tu corazón poco común.',
    harmonious:
      'Aportas aire fresco a la vida emocional. Te adaptas con facilidad al cambio, aceptas a las personas poco convencionales y puedes mantener la amistad con antiguas parejas. Tu intuición funciona a base de revelaciones súbitas. Esta apertura te convierte en una compañía estimulante y tolerante que ayuda a otros a sentirse libres, y te permite reinventar tu vida doméstica cada vez que se estanca.',
    challenging:
      'En ti, la cercanía y la libertad pueden sentirse como fuerzas opuestas. Quizá anheles la seguridad y luego salgas huyendo de ella, o vivas sacudidas emocionales que parecen surgir de la nada. Tu infancia pudo ser imprevisible. Comprender tu necesidad de espacio te permite crear relaciones a la vez libres y profundamente seguras.',
  },
  moon_neptune: {
    conjunction:
      'Sin límites es la mejor manera de describir tu mundo emocional. Absorbes el ánimo de las personas y los lugares, sientes compasión con facilidad y quizá tengas sueños muy vívidos o un fuerte sentido espiritual. Puedes perder tus propios sentimientos dentro de los de otra persona. El trabajo creativo, la música, la meditación y el tiempo a solas te ayudan a distinguir qué emociones son de verdad tuyas.',
    harmonious:
      'La imaginación y la empatía fluyen en ti con suavidad. Entiendes a los demás sin necesidad de explicaciones, y tal vez tengas dones artísticos o sanadores. Tu intuición es fiable. Hónrala con ratos de silencio, música y cauces creativos, y te guiará bien en las relaciones y en las muchas pequeñas decisiones de la vida diaria.',
    challenging:
      'Tus sentimientos pueden volverse confusos o idealizados. Quizá rescates a otros, pases por alto las señales de alarma o te evadas en la fantasía cuando la realidad decepciona. Tus primeras figuras de cuidado pudieron ser esquivas. Aprender a ver a las personas como son, y a poner límites amables, mantiene sana tu gran compasión en lugar de convertirla en sacrificio.',
  },
  moon_pluto: {
    conjunction:
      'Las emociones profundas y poderosas forman parte de tu naturaleza. Sientes con intensidad, te vinculas por completo y quizá viviste sacudidas emocionales tempranas que te marcaron. La confianza lo es todo. Comprender tus propias profundidades, tal vez a través de la terapia o de una reflexión honda, convierte tu intensidad en una capacidad profunda de sanación y transformación emocional.',
    harmonious:
      'Tienes a tu disposición hondura emocional y resiliencia. Las crisis no te asustan; puedes afrontar sentimientos intensos, sostenerlos y atravesarlos hasta salir de ellos con otra piel. La gente te confía sus secretos de forma instintiva. Tu intuición psicológica te convierte en un sostén natural cuando la vida de alguien se desmorona y necesita una presencia firme.',
    challenging:
      'Los sentimientos intensos y el miedo a la pérdida o al control pueden marcar tu vida emocional. Quizá viviste dinámicas familiares muy fuertes o manipulación emocional, y tal vez te protejas controlando o retirándote. Mirar estos patrones con honestidad los transforma en una honda capacidad de intimidad y de fortaleza emocional.',
  },
  moon_true_node: {
    conjunction:
      'Tus sentimientos son una brújula que apunta hacia tu camino. Las experiencias emocionales, los lazos familiares y las personas que cuidas tienen un papel central en tu crecimiento, y quizá sientas una atracción instintiva hacia ciertos lugares o personas sin saber por qué. Aquí, confía en tu instinto. Suele conocer el camino mucho antes de que tu razonamiento lo alcance.',
    harmonious:
      'En tu caso, las necesidades emocionales impulsan tu crecimiento en lugar de frenarlo. Cuidar de otros y dejarte cuidar te ayudan a desarrollarte, y puedes encontrar apoyo oportuno en la familia, en tu madre, en mentores o en amistades cercanas. Seguir tu instinto tiende a llevarte hacia experiencias plenas y hacia las personas que tenías que conocer.',
    challenging:
      'Tu zona de confort emocional puede chocar en silencio con la dirección que tu vida quiere tomar. Los estados de ánimo conocidos, los viejos papeles familiares o la seguridad de lo de siempre pueden frenarte ante las experiencias nuevas que tu alma te pide. Salir con suavidad de esos hábitos, un pequeño riesgo cada vez, abre la puerta a tu propósito.',
  },
  moon_chiron: {
    conjunction:
      'Tu vida emocional lleva una herida tierna, tal vez por unos primeros cuidados que no cubrieron del todo tus necesidades o por alguien a tu cargo que también sufría. Como consecuencia, puedes vivir en profunda sintonía con el dolor ajeno. La sanación llega cuando aprendes a cuidarte tan bien como cuidas a otros, y desde ese lugar te conviertes en una fuente profunda de consuelo.',
    harmonious:
      'La sensibilidad es tu aliada para sanar, tanto tus heridas como las de los demás. Puedes afrontar el dolor emocional con delicadeza en lugar de con pánico, y quizá tengas un don natural para consolar a quien está de duelo o tiene miedo. Esta empatía callada es una fuerza real. El cuidado, la enseñanza o el trabajo creativo pueden darle un cauce con sentido.',
    challenging:
      'Las viejas heridas emocionales pueden resurgir en tus relaciones cercanas o en tu vida familiar, a menudo justo cuando más deseas sentirte a salvo. Quizá creas, muy en el fondo, que tienes que cuidar de los demás para merecer amor. La sanación llega cuando aprendes a recibir cuidados con la misma facilidad con que los das, y a dejar que la gente se quede aunque no estés siendo útil.',
  },
  moon_asc: {
    conjunction:
      'Lo que sientes se ve en la superficie. La Luna cerca de tu Ascendente te da una gran expresividad emocional y una respuesta viva a tu entorno, y la gente suele percibir tu calidez, o tu estado de ánimo, en cuanto entras. Tu presencia puede cambiar con tu clima interior. Saber lo que sientes te ayuda a salir al mundo desde la seguridad y no desde la reacción.',
    harmonious:
      'La gracia marca la forma en que tus sentimientos asoman en tu manera de ser. Resulta fácil acercarse a ti y hablar contigo, porque se nota que la gente te importa; además, te adaptas a una compañía nueva sin perderte. Tu inteligencia emocional se ve y se aprecia. Eso te da soltura natural en cualquier papel en el que hacer sentir cómoda a la gente sea la mitad del trabajo.',
    challenging:
      'Cómo te sientes y cómo te perciben pueden no coincidir. Tal vez escondas tus sentimientos tras un rostro sereno, o descubras que se notan justo cuando preferirías guardarlos para ti. Los demás pueden malinterpretar tu estado de ánimo. Expresarte con honestidad y a tiempo va alineando poco a poco tu mundo interior y el exterior.',
  },
  moon_mc: {
    conjunction:
      'Tu vida emocional y tu papel público están profundamente entrelazados. Quizá te atraigan las profesiones de cuidado, el trabajo de cara al público o una carrera que se sienta como una familia, y tu reputación puede basarse en tu sensibilidad y tu instinto para lo que la gente necesita. Los altibajos públicos pueden afectarte en lo personal. Proteger tu tiempo privado te mantiene bien por dentro.',
    harmonious:
      'En tu vida, sentimiento y vocación trabajan juntos. Puedes encontrar una plenitud real en un trabajo que nutre, alimenta, da techo o protege a otros, y tu inteligencia emocional te da ventaja en cualquier profesión. Tu familia puede apoyar activamente tus ambiciones. Seguir lo que de verdad te conmueve tiende a llevarte a una carrera que también te sostiene.',
    challenging:
      'El hogar y la carrera pueden competir por tu energía emocional. Quizá sientas un tira y afloja entre las obligaciones públicas y las necesidades privadas, o lleves expectativas familiares a tu vida laboral sin darte cuenta. La culpa puede seguirte elijas el lado que elijas. Encontrar un ritmo que honre ambos, y aceptar que cambiará con el tiempo, es tu tarea permanente.',
  },
};
