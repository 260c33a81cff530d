import type { Sign } from '@/lib/astro/types';

export const saturn: Record<Sign, string> = {
  aries:
    'Afirmarte tal vez te pareció arriesgado desde muy pronto, como si actuar por impulso propio fuera a traerte problemas. Puedes oscilar entre la duda y el forzar las cosas. Con los años aprendes a actuar con un coraje disciplinado: empezar las cosas de forma deliberada y llevarlas hasta el final. Esa independencia ganada a pulso se convierte en un liderazgo sereno e inquebrantable.',
  taurus:
    'La seguridad es tu asunto serio. Quizá conociste la escasez o te preocupó no tener suficiente, y por eso construyes tus recursos con cuidado y sin prisa. El miedo a perder puede hacer que te aferres. La lección es confiar en tu propio valor constante; lo que creas con paciencia se vuelve duradero, y alcanzas una estabilidad material y emocional auténtica.',
  gemini:
    'Te tomas en serio el aprendizaje y la comunicación, quizá porque en algún momento te resultaron difíciles. Puede que dudes de tu inteligencia o temas decir algo inoportuno. Poco a poco eso se convierte en profundidad: un pensamiento cuidadoso, un lenguaje preciso y un saber construido con estudio. Tus palabras acaban teniendo peso precisamente porque las has sopesado.',
  cancer:
    'La seguridad emocional tal vez no llegó con facilidad, y aprendiste a contener tu necesidad de cuidado. La familia, el hogar y la pertenencia son para ti terrenos de responsabilidad y, a veces, de peso. La madurez trae un regalo: te conviertes en la presencia firme y protectora que un día deseaste, capaz de crear un hogar donde los sentimientos están a salvo.',
  leo: 'Que te vean puede sentirse para ti como un examen. Quizá dudes de que tu creatividad o tu amor vayan a ser bien recibidos, y por eso te contienes o te esfuerzas muchísimo por obtener reconocimiento. La lección es darte permiso para brillar. A la larga, tu expresión auténtica gana dignidad, disciplina y una fuerza verdaderamente admirable.',
  virgo:
    'Te exiges mucho en el trabajo y en la salud. El perfeccionismo y la preocupación pueden pesarte, y es fácil que sientas que nunca haces lo suficiente. Con la madurez encuentras el equilibrio entre la excelencia y la aceptación de ti. Tu destreza, forjada con paciencia y práctica, se convierte en un servicio real para los demás.',
  libra:
    'Es en las relaciones donde haces tu crecimiento más serio. Puedes acercarte al compromiso con cautela, sentirte responsable de mantener la paz o temer el desequilibrio. Saturno está exaltado en este signo, y entiendes la justicia en profundidad. Con el tiempo construyes vínculos maduros, equilibrados y duraderos, basados en acuerdos claros.',
  scorpio:
    'La confianza y la intimidad son tus maestras más exigentes. Quizá protejas tu vulnerabilidad, temas perder el control o cargues con un peso emocional del pasado. Tu trabajo es mirar esas profundidades con honestidad. Gracias a ello ganas una fortaleza emocional notable y la capacidad de acompañar a otros en sus propias crisis.',
  sagittarius:
    'El sentido y las creencias son asuntos serios para ti. Tal vez cuestionaste la fe que te transmitieron o sentiste que debías ganarte el derecho a opinar. Con los años construyes una filosofía puesta a prueba por la experiencia, no prestada. Tus convicciones echan raíces, y tu enseñanza tiene autoridad porque la has vivido.',
  capricorn:
    'Saturno está en su domicilio aquí, y sientes hondamente el peso de la responsabilidad. La ambición, la disciplina y la mirada a largo plazo te salen con naturalidad, aunque puedes exigirte con dureza y tardar en relajarte. Tu fuerza es la resistencia. Aprender que tu valor no se reduce a tus logros permite que tu autoridad se suavice hasta volverse sabiduría.',
  aquarius:
    'Te tomas en serio tus ideales y tu lugar en el grupo. Quizá te sientas fuera de lugar o te debatas entre encajar y mantenerte aparte. Poco a poco construyes estructuras que sirven al colectivo y te conviertes en una fuerza estable de progreso. Saturno también tiene su domicilio tradicional en este signo, y aporta verdadera disciplina a tu visión.',
  pisces:
    'Las fronteras entre tú y el mundo pueden sentirse finas, y quizá temas que te desborden los sentimientos, el caos o las necesidades ajenas. Tu tarea es dar forma a tu compasión y tu imaginación. A la larga encarnas una espiritualidad con los pies en la tierra: la de alguien capaz de sostener el sufrimiento con calma y de convertir la inspiración en algo real.',
};
