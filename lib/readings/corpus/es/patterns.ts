import type { Corpus } from '../types';

export const pattern: Corpus['pattern'] = {
  grand_trine:
    'Un Gran Trígono, tres planetas unidos en un triángulo armónico, da a tu carta un circuito cerrado de talento. La energía circula por él casi sin esfuerzo, y puede que tengas dones tan naturales que ni siquiera los cuentes como habilidades. El riesgo es la comodidad: lo que llega fácil puede quedarse sin desarrollar. Ante un reto que esté a su altura, esta figura se convierte en una reserva de gracia a la que podrás recurrir toda la vida.',
  t_square:
    'Una Cuadratura en T coloca dos planetas en oposición, y ambos forman cuadratura con un tercero que actúa como punto de presión. Es una dinamo: crea una tensión imposible de ignorar, y de ella se alimentan buena parte de tu ambición y tus logros. El planeta del vértice muestra dónde se concentra la tensión y por dónde puedes liberarla. Con los años aprendes a convertir el estrés en acción con sentido.',
  grand_cross:
    'Una Gran Cruz, cuatro planetas trabados en cuadraturas y oposiciones, te da una carta de una fuerza inmensa y mucha presión interior. Quizá sientas que tiran de ti en cuatro direcciones a la vez, sin una salida fácil. Pero esta figura también forja resistencia: aprendes a sostener muchas exigencias juntas y a mantenerte en pie bajo un peso que a otros los aplastaría. La clave es el equilibrio, no la huida.',
  yod: 'Un Yod, dos planetas en sextil que forman quincuncio con un tercero, se conoce a veces como el dedo del destino. Señala una vocación especial que puede sentirse incómoda, urgente o a destiempo respecto a tu entorno. Los ajustes son constantes hasta que el sentido se aclara. Cuando abrazas la tarea singular que describe el planeta del vértice, surge una fuerte sensación de propósito.',
  stellium:
    'Un stellium, varios planetas reunidos en un mismo signo o casa, concentra tu energía en un único ámbito de la vida. Ese ámbito se vuelve un tema central: una pasión, un talento o una preocupación que no puedes pasar por alto. Tu fuerza está en la profundidad y el foco. Tu desafío es el equilibrio, acordarte de nutrir las partes de la vida que este cúmulo deja en sombra.',
  kite: 'Una Cometa se forma cuando un Gran Trígono queda anclado por un cuarto planeta que se opone a uno de sus vértices. La soltura del trígono gana así una dirección y un punto de tensión que transforma el talento natural en logros concretos. Tienes dones y, además, un motivo para usarlos. El planeta de la cola de la Cometa indica dónde se liberan tus talentos con más propósito.',
};

export const grandTrineElement: Corpus['grandTrineElement'] = {
  fire: 'En signos de fuego, este Gran Trígono aporta un entusiasmo sin límites, valentía y confianza creativa. Sabes inspirar a los demás y te recuperas rápido de los tropiezos. Cuida que la facilidad de la inspiración no sustituya a la constancia, y que tu seguridad deje espacio para las necesidades y el ritmo de los otros. El fuego que se cuida, y no solo se enciende, da calor durante años.',
  earth:
    'En signos de tierra, este Gran Trígono aporta talento práctico, paciencia y buena mano para hacer reales las cosas. Es posible que la vida material se te ordene con fluidez. Protégete de acomodarte demasiado o de resistirte al cambio, y pon tu fiabilidad al servicio de algo que de verdad te importe. La comodidad es una buena recompensa, pero un mal motivo para dejar de crecer.',
  air: 'En signos de aire, este Gran Trígono te da una mente ágil, soltura social y un don para las ideas y la comunicación. Conectas personas y conceptos sin esfuerzo. El riesgo es vivir demasiado dentro de tu cabeza; cuando anclas tus intuiciones en la acción y en el sentimiento, cobran verdadera fuerza.',
  water:
    'En signos de agua, este Gran Trígono aporta una inteligencia emocional profunda, intuición y compasión. Percibes lo que sienten los demás y puedes ofrecerles consuelo. Vigila la tendencia a encerrarte en tu mundo interior o a absorber demasiado; unos límites claros protegen tu sensibilidad. Con un cauce creativo o de cuidado, este caudal de sentimiento se vuelve una auténtica fuente de sanación para ti y para otros.',
};
