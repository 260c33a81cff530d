import type { AspectTexts, PairKeysOf } from '../../types';

export const jupiter: Record<PairKeysOf<'jupiter'>, AspectTexts> = {
  jupiter_saturn: {
    conjunction:
      'Visão e realismo se encontram em você. Júpiter em conjunção com Saturno, um contato compartilhado com quem nasceu poucos meses antes ou depois de você, dá a capacidade de sonhar grande e construir com cuidado, equilibrando otimismo e paciência. O crescimento pode vir em ciclos de expansão e consolidação. Seu dom é transformar grandes visões em estruturas duradouras, um passo sóbrio de cada vez.',
    harmonious:
      'Fé e disciplina cooperam na sua vida. Você consegue planejar a longo prazo, aproveitar oportunidades com sabedoria e construir um sucesso que dura, e sabe quando avançar e quando esperar. Carreira e ética tendem a se apoiar. As pessoas veem em você sensatez e confiabilidade, alguém cujo otimismo já foi posto à prova e se manteve de pé.',
    challenging:
      'Esperança e cautela podem puxar você de um lado para o outro. Talvez você oscile entre o excesso de confiança e a insegurança, ou viva o dilema entre agarrar a oportunidade e jogar no seguro, de modo que o progresso vem aos trancos. Essa tensão ensina o senso de momento. Aprender quando expandir e quando segurar firme se torna uma das suas habilidades mais valiosas.',
  },
  jupiter_uranus: {
    conjunction:
      'Oportunidades súbitas e fome de liberdade marcam a sua vida. Júpiter em conjunção com Urano, um contato compartilhado por muitos que nasceram na mesma época, traz um otimismo inventivo, amor pelo novo e a tendência de romper limites. Golpes de sorte podem surgir do nada. Seu dom é enxergar possibilidades que os outros não veem e confiar nelas o bastante para se mover.',
    harmonious:
      'A boa sorte muitas vezes chega por meio da mudança. Você se adapta com elegância ao inesperado, tem abertura para ideias incomuns e talvez encontre sorte na tecnologia, nas viagens ou em escolhas pouco convencionais. Seu otimismo olha para a frente. Isso faz de você uma força inovadora natural e uma presença inspiradora em qualquer grupo que precise de ar fresco.',
    challenging:
      'A inquietação e a sede de liberdade podem levar você a passar do ponto. Talvez você corra riscos repentinos, mude de rumo com frequência demais ou rejeite estruturas que teriam ajudado. Ainda assim, esse aspecto também traz momentos de grande virada. Aprender a equilibrar empolgação e continuidade transforma o seu espírito inventivo em progresso duradouro.',
  },
  jupiter_neptune: {
    conjunction:
      'Fé e imaginação são vastas em você. Júpiter em conjunção com Netuno, compartilhado com outras pessoas nascidas na mesma época, dá uma visão de mundo espiritual, compassiva e idealista, com dons artísticos ou de cura reais. Os limites podem se borrar. Ancorar os seus sonhos generosos em formas práticas impede que eles se dissolvam em ilusões ou numa doação sem fim.',
    harmonious:
      'Compaixão e inspiração fluem com facilidade pela sua vida. Você tem uma fé natural e um coração generoso, e a espiritualidade, a música, a arte ou o trabalho beneficente podem chamar você. Sua intuição guia você bem. Essa sabedoria gentil ajuda os outros a acreditarem em algo maior e mais bondoso do que os problemas imediatos.',
    challenging:
      'Seu idealismo pode correr à frente da realidade. Causas, pessoas ou crenças que prometem mais do que entregam podem atrair você, ou talvez você estique a sua bondade até ela esgotar você. O discernimento é a lição. Uma fé ancorada na experiência, e uma generosidade com limites saudáveis, revelam a verdadeira beleza desse aspecto.',
  },
  jupiter_pluto: {
    conjunction:
      'A ambição em você é profunda e ampla. Júpiter em conjunção com Plutão, um contato que você compartilha com a sua geração, dá um impulso poderoso por influência, transformação e crescimento em grande escala. Talvez você se erga através de crises que derrubariam outras pessoas. Usar esse poder com ética é a chave para um impacto positivo e duradouro.',
    harmonious:
      'Você tem capacidade de regeneração e de sucesso em grande escala. Você entende o poder e consegue usá-lo para crescer, curar ou construir, e as oportunidades de transformação tendem a jogar a seu favor. Pesquisa, finanças e liderança podem combinar com você. É uma reserva silenciosa de força à qual recorrer quando há muito em jogo.',
    challenging:
      'O apetite por poder e sucesso pode gerar conflitos. Talvez você encontre forças poderosas pela frente, lute com questões de controle ou sinta o impulso de realizar a qualquer custo. O excesso é um risco. Canalizado com integridade e humildade, esse impulso intenso pode gerar conquistas genuinamente transformadoras para você e para os outros.',
  },
  jupiter_true_node: {
    conjunction:
      'Crescimento e boa sorte estão ligados ao seu caminho de vida. Júpiter perto do Nodo Norte traz oportunidades, mestres e experiências expansivas que levam você rumo ao seu propósito. A fé na sua direção dá frutos. Siga o caminho que torna o seu mundo maior, mesmo quando parece um salto no escuro.',
    harmonious:
      'O otimismo mantém você na direção certa. Oportunidades, mentores e experiências de aprendizado tendem a chegar quando você precisa, e a sua generosidade atrai ajuda. Viagens, estudos ou ensino podem fazer parte do seu caminho. Confie no quadro maior da sua vida, e o seu crescimento se desenrola naturalmente.',
    challenging:
      'Confortos ou crenças conhecidos podem atrasar o seu crescimento. Talvez você exagere no que parece fácil ou se agarre a velhas convicções quando o seu caminho pede algo novo. Ir além da zona de conforto, e questionar com honestidade aquilo em que sempre acreditou, abre um tipo de crescimento que nenhum golpe de sorte poderia entregar.',
  },
  jupiter_chiron: {
    conjunction:
      'Sua ferida e a sua sabedoria estão unidas. Júpiter em conjunção com Quíron sugere que as suas mágoas em torno da fé, do sentido ou das crenças se tornam os seus maiores mestres. Talvez você perca a fé e a reconstrua, desta vez mais profunda. Com o tempo, você se torna uma presença sábia e generosa, que ajuda os outros a encontrar esperança depois da dor.',
    harmonious:
      'Fé e cura trabalham juntas em você. Você consegue encontrar sentido na dor e ajudar os outros a fazerem o mesmo, e o ensino, o aconselhamento ou a orientação espiritual podem atrair você. Seu otimismo é temperado pela compreensão, o que o torna ao mesmo tempo crível e reconfortante para quem está sofrendo.',
    challenging:
      'Feridas antigas podem minar a sua fé ou o seu senso de sentido. Talvez você lute com crenças que feriram você, ou duvide de que a vida possa ser gentil. Aos poucos, vivendo, você encontra uma verdade própria. Então, a sua sabedoria conquistada com esforço se torna um presente real para quem perdeu o rumo.',
  },
  jupiter_asc: {
    conjunction:
      'Generosidade e otimismo brilham na sua presença. Júpiter perto do Ascendente torna você uma pessoa calorosa, expansiva e muitas vezes de sorte nas primeiras impressões, e as pessoas se sentem encorajadas perto de você. Talvez você tenha um porte grande ou um jeito maior do que a vida. A moderação mantém a sua exuberância natural cativante, e não esmagadora.',
    harmonious:
      'A boa vontade irradia da sua personalidade. As pessoas encontram em você simpatia, abertura e encorajamento, e as oportunidades tendem a chegar por meio dos seus contatos. Você encara a vida com fé. Esse otimismo natural ajuda você a se reerguer depois dos tropeços, e faz de você uma presença bem-vinda em quase qualquer grupo, aquela que lembra a todos que as coisas ainda podem dar certo.',
    challenging:
      'Seu entusiasmo pode às vezes passar da conta. Talvez você prometa demais, transmita uma impressão de excesso ou assuma mais do que consegue dar conta. Seu espírito generoso é real, e as pessoas sentem isso. Combiná-lo com limites realistas, e cumprir as promessas que você faz, permite que o seu calor e o seu otimismo inspirem confiança total.',
  },
  jupiter_mc: {
    conjunction:
      'Sucesso e reconhecimento vêm naturalmente para você. Júpiter perto do Meio do Céu traz oportunidades de crescimento profissional, respeito público e liderança, e talvez você trabalhe com ensino, direito, mercado editorial ou áreas internacionais. Sua reputação tende a ser generosa e ampla. Manter a ética e os pés no chão enquanto sobe protege a sua boa sorte e a confiança depositada em você.',
    harmonious:
      'A prosperidade tende a acompanhar os seus esforços profissionais. Oportunidades e pessoas que apoiam você ajudam na sua ascensão, e você persegue as suas metas com otimismo e visão. Sua imagem pública é positiva. Mantenha os seus objetivos alinhados aos seus valores, e o seu sucesso vai ter sentido, além de recompensa.',
    challenging:
      'A ambição pode às vezes correr à frente da realidade. Talvez você se exceda profissionalmente, assuma papéis grandes demais cedo demais ou sinta que o seu sucesso nunca chega à altura da visão que tem na cabeça. Ainda assim, essa inquietação também impulsiona um crescimento real. Combinar grandes metas com passos práticos e bem cronometrados traz conquistas que duram.',
  },
};
