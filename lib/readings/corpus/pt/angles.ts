import type { Corpus } from '../types';

export const angleInSign: Corpus['angleInSign'] = {
  asc: {
    aries:
      'Com Ascendente em Áries, você encara o mundo de frente. As pessoas notam a sua energia, a sua franqueza e a sua prontidão para agir, e a primeira impressão que você causa costuma ser de coragem ou de um pouco de impaciência. Você tende a receber situações novas como desafios a vencer. Aprender a fazer uma pausa antes de partir para cima deixa a sua liderança natural convidativa, e não brusca.',
    taurus:
      'O Ascendente em Touro dá a você uma presença calma e enraizada. Os outros costumam encontrar em você algo tranquilizador, sensual e estável, uma pessoa que não se deixa apressar. Você aborda a vida com cuidado, testando o chão antes de pisar. Seu desafio é a flexibilidade: quando você deixa a mudança entrar no seu próprio ritmo, a sua firmeza se torna uma força, e não um muro.',
    gemini:
      'Vivacidade, curiosidade e rapidez marcam a sua chegada: com Ascendente em Gêmeos, você transmite um interesse constante pela próxima ideia ou conversa. Diante de situações novas, você faz perguntas e reúne informações. As pessoas tendem a ver em você um ar jovial e espirituoso. Ancorar os seus muitos interesses em alguns compromissos ajuda os outros a enxergar a profundidade por trás do seu jeito ágil como o mercúrio.',
    cancer:
      'O Ascendente em Câncer dá a você uma forma suave e receptiva de se aproximar da vida. Você capta o clima de um lugar imediatamente e muitas vezes se protege com uma casca de reserva até sentir que há segurança. As pessoas tendem a se sentir cuidadas por você. Deixar a sua força aparecer, e não apenas a sua sensibilidade, equilibra a impressão que você causa.',
    leo: 'Quando você entra num lugar com Ascendente em Leão, as pessoas percebem. Calor humano, confiança e estilo moldam a sua presença, e você tende a abordar a vida com generosidade e brilho. O reconhecimento importa para você. Quando a sua autoexpressão vem do coração, e não da necessidade de aprovação, a sua irradiação natural eleva todos ao seu redor.',
    virgo:
      'O Ascendente em Virgem empresta a você um jeito modesto, observador e competente. Você encara situações novas reparando nos detalhes, avaliando o que precisa ser feito e pondo mãos à obra sem alarde. As pessoas costumam ver em você confiabilidade e inteligência. Ser mais gentil consigo e deixar os outros vislumbrarem o seu calor torna você muito mais acessível.',
    libra:
      'Charme e diplomacia são a sua língua materna. Com Ascendente em Libra, você se aproxima da vida por meio dos relacionamentos, da estética e do desejo de harmonia, e as pessoas costumam achar a sua companhia agradável, graciosa e leve. As decisões podem levar tempo. Deixar que os outros conheçam as suas opiniões reais, e não só a sua superfície amável, constrói uma confiança duradoura.',
    scorpio:
      'Existe uma intensidade em você que as pessoas sentem antes mesmo de você falar. O Ascendente em Escorpião dá a você uma presença reservada e magnética, e um talento para ler os outros revelando pouco de si. Você encara a vida de forma estratégica. À medida que aprende a confiar, a sua profundidade e a sua honestidade se tornam poderosamente atraentes, e não intimidadoras.',
    sagittarius:
      'Com o Ascendente em Sagitário, você se mostra uma pessoa aberta, entusiasmada e franca. Você encara o mundo como uma aventura, e as pessoas acham o seu otimismo e o seu humor revigorantes. A inquietação pode fazer você parecer difícil de segurar. Quando a sua honestidade vem acompanhada de tato, o seu entusiasmo natural inspira as pessoas a embarcarem nas suas jornadas.',
    capricorn:
      'Serenidade, seriedade e competência marcam o seu jeito com Ascendente em Capricórnio. Você aborda a vida com cautela e senso de responsabilidade, e as pessoas muitas vezes enxergam em você uma maturidade além da idade. O calor pode demorar a aparecer. Baixar a guarda revela o humor seco e a lealdade que os outros acabam valorizando muito.',
    aquarius:
      'Amigável, mas um pouco distante, você se mostra com Ascendente em Aquário como alguém original e independente. Você encara a vida com curiosidade sobre como as coisas poderiam ser diferentes, e as pessoas podem achar você pouco convencional ou difícil de classificar. Deixar os seus sentimentos aparecerem, e não só as suas ideias, ajuda as pessoas a se aproximarem de quem você realmente é.',
    pisces:
      'Suave, sonhadora e compassiva: assim é a presença que o Ascendente em Peixes dá a você. Você absorve a atmosfera ao redor e pode se adaptar aos outros quase sem perceber. As pessoas costumam ver em você delicadeza, veia artística ou algo de inapreensível. Criar limites claros ajuda você a preservar a sua sensibilidade sem deixar que a sua própria identidade se perca.',
  },
  mc: {
    aries:
      'Seu caminho público pede iniciativa. Com o Meio do Céu em Áries, o trabalho que chama você é aquele em que pode liderar, competir, desbravar ou agir com autoridade própria, e receber ordens incomoda muito. Com o tempo, a sua reputação passa a ser de coragem, e de quem começa aquilo de que os outros só falam.',
    taurus:
      'O Meio do Céu em Touro busca uma vocação estável, concreta e realmente recompensadora. Trabalhos com dinheiro, terra, comida, arte, design ou o corpo podem atrair você, qualquer coisa em que a paciência produza algo que dá para tocar. Você constrói a sua posição devagar e com solidez. A carreira que combina com você transforma bom gosto e resistência em valor duradouro.',
    gemini:
      'A comunicação molda a sua vocação. Com o Meio do Céu em Gêmeos, você prospera onde a mente se mantém ocupada: escrita, ensino, mídia, vendas, networking, tradução. Talvez mude de direção mais de uma vez, e isso não é fracasso, é pesquisa. As pessoas passam a reconhecer em você alguém que conecta ideias e pessoas com rapidez e competência.',
    cancer:
      'O cuidado está no centro do seu chamado. O Meio do Céu em Câncer leva você a trabalhos que nutrem, protegem ou criam pertencimento, seja numa empresa familiar, na hotelaria, em áreas de cura, no ramo imobiliário ou em papéis comunitários. A vida pública parece pessoal para você, então as críticas podem doer. Sua reputação cresce a partir da segurança emocional que você cria para as pessoas a quem serve.',
    leo: 'Com o Meio do Céu em Leão, você nasceu para a visibilidade. Trabalho criativo, liderança, atuação, ensino de crianças ou qualquer coisa que deixe o seu coração aparecer em público combinam com você, e o reconhecimento é um motivador genuíno. A autoridade duradoura chega quando você lidera com generosidade e com orgulho do trabalho em si, e não apenas dos aplausos.',
    virgo:
      'Habilidade e serviço definem a vocação para a qual aponta o Meio do Céu em Virgem. Saúde, análise, artesanato, edição, pesquisa ou qualquer campo em que a precisão importe podem combinar com você, e você conquista o seu lugar pela pura competência. Talvez você se subestime. Deixe o mundo saber o que você faz bem, porque fazer as coisas funcionarem melhor, sem alarde, é uma profissão de verdade.',
    libra:
      'Relacionamentos e harmonia atravessam o seu chamado. Com o Meio do Céu em Libra, talvez você prospere no direito, na diplomacia, na mediação, no design, nas artes ou em qualquer trabalho construído sobre parcerias. As pessoas reconhecem em você justiça e elegância. Seu crescimento profissional vem da colaboração e da coragem de assumir uma posição clara quando o momento pede.',
    scorpio:
      'Um trabalho superficial jamais vai satisfazer um Meio do Céu em Escorpião. Pesquisa, psicologia, finanças, medicina, investigação ou funções que exigem calma em meio à crise atraem você, e talvez prefira exercer o poder em silêncio a exibi-lo. Com o passar dos anos, você ganha fama de discrição, sangue-frio e capacidade de transformar situações difíceis.',
    sagittarius:
      'Sentido e amplitude são o que a sua vocação procura. O Meio do Céu em Sagitário leva você ao ensino, ao mercado editorial, às viagens, ao direito, à filosofia ou a qualquer trabalho que amplie horizontes, os seus e os dos outros. Você precisa de uma carreira em que possa acreditar, ou ela perde a graça. Compartilhe a sua visão com honestidade e entusiasmo, e a sua vida pública vai continuar crescendo.',
    capricorn:
      'O Meio do Céu em Capricórnio dá a você um impulso natural para a realização e a autoridade. Talvez mire cargos de responsabilidade desde cedo e construa a carreira degrau por degrau, valorizando mais o respeito do que a fama. O sucesso é provável, mas raramente rápido. Lembre-se de medir o seu valor por algo além do cargo; a vida por trás do papel também merece a sua ambição.',
    aquarius:
      'A originalidade faz parte do seu chamado. O Meio do Céu em Aquário leva você à tecnologia, à ciência, às causas sociais, à organização comunitária ou a áreas inovadoras, e talvez você resista por completo às carreiras convencionais. Você trabalha melhor com liberdade e com um propósito maior do que o lucro. Sua contribuição pública é imaginar sistemas melhores e ajudar as pessoas a construí-los juntas.',
    pisces:
      'Com o Meio do Céu em Peixes, a imaginação ou a compaixão conduz a sua vocação. Artes, música, cinema, cura, trabalho espiritual ou o serviço a quem precisa podem atrair você, e o seu caminho pode fazer curvas que nenhum plano de carreira previria. Confie na correnteza. O que você oferece ao mundo é a capacidade de inspirar, acalmar e tornar palpável o invisível.',
  },
};
