import type { Sign } from '@/lib/astro/types';

export const trueNode: Record<Sign, string> = {
  aries:
    'Seu Nodo Norte pede que você assuma a própria individualidade. Com o Nodo Sul em Libra, talvez você tenha muita habilidade para se acomodar aos outros e um enorme desconforto em se colocar em primeiro lugar. O crescimento vem de pequenos atos de autoafirmação: dizer uma preferência, começar algo por conta própria, tolerar o desagrado de alguém. Quanto mais você confia no próprio impulso, mais vivos e equilibrados se tornam os seus relacionamentos.',
  taurus:
    'Com o Nodo Norte em Touro, o seu caminho leva à simplicidade, à paciência e ao amor-próprio. O Nodo Sul em Escorpião conhece bem demais as crises, a intensidade e os recursos alheios, e talvez o drama atraia você, mesmo quando deixa você sem energia. Construir algo estável e seu, desfrutar do corpo e valorizar a calma não tem nada de monótono: é o seu remédio.',
  gemini:
    'A curiosidade é a estrada à sua frente. Seu Nodo Norte em Gêmeos convida você a fazer perguntas, ouvir outros pontos de vista e curtir o não saber, enquanto o Nodo Sul em Sagitário pode se agarrar a grandes certezas e respostas prontas. Cada vez que você escolhe a abertura numa conversa em vez do sermão, aprende algo que muda a sua vida.',
  cancer:
    'Seu crescimento está na ternura. Com o Nodo Norte em Câncer e o Nodo Sul em Capricórnio, talvez você recorra por padrão ao controle, às conquistas e ao papel de quem é responsável por tudo. O convite da alma é deixar os sentimentos entrarem, criar um lar de verdade e permitir-se precisar das pessoas. É a vulnerabilidade, e não mais uma conquista, que traz realização para você.',
  leo: 'O Nodo Norte em Leão chama você para a luz. Com o Nodo Sul em Aquário, talvez você se esconda no grupo, mantenha uma postura fria e distante ou defenda causas em vez do próprio coração. Seu destino envolve criar, brincar, amar abertamente e deixar que os outros vejam em você uma individualidade única e calorosa.',
  virgo:
    'O serviço prático é o seu caminho adiante. Com o Nodo Norte em Virgem e o Nodo Sul em Peixes, talvez você se deixe levar por sonhos, fugas ou sacrifícios sem estrutura. O crescimento vem por meio de rotinas diárias, habilidades úteis e cuidado com o corpo. Quando a sua compaixão ganha um método, você descobre um tipo de realização profunda e constante.',
  libra:
    'É na parceria que você cresce. O Nodo Norte em Libra pede que você coopere, negocie e considere o ponto de vista do outro, enquanto o Nodo Sul em Áries está acostumado a seguir sozinho e a lutar as próprias batalhas. Aprender que precisar dos outros não é fraqueza abre um mundo de conexão real e força compartilhada.',
  scorpio:
    'Profundidade e transformação chamam por você. Com o Nodo Norte em Escorpião, a sua alma se afasta do conforto, das posses e da resistência à mudança do Nodo Sul em Touro. O crescimento vem pela intimidade, pelos recursos compartilhados e pelo encontro com verdades emocionais. Soltar o que é apenas seguro permite descobrir um tipo de segurança muito mais profundo.',
  sagittarius:
    'O sentido é a sua estrela-guia. Com o Nodo Norte em Sagitário, o convite é confiar na intuição, buscar sabedoria e abraçar o quadro geral, enquanto o Nodo Sul em Gêmeos pode se perder em detalhes, fofocas e dúvidas sem fim. Seguir uma visão, mesmo antes de ter todos os fatos, é o que acende a vida em você.',
  capricorn:
    'Responsabilidade e direção são o seu caminho. Com o Nodo Norte em Capricórnio e o Nodo Sul em Câncer, talvez você se apegue à família, aos humores ou ao conforto de receber cuidados. O crescimento vem ao definir metas, construir um papel público e assumir o comando da própria vida. Nesse processo, você se torna a presença firme que um dia procurou nos outros.',
  aquarius:
    'Seu caminho leva à comunidade e a uma visão maior do que você. Com o Nodo Norte em Aquário, você se afasta da necessidade de reconhecimento pessoal e de drama do Nodo Sul em Leão. Amizade, trabalho em grupo e ideais compartilhados trazem realização. Sua individualidade floresce mais quando serve a algo maior do que a sua própria história.',
  pisces:
    'Entrega e compaixão são o seu crescimento. O Nodo Norte em Peixes convida você a confiar, imaginar e soltar, enquanto o Nodo Sul em Virgem pode se agarrar à análise, ao controle e ao perfeccionismo. Aprender a descansar no desconhecido, criar e servir com o coração, e não por dever, abre a sua vida espiritual.',
};
