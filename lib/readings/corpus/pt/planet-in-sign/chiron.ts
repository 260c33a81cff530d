import type { Sign } from '@/lib/astro/types';

export const chiron: Record<Sign, string> = {
  aries:
    'Uma dor antiga ligada ao seu direito de existir do seu jeito pode estar por baixo da sua confiança. Quíron em Áries pode aparecer como dúvida em ocupar espaço, ou como uma bravata que esconde essa dúvida. A cura começa quando você age em seu próprio favor apesar do medo, e mais tarde talvez se veja incentivando outras pessoas a assumir a própria coragem.',
  taurus:
    'A ferida aqui toca o seu senso de valor e de segurança, talvez pela escassez ou por um corpo que não parecia um lugar seguro. Pode ser que você supervalorize ou subestime o que tem. À medida que aprende a confiar no seu valor constante, você se torna uma presença calmante e enraizadora para quem perdeu o chão.',
  gemini:
    'As palavras podem ter sido fonte de dor um dia: a incompreensão, ouvir que você não era inteligente ou não conseguir dizer o que sentia. Quíron em Gêmeos pode deixar você duvidando da própria mente. À medida que se cura, você desenvolve um dom raro para explicar as coisas com delicadeza e dar voz aos outros.',
  cancer:
    'O pertencimento pode ter parecido incerto nos primeiros anos, deixando um ponto sensível em torno do lar, da família ou do ato de receber cuidado. Talvez você cuide dos outros como uma mãe, mas tenha dificuldade em receber. Deixar-se nutrir é o remédio e, quando consegue receber, você muitas vezes se torna uma fonte de conforto profundo para os outros.',
  leo: 'Receber olhares e aplausos pode carregar uma ferroada antiga para você. Talvez a sua espontaneidade tenha sido desprezada, ou você tenha aprendido que brilhar era perigoso. A expressão criativa feita puramente pelo prazer de criar é o que cura essa ferida. Com o tempo, você pode ajudar os outros a se darem permissão para brincar e para se orgulhar de quem são.',
  virgo:
    'A sensação de que nada do que você faz é suficiente talvez seja o seu motor. Quíron em Virgem pode trazer perfeccionismo, preocupação com a saúde ou a impressão de só ter valor com a agenda cheia. À medida que você aceita o seu eu humano e imperfeito, ganha uma verdadeira habilidade de cura e a capacidade de ajudar os outros sem julgamento.',
  libra:
    'Os relacionamentos guardam o seu ponto sensível. Talvez você tema o desequilíbrio, a rejeição ou se perder no outro, ou se pegue tentando repetidamente consertar os conflitos alheios. Uma parceria igualitária e honesta é onde essa ferida finalmente se fecha. Sua experiência pode transformar você numa voz sábia em questões de amor e justiça.',
  scorpio:
    'Confiança, intimidade e poder podem carregar mágoas antigas para você, talvez por traição, perda ou controle. Você pode ter receio de deixar alguém se aproximar. Encarar essas feridas com coragem as transforma. Talvez você se torne alguém que ajuda os outros a atravessar crises, lutos ou as verdades mais difíceis.',
  sagittarius:
    'A fé e a busca de sentido podem ser o seu ponto sensível. Talvez tenham lhe dado uma fé que não servia, ou a falta de uma filosofia a que se agarrar tenha deixado você sem rumo. A cura é uma verdade que você encontra por si, testada pela experiência. Então o seu papel passa a ser o de ensinar, ajudando os outros a encontrar sentido sem dogmas.',
  capricorn:
    'Autoridade e realização podem carregar uma ferida antiga: pressão para ter sucesso cedo, ou a sensação de que nunca lhe deram o direito de liderar. Talvez você tema o fracasso com intensidade. Definir o sucesso nos seus próprios termos tira o ferrão dessa dor, e a sua integridade conquistada a duras penas se torna um exemplo para os outros.',
  aquarius:
    'A sensação de não pertencer pode ser familiar para você, como se nunca tivesse se encaixado de fato no grupo. Quíron em Aquário pode tornar o pertencimento algo complicado. Abraçar a sua diferença, em vez de pedir desculpas por ela, é a virada. Com o tempo, você pode ajudar quem se sente à margem a encontrar uma comunidade e um lugar onde a singularidade de cada um seja bem-vinda.',
  pisces:
    'Sua ferida pode ser uma sensação difusa de sofrimento, de sentir demais ou de uma separação de algo sagrado. Talvez você escorregue para a fuga ou para o autossacrifício. A conexão espiritual, aliada a limites compassivos, é o que traz firmeza. A partir daí, você pode se tornar uma presença de cura gentil para quem se sente sem rumo.',
};
