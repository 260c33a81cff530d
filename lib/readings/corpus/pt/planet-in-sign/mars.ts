import type { Sign } from '@/lib/astro/types';

export const mars: Record<Sign, string> = {
  aries:
    'Marte está em casa aqui, e isso aparece: o seu impulso é direto, imediato e difícil de deter. Você age primeiro e ajusta depois, e dá o seu melhor quando há algo para começar, defender ou conquistar. A raiva acende rápido e se apaga rápido. Canalizada para o esporte, para trabalhos pioneiros ou para o confronto honesto, a sua energia abre portas que a cautela jamais alcançaria.',
  taurus:
    'A raiva demora a chegar, e a desistência demora ainda mais: você trabalha com constância em direção ao que quer. Sua energia leva tempo para se acumular, mas, uma vez em movimento, é quase impossível de deter, e você prefere construir algo concreto a brigar por exibição. Quando provocam demais, você pode se tornar irredutível. Escolha bem as suas batalhas; a sua resistência é uma força que vence no longo prazo.',
  gemini:
    'As palavras são as suas armas, e as ideias, o seu motor. Sua energia é rápida, versátil e inquieta, e fica mais feliz com vários projetos andando ao mesmo tempo. Discussões podem parecer um esporte para você. O risco é dispersar esforços, então terminar o que começa, uma meta clara de cada vez, transforma a sua agilidade em realização concreta.',
  cancer:
    'Aquilo que você ama, você defende com unhas e dentes. Seu impulso está ligado à emoção, à família e à segurança, e talvez você chegue às metas pelos lados, como o caranguejo, em vez de ir de frente, protegendo-se pelo caminho. A raiva pode se voltar para dentro ou sair como emburramento. Nomear as suas necessidades diretamente é a coragem que liberta a sua força considerável.',
  leo: 'Coração e senso dramático dão cor a tudo o que você faz. Confiança, criatividade e o desejo de admiração alimentam a sua ambição, e você consegue inspirar os outros a seguir a sua liderança. O orgulho ferido é o seu ponto sensível. Quando você age pela alegria de criar, e não pelo reconhecimento, a sua energia se torna magnânima e forte.',
  virgo:
    'Com um método claro e um propósito útil, a sua energia se torna precisa e eficiente. Nada satisfaz você tanto quanto fazer algo bem feito. A irritação aparece em forma de crítica quando as coisas estão malfeitas. Direcionar o seu impulso para o ofício, a saúde e o serviço, e perdoar pequenas imperfeições, mantém você eficaz sem chegar ao esgotamento.',
  libra:
    'Você age em relação aos outros. Cooperação, justiça e diplomacia moldam a forma como você persegue os seus objetivos, e é pela justiça que você luta com mais garra. O confronto direto pode ser desconfortável, então a raiva às vezes surge de forma indireta. Aprender a afirmar os seus desejos com clareza não é inimigo da harmonia; é o que torna possível uma parceria de verdade.',
  scorpio:
    'Águas calmas, correnteza forte: a sua vontade é profunda e estratégica. Você raramente mostra todas as cartas e, quando se compromete, a sua determinação é formidável. Ressentimentos podem ser guardados por muito tempo. Usada com consciência, a sua intensidade dá a você um fôlego enorme em crises, pesquisas ou qualquer trabalho que exija coragem para encarar o que os outros evitam.',
  sagittarius:
    'O entusiasmo move você. Você persegue metas com otimismo, convicção e amor pelo movimento, e luta pelas suas crenças e pela sua liberdade. O tédio é o verdadeiro inimigo. Combinar grandes objetivos com continuidade prática, e tato na hora de discutir, torna o seu fogo ao mesmo tempo inspirador e eficaz.',
  capricorn:
    'Ambição, paciência e disciplina tornam a sua energia formidável. Você trabalha por metas de longo prazo com método e autocontrole, e conquista autoridade por meio de resultados. A frustração pode ficar sob controle rígido. Permitir-se descanso e prazer ao longo do caminho impede que o seu impulso considerável vire uma rotina pesada.',
  aquarius:
    'Você age por princípio e pelo coletivo. Sua energia é inventiva, independente e muitas vezes rebelde, e fica mais feliz quando trabalha por mudanças ou dentro de um grupo que compartilha os seus ideais. Receber ordens é algo que você não engole. Colocar calor humano na forma como defende as suas causas ajuda os outros a se juntarem a você, em vez de se sentirem num sermão.',
  pisces:
    'Como a água que encontra o caminho morro abaixo, o seu impulso é fluido e intuitivo. Você age melhor quando a inspiração chega, muitas vezes pelos outros ou por um ideal, e consegue contornar os obstáculos em silêncio em vez de atravessá-los. A agressividade direta é desconfortável, então a energia pode escoar. Encontrar um propósito criativo ou espiritual dá às suas ações uma correnteza forte o bastante para levar você adiante.',
};
