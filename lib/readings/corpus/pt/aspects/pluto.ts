import type { AspectTexts, PairKeysOf } from '../../types';

export const pluto: Record<PairKeysOf<'pluto'>, AspectTexts> = {
  pluto_true_node: {
    conjunction:
      'A transformação está entrelaçada ao seu destino. Plutão perto do Nodo Norte sugere que o seu caminho passa por experiências intensas, mudanças profundas e encontros com o poder, o seu e o dos outros. Talvez uma força empurre você rumo a algo que não consegue bem nomear. Entregar o que precisa terminar, e confiar no que está nascendo, leva você rumo ao seu propósito.',
    harmonious:
      'A renovação vem naturalmente para você e alimenta o seu crescimento. Crises, relações profundas e um autoexame honesto tendem a empurrar você para a frente, em vez de derrubar você, e talvez encontre aliados poderosos em momentos decisivos. Você não tem medo da profundidade. Confiar no processo de mudança, mesmo quando é desconfortável, mantém você em sintonia com o seu caminho.',
    challenging:
      'Controle, medo ou velhas disputas de poder podem atrasar o seu crescimento. Talvez você se agarre a situações muito depois de elas terem morrido, ou veja as mesmas dinâmicas intensas se repetirem até encará-las. A lição é soltar. Abrir mão do que você não pode controlar libera uma quantidade enorme de energia para a vida que você realmente veio viver.',
  },
  pluto_chiron: {
    conjunction:
      'Sua ferida é profunda e carrega um poder transformador. Plutão em conjunção com Quíron, um contato compartilhado por muitos nascidos nos mesmos anos, pode refletir experiências de perda, trauma ou impotência, na sua própria vida ou na história em que você nasceu. Encarar essa profundidade é a sua cura. Por meio dela, você ganha uma capacidade imensa de ajudar os outros a sobreviver e renascer.',
    harmonious:
      'Uma cura profunda é possível para você. Você consegue encarar uma dor intensa, permanecer com ela e sair dela com outra força, e talvez tenha um dom para a psicologia, as terapias corporais ou o apoio em crises. Sua resiliência é notável. Quem está passando pelo pior muitas vezes descobre que a sua presença firme ajuda a acreditar que vai chegar ao outro lado.',
    challenging:
      'Feridas antigas podem parecer intensas ou ligadas a questões de poder e controle. Talvez você tema que a dor tome conta de tudo, ou perceba que as crises reabrem mágoas que julgava curadas havia muito tempo. A cura vem de um trabalho interior paciente e corajoso, de preferência com bom apoio. Com o tempo, aquilo que um dia ameaçou destruir você se torna a fonte da sua força mais profunda.',
  },
  pluto_asc: {
    conjunction:
      'A intensidade irradia de você. Plutão perto do seu Ascendente dá uma presença magnética e poderosa, e as pessoas podem se sentir atraídas por você ou ficar com um pé atrás antes mesmo que você diga uma palavra. Você revela pouco e nota muita coisa. Assumir o seu poder abertamente, e usá-lo com gentileza, faz dele uma fonte de confiança.',
    harmonious:
      'Profundidade e um poder silencioso marcam a sua personalidade. As pessoas sentem a sua força e a sua resiliência, e você lê situações e motivações com uma perspicácia incomum. Você lida com crises com serenidade. Essa autoridade natural faz os outros buscarem a sua orientação quando a vida fica séria, e permite que você mantenha a calma quando todo mundo já perdeu o chão.',
    challenging:
      'Dinâmicas de poder podem tingir a forma como você encontra o mundo. Talvez a sua presença pareça mais intensa ou fechada do que você pretende, ou você se veja em disputas de controle com as pessoas mais próximas. Experiências precoces podem ter ensinado você a se proteger. À medida que aprende a confiar, a sua força se torna uma presença que dá firmeza, e não um muro.',
  },
  pluto_mc: {
    conjunction:
      'A transformação é o tema da sua carreira. Plutão perto do seu Meio do Céu dá um impulso poderoso de influenciar, reformar ou reconstruir, e a sua vida pública pode incluir ascensões, quedas e reinvenções dramáticas. Posições de poder real podem atrair você. Usar essa influência com integridade permite deixar uma marca duradoura na sua área e nas pessoas que fazem parte dela.',
    harmonious:
      'Profundidade e poder estratégico apoiam a sua carreira. Você consegue transformar situações e instituições por dentro, e pesquisa, psicologia, finanças, medicina ou qualquer função que lide com crises podem atrair você. As pessoas percebem a sua competência sob pressão. Sua influência tende a crescer em silêncio e, uma vez conquistada, é notavelmente difícil de abalar.',
    challenging:
      'Disputas de poder podem moldar a sua carreira, seja com chefes, com instituições ou com o seu próprio impulso compulsivo de vencer. Encerramentos súbitos no trabalho podem forçar reinvenções mais de uma vez. Cada um deles arranca o que era falso. Encarar essas batalhas com honestidade e integridade transforma tudo isso numa carreira de profundidade real e autoridade duradoura.',
  },
};
