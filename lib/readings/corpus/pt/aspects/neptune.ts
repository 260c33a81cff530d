import type { AspectTexts, PairKeysOf } from '../../types';

export const neptune: Record<PairKeysOf<'neptune'>, AspectTexts> = {
  neptune_pluto: {
    conjunction:
      'Essa conjunção acontece apenas uma vez a cada cerca de cinco séculos, então, se o seu mapa a mostra, você pertence a uma era rara de profunda renovação coletiva. Os sonhos e as forças profundas do seu tempo estão fundidos. Sua parte é deixar que essa sensação de vasta mudança inspire um jeito de viver compassivo e com os pés no chão.',
    harmonious:
      'Esse contato harmonioso de longa duração é compartilhado por várias gerações e dá um pano de fundo de que crescimento espiritual e transformação podem andar juntos. Para você, pessoalmente, ele oferece uma capacidade silenciosa de deixar o velho ir embora e confiar que algo significativo vai crescer no lugar. Recorra a ela nos tempos de mudança.',
    challenging:
      'A tensão entre ideais coletivos e transformação profunda é uma nota de fundo para a sua geração. Talvez você sinta ao mesmo tempo a necessidade de mudança e confusão sobre como chegar lá. No plano pessoal, ancorar a sua vida espiritual e encarar verdades duras com compaixão ajuda você a atravessar tempos de abalo coletivo.',
  },
  neptune_true_node: {
    conjunction:
      'Seu caminho leva à compaixão, à imaginação ou ao espírito. Netuno perto do Nodo Norte sugere que o crescimento vem pela arte, pelo serviço, pela espiritualidade ou por aprender a confiar no invisível. Às vezes, o caminho pode parecer pouco claro. Seguir as suas inspirações mais profundas, com cuidado, guia você rumo ao seu propósito.',
    harmonious:
      'A intuição apoia o seu crescimento. Experiências criativas, espirituais ou de compaixão ajudam você a avançar rumo ao seu propósito, e talvez você encontre orientação em sonhos ou sincronicidades. Confiar nos sinais sutis da sua vida, o sonho que se repete, o encontro casual, a música que chega na hora certa, ajuda você a manter o rumo mesmo quando o mapa não está claro.',
    challenging:
      'A ilusão ou o escapismo podem afastar você do seu caminho. Talvez você idealize pessoas ou situações, ou evite a clareza que o seu crescimento exige. Aprender a discernir o que é real, mantendo vivas a sua imaginação e a sua bondade, ajuda você a seguir na direção que a sua alma realmente busca.',
  },
  neptune_chiron: {
    conjunction:
      'Sua ferida tem uma dimensão espiritual. Netuno em conjunção com Quíron pode refletir uma sensibilidade ao sofrimento coletivo, experiências de perda ou a sensação de não encontrar o rumo. Talvez você tenha sentido, ainda na infância, uma tristeza maior do que a sua própria vida. Por meio dela, você desenvolve uma compaixão profunda e um dom para curar pela arte, pela música, pela espiritualidade ou pela simples presença.',
    harmonious:
      'Compaixão e cura fluem através de você. Talvez você tenha um dom para formas espirituais ou artísticas de cura, e consiga ajudar os outros a encontrar sentido no sofrimento. Sua empatia é gentil e sábia, nunca forçada, e as pessoas tendem a se sentir menos sós depois de passar um tempo ao seu lado.',
    challenging:
      'Sua sensibilidade pode fazer feridas antigas parecerem esmagadoras, ou talvez você busque fugir da dor. Os limites podem se dissolver, e a dor dos outros pode começar a parecer sua. A cura vem de ancorar a sua compaixão e encontrar práticas que nutram o seu espírito sem deixar que você desapareça no sofrimento alheio.',
  },
  neptune_asc: {
    conjunction:
      'Há algo de sonhador e fugidio em você. Netuno perto do Ascendente dá uma presença suave, compassiva e artística, e as pessoas podem projetar os próprios ideais em você. Você absorve o ambiente como uma esponja, para o bem e para o mal. Limites claros e momentos regulares a sós ajudam você a continuar sendo você enquanto compartilha a sua sensibilidade.',
    harmonious:
      'Sua personalidade irradia delicadeza e imaginação. As pessoas enxergam em você compaixão e talento artístico, e você tem uma compreensão intuitiva dos outros. Sua presença pode acalmar. Esse dom faz de você um talento natural para funções criativas, de cura ou de cuidado, em que um toque silencioso importa mais do que uma voz alta.',
    challenging:
      'Os outros podem interpretar você mal, ou talvez você tenha dúvidas sobre a própria identidade. Talvez se adapte demais aos outros ou se esconda atrás de uma persona vaga. Construir um senso claro de si ajuda você a expressar a sua sensibilidade com confiança, para que as pessoas encontrem você, e não a ideia que fazem de você.',
  },
  neptune_mc: {
    conjunction:
      'A inspiração guia a sua vocação. Netuno perto do Meio do Céu atrai você para as artes, a cura, a espiritualidade ou o serviço, e a sua imagem pública pode ser glamourosa ou misteriosa. Seu caminho pode ser sinuoso e difícil de explicar aos outros. Seguir os seus ideais, mantendo um pé no chão prático, traz a carreira mais gratificante.',
    harmonious:
      'Sua imaginação é uma aliada da sua carreira. Talvez você encontre sucesso em áreas criativas, de cura ou de compaixão, e a sua intuição guia as suas escolhas profissionais. As pessoas percebem o seu idealismo. Confie na sua visão, mantenha os seus contratos claros, e a sua vida pública pode se tornar uma fonte genuína de inspiração para os outros.',
    challenging:
      'O rumo profissional pode parecer nebuloso por longos períodos. Talvez seja difícil encontrar a sua vocação, você circule entre funções ou se decepcione com trabalhos que prometiam mais sentido do que entregaram. Ancorar os seus ideais em passos práticos, e manter a honestidade nas relações profissionais, ajuda você a construir uma carreira que reflita de verdade os seus sonhos.',
  },
};
