import type { Sign } from '@/lib/astro/types';

export const saturn: Record<Sign, string> = {
  aries:
    'Afirmar-se pode ter parecido arriscado no início da sua vida, como se agir pelo próprio impulso fosse trazer problemas. Talvez você oscile entre hesitar e forçar a barra. Com o tempo, você aprende a agir com uma coragem disciplinada: começando as coisas de forma deliberada e levando-as até o fim. Essa independência conquistada a duras penas se torna uma liderança silenciosa e inabalável.',
  taurus:
    'A segurança é o seu assunto sério. Talvez você tenha conhecido a escassez ou vivido com medo de não ter o suficiente, e por isso constrói os seus recursos com cuidado e sem pressa. O medo da perda pode fazer você se agarrar às coisas. A lição é confiar no seu valor constante; o que você cria com paciência se torna durável, e você amadurece rumo a uma estabilidade material e emocional de verdade.',
  gemini:
    'Você leva o aprendizado e a comunicação a sério, talvez porque um dia eles tenham sido difíceis. Pode ser que duvide da própria inteligência ou tenha medo de dizer a coisa errada. Com o tempo, isso se transforma em profundidade: pensamento cuidadoso, linguagem precisa e um saber construído com estudo. Suas palavras passam a ter peso justamente porque você as pesou antes.',
  cancer:
    'A proteção emocional talvez não tenha vindo com facilidade, e você aprendeu a conter a sua necessidade de cuidado. Família, lar e pertencimento são áreas de responsabilidade e, às vezes, de peso para você. A maturidade traz um presente: você se torna a presença firme e protetora que um dia desejou ter, capaz de criar um lar onde os sentimentos estão a salvo.',
  leo: 'Estar sob o olhar dos outros pode parecer uma prova para você. Talvez duvide de que a sua criatividade ou o seu amor serão bem recebidos, e por isso se contenha ou trabalhe duro demais em busca de reconhecimento. A lição é dar-se permissão para brilhar. Com o tempo, a sua autoexpressão autêntica ganha dignidade, disciplina e um brilho genuinamente admirável.',
  virgo:
    'Você se cobra padrões altos no trabalho e na saúde. Perfeccionismo e preocupação podem pesar, e talvez pareça que nada do que você faz é suficiente. Com a maturidade, você encontra o equilíbrio entre excelência e autoaceitação. Sua habilidade, construída com paciência e prática, torna-se um serviço real aos outros.',
  libra:
    'Os relacionamentos são o lugar onde você faz o seu crescimento mais sério. Talvez se aproxime do compromisso com cautela, sinta-se responsável por manter a paz ou tema o desequilíbrio. Saturno é forte neste signo, e você entende a justiça a fundo. Com o tempo, você constrói parcerias maduras, igualitárias e duradouras, fundadas em acordos claros.',
  scorpio:
    'Confiança e intimidade são mestras que cobram caro de você. Talvez você proteja a sua vulnerabilidade, tema perder o controle ou carregue um peso emocional do passado. Encarar essas profundezas com honestidade é o seu trabalho. Por meio dele, você ganha uma força emocional notável e a capacidade de ajudar os outros a atravessar as próprias crises.',
  sagittarius:
    'Sentido e crença são assuntos sérios para você. Talvez tenha questionado a fé que recebeu ou sentido que precisava conquistar o direito de ter uma opinião. Com o tempo, você constrói uma filosofia testada pela experiência, e não emprestada. Suas convicções ganham chão, e o que você ensina tem autoridade porque foi vivido.',
  capricorn:
    'Saturno está em casa aqui, e você sente profundamente o peso da responsabilidade. Ambição, disciplina e visão de longo prazo vêm com naturalidade, embora talvez você se cobre demais e demore a relaxar. Sua força é a resistência. Aprender que o seu valor não se resume às conquistas permite que a sua autoridade se suavize em sabedoria.',
  aquarius:
    "Você leva a sério os seus ideais e o seu lugar no grupo. Talvez se sinta um peixe fora d'água, ou oscile entre se encaixar e se destacar. Com o tempo, você constrói estruturas que servem ao coletivo e se torna uma força constante de progresso. Saturno também está em casa neste signo, o que empresta verdadeira disciplina à sua visão.",
  pisces:
    'As fronteiras entre você e o mundo podem parecer finas, e talvez você tema se afogar em sentimentos, no caos ou nas necessidades alheias. Seu trabalho é dar forma à sua compaixão e à sua imaginação. Com o tempo, nasce em você uma espiritualidade com os pés no chão: a capacidade de acolher o sofrimento com calma e transformar inspiração em algo real.',
};
