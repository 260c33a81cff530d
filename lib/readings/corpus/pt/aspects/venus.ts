import type { AspectTexts, PairKeysOf } from '../../types';

export const venus: Record<PairKeysOf<'venus'>, AspectTexts> = {
  venus_mars: {
    conjunction:
      'Desejo e afeto estão fundidos em você. Você ama com paixão e vai atrás do que acha belo, e existe em você uma qualidade magnética e sensual que os outros notam. O romance pode parecer urgente. Quando você deixa a ternura desacelerar o ritmo do querer, os seus relacionamentos ganham ao mesmo tempo calor e fôlego, e o seu trabalho criativo ganha fogo de verdade.',
    harmonious:
      'Atração e ação cooperam na sua vida. Você sabe o que quer no amor e consegue ir atrás com elegância, equilibrando assertividade e charme. A energia criativa e romântica flui livremente. Isso faz de você uma presença calorosa e confiante numa relação, e dá talento para qualquer arte que peça ao mesmo tempo paixão e acabamento.',
    challenging:
      'O que você deseja e o que você acha encantador podem puxar um contra o outro. Talvez pessoas que empolgam você, mas não combinam com você, exerçam atração, ou você oscile entre perseguir e recuar. O atrito romântico é um professor conhecido. Aprender o que você realmente valoriza permite que paixão e paz convivam lado a lado.',
  },
  venus_jupiter: {
    conjunction:
      'Generosidade e calor transbordam de você. Você ama os prazeres da vida, dá com liberdade e tende a atrair afeto, boas companhias e, às vezes, boa sorte. Beleza e celebração elevam o seu ânimo. A moderação é a única lição: excesso de coisa boa, nos gastos, nos doces ou nas promessas, pode apagar a alegria que você espalha naturalmente.',
    harmonious:
      'Amor e sorte costumam andar juntos para você. Os relacionamentos trazem crescimento, a vida social flui com facilidade e você tem o dom de enxergar o melhor nas pessoas. Arte, viagens e celebrações enriquecem você. Essa graça fácil faz de você uma visita sempre bem-vinda e uma amizade generosa, e as pessoas lembram da sua gentileza.',
    challenging:
      'Seu apetite por prazer ou afeto pode correr mais rápido do que o seu discernimento. Talvez você gaste demais, exagere nos prazeres ou espere do amor mais do que qualquer pessoa pode dar. Idealizar quem está ao seu lado é possível. Aprender a saborear em vez de acumular, e a amar as pessoas como elas são, transforma essa abundância em contentamento genuíno.',
  },
  venus_saturn: {
    conjunction:
      'O amor é coisa séria para você. Talvez você tenha duvidado de que merecia amor ou precisado conquistar afeto cedo, o que trouxe cautela e lealdade aos seus relacionamentos. O compromisso importa profundamente. À medida que você amadurece, o seu amor fica mais firme e mais rico; o que você constrói com alguém tende a durar, e você descobre que sempre mereceu amor.',
    harmonious:
      'Lealdade e estabilidade moldam o seu jeito de amar. Você leva os compromissos a sério e constrói relações que ficam mais fortes com o tempo. Você valoriza qualidade mais do que quantidade. Sua paciência no amor e o seu gosto confiável fazem de você alguém em quem as pessoas podem confiar por muito tempo, no amor, na amizade e no trabalho.',
    challenging:
      'O afeto pode parecer guardado a sete chaves ou escasso. O medo da rejeição, a sensação de não ser suficiente ou experiências precoces de um amor frio podem fazer você se conter. Os relacionamentos podem parecer provas. Com tempo e um cuidado honesto consigo, você descobre que pode amar e receber amor sem precisar conquistá-lo.',
  },
  venus_uranus: {
    conjunction:
      'O amor atinge você como um raio. Pessoas incomuns e independentes atraem você, você precisa de liberdade dentro da proximidade, e os seus gostos podem fugir do convencional. Relacionamentos podem começar e terminar de repente. Encontrar alguém que valorize a sua independência, e que continue sendo uma amizade, dá ao seu coração agitado um lar estável.',
    harmonious:
      'A novidade mantém viva a sua vida amorosa. Você gosta de relações fora do convencional, de amizades que atravessam todo tipo de fronteira e de uma arte que surpreende. Você aceita os outros como eles são. Essa abertura mantém os seus relacionamentos estimulantes e o seu gosto criativo original, e ajuda as pessoas a se sentirem livres para ser quem são perto de você, o que já é uma forma de amor.',
    challenging:
      'Proximidade e liberdade podem se estranhar no amor. Talvez pessoas indisponíveis ou imprevisíveis atraiam você, ou a inquietação apareça assim que as coisas se acomodam. Atrações e rompimentos repentinos são possíveis. Entender a sua necessidade de espaço permite escolher relações com espaço para respirar, em vez de fugir das que parecem sufocantes.',
  },
  venus_neptune: {
    conjunction:
      'Romântico, terno e sem limites: assim é o seu amor. Você enxerga a alma das pessoas e talvez se encante pela beleza artística, musical ou espiritual. Idealizar é um risco; você pode se apaixonar pelo potencial em vez da realidade. Manter os olhos abertos sem perder a compaixão permite que o seu amor seja ao mesmo tempo mágico e sábio.',
    harmonious:
      'Imaginação e ternura se misturam lindamente em você. Você tem uma sensibilidade artística real e um dom para o amor compassivo, e as suas relações mais próximas podem parecer quase espirituais. Música, cinema ou pintura podem levar você às lágrimas. Sua empatia faz de você uma presença gentil e compreensiva no amor, e uma amizade que perdoa sem contabilizar.',
    challenging:
      'Ilusões românticas podem levar à decepção. Talvez você idealize quem ama, ignore sinais de alerta ou se sacrifique demais pelo amor. O dinheiro também pode escorrer pelos dedos quando você dá com o coração em vez de usar a cabeça. Aprender a ver as pessoas com clareza, e a dar apenas o que é saudável, impede que a sua compaixão vire autossacrifício.',
  },
  venus_pluto: {
    conjunction:
      'O amor, na sua vida, é intenso e transformador. Você busca profundidade e conexão total, e os relacionamentos podem trazer paixão, ciúme e mudanças profundas, às vezes tudo de uma vez. O afeto superficial simplesmente entedia você. Confiança, honestidade e coragem para abrir mão do controle permitem que o seu amor se torne uma força poderosa de cura, e não um lugar de disputa.',
    harmonious:
      'Profundidade e constância marcam o seu jeito de amar. Você consegue formar vínculos intensos e transformadores sem se perder neles, e a sua atração carrega um magnetismo silencioso que os outros sentem. A lealdade importa enormemente para você. Os relacionamentos ajudam você a crescer e se regenerar, e a sua paixão tende a sustentá-los em estações que encerrariam vínculos mais leves.',
    challenging:
      'O amor pode virar um campo de batalha de poder e medo. Ciúme, possessividade ou pavor da traição podem aflorar, e os relacionamentos podem passar por crises que parecem de vida ou morte. Dinheiro e intimidade podem se embaralhar. Encarar os seus medos com honestidade, em vez de controlar a outra pessoa, transforma essa intensidade em intimidade e confiança profundas.',
  },
  venus_true_node: {
    conjunction:
      'Amor e beleza estão entrelaçados no seu caminho de vida. Relacionamentos, arte ou o trabalho de levar harmonia às pessoas podem ter um papel central no seu crescimento, e certos parceiros podem parecer predestinados desde o primeiro encontro. Seguir aquilo que você genuinamente ama, e não o que mandaram você querer, leva você rumo ao seu propósito.',
    harmonious:
      'Seus valores e os seus relacionamentos apoiam o seu crescimento. Amor, amizade e criatividade abrem portas para você, e talvez você conheça pessoas que ajudam por meio da vida social, da arte ou da simples gentileza. O prazer não é uma distração do seu caminho, mas parte dele. Confie no seu senso do que é belo e certo; ele aponta a direção.',
    challenging:
      'O conforto nos relacionamentos, ou velhos hábitos de agradar as pessoas, podem segurar você em silêncio. Seu crescimento talvez peça que você saia das formas conhecidas de amar e de receber amor, mesmo quando o conhecido parece doce. Valorizar-se o bastante para decepcionar alguém de vez em quando ajuda você a avançar rumo ao seu verdadeiro propósito.',
  },
  venus_chiron: {
    conjunction:
      'O amor e o valor próprio carregam uma ferida sensível. Talvez você tenha se sentido difícil de amar, sem graça ou, de algum modo, demais, e talvez ainda duvide do seu valor nos relacionamentos, mesmo quando as evidências dizem o contrário. A cura vem por meio de uma autoaceitação paciente. Pelo caminho, você pode desenvolver um dom raro para ajudar outras pessoas a se sentirem belas e amadas.',
    harmonious:
      'O amor faz parte do seu remédio. Relacionamentos, arte e beleza ajudam você a se recuperar de mágoas antigas, e talvez você tenha o dom de fazer os outros se sentirem valorizados exatamente como são. Sua compaixão é gentil e verdadeira, nunca exibida. Trabalhos criativos ou de cuidado podem transformar esse talento silencioso em algo que muda vidas.',
    challenging:
      'Os relacionamentos podem pressionar as suas inseguranças mais profundas. Talvez você tema a rejeição, duvide que mereça o amor oferecido ou escolha pessoas que confirmam as suas dúvidas. Esses padrões não são culpa sua, mas cabe a você curá-los. Aprender a se amar primeiro transforma o jeito como você ama todo mundo, e o jeito como todo mundo ama você.',
  },
  venus_asc: {
    conjunction:
      'O charme faz parte da sua presença. Vênus perto do seu Ascendente torna você uma pessoa atraente, graciosa e agradável de conviver, e as pessoas tendem a simpatizar com você antes mesmo que diga muita coisa. Beleza, estilo e boas maneiras importam para você. A tarefa mais profunda é valorizar-se além das aparências, para que agradar nunca custe a sua autenticidade.',
    harmonious:
      'Graça e calor tingem o jeito como você se apresenta. As pessoas gostam de você com facilidade e se sentem bem na sua companhia, e o seu senso de estilo parece vir naturalmente. As primeiras impressões costumam jogar a seu favor. Usado com generosidade, esse charme abre portas não só para você, mas também para as pessoas que você decide levar junto.',
    challenging:
      'O desejo de agradar pode às vezes entrar em conflito com simplesmente ser quem você é. Talvez sinta pressão para ter uma certa aparência ou para suavizar cada momento constrangedor, e duvide da sua beleza mais do que qualquer outra pessoa duvida. Aceitar-se, com arestas e tudo, revela uma beleza que não depende de aprovação.',
  },
  venus_mc: {
    conjunction:
      'Graça e charme moldam a sua vida pública. Vênus perto do seu Meio do Céu aponta para uma carreira nas artes, no design, na beleza, na diplomacia ou em qualquer área que recompense a harmonia e o bom gosto, e a sua reputação tende a ser calorosa. As pessoas gostam de trabalhar com você. Deixe o seu trabalho expressar o que você ama, e o sucesso tende a vir.',
    harmonious:
      'Valores e vocação se apoiam na sua vida. O sucesso pode vir por meio de trabalhos criativos, sociais ou diplomáticos, e as pessoas em posição de autoridade muitas vezes olham para você com simpatia. Sua carreira pode trazer prazer de verdade, e não apenas renda. Colaborações e parcerias tendem a fortalecer a sua posição, então invista nas relações de trabalho que fazem bem de verdade.',
    challenging:
      'Seus valores e a sua carreira podem puxar para lados diferentes. Talvez você sinta que o seu trabalho não reflete o que você ama, ou que relacionamentos e ambição disputam as mesmas horas. Concessões para qualquer um dos lados podem trazer inquietação. Alinhar aos poucos o que você faz com o que você valoriza traz uma realização duradoura.',
  },
};
