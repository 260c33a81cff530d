import type { Sign } from '@/lib/astro/types';

export const moon: Record<Sign, string> = {
  aries:
    'Os sentimentos chegam em você rápidos e quentes, e costumam ir embora na mesma velocidade. Você precisa de espaço para reagir, se mexer, dizer o que tem a dizer, e se acalma pela ação, não pela reflexão. Esperar é difícil; sentir-se sem ar é pior. Aprender a respirar uma vez antes de responder faz com que a sua honestidade emocional chegue como força, e não como faísca.',
  taurus:
    'Sua vida emocional pede estabilidade: comida conhecida, uma cama confortável, pessoas que estão onde disseram que estariam. Quando se sente em segurança, você é de uma lealdade notável e mantém a calma sob pressão. Mudanças bruscas podem abalar você mais do que deixa transparecer. Para você, nutrir o corpo é uma forma real de nutrir o coração, então trate descanso e prazer como necessidades, não como indulgências.',
  gemini:
    'Você processa os sentimentos colocando-os em palavras. Conversar, escrever ou olhar uma emoção por vários ângulos ajuda a entender o que está acontecendo por dentro, e uma boa conversa pode de fato restaurar você. Seus humores mudam junto com os pensamentos. Às vezes a mente corre à frente do coração, então pratique ficar com um sentimento um pouco mais antes de explicá-lo e deixá-lo de lado.',
  cancer:
    'Suas raízes emocionais são profundas. Você lembra como as coisas foram sentidas, percebe do que as pessoas precisam antes que elas digam, e o lar, onde quer que você o construa, é um santuário guardado com zelo. Diante de uma mágoa, talvez se recolha na sua concha. Seu desafio é deixar que os outros cuidem de você também, e confiar que a vulnerabilidade nem sempre vai ser recebida com uma ferida.',
  leo: 'Sentir-se especial para alguém é uma necessidade sua, e não há nada de superficial nisso. Calor humano, lealdade e o talento de fazer as pessoas se sentirem celebradas vêm com naturalidade. Quando o seu coração é ignorado, o orgulho pode cobrir a mágoa com drama ou distância. Simplesmente dizer a quem você ama que precisa da atenção dessas pessoas é mais corajoso e funciona muito melhor.',
  virgo:
    'A ordem acalma você. Quando as emoções ficam à flor da pele, você busca uma tarefa, uma lista ou uma forma de ajudar, porque consertar algo faz o mundo interno parecer administrável. Você demonstra amor por meio de cuidados práticos e pequenos gestos de serviço. Cuidado para que a preocupação não vire o seu humor padrão; alguns sentimentos só pedem para ser sentidos, não resolvidos.',
  libra:
    'Para você, o equilíbrio emocional acontece na relação. Você fica mais à vontade quando as pessoas ao redor estão em paz, e tem o dom de suavizar tensões e fazer os outros se sentirem considerados. O conflito pode causar um desconforto quase físico. Seu crescimento está em admitir as próprias necessidades cedo, em vez de manter a paz até que o ressentimento se acumule em silêncio.',
  scorpio:
    'Tudo em você é sentido com intensidade, mas só uma parte aparece. Sua confiança se conquista devagar e, quando é dada, é total, e é por isso que a traição corta tão fundo. Você percebe correntes subterrâneas que os outros não captam. A honestidade emocional, compartilhada com quem já se mostrou digno de confiança, liberta você da necessidade de vigiar e controlar e transforma a sua profundidade em poder de cura.',
  sagittarius:
    'Seu espírito precisa de ar. Você lida com sentimentos difíceis encontrando neles um sentido, uma piada ou a estrada aberta, e o seu otimismo ajuda os outros a respirar também. Amarras emocionais costumam despertar em você uma inquietação enorme. Permita-se ficar num sentimento triste ou difícil por tempo suficiente para aprender com ele; o horizonte vai continuar lá depois.',
  capricorn:
    'Você aprendeu cedo a se segurar, e ainda tende a administrar os sentimentos em vez de mostrá-los. Confiabilidade é a sua linguagem do amor: você é quem aparece e fica. Por trás da compostura existe uma sensibilidade real. Deixar que as pessoas vejam o seu cansaço, a sua dúvida ou a sua necessidade de colo não é fraqueza; é assim que a intimidade ganha alicerces.',
  aquarius:
    'Entender os sentimentos a uma certa distância é o seu jeito preferido, e você precisa de liberdade até nos vínculos mais próximos. A amizade pode nutrir você tanto quanto o romance, e a sua lealdade vai para quem deixa você ser diferente. Os outros podem confundir a sua calma com frieza. Dar nome ao que sente, mesmo sem jeito, permite que as pessoas próximas encontrem o calor que de fato existe aí dentro.',
  pisces:
    'Você absorve o clima emocional ao redor como uma esponja. A compaixão vem fácil, e também os sonhos, a música e a sensação de que tudo está conectado. Como sente muito, talvez precise se recolher com frequência para distinguir os seus sentimentos dos de todo mundo. Limites gentis, canais criativos e momentos de silêncio mantêm a sua sensibilidade como um dom, e não como uma enxurrada.',
};
