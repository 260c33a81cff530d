import type { Sign } from '@/lib/astro/types';

export const venus: Record<Sign, string> = {
  aries:
    'Para você, o amor é perseguição e faísca. Coragem, franqueza e um pouco de desafio atraem você, e você costuma saber na hora se tem interesse ou não. O tédio mata o desejo mais rápido do que o conflito. Seu crescimento está em manter o fogo aceso depois do primeiro arrebatamento, descobrindo que a intimidade verdadeira também pode ser uma aventura.',
  taurus:
    'Você ama com os sentidos e com paciência. Toque, boa comida, coisas bonitas e tempo juntos sem pressa importam profundamente, e o seu afeto é constante e generoso. Segurança é afrodisíaco. A possessividade pode se infiltrar quando bate a insegurança, então deixe que a sua lealdade silenciosa venha acompanhada de confiança na liberdade da outra pessoa.',
  gemini:
    'Conversa é a sua forma de flerte. Mentes rápidas, provocações bem-humoradas e pessoas que surpreendem você exercem uma atração especial, e você precisa de uma parceria que também seja amizade. A variedade mantém o seu coração desperto. A profundidade chega quando você deixa um vínculo crescer além da fase divertida e descobre quanta coisa ainda há para conversar.',
  cancer:
    'Ternura e proteção são o seu jeito de amar. Você quer um vínculo com cara de lar, feito de rituais compartilhados, memórias e sentimento de pertencimento. Seu cuidado nutre, e a sua lealdade é profunda. O medo da rejeição pode trazer cautela excessiva ou apego demais, então lembre que você merece amor pelo que é, e não só pelo cuidado que oferece.',
  leo: 'Você ama com generosidade, lealdade e senso de ocasião. Romance, grandes gestos e orgulho de quem está ao seu lado importam muito, e você quer receber tanta adoração quanto oferece. A indiferença dói. Seu presente mais caloroso é fazer as pessoas se sentirem estrelas; deixe que isso inclua também os momentos cotidianos e nada glamorosos do amor.',
  virgo:
    'A devoção aparece nas suas atitudes: o detalhe lembrado, a coisa consertada, a ajuda oferecida antes de ser pedida. Competência, sinceridade e gente que cuida de si atraem você. A crítica pode se infiltrar onde mora a ansiedade. Aceitar a imperfeição, em você e nos outros, transforma o seu cuidado no tipo de amor que dura.',
  libra:
    'A parceria é uma forma de arte aos seus olhos. Graça, cortesia e beleza encantam você, e você leva harmonia e bom gosto a toda relação em que entra. Você precisa de uma parceria de igual para igual. Cuidado para não perder os próprios desejos no esforço de agradar; o equilíbrio inclui o seu lado da balança.',
  scorpio:
    'Você não ama de forma leviana. Intensidade, lealdade e verdade emocional são o que você busca, e um único vínculo profundo vale mais para você do que muitos apenas agradáveis. O ciúme e o medo da traição podem escurecer os seus sentimentos. Quando você deixa a confiança crescer devagar e fala abertamente sobre desejo, o seu amor se torna profundamente transformador.',
  sagittarius:
    'Liberdade e aventuras compartilhadas mantêm o seu coração aberto. Pessoas que ampliam o seu mundo, fazem você rir e dividem a sua fome de sentido atraem você. O compromisso pode parecer uma jaula se significar estagnação. O vínculo certo para você é uma viagem, não um destino, e a sua lealdade fica com quem cresce junto com você.',
  capricorn:
    'O amor, para você, é algo que se constrói com o tempo. Você valoriza confiabilidade, ambição e gente que cumpre a palavra, e demonstra afeto por meio de compromisso e apoio prático. A cautela pode fazer você demorar a se abrir. Permitir-se espontaneidade e ternura, e até um pouco de bobeira, revela o calor que existe por trás da sua reserva.',
  aquarius:
    'Antes de tudo, você ama com espírito de amizade. Originalidade, inteligência e uma visão compartilhada atraem você mais do que as convenções, e você precisa de espaço dentro da proximidade. Os outros podem achar difícil decifrar você. Mostrar o seu calor de maneiras simples e pessoais faz as pessoas sentirem o quanto você se importa, mesmo que o seu amor fuja do roteiro habitual.',
  pisces:
    'Seu amor é terno, imaginativo e sem limites. Você enxerga o melhor nas pessoas e se deixa levar pelo romance, pela música e pela conexão de alma. Você perdoa com facilidade, às vezes com facilidade demais. Amar com sabedoria significa manter a compaixão enquanto enxerga as pessoas como elas são, escolhendo parcerias capazes de corresponder à sua devoção.',
};
