import type { AspectTexts, PairKeysOf } from '../../types';

export const sun: Record<PairKeysOf<'sun'>, AspectTexts> = {
  sun_moon: {
    conjunction:
      'Você nasceu perto de uma Lua Nova, então aquilo que você quer e aquilo de que precisa tendem a apontar para o mesmo lado. Isso dá unidade de propósito e uma natureza forte e autossuficiente. Por outro lado, enxergar a si de fora pode ser difícil. O olhar das outras pessoas é o espelho que completa o seu retrato.',
    harmonious:
      'Vontade e sentimento cooperam em você. Aquilo que você se propõe a fazer costuma combinar com as suas necessidades emocionais, o que traz uma tranquilidade interior que os outros acham reconfortante. Vida familiar e autoexpressão tendem a se apoiar. Essa harmonia é um recurso; empreste-a a quem vive mais dividido por dentro do que você.',
    challenging:
      'Cabeça e coração nem sempre concordam em você. Aquilo que você busca conscientemente pode puxar contra aquilo de que precisa para se sentir em segurança, e talvez você viva uma divisão entre ambição e conforto, ou entre o pai e a mãe que formaram você. Esse diálogo interno é exigente, mas criativo. Aprender a honrar os dois lados torna você uma pessoa de rara autoconsciência.',
  },
  sun_mercury: {
    conjunction:
      'Mente e identidade estão intimamente ligadas em você. Você pensa muito sobre si, fala sobre o que importa para você, e talvez as suas ideias ou a sua voz sejam a sua marca. As opiniões parecem pessoais. Aprender a ouvir críticas aos seus pensamentos sem sentir um ataque à sua pessoa torna a sua inteligência afiada ainda mais forte.',
    harmonious:
      'Pensamento e propósito se apoiam em você. Você consegue explicar com clareza o que quer e transformar ideias em planos sem muito atrito. Aprender é fácil quando serve aos seus objetivos. Seu desafio é apenas manter a curiosidade tão ampla quanto o foco é forte.',
    challenging:
      'Às vezes, o seu pensamento corre à frente, ou atrás, do seu senso de propósito. Pode parecer que as suas palavras não capturam bem quem você é, ou que a sua mente se desvia do que você quer. Essa distância mantém você em questionamento. Escrever ou conversar sobre as coisas ajuda a alinhar o que você pensa com quem você é.',
  },
  sun_venus: {
    conjunction:
      'Charme e calor humano fazem parte do seu núcleo. Você valoriza beleza, harmonia e afeto, e as pessoas costumam achar você agradável e atraente. Os relacionamentos e as artes podem ser centrais na sua identidade. Cuidado para não evitar o conflito a qualquer custo; a sua graça é mais forte quando inclui honestidade.',
    harmonious:
      'Prazer e propósito se apoiam na sua vida. Você tem o dom de tornar atraente aquilo que faz e de desfrutar daquilo que persegue. A desenvoltura social vem naturalmente. Use o seu charme para construir pontes, e lembre que a harmonia verdadeira às vezes exige uma conversa difícil.',
    challenging:
      'O que você quer e o que você ama podem puxar para lados diferentes. Talvez pareça que ser quem você é ameaça os seus relacionamentos, ou que agradar os outros apaga a sua própria luz. Essa tensão ensina você a valorizar a si e aos outros na mesma medida. Com o tempo, ela dá ao seu amor uma profundidade que o afeto fácil não tem.',
  },
  sun_mars: {
    conjunction:
      'Energia, coragem e impulso estão entrelaçados na sua identidade. Você é uma pessoa assertiva, competitiva e pronta para agir, e provavelmente tem mais fôlego do que a maioria. A raiva pode acender rápido. Canalizado para metas significativas, para o esporte ou para a liderança, o seu fogo faz de você uma força formidável e inspiradora.',
    harmonious:
      'Vontade e ação trabalham juntas em você. Você sabe o que quer e tem energia para ir atrás, geralmente sem conflitos desnecessários. As pessoas veem em você capacidade e confiança. Seu único desafio é escolher metas que valham a pena, já que você tem poder para alcançar quase tudo a que se propõe.',
    challenging:
      'Explosiva não é uma palavra forte demais para a sua energia em certos momentos. Pode haver atrito entre quem você é e a forma como você se afirma, o que leva a impaciência, conflitos ou excesso de força. Desafios alimentam você. Aprender a direcionar o seu impulso, em vez de reagir com ele, transforma essa tensão numa resiliência e numa coragem extraordinárias.',
  },
  sun_jupiter: {
    conjunction:
      'Otimismo e generosidade brilham através de você. Você tem fé na vida e em si, e tende a atrair oportunidades e boa vontade. Sua visão é ampla. O único perigo é dar um passo maior do que a perna ou prometer mais do que pode cumprir; a sabedoria está em combinar o seu coração generoso com bom senso.',
    harmonious:
      'A boa sorte costuma acompanhar os seus esforços. Você tem confiança e generosidade naturais, e as pessoas ficam felizes em ajudar você a crescer. Mestres, viagens e amizades de mente aberta ampliam os seus horizontes, e os tropeços raramente derrubam você por muito tempo. A gratidão, e a disposição de compartilhar o que conquista, mantêm essa maré de sorte fluindo ao longo dos anos.',
    challenging:
      'Talvez você oscile entre o excesso de confiança e a dúvida, ou queira mais do que é prático. Excessos no apetite, nos gastos ou nas promessas são um risco. Mas essa tensão também empurra você a crescer além dos próprios limites. Aprender a dosar o entusiasmo com paciência transforma o seu espírito expansivo em conquistas duradouras.',
  },
  sun_saturn: {
    conjunction:
      'Há um núcleo sério e responsável em você. A vida pode ter pedido que você amadurecesse cedo, e talvez você duvide de si mais do que deixa transparecer. A disciplina vem naturalmente, e as suas conquistas são merecidas. Com o tempo, você descobre que a sua autoridade é real e que tem todo o direito de desfrutar do seu sucesso.',
    harmonious:
      'Paciência e propósito trabalham a seu favor. Você consegue avançar com constância rumo a metas de longo prazo e conquistar respeito pela sua confiabilidade. Mentores e pessoas mais velhas podem apoiar você, e o tempo tende a melhorar a sua sorte. Seu desafio é apenas permitir-se alguma leveza pelo caminho; a sua base sólida aguenta tranquilamente um pouco de brincadeira.',
    challenging:
      'A insegurança e a pressão podem fazer sombra sobre a sua identidade. Talvez você tenha sofrido críticas ou limitações de figuras de autoridade cedo na vida, e a autocobrança pode ser pesada. Essa tensão constrói força. Com o tempo, e com persistência, você se torna a autoridade firme de que um dia precisou, e aprende a ser mais gentil consigo.',
  },
  sun_uranus: {
    conjunction:
      'Você está aqui para ser você, e raramente do jeito esperado. Independência, originalidade e um amor feroz pela liberdade definem você, e talvez a inovação, a ciência ou as reformas chamem a sua atenção. Viradas súbitas marcam o seu caminho, muitas vezes bem-vindas. Aprender a manter a conexão com as pessoas sem abrir mão da liberdade permite que o seu brilho beneficie muito mais gente além de você.',
    harmonious:
      'A originalidade vem com facilidade para você. Você consegue trazer ideias novas e escolhas incomuns para a sua vida sem criar caos, e as pessoas tendem a achar a sua independência revigorante, e não ameaçadora. A mudança muitas vezes joga a seu favor. Confie nas suas percepções esquisitas e nos seus palpites de sorte; com frequência eles estão um pouco à frente do seu tempo.',
    challenging:
      'Uma tensão inquieta corre entre o seu senso estável de identidade e uma fome de liberdade que pode irromper sem aviso. Rupturas súbitas, rebeldia ou atritos com a autoridade podem marcar a sua história. Por baixo, existe um espírito elétrico e inventivo. Fazer mudanças de forma consciente, antes que a pressão se acumule até explodir, é a chave para uma vida ao mesmo tempo livre e estável.',
  },
  sun_neptune: {
    conjunction:
      'Imaginação e sensibilidade estão no centro de quem você é. Arte, música, cinema, espiritualidade ou cura podem atrair você, e você sente as correntes invisíveis de um ambiente ou de uma vida. Sua identidade pode ser fluida, até difícil de capturar. Ancorar os seus sonhos em formas práticas ajuda você a se tornar a pessoa visionária que veio para ser.',
    harmonious:
      'A imaginação apoia em silêncio o seu propósito. Compaixão, criatividade e intuição fluem com facilidade para aquilo que você faz, e talvez você tenha dons artísticos, musicais ou espirituais que os outros percebem antes de você. As pessoas sentem a sua delicadeza. Dar à sua inspiração uma via concreta, uma prática, uma linguagem, uma causa, permite que ela brilhe em vez de ficar à deriva.',
    challenging:
      'Sua identidade pode às vezes parecer enevoada. Talvez você idealize pessoas, fuja para a fantasia ou perca o próprio rumo nas necessidades alheias, e a clareza sobre o seu caminho pode demorar mais do que você gostaria. Ainda assim, esse contato também dá uma sensibilidade rara. Limites claros e uma prática criativa ou espiritual transformam a confusão em compaixão e visão.',
  },
  sun_pluto: {
    conjunction:
      'A intensidade é a sua natureza. Você tem uma vontade poderosa e uma capacidade de transformação profunda, e talvez viva a vida como uma série de fins e renascimentos, cada um deixando você mais perto de si. As pessoas sentem a sua força mesmo quando você está em silêncio. Usado com honestidade e cuidado, o seu poder faz de você uma força de mudança notável.',
    harmonious:
      'Reservas profundas de força ficam à sua disposição quando você precisa. A transformação vem com mais naturalidade para você do que para a maioria, e você consegue se regenerar depois de tropeços com uma resiliência notável. Você entende como o poder funciona, nas pessoas e nos sistemas. Use essa compreensão para curar e fortalecer, e a sua influência pode ser profunda.',
    challenging:
      'Disputas de poder podem atravessar a sua história, seja com figuras de autoridade, com parceiros ou com as próprias compulsões. Talvez você tema o controle alheio e responda a esse medo com intensidade ou segredo. Esse contato forja uma grande resiliência. Encarar a própria sombra com honestidade, em vez de combatê-la nos outros, transforma a compulsão em poder pessoal genuíno.',
  },
  sun_true_node: {
    conjunction:
      'Seu senso de identidade está intimamente alinhado com a direção que a sua vida deve tomar. Aquilo que você expressa naturalmente parece levar você rumo ao seu propósito, e talvez exista em você uma discreta sensação de destino. Encontrar as pessoas certas no momento certo é comum para você. Confie no caminho; ele parece saber para onde vai.',
    harmonious:
      'Ser quem você é tende a abrir portas rumo ao seu propósito. Sua identidade apoia o seu crescimento, e mentores, amigos ou encontros casuais podem ajudar você em momentos decisivos. Você se aproxima naturalmente das experiências que fazem você se desenvolver. Siga os seus interesses genuínos, mesmo os improváveis; eles levam a algum lugar significativo.',
    challenging:
      'Ser quem você já é e crescer na direção que a sua alma busca podem parecer coisas em conflito. Talvez você enfrente repetidamente a escolha entre o que vem naturalmente e o que estica você, e a opção conhecida é sempre tentadora. Essa tensão é o motor do crescimento real. Cada escolha consciente aproxima você do seu verdadeiro propósito.',
  },
  sun_chiron: {
    conjunction:
      'Sua ferida e a sua identidade estão entrelaçadas. Talvez uma experiência de diferença, invisibilidade ou dor tenha moldado quem você se tornou, e por muito tempo ela pode ter parecido o centro da sua história. Uma vez encarada, essa experiência dá a você uma capacidade profunda de ajudar os outros a se curarem. Sua autenticidade é o seu remédio.',
    harmonious:
      'Ser você faz parte da forma como você se cura. Você consegue encarar mágoas antigas com coragem e uma certa graça, e talvez tenha um dom natural para ajudar os outros a encararem as deles. Ensino, aconselhamento, orientação ou trabalho criativo podem atrair você. Com o tempo, a sua vida se torna um exemplo silencioso de resiliência para quem precisa de um.',
    challenging:
      'Feridas antigas podem tocar a sua autoestima em momentos inesperados. Talvez você sinta que algo em você tem defeito, ou que simplesmente ser quem é atrai dor, e por isso se contém. Encarar esse lugar sensível com compaixão, e não com julgamento, transforma-o em sabedoria. Sua jornada de cura se torna, então, um presente genuíno para os outros.',
  },
  sun_asc: {
    conjunction:
      'Aquilo que você é e a forma como você aparece estão impressionantemente unidos. O Sol perto do seu Ascendente dá a você uma presença forte e visível, e as pessoas sentem a sua essência quase antes de você falar. Você irradia vitalidade e propósito. Sua tarefa é brilhar plenamente sem ofuscar as pessoas mais quietas ao seu redor, e deixar que elas brilhem de volta.',
    harmonious:
      'Quem você é aparece com facilidade na forma como você se apresenta. As pessoas tendem a enxergar a sua verdadeira natureza, e agir de acordo com as suas intenções parece natural, sem ficar remoendo a impressão que causa. Isso dá a você confiança e calor humano. O único risco é a acomodação, então continue buscando situações que peçam crescimento.',
    challenging:
      'Seu jeito exterior e o seu eu interior nem sempre combinam. As pessoas podem interpretar você mal à primeira vista, ou talvez você sinta que a forma como se apresenta esconde quem você realmente é. Com o tempo, essa distância se torna uma fonte de autoconhecimento. Alinhar os dois, com honestidade e experimentação, dá a você uma autenticidade cativante.',
  },
  sun_mc: {
    conjunction:
      'A visibilidade faz parte do seu destino. O Sol perto do seu Meio do Céu dá a você um forte impulso de realização e reconhecimento, e a sua carreira ou o seu papel público podem parecer centrais para a sua identidade. A liderança vem naturalmente. Deixe que o seu trabalho expresse quem você é, em vez de definir você por inteiro, e o sucesso vai ter a sua cara.',
    harmonious:
      'Identidade e vocação se apoiam na sua vida. Perseguir metas que expressem o seu verdadeiro eu parece natural, e o reconhecimento tende a acompanhar o esforço sincero. Pessoas em posição de autoridade podem notar você e ajudar. Mantenha-se fiel aos seus valores enquanto sobe, e a sua reputação vai se apoiar em algo real.',
    challenging:
      'Sua identidade e a sua carreira podem puxar para lados diferentes. As expectativas públicas talvez não combinem com quem você é, ou realizar pode parecer exigir que você se traia. Casa e trabalho podem disputar a sua energia. Trabalhar essa tensão é o caminho para encontrar uma vocação que expresse você de verdade.',
  },
};
