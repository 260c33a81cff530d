import type { Corpus } from '../types';

export const pattern: Corpus['pattern'] = {
  grand_trine:
    'Um grande trígono, três planetas ligados num triângulo harmonioso, dá ao seu mapa um circuito fechado de talento. A energia circula por ele quase sem esforço, e talvez você tenha dons tão naturais que nem os conta como habilidades. O risco é a acomodação: o que vem fácil pode ficar sem lapidar. Diante de um desafio à altura, essa configuração vira uma reserva de graça à qual você pode recorrer a vida inteira.',
  t_square:
    'Uma quadratura em T coloca dois planetas em oposição, ambos em quadratura com um terceiro, que funciona como ponto de pressão. É um dínamo: gera uma tensão impossível de ignorar, e é essa tensão que alimenta boa parte da sua ambição e das suas conquistas. O planeta no ápice mostra onde o esforço se concentra e por onde ele pode ser liberado. Com o tempo, você aprende a transformar estresse em ação com propósito.',
  grand_cross:
    'Uma grande cruz, quatro planetas travados em quadraturas e oposições, dá ao seu mapa uma força imensa e uma boa dose de pressão interna. Pode parecer que a vida puxa você em quatro direções ao mesmo tempo, sem válvula de escape fácil. Ainda assim, essa configuração constrói resiliência: você aprende a sustentar muitas demandas juntas e a se manter firme sob um peso que esmagaria outras pessoas. O segredo é o equilíbrio, não a fuga.',
  yod: 'Um yod, dois planetas em sextil que formam quincúncios com um terceiro, às vezes é chamado de dedo de Deus ou dedo do destino. Ele aponta para um chamado especial, que pode parecer desajeitado, urgente ou fora de sintonia com o seu entorno. Os ajustes são constantes até que o sentido fique claro. Quando você abraça a tarefa incomum descrita pelo planeta no ápice, surge uma sensação de destino e de propósito.',
  stellium:
    'Um stellium, vários planetas reunidos num mesmo signo ou casa, concentra sua energia numa única área da vida. Essa área se torna um tema central: uma paixão, um talento ou uma inquietação que você não consegue deixar de lado. Sua força está na profundidade e no foco. Seu desafio é o equilíbrio, lembrando de nutrir as partes da vida que esse aglomerado deixa na sombra.',
  kite: 'Uma pipa se forma quando um grande trígono ganha uma âncora: um quarto planeta em oposição a um dos seus vértices. A facilidade do trígono ganha direção e um ponto de tensão, e o talento natural se converte em realização. Você tem dons e um bom motivo para usá-los. O planeta na rabiola da pipa mostra onde seus talentos encontram a expressão mais cheia de propósito.',
};

export const grandTrineElement: Corpus['grandTrineElement'] = {
  fire: 'Em signos de fogo, esse grande trígono traz entusiasmo sem limites, coragem e confiança criativa. Você consegue inspirar os outros e se levanta depressa depois de um tropeço. Cuide para que a facilidade da inspiração não substitua a persistência, e para que a sua certeza deixe espaço para as necessidades e o ritmo alheios. Fogo bem cuidado, e não apenas aceso, aquece por muitos anos.',
  earth:
    'Em signos de terra, esse grande trígono traz talento prático, paciência e jeito para tornar as coisas concretas. A vida material tende a se organizar com suavidade para você. Cuidado para não se acomodar demais nem resistir à mudança, e deixe que a sua confiabilidade sirva a algo que realmente importa. Conforto é uma bela recompensa, mas um péssimo motivo para parar de crescer.',
  air: 'Em signos de ar, esse grande trígono dá a você uma mente fluente, desenvoltura social e talento para ideias e comunicação. Você conecta pessoas e conceitos sem esforço. O risco é viver demais dentro da própria cabeça; ancorar suas percepções na ação e no sentimento é o que as torna realmente poderosas.',
  water:
    'Em signos de água, esse grande trígono traz inteligência emocional profunda, intuição e compaixão. Você percebe o que os outros sentem e tem algo de curador a oferecer. Atenção para não se recolher demais no seu mundo interior nem absorver tudo ao redor; limites claros protegem a sua sensibilidade. Com uma via criativa ou de cuidado, esse fluxo de sentimento se torna uma fonte genuína de cura para você e para os outros.',
};
