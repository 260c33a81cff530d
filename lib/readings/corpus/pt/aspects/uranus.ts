import type { AspectTexts, PairKeysOf } from '../../types';

export const uranus: Record<PairKeysOf<'uranus'>, AspectTexts> = {
  uranus_neptune: {
    conjunction:
      'Esta conjunção rara pertence a toda uma geração, e você carrega a sua assinatura: uma fusão de tecnologia e imaginação, de mudança radical e anseio espiritual. Talvez você sinta que o velho mundo está se dissolvendo e que um novo está sendo sonhado. Sua parte é ajudar a dar a esse sonho uma forma humana e real.',
    harmonious:
      'Compartilhado por muitos que nasceram na mesma época, esse contato mistura intuição e inovação. Novas formas de espiritualidade, de arte ou de tecnologia que expandem a consciência podem atrair você. A mudança parece inspiradora, e não assustadora. No plano pessoal, ele dá uma mente flexível e visionária, que se adapta bem a um mundo em rápida transformação.',
    challenging:
      'Sua geração sente uma tensão entre progresso e idealismo, entre a atração do futuro e o anseio por sentido. Talvez você oscile entre o entusiasmo pela mudança e a desilusão com ela. No plano pessoal, ancorar os seus ideais e manter a clareza sobre o que é real ajuda você a atravessar tempos incertos com integridade.',
  },
  uranus_pluto: {
    conjunction:
      'Você nasceu sob um contato geracional de abalo e renovação. Urano em conjunção com Plutão marca um tempo de transformação radical, e talvez você carregue o instinto de derrubar o que está podre e reconstruir a partir das raízes. A mudança não assusta você. Usar esse destemor com sabedoria faz de você uma força poderosa de renovação.',
    harmonious:
      'Esse contato, que você divide com a sua geração, traz desenvoltura diante da transformação e da inovação. Você consegue ajudar a promover mudanças profundas sem caos, e talvez tenha um dom para reformas, pesquisa ou tecnologia. No plano pessoal, as crises muitas vezes se tornam pontos de virada que abrem novas liberdades para você.',
    challenging:
      'Sua geração carrega a tensão entre a mudança radical e a resistência a ela. Talvez você sinta a pressão do abalo coletivo na própria vida, em mudanças súbitas ou em disputas de poder com os sistemas. Esse aspecto constrói resiliência. Seu dom é a coragem de encarar a transformação e ajudar os outros a atravessá-la.',
  },
  uranus_true_node: {
    conjunction:
      'Pouco convencional é a única palavra honesta para o seu caminho. Urano perto do Nodo Norte sugere que o crescimento vem pela liberdade, pela inovação e pela ruptura com as expectativas, e viradas súbitas podem redirecionar a sua vida rumo ao seu propósito. Confie nas surpresas, mesmo nas indesejadas; muitas vezes elas levam você exatamente aonde precisa ir, mais rápido do que qualquer plano.',
    harmonious:
      'A mudança apoia o seu crescimento. Oportunidades incomuns, pessoas fora do padrão e percepções súbitas ajudam você a avançar rumo ao seu propósito, e você se adapta bem quando a vida muda. Sua originalidade faz parte do seu caminho, não é um desvio dele. Siga o que empolga e liberta você, e a sua direção fica mais clara a cada experiência.',
    challenging:
      'A inquietação ou a rebeldia podem tirar você do rumo. Talvez você se afaste rápido demais das situações, ou resista ao compromisso que o seu caminho exige. Aprender a distinguir a verdadeira libertação da simples fuga, e ficar o tempo suficiente para descobrir qual das duas está escolhendo, ajuda você a crescer na direção que a sua alma pretende.',
  },
  uranus_chiron: {
    conjunction:
      'Sua ferida está ligada a se sentir diferente. Urano em conjunção com Quíron pode refletir experiências de estar à margem, de rupturas súbitas ou de não se encaixar. Mas esse também é o seu dom: você se cura abraçando a sua singularidade, e talvez ajude os outros a aceitarem a deles.',
    harmonious:
      'A originalidade apoia a sua cura. Você encontra caminhos pouco convencionais para atravessar a dor, e terapias alternativas ou abordagens inovadoras de bem-estar podem atrair você. Suas percepções podem libertar pessoas presas a velhos padrões e a explicações cansadas, e o seu exemplo mostra que a diferença não é um defeito.',
    challenging:
      'Mudanças súbitas podem reabrir feridas antigas, ou a sua necessidade de liberdade pode se chocar com a sua necessidade de cura. Às vezes, talvez bata uma sensação de estranhamento. A cura vem de aceitar a sua diferença como força, e não como falha a esconder, e de encontrar uma comunidade onde a sua singularidade seja genuinamente bem-vinda.',
  },
  uranus_asc: {
    conjunction:
      'A originalidade define a sua presença. Urano perto do Ascendente torna você uma pessoa pouco convencional, independente e muitas vezes surpreendente, e as pessoas percebem que você dança conforme a própria música. Talvez você se reinvente mais de uma vez. A liberdade de ser do seu jeito é essencial, e os outros podem achar o seu exemplo libertador.',
    harmonious:
      'Frescor e originalidade tingem a sua personalidade. As pessoas acham você interessante e de mente aberta, e você se adapta com facilidade a situações novas. Sua independência encanta. Isso permite que você introduza ideias e modos de vida novos sem afastar os outros, um talento real em qualquer grupo que precisa mudar, mas tem medo.',
    challenging:
      'Sua necessidade de liberdade pode se chocar com o que os outros esperam do seu comportamento. Talvez você pareça imprevisível ou rebelde, ou sinta inquietação em ambientes convencionais. Entender a sua necessidade de independência, e explicá-la a quem está perto, ajuda você a expressá-la com graça, e não com ruptura.',
  },
  uranus_mc: {
    conjunction:
      'Comum é a última coisa que a sua carreira vai ser. Urano perto do Meio do Céu traz mudanças súbitas, trabalho inovador e uma forte necessidade de liberdade profissional, e a tecnologia, a ciência ou as reformas podem atrair você. Sua reputação pode ser pouco convencional. Siga a sua originalidade; ela é o seu chamado.',
    harmonious:
      'A inovação apoia a sua carreira. Você encontra oportunidades em áreas novas e se adapta bem às mudanças profissionais, e as suas ideias frescas são valorizadas. Trabalho autônomo ou pioneiro pode combinar com você. Sua independência se torna um trunfo profissional que diferencia você, sobretudo em áreas que ainda estão inventando as próprias regras.',
    challenging:
      'As mudanças de carreira podem chegar de repente, ou talvez você entre em choque com a autoridade. Talvez resista aos caminhos convencionais ou sinta inquietação em qualquer emprego que limite você. Construir uma carreira com espaço para liberdade e inovação, talvez um negócio próprio ou uma função desenhada por você, transforma essa tensão em originalidade e realização.',
  },
};
