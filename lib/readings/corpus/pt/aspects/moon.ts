import type { AspectTexts, PairKeysOf } from '../../types';

export const moon: Record<PairKeysOf<'moon'>, AspectTexts> = {
  moon_mercury: {
    conjunction:
      'Sentir e pensar estão fundidos em você. Você entende as suas emoções falando sobre elas, e as suas palavras carregam uma cor emocional à qual as pessoas respondem. A memória é vívida, sobretudo a de como as coisas foram sentidas. Quando algo abala você, os pensamentos podem disparar; escrever ou dizer em voz alta para alguém de confiança traz você de volta ao centro.',
    harmonious:
      'Você consegue pôr sentimentos em palavras com uma facilidade incomum. Conversas acalmam você, e muitas vezes você sabe exatamente o que dizer para consolar alguém. Sua intuição e a sua lógica tendem a concordar. Isso faz de você alguém que escuta, escreve ou aconselha com naturalidade, a quem os outros procuram quando precisam entender o próprio coração.',
    challenging:
      'Razão e emoção às vezes falam línguas diferentes dentro de você. Talvez você racionalize os sentimentos até fazê-los sumir, ou perceba que os humores tingem o seu pensamento mais do que gostaria. Mal-entendidos com pessoas próximas podem nascer dessa distância. Desacelerar para notar o que sente antes de explicar dá muito mais verdade às suas palavras.',
  },
  moon_venus: {
    conjunction:
      'A ternura vem naturalmente para você. Você precisa de afeto, beleza e harmonia para se sentir emocionalmente em segurança, e costuma viver os seus vínculos com generosidade e gentileza. As pessoas acham a sua companhia tranquilizadora. Cuide para que o desejo de paz não impeça você de expressar necessidades que possam agitar as águas; a sua doçura aguenta um pouco de honestidade.',
    harmonious:
      'Calor emocional e charme fluem de você com facilidade. Você sabe deixar as pessoas à vontade e tornar uma casa encantadora, e os seus relacionamentos tendem a ser afetuosos. Prazer e conforto restauram você. Esse dom gentil faz de você uma presença acolhedora, uma amizade querida e uma força de paz em qualquer grupo.',
    challenging:
      'Aquilo que conforta você e aquilo que você deseja nem sempre coincidem. Talvez pessoas que não atendem bem às suas necessidades emocionais atraiam você, ou a segurança e o romance pareçam puxar para lados opostos. A autoindulgência pode virar uma forma de consolo. Aprender a dar a si o cuidado que busca nos outros une essas duas necessidades.',
  },
  moon_mars: {
    conjunction:
      'Para você, sentimento vem com calor. Quando se importa, você age; quando se magoa, pode explodir antes mesmo de dar nome ao que sente. Você defende com coragem as pessoas que ama. A atividade física é uma boa válvula de escape, e aprender a fazer uma pausa antes de reagir transforma a coragem emocional crua numa força protetora de verdade.',
    harmonious:
      'Emoção e ação trabalham bem juntas em você. Você consegue defender as suas necessidades sem drama e agir pelos seus instintos com confiança. As pessoas se sentem seguras com a sua energia protetora. Sua coragem emocional permite encarar o conflito com honestidade, um dom muito mais raro do que parece.',
    challenging:
      'A irritação pode subir depressa quando as suas necessidades não são atendidas. Talvez você sinta uma tensão entre querer proximidade e querer briga, e velhos padrões familiares de conflito podem ecoar nas suas reações. Exercício físico e expressão honesta ajudam enormemente. Uma vez compreendida, essa energia se torna resiliência emocional e uma lealdade feroz e protetora.',
  },
  moon_jupiter: {
    conjunction:
      'A generosidade de coração é um dos seus dons. Você sente as coisas em grande escala, com calor, humor e uma fé instintiva de que tudo vai dar certo. As pessoas se sentem bem-vindas e cuidadas perto de você. O excesso emocional, na comida, nos gastos ou nas promessas, é a única armadilha; a sua abundância não precisa de exagero.',
    harmonious:
      'O otimismo dá estabilidade à sua vida emocional. Você tende a se recuperar das decepções com elegância e a enxergar o crescimento nas experiências difíceis, e a família ou a comunidade podem apoiar você com generosidade. Cuidar dos outros é fácil para você. As pessoas voltam a esse espírito leve e animado de novo e de novo.',
    challenging:
      'Suas necessidades emocionais podem ficar maiores do que qualquer situação é capaz de atender. Talvez você oscile entre grandes esperanças e decepção, ou exagere no conforto, seja na comida, nas compras ou no cuidado com os outros. Esse contato pede moderação emocional. Encontrar sentido nos seus sentimentos, em vez de inflá-los, transforma a inquietação em sabedoria.',
  },
  moon_saturn: {
    conjunction:
      'Conter os sentimentos foi algo que você aprendeu cedo. Talvez o cuidado tenha sido condicional ou a responsabilidade tenha chegado cedo, e ainda pode ser difícil pedir colo. Mesmo assim, você é profundamente confiável, uma rocha para os outros. Com o tempo, permitir-se receber cuidado suaviza a seriedade e revela a sua grande força emocional.',
    harmonious:
      'A estabilidade emocional é uma das suas forças. Você consegue lidar com sentimentos difíceis com maturidade e manter a calma quando os outros entram em pânico, e as pessoas contam com o seu bom senso. A responsabilidade não assusta você. Lembre que as suas próprias necessidades também importam; ser uma pessoa estável não significa nunca precisar de nada.',
    challenging:
      'Sentimento e dever muitas vezes puxam para lados diferentes em você. Talvez sinta solidão mesmo em companhia, ou suspeite que as suas necessidades são um fardo, e as primeiras experiências podem ter ensinado você a contar só consigo cedo demais. Esse contato constrói profundidade. Com tempo e confiança, você descobre que receber cuidado não é sinal de fraqueza.',
  },
  moon_uranus: {
    conjunction:
      'Elétrica e imprevisível, a sua vida emocional raramente segue um roteiro. Você precisa de liberdade dentro da proximidade, e a inquietação aparece quando os relacionamentos caem na rotina. Lampejos intuitivos são comuns. Encontrar pessoas que aceitem a sua independência, e dar espaço a si sem cortar os outros, cria um lar estável para o seu coração incomum.',
    harmonious:
      'Você traz ar fresco para a vida emocional. Adapta-se com facilidade às mudanças, aceita pessoas fora do padrão e consegue manter a amizade com ex-parceiros. Sua intuição funciona por meio de sacadas repentinas. Essa abertura faz de você uma companhia estimulante e receptiva, que ajuda os outros a se sentirem livres para ser quem são, e permite reinventar a sua vida doméstica sempre que ela fica sem graça.',
    challenging:
      'Proximidade e liberdade podem parecer forças opostas em você. Talvez você anseie por segurança e depois fuja dela, ou viva reviravoltas emocionais que parecem surgir do nada. Os primeiros anos de vida podem ter sido imprevisíveis. Entender a sua necessidade de espaço permite criar relações ao mesmo tempo livres e profundamente seguras.',
  },
  moon_neptune: {
    conjunction:
      'Ilimitado é a melhor palavra para o seu mundo emocional. Você absorve o clima das pessoas e dos lugares, sente compaixão com facilidade e talvez tenha sonhos vívidos ou um forte senso espiritual. Você pode perder os próprios sentimentos nos de outra pessoa. Trabalho criativo, música, meditação e tempo a sós ajudam a separar quais emoções são realmente suas.',
    harmonious:
      'Imaginação e empatia fluem suavemente através de você. Você entende os outros sem precisar de explicações, e talvez tenha dons artísticos ou de cura. Sua intuição é confiável. Honre-a com momentos de silêncio, música e canais criativos, e ela vai guiar você bem pelos relacionamentos e pelas muitas pequenas decisões do dia a dia.',
    challenging:
      'Seus sentimentos podem ficar confusos ou idealizados. Talvez você tente salvar os outros, ignore sinais de alerta ou fuja para a fantasia quando a realidade decepciona. Quem cuidou de você na infância pode ter sido uma presença difícil de alcançar. Aprender a ver as pessoas como elas são, e a estabelecer limites gentis, mantém a sua grande compaixão saudável, em vez de sacrificial.',
  },
  moon_pluto: {
    conjunction:
      'Emoções profundas e poderosas fazem parte da sua constituição. Você sente com intensidade, se vincula por inteiro e talvez tenha vivido reviravoltas emocionais precoces que moldaram você. A confiança é tudo. Compreender as próprias profundezas, talvez por meio da terapia ou de uma reflexão séria, transforma a sua intensidade numa enorme capacidade de cura e transformação emocional.',
    harmonious:
      'Profundidade e resiliência emocionais estão à sua disposição. As crises não assustam você; você consegue encarar sentimentos intensos, permanecer com eles e atravessá-los até a transformação. As pessoas confiam instintivamente os seus segredos a você. Sua percepção psicológica faz de você um apoio natural quando a vida de alguém está desmoronando e essa pessoa precisa de uma presença firme.',
    challenging:
      'Sentimentos intensos e medos de perda ou de controle podem marcar a sua vida emocional. Talvez você tenha vivido dinâmicas familiares poderosas ou manipulação emocional, e se proteja por meio do controle ou do afastamento. Encarar esses padrões com honestidade transforma-os numa capacidade profunda de intimidade e de força emocional.',
  },
  moon_true_node: {
    conjunction:
      'Seus sentimentos são uma bússola que aponta para o seu caminho. Experiências emocionais, laços familiares e as pessoas de quem você cuida têm papel central no seu crescimento, e certos lugares ou pessoas podem exercer sobre você uma atração instintiva, sem que você saiba por quê. Confie na sua intuição aqui. Ela costuma conhecer o caminho muito antes de o raciocínio alcançá-la.',
    harmonious:
      'No seu caso, as necessidades emocionais apoiam o seu crescimento em vez de travá-lo. Cuidar dos outros e deixar-se cuidar ajudam você a se desenvolver, e talvez encontre apoio na hora certa na família, em figuras maternas, mentores ou amizades próximas. Seguir os seus instintos tende a levar você a experiências gratificantes e às pessoas que a vida reservou para o seu caminho.',
    challenging:
      'Sua zona de conforto emocional pode entrar em conflito silencioso com a direção que a sua vida quer tomar. Humores familiares, velhos papéis de família ou a segurança do conhecido podem segurar você longe das experiências novas que a sua alma está pedindo. Ir além desses hábitos com delicadeza, um pequeno risco de cada vez, abre a porta para o seu propósito.',
  },
  moon_chiron: {
    conjunction:
      'Sua vida emocional carrega uma ferida sensível, talvez de um cuidado na infância que não atendeu bem às suas necessidades ou de alguém que cuidava de você enquanto também sofria. Por isso, talvez você tenha uma sintonia profunda com a dor alheia. A cura vem de aprender a nutrir a si tão bem quanto nutre os outros, e a partir desse lugar você se torna uma fonte profunda de conforto.',
    harmonious:
      'A sensibilidade é sua aliada na cura, a sua e a dos outros. Você consegue encarar a dor emocional com delicadeza em vez de pânico, e talvez tenha um dom natural para consolar quem está de luto ou com medo. Essa empatia silenciosa é uma força real. Trabalhos de cuidado, de ensino ou criativos podem dar a ela uma via cheia de sentido.',
    challenging:
      'Feridas emocionais antigas podem ressurgir nas relações próximas ou na vida familiar, muitas vezes justamente quando você mais quer se sentir em segurança. Talvez você acredite, lá no fundo, que precisa cuidar dos outros para merecer amor. A cura vem de aprender a receber cuidado com a mesma facilidade com que o oferece, e a deixar que as pessoas fiquem mesmo quando você não está sendo útil.',
  },
  moon_asc: {
    conjunction:
      'O que você sente aparece na superfície. A Lua perto do seu Ascendente torna você uma pessoa emocionalmente expressiva e sensível ao ambiente, e as pessoas muitas vezes percebem o seu calor, ou o seu humor, no instante em que você entra. Sua presença pode mudar conforme o seu clima interior. Saber o que sente ajuda você a se apresentar ao mundo com segurança, em vez de reatividade.',
    harmonious:
      'A graça marca o jeito como os seus sentimentos aparecem nos seus modos. As pessoas encontram em você acolhimento, atenção e uma conversa fácil, e você se adapta a novas companhias sem se perder. Sua inteligência emocional é visível e apreciada. Isso faz de você um talento natural para qualquer papel em que deixar as pessoas à vontade seja metade do trabalho.',
    challenging:
      'Como você se sente e como você parece podem não combinar. Talvez esconda os sentimentos atrás de um rosto sereno, ou perceba que eles aparecem justamente quando você preferiria mantê-los em particular. Os outros podem interpretar mal os seus humores. Expressar-se com honestidade, e no momento certo, aos poucos põe em harmonia os seus mundos interior e exterior.',
  },
  moon_mc: {
    conjunction:
      'Sua vida emocional e o seu papel público estão profundamente entrelaçados. Profissões de cuidado, trabalho com o público ou uma carreira que parece uma família podem atrair você, e a sua reputação pode se apoiar na sua sensibilidade e no seu instinto para aquilo de que as pessoas precisam. Os altos e baixos públicos podem afetar você pessoalmente. Proteger o tempo privado mantém o seu bem-estar emocional.',
    harmonious:
      'Sentimento e vocação trabalham juntos na sua vida. Talvez você encontre realização verdadeira num trabalho que nutre, alimenta, abriga ou protege os outros, e a sua inteligência emocional dá a você uma vantagem em qualquer profissão. A família pode apoiar ativamente as suas ambições. Seguir aquilo que genuinamente toca você tende a levar a uma carreira que também sustenta você.',
    challenging:
      'Lar e profissão podem competir pela sua energia emocional. Talvez exista um cabo de guerra entre os deveres públicos e as necessidades privadas, ou você leve expectativas familiares para a vida profissional sem perceber. A culpa pode acompanhar qualquer lado que você escolha. Encontrar um ritmo que honre os dois, e aceitar que ele vai mudar com o tempo, é o seu trabalho contínuo.',
  },
};
