import type { Corpus } from '../types';

export const emphasis: Corpus['emphasis'] = {
  elementDominant: {
    fire: 'O fogo corre forte pelo seu mapa. Você é uma pessoa calorosa, animada e rápida para agir, e encara a vida com a fé natural de que as coisas dão certo quando você vai atrás delas. O entusiasmo é o seu combustível, e a inspiração, o seu presente para os outros. Lembre que descanso, paciência e o ritmo mais lento das outras pessoas não são obstáculos; são justamente o que impede o seu fogo de se apagar.',
    earth:
      'A terra predomina no seu mapa e lhe dá uma natureza enraizada, prática e confiável. Você confia no que é real, constrói coisas que duram e entende de corpo, dinheiro e tempo melhor do que a maioria. As pessoas se apoiam no seu bom senso. Permita-se sonhar de vez em quando: a imaginação é a semente a partir da qual a sua construção cuidadosa pode fazer nascer algo novo.',
    air: 'Seu mapa é rico em ar, então boa parte da sua vida acontece por meio de ideias, palavras e conexões. Você é uma pessoa curiosa, sociável e capaz de enxergar uma situação por muitos ângulos, o que faz da comunicação um talento natural seu. O risco é pensar sobre os sentimentos em vez de senti-los. Ancorar seus conceitos brilhantes no corpo e no coração é o que lhes dá vida plena.',
    water:
      'A água domina o seu mapa e faz de você uma pessoa profundamente sensível, intuitiva e atenta às correntes silenciosas ao redor. Você guarda verdades emocionais e percebe do que os outros precisam, o que faz de você uma presença cuidadosa e perspicaz. Como absorve muita coisa, precisa de tempo a sós e de limites claros. Sua sensibilidade é um dom, não um fardo, quando você a trata com carinho.',
  },
  elementLacking: {
    fire: 'Com pouco fogo no mapa, entusiasmo e espontaneidade podem não vir no automático, e talvez você espere ter certeza antes de agir. A autoconfiança pode parecer algo que os outros simplesmente ganharam de presente. Gente ousada e inflamada também costuma exercer um fascínio especial sobre você. Pequenos atos de coragem, antes mesmo de a segurança chegar, acendem aos poucos um calor e uma fé em si que se tornam verdadeiramente seus.',
    earth:
      'Com pouca terra no mapa, assuntos práticos como dinheiro, rotina, corpo e horários podem parecer menos naturais para você. Ideias e sentimentos fluem com facilidade; torná-los concretos exige esforço. Pessoas pé no chão e sensatas costumam atrair você. Ritmos diários simples e um projeto concluído de cada vez dão aos seus dons uma casa no mundo físico.',
    air: 'Com pouco ar no mapa, dar um passo atrás para analisar ou conversar sobre o que vive pode não ser natural; você tende a viver a experiência de forma direta. A objetividade pode escapar quando você está no meio dos acontecimentos. Gente articulada e mais distanciada talvez desperte o seu interesse. Escrever, conversar e respirar fundo antes de reagir ajudam você a enxergar com mais clareza os padrões da sua vida.',
    water:
      'Com pouca água no mapa, as emoções podem parecer território estranho ou até um pouco ameaçador, e talvez você lide com os sentimentos de forma prática ou intelectual. Os outros podem ver serenidade em você quando, na verdade, algo se mexeu por dentro. Pessoas emotivas e intuitivas tendem a atrair você. Permitir-se sentir sem precisar consertar, e dar nome aos sentimentos em voz alta, aprofunda imensamente os seus vínculos.',
  },
  modalityDominant: {
    cardinal:
      'Os signos cardinais lideram o seu mapa, o que faz de você uma pessoa de iniciativa. Você enxerga o que precisa começar e dá a largada, muitas vezes assumindo o comando antes que alguém se mexa. Desafios recarregam suas energias. Sua lição é a continuidade: o primeiro passo é fácil, mas a verdadeira recompensa está em permanecer com um projeto, e com uma pessoa, depois que a empolgação do começo passa.',
    fixed:
      'Seu mapa pende para os signos fixos, o que lhe dá persistência, lealdade e uma capacidade notável de ir até o fim. Depois de assumir um compromisso, você leva as coisas adiante quando os outros já teriam desistido. As pessoas contam com a sua constância. A sombra é a resistência à mudança: quando a vida pedir que você solte ou se adapte, lembre que a flexibilidade pode proteger o que você ama em vez de traí-lo.',
    mutable:
      'Os signos mutáveis dominam o seu mapa, tornando você uma pessoa adaptável, curiosa e receptiva à mudança. Você transita com facilidade entre papéis, ideias e situações, e muitas vezes faz a ponte entre as pessoas. O compromisso pode ser o desafio. Escolher algumas poucas coisas para sustentar, mesmo quando algo novo acena, transforma a sua versatilidade em realização duradoura.',
  },
  hemisphere: {
    north:
      'A maioria dos seus planetas está abaixo do horizonte, na metade privada do mapa. Sua vida se molda sobretudo de dentro para fora: experiência pessoal, família, desenvolvimento interior e aquilo que importa só para você. Talvez você não busque os holofotes, e isso não é fraqueza nenhuma. Sua força cresce na intimidade e se revela com o tempo.',
    south:
      'A maioria dos seus planetas está acima do horizonte, na metade pública do mapa. Você se volta para o mundo mais amplo: carreira, sociedade, relacionamentos e as grandes correntes do seu tempo. Reconhecimento e contribuição importam para você. Lembre-se de cuidar também da vida privada, para que suas conquistas externas se apoiem numa base interior bem nutrida.',
    east: 'Os planetas se concentram no lado leste do seu mapa, perto do Ascendente. Você tende a moldar o próprio destino, agindo a partir das suas escolhas em vez de esperar pelos outros. Independência e autonomia vêm naturalmente. Sua lição é perceber que a colaboração pode multiplicar o que você conquista por conta própria, e que aceitar ajuda também é uma forma de força.',
    west: 'Os planetas se concentram no lado oeste do seu mapa, perto do Descendente. Sua vida se desenrola em grande parte por meio dos outros: relacionamentos, parcerias e as oportunidades que as pessoas trazem. Receptividade e cooperação são marcas suas. Seu crescimento está em confiar na própria iniciativa tanto quanto confia no seu talento para trabalhar em conjunto.',
  },
  retrograde: {
    mercury:
      'Mercúrio estava retrógrado quando você nasceu, o que costuma dar uma mente reflexiva e original, que revisita as ideias até que elas sejam realmente suas. Talvez você pense antes de falar, ou perceba que seus pensamentos ficam mais claros por escrito do que em voz alta. Nem sempre os outros acompanham sua lógica de primeira. Confie no seu processo interno; ele muitas vezes chega a conclusões que os outros deixam passar.',
    venus:
      'Vênus estava retrógrada quando você nasceu, voltando para dentro os seus valores e afetos. Talvez você chegue ao amor e à autoestima por um caminho incomum ou mais lento, questionando o que os outros dão como certo sobre beleza e relacionamentos. Seu gosto pode ser bem particular. Com o tempo, você desenvolve uma compreensão profunda e pessoal daquilo que realmente valoriza.',
    mars: 'Marte estava retrógrado quando você nasceu, então a sua energia de ação pode se voltar para dentro antes de se voltar para fora. Talvez você hesite em se afirmar diretamente, ou perceba que a raiva demora a vir à tona. Ainda assim, a sua energia tem grande profundidade. Quando você age por convicção interior, e não por pressão externa, sua força é formidável e duradoura.',
  },
};
