import type { Sign } from '@/lib/astro/types';

export const uranus: Record<Sign, string> = {
  aries:
    'Abrir caminho indo na frente é a marca da sua geração. Urano aqui traz um traço inquieto e pioneiro à sua natureza: a disposição para recomeçar, rejeitar o que parece velho e agir por convicção súbita. No plano pessoal, nada acende tanto você quanto fazer algo que ninguém fez ainda. Sustentar essas faíscas é onde começa a sua verdadeira inovação.',
  taurus:
    'Urano neste signo de terra pede que a sua geração repense o valor: o dinheiro, a terra e o lugar do corpo num mundo em transformação. Em você, isso aparece como uma originalidade teimosa: você muda devagar, mas, quando muda, a mudança é total. Viradas inesperadas em torno da segurança podem ensinar que a estabilidade pode ser reinventada, e não apenas defendida.',
  gemini:
    'O jeito como as pessoas falam, aprendem e se conectam é reprogramado pela sua geração. No plano pessoal, Urano aqui traz uma mente rápida e inventiva, que adora informação nova e ligações pouco convencionais entre as ideias. Sacadas repentinas surgem no meio de uma conversa. Dê a elas um lugar para pousar, um caderno, um projeto, para que o seu brilho não simplesmente se disperse.',
  cancer:
    'O lar e a família estão sendo reinventados pelas pessoas que nasceram junto com você. Talvez você tenha crescido em meio a estruturas familiares em mudança, e carrega o instinto de construir pertencimento em novas formas. A liberdade emocional importa tanto para você quanto a segurança emocional. Seu desafio é honrar as duas, criando um lar estável o bastante para descansar e aberto o bastante para respirar.',
  leo: 'O direito de se expressar é inegociável para esta geração. Urano neste signo traz um veio criativo rebelde e a recusa em ser qualquer coisa além de você. Talvez você sinta fascínio por arte incomum, romances fora do padrão ou novas formas de diversão. A liberdade de expressão é a sua causa; garanta que ela inclua espaço para que os outros também brilhem de um jeito diferente.',
  virgo:
    'Aos seus olhos, como aos dos seus contemporâneos, trabalho, saúde e sistemas cotidianos estão maduros para uma revolução. Novos métodos, tecnologia ou abordagens alternativas de bem-estar podem atrair você, e você tem um olhar inventivo para consertar o que não funciona. A impaciência com a rotina é típica. Canalize-a para melhorar processos em vez de abandoná-los, e as suas reformas vão durar.',
  libra:
    'Para você e os seus contemporâneos, as regras dos relacionamentos existem para ser reescritas. Você valoriza igualdade, liberdade e formas novas de parceria, e pode resistir a arranjos convencionais que pareçam sufocantes. Encontros e despedidas repentinos podem marcar a sua vida. O presente é uma visão de amor e justiça baseada no respeito mútuo, e não na obrigação.',
  scorpio:
    'Tabus em torno de sexo, morte, poder e dinheiro racham sob o olhar da sua geração. Você carrega o instinto de revelar verdades escondidas e derrubar o que apodreceu em segredo. Reviravoltas emocionais súbitas podem ser catalisadoras de uma renovação profunda. Seu poder está em transformar intensidade em lucidez, uma lucidez que liberta em vez de assustar.',
  sagittarius:
    'Liberdade de crença e visão global movem as pessoas que nasceram com você. Viagens, filosofias incomuns ou o hábito de questionar toda ortodoxia herdada costumam fazer parte do seu caminho. Revelações repentinas podem mudar a sua visão de mundo da noite para o dia. Seu dom é ajudar os outros a ver que a verdade é maior do que qualquer tradição isolada.',
  capricorn:
    'As instituições são reformadas por dentro pela sua geração. Você pode respeitar a estrutura e, ainda assim, sentir o impulso de renová-la, combinando ambição com desejo de mudança real. Viradas inesperadas na carreira ou diante da autoridade podem marcar o seu caminho. Você dá o seu melhor construindo sistemas novos, ao mesmo tempo práticos e progressistas.',
  aquarius:
    'Urano está em casa aqui, e a sua geração vem programada para redes, tecnologia e mudança coletiva. Você tem um forte traço de independência e um senso natural do futuro. Encaixar-se no comum talvez nunca tenha sido confortável. Sua contribuição é imaginar novas comunidades e ajudar a construí-las.',
  pisces:
    'Velhas fronteiras se dissolvem por meio da imaginação e da compaixão da sua geração. Novas formas de arte, espiritualidade ou cura despertam o seu interesse, e você sente os climas coletivos de maneira vívida. Intuições súbitas guiam você. Ancorar as suas visões na prática impede que elas escorreguem para o escapismo e permite que se tornem um presente real para os outros.',
};
