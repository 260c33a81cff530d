import type { Sign } from '@/lib/astro/types';

export const sun: Record<Sign, string> = {
  aries:
    'Você ganha vida no começo das coisas: o primeiro passo, a pergunta em aberto, o momento em que ninguém mais teve coragem. Sua identidade se forma na ação, então é tentando, trombando e tentando de novo que você descobre quem é. A impaciência é a sombra dessa coragem. Quando você deixa que uma briga seja por algo maior do que vencer, a sua franqueza vira um presente em que os outros se apoiam.',
  taurus:
    'Há algo em você que é lento de propósito. Você confia no que pode tocar, saborear e construir com o tempo, e sua identidade cresce como um jardim, não como um fogo de artifício. As pessoas ficam mais tranquilas perto de você porque você não tem pressa de virar outra pessoa. Seu ponto de crescimento é a própria mudança: aprender que abrir mão de uma forma pode proteger aquilo que você valoriza.',
  gemini:
    'A curiosidade é o seu centro de gravidade. Você é mais você quando circula entre ideias, pessoas e ambientes, colecionando histórias e ligando umas às outras de um jeito que ninguém mais vê. Como enxerga todos os lados, comprometer-se com um só pode parecer uma perda. A tarefa mais profunda é encontrar o fio que atravessa todos os seus interesses, para que a versatilidade vire uma voz, e não uma dispersão.',
  cancer:
    'Sua identidade está ligada ao pertencimento: as pessoas que você chama de suas, o lugar para onde volta, a memória que carrega adiante. Você lidera cuidando, e seus instintos sobre aquilo de que os outros precisam costumam acertar de um jeito quase misterioso. Os humores passam por você como marés. Parte do seu amadurecimento é voltar essa mesma ternura para si e deixar que também cuidem de você.',
  leo: 'Criar é uma necessidade para você, e ter a sua criação vista pelos outros também. Um fogo caloroso e generoso arde no seu centro, e quando aquilo que é genuinamente seu recebe reconhecimento, você devolve tudo multiplicado. O orgulho pode fazer uma crítica doer mais do que deveria. Seu verdadeiro palco não é o aplauso, mas uma autoexpressão que continua honesta, brincalhona e corajosa mesmo quando ninguém está olhando.',
  virgo:
    'Ser útil é o seu jeito de amar o mundo. Você repara no fio solto, no método melhor, no detalhe que faz a diferença, e se sente mais você quando a sua habilidade serve a algo real. Esse mesmo olhar pode se voltar contra você na forma de um crítico interno severo. Seu caminho pede que você se trate com o mesmo carinho que dedica a um ofício: sempre aprimorável, sim, mas que já merece todo o cuidado.',
  libra:
    'É por meio dos outros que você se conhece. Justiça, beleza e a arte de se relacionar não são luxos para você, mas a própria matéria da sua identidade. Você percebe o que traria equilíbrio a um ambiente e muitas vezes faz isso sem que ninguém peça. A lição que corre por baixo é escolher: uma paz comprada ao custo de engolir a própria preferência não é harmonia, só adiamento.',
  scorpio:
    'Nada feito pela metade satisfaz você. O que existe sob a superfície das pessoas, das motivações e da própria vida exerce um forte magnetismo sobre você, e você prefere encarar uma verdade dura a conviver com uma mentira educada. Sua lealdade, uma vez entregue, é profunda, e a necessidade de controle também pode ser; o seu chamado é a transformação, não o controle. Cada vez que você deixa morrer o que precisava morrer, renasce com mais força e mais fiel a si.',
  sagittarius:
    'O sentido é o seu combustível. Você quer saber por que as coisas são como são, e cresce se esticando em direção ao horizonte: viagens, estudos, crenças, uma história maior. Seu otimismo é contagiante e muitas vezes justificado, mas a inquietação e a mania de prometer mais do que cabe num dia são o preço. Você brilha mais quando a sua liberdade serve a uma verdade que você se dispõe a viver, e não apenas a pregar.',
  capricorn:
    'Você enxerga longe. A responsabilidade costuma chegar cedo na sua vida, e você responde construindo algo sólido, passo a passo, muitas vezes com um humor seco que surpreende as pessoas. Sua autoestima está ligada às conquistas, o que pode fazer o descanso parecer imerecido. Com o tempo, você tende a rejuvenescer por dentro, descobrindo que a autoridade inclui o direito de desfrutar daquilo que construiu.',
  aquarius:
    'Você está aqui para pensar com a própria cabeça. Uma veia independente e voltada para o futuro corre em você, junto com uma preocupação real com o coletivo e com o que é justo para todos. Seu calor pela humanidade pode conviver com uma curiosa frieza no corpo a corpo. Seu crescimento vem de deixar que os seus ideais incluam as pessoas concretas e imperfeitas que estão à sua frente, e de ser tão original no sentimento quanto no pensamento.',
  pisces:
    'Suas fronteiras são porosas, e isso é ao mesmo tempo a sua genialidade e o seu desafio. Você sente o clima de um ambiente, a dor por trás de uma história, a música dos momentos comuns, e a compaixão, a arte ou a espiritualidade chamam por você. O risco é fugir para a fantasia ou para as necessidades alheias. Ancorada numa forma cotidiana, a sua sensibilidade se torna um tipo de força silenciosa e curativa.',
};
