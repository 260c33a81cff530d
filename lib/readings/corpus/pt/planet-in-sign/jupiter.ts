import type { Sign } from '@/lib/astro/types';

export const jupiter: Record<Sign, string> = {
  aries:
    'A sorte costuma encontrar você quando você vai na frente. Sua fé cresce com iniciativas ousadas, e a sua generosidade atinge o auge quando você defende uma causa ou alguém que precisa de um empurrão. A confiança é a sua abundância. A lição é não passar do ponto: nem todo salto precisa ser dado de uma vez, e um pouco de planejamento faz a sua coragem ir mais longe.',
  taurus:
    'Para você, a abundância cresce devagar e existe para ser desfrutada. Você tem o dom de construir valor duradouro, seja em dinheiro, terra, habilidades ou conforto, e a sua generosidade se expressa na partilha dos bons prazeres materiais. A indulgência é a sombra. Sua fé está no que é real e duradouro, então invista com paciência e deixe que o prazer continue sendo uma bênção, e não um hábito.',
  gemini:
    'Suas oportunidades chegam por meio de palavras, contatos e curiosidade. Aprender, escrever, ensinar e trocar ideias ampliam o seu mundo, e muitas vezes você sabe um pouco sobre uma quantidade impressionante de coisas. O risco é a amplitude sem profundidade. Quando você segue uma linha de investigação rica até o fim, o seu conhecimento vira uma sabedoria que vale a pena compartilhar.',
  cancer:
    'A generosidade brota do seu coração e do seu lar. Você cresce cuidando dos outros, criando pertencimento e honrando as suas raízes, e as pessoas se sentem acolhidas na sua presença. A segurança emocional é o seu tesouro. Cuidado com o excesso de proteção ou com segurar as coisas por tempo demais; a mesma abundância que alimenta a sua família pode nutrir um círculo muito maior.',
  leo: 'Com um coração enorme e um espírito expansivo, você tem um senso natural de ocasião e uma generosidade que gosta de ser vista. Trabalho criativo, diversão, crianças e liderança despertam a sua sorte, e você inspira confiança nos outros simplesmente por acreditar neles. O orgulho pode inflar e virar exibicionismo. Mantenha o seu calor sincero, e o seu palco vai continuar crescendo.',
  virgo:
    'Na sua vida, pequenas coisas bem feitas se somam e viram grandes coisas. Você cresce por meio da habilidade, do serviço, da saúde e do aprimoramento cuidadoso, e encontra sentido em ser útil de verdade. Sua fé é prática. A armadilha é perder o quadro geral em detalhes sem fim, então dê um passo atrás com regularidade para ver quanto bem a sua dedicação já fez.',
  libra:
    'É nos relacionamentos que mora a sua sorte. Parcerias, colaboração, justiça e beleza ampliam o seu mundo, e você tem talento para reunir pessoas em termos justos. Talvez perceba que os outros abrem portas para você. Cuide para que a sua generosidade em manter a paz não se transforme em fuga de verdades necessárias.',
  scorpio:
    'Seu crescimento acontece nas profundezas. Crises, intimidade, pesquisa e recursos compartilhados são os seus campos de abundância, e você encontra fé ao encarar o que os outros temem. Você tem fôlego em lugares difíceis. Quando a sua intensidade serve à cura e à renovação, e não ao controle, você passa a ser um apoio poderoso nas transformações dos outros.',
  sagittarius:
    'Júpiter está em casa aqui, e a sua fé na vida é enorme. Viagens, filosofia, ensino e a busca de sentido são fontes naturais de sorte e alegria para você. Seu otimismo pode abrir portas que os outros supõem trancadas. Cuidado com a tendência a pregar ou a prometer demais; a sua sabedoria convence mais quando continua humilde e curiosa.',
  capricorn:
    'O sucesso chega por meio da paciência, da estrutura e da autoridade conquistada. Você cresce assumindo responsabilidades, construindo com cuidado e respeitando o que resistiu ao teste do tempo. Sua generosidade pode ser comedida, mas é confiável. Permita-se confiar que a vida pode ser gentil; as suas recompensas são reais, e você tem todo o direito de aproveitá-las.',
  aquarius:
    'Sua fé está nas pessoas e no futuro. Você se expande por meio de amizades, redes, causas e ideias novas, e doa o seu tempo com generosidade ao bem coletivo. A tolerância vem naturalmente. Transformar os seus ideais em ação prática e calor humano torna a sua visão capaz de mudar o mundo de verdade, em vez de ficar no abstrato.',
  pisces:
    'A compaixão é a sua abundância. Você cresce por meio da imaginação, da espiritualidade, do serviço e do seu dom de sentir o que os outros sentem, e a ajuda muitas vezes chega de formas silenciosas e inesperadas. Sua fé pode ter um tom místico. Limites tornam a sua generosidade sustentável, então deixe que a sua bondade inclua você e escolha com cuidado onde derramá-la.',
};
