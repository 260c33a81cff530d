import type { Sign } from '@/lib/astro/types';

export const mercury: Record<Sign, string> = {
  aries:
    'Sua mente funciona como um fósforo riscado. Você pensa rápido, decide rápido e diz o que pensa, muitas vezes antes que alguém termine de formular a pergunta. Debates energizam você, e o risco é falar antes de ouvir ou abandonar uma ideia quando a primeira faísca se apaga. Quando você dá uma segunda olhada nas suas percepções rápidas, elas se tornam realmente persuasivas.',
  taurus:
    'Você pensa as coisas a fundo e detesta pressa. Quando entende algo, entende para sempre, e as suas opiniões carregam o peso do bom senso. Sua voz pode ser calma, prática, até musical. O porém é a teimosia: uma ideia nova precisa de tempo para conquistar a sua confiança, então dê esse tempo a ela em vez de fechar a porta.',
  gemini:
    'Palavras e ideias são o seu parquinho. Você aprende rápido, conversa com facilidade e consegue segurar vários fios de pensamento ao mesmo tempo, alternando entre eles com um prazer evidente. O humor afiado vem naturalmente. Como tudo interessa a você, o foco pode ser uma luta; escolher de vez em quando um assunto para mergulhar fundo transforma a sua esperteza em conhecimento de verdade.',
  cancer:
    'Você pensa com os sentimentos e lembra com o corpo inteiro. Sua mente é intuitiva, imaginativa e profundamente ligada à memória, então muitas vezes você sente a verdade de uma situação antes de conseguir explicá-la. Você escuta bem e fala com delicadeza. Diante de uma ameaça, porém, a lógica pode se curvar à autoproteção, então observe o seu estado de espírito antes de confiar nas suas conclusões.',
  leo: 'Calor e um senso natural de teatro marcam o seu jeito de falar. As ideias importam mais quando expressam algo pessoal, e você sabe prender uma plateia, seja um amigo ou uma sala cheia. Suas convicções são generosas e fortes. Considere a possibilidade de que uma visão diferente não seja um ataque a você; talvez seja apenas outra história que vale a pena ouvir.',
  virgo:
    'Precisão é um prazer para você. Você analisa, organiza e refina, e nota o erro ou a solução elegante que os outros deixam passar. Conhecimento prático, habilidades úteis e linguagem clara combinam com você, embora a mente também possa entrar numa espiral de preocupação ou perfeccionismo. Lembre-se de que uma resposta boa o bastante, entregue a tempo, muitas vezes ajuda mais do que uma perfeita.',
  libra:
    'Você pensa por comparação, pesando um lado contra o outro até encontrar o ponto justo. Com diplomacia e elegância, você sabe dizer coisas difíceis de um jeito que as pessoas conseguem ouvir. As decisões podem demorar, porque toda opção tem os seus méritos. Confie que escolher também é uma forma de justiça, especialmente com você.',
  scorpio:
    'O que não está sendo dito é justamente o que você escuta. Sua mente é investigativa, penetrante e difícil de enganar, e pesquisa, psicologia ou qualquer coisa com um segredo no centro atraem você. Seus pensamentos mais importantes ficam guardados com você. Palavras afiadas podem escapar quando você se sente vulnerável, então deixe que a sua perspicácia sirva à compreensão, e não à defesa.',
  sagittarius:
    'Sua mente busca o quadro geral. Você ama ideias que explicam muita coisa, conversas que passeiam por culturas e filosofias e professores que abrem portas. Você fala com franqueza e, muitas vezes, com muita graça. Os detalhes podem escapar no entusiasmo, então combine a sua visão ampla com um pouco de checagem dos fatos, e ela se torna realmente convincente.',
  capricorn:
    'Estratégia é a sua segunda natureza, e você só diz o que quer dizer. Sua mente é organizada, desconfiada de modismos e boa em transformar planos em etapas. As pessoas confiam no seu julgamento porque ele é sóbrio, e o seu humor pode ser tão seco que passa despercebido. Abra espaço de vez em quando para a ideia brincalhona e meio inacabada; nem todo pensamento precisa ser útil para valer a pena.',
  aquarius:
    'O pensamento independente é a sua assinatura, muitas vezes um passo à frente do seu tempo. Sistemas, ciência, questões sociais e ideias incomuns atraem você, e você enxerga padrões que o pensamento comum não vê. Depois de formar uma opinião, você pode ser surpreendentemente inflexível. Cultivar a curiosidade sobre os motivos de quem discorda deixa a sua originalidade aberta, em vez de teimosa.',
  pisces:
    'Sua mente pensa em imagens, climas e metáforas. Você absorve informações de forma intuitiva, às vezes sem saber como sabe, e pode ter talento para poesia, música ou qualquer linguagem que vá além do literal. Detalhes lineares podem parecer tediosos. Anotar as coisas e checar os fatos dá à sua imaginação uma forma que o mundo pode usar.',
};
