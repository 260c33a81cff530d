import type { AspectTexts, PairKeysOf } from '../../types';

export const saturn: Record<PairKeysOf<'saturn'>, AspectTexts> = {
  saturn_uranus: {
    conjunction:
      'Tradição e revolução convivem lado a lado em você. Saturno em conjunção com Urano, um contato compartilhado com quem nasceu nos mesmos anos, dá a você a capacidade de reformar estruturas por dentro, combinando disciplina e originalidade. Talvez você viva um dilema entre segurança e liberdade. Seu dom é construir formas novas que realmente duram.',
    harmonious:
      'Estrutura e inovação cooperam na sua vida. Você consegue introduzir mudanças de forma prática e sustentável, e tem jeito para modernizar sistemas sem destruir o que funciona. As pessoas confiam nas suas ideias progressistas porque elas têm os pés no chão. Isso faz de você uma força reformadora discreta e eficaz em qualquer instituição da qual faça parte.',
    challenging:
      'O velho e o novo podem puxar com força um contra o outro em você. Talvez você oscile entre se agarrar à segurança e romper tudo de repente, ou entre em choque com a autoridade pelo direito de viver do seu jeito. Tensões entre gerações podem ecoar na sua família. Aprender a mudar num ritmo constante permite honrar tanto a estabilidade quanto a liberdade.',
  },
  saturn_neptune: {
    conjunction:
      'Sonho e realidade se encontram em você. Saturno em conjunção com Netuno, um contato que você compartilha com muitos nascidos na mesma época, pede que você dê forma aos ideais, transformando a visão em algo sólido. Talvez você se debata com a desilusão. Seu dom é a paciência de construir obras espirituais ou artísticas que perduram, muito depois que a primeira inspiração se apagou.',
    harmonious:
      'Visão e disciplina se apoiam na sua vida. Você consegue tornar práticas as ideias imaginativas e levar compaixão para estruturas como as instituições, a saúde ou as artes. Em você convivem quem sonha e quem constrói. Essa combinação rara permite que os seus ideais ganhem forma duradoura sem perder a alma.',
    challenging:
      'Realidade e ideais podem parecer em conflito. Talvez a desilusão bata à porta, você oscile entre cinismo e escapismo ou tenha dificuldade em tornar os seus sonhos concretos, e os medos podem ser vagos, mas persistentes. Esse aspecto ensina uma fé paciente. Ancorar a sua espiritualidade numa prática diária traz paz e realização.',
  },
  saturn_pluto: {
    conjunction:
      'Resistência e poder estão entrelaçados em você. Saturno em conjunção com Plutão, compartilhado com a sua geração, dá uma capacidade extraordinária de perseverar nas dificuldades e reconstruir do zero. A vida pode testar você a sério. O que sobrevive a essas provas em você é inquebrável, e os outros passam a contar com essa força.',
    harmonious:
      'Você tem grande fôlego e profundidade estratégica. Você entende como o poder e as estruturas funcionam, e consegue transformar sistemas com paciência e eficácia. As crises não quebram você; pelo contrário, revelam a sua verdadeira fibra. Sua resiliência e a sua autoridade silenciosa fazem de você uma força estabilizadora quando os outros entram em pânico.',
    challenging:
      'Pressão e controle podem ser temas recorrentes. Talvez você enfrente responsabilidades pesadas, disputas de poder com instituições ou um medo profundo de perder o controle, e períodos de dificuldade coletiva podem moldar a sua visão de mundo. Esse aspecto forja uma força tremenda. Encarar os limites com coragem, em vez de apertar ainda mais o controle, transforma aos poucos o medo em maestria.',
  },
  saturn_true_node: {
    conjunction:
      'A responsabilidade é central no seu caminho de vida. Saturno perto do Nodo Norte sugere que o seu crescimento vem por meio da disciplina, da maturidade e de compromissos reais, talvez assumidos mais cedo do que os outros. A estrada pode ser lenta, mas é sólida. Cada passo conquistado aproxima você do seu propósito.',
    harmonious:
      'A estrutura apoia o seu crescimento. Mentores, compromissos e esforço constante ajudam você a avançar na direção que a sua alma busca, e você constrói o seu caminho sobre chão firme. A paciência compensa para você. Projetos longos, estudos sérios ou papéis de responsabilidade se tornam degraus para uma vida com sentido.',
    challenging:
      'O medo ou velhos deveres podem atrasar o seu crescimento. Talvez você se agarre à responsabilidade ou à segurança quando o seu caminho pede que arrisque algo novo. Aprender que maturidade inclui correr riscos, e que nem todo dever é seu para carregar, ajuda você a avançar rumo ao que realmente veio fazer aqui.',
  },
  saturn_chiron: {
    conjunction:
      'Sua ferida está ligada à autoridade, à responsabilidade ou à limitação. Saturno em conjunção com Quíron pode refletir dificuldades precoces ou um crítico interno severo. Com o tempo, você transforma essas experiências numa força disciplinada e compassiva, e talvez se torne uma referência para quem enfrenta provações parecidas.',
    harmonious:
      'A disciplina apoia a sua cura. Você consegue encarar a dor com paciência e estrutura, e talvez tenha um dom para ajudar os outros em recuperações longas. Sua maturidade é curativa por si só, oferecendo uma mão firme a quem precisa reconstruir a vida devagar e com segurança.',
    challenging:
      'Limitações e feridas podem parecer entrelaçadas. Talvez a dor antiga pareça segurar você, ou exista lá no fundo o medo de não estar à altura. Aceitar os seus limites com compaixão, em vez de se punir por eles, é a virada. Então a sua resistência se torna fonte de sabedoria, e os outros tiram força do seu exemplo.',
  },
  saturn_asc: {
    conjunction:
      'A seriedade marca a sua presença. Saturno perto do Ascendente torna você uma pessoa reservada, responsável e muitas vezes com um jeito mais maduro do que a idade, e talvez você tenha enfrentado desafios cedo. As pessoas respeitam a sua firmeza. Com o tempo, você ganha leveza e confiança, e a sua autoridade silenciosa se torna um verdadeiro trunfo.',
    harmonious:
      'Confiabilidade e maturidade transparecem no seu jeito. As pessoas confiam em você e enxergam a sua capacidade, e você encara a vida com paciência e realismo. Essa presença firme abre portas com o tempo, sobretudo com pessoas mais velhas e instituições. É bem possível que a leveza e a vontade de brincar cresçam em você com os anos, e não o contrário.',
    challenging:
      'Talvez você sinta acanhamento ou bloqueio na forma de se apresentar. Críticas ou responsabilidades precoces podem ter deixado você na defensiva. Com tempo e autoaceitação, você aprende a se apresentar com dignidade e naturalidade, e a seriedade que antes parecia um fardo se torna uma gravidade serena.',
  },
  saturn_mc: {
    conjunction:
      'Carreira e realização importam profundamente para você. Saturno perto do Meio do Céu traz um forte impulso por autoridade e sucesso de longo prazo, embora o caminho possa ser lento e exigente. Você conquista cada posição que ocupa, e os atalhos quase nunca dão certo no seu caso. Sua reputação, uma vez construída, é sólida e duradoura, e talvez você atinja o seu auge mais tarde do que os seus contemporâneos.',
    harmonious:
      'Sua carreira se beneficia da sua disciplina. Você constrói a vida profissional com constância, conquista respeito pela confiabilidade e assume responsabilidades sem alarde. A paciência recompensa você muito mais do que a sorte. Sua visão de longo prazo ajuda você a alcançar posições duradouras de confiança e autoridade, e você costuma mantê-las depois que chega lá.',
    challenging:
      'O progresso na carreira pode parecer lento, travado ou pesado de obrigações. Talvez você encontre obstáculos vindos de pessoas com autoridade, o medo do fracasso ou responsabilidades que chegaram cedo demais. Essa tensão constrói uma força real. Persistência, integridade e disposição para recomeçar depois dos tropeços acabam trazendo um sucesso duradouro e merecido.',
  },
};
