import type { AspectTexts, PairKeysOf } from '../../types';

export const mercury: Record<PairKeysOf<'mercury'>, AspectTexts> = {
  mercury_venus: {
    conjunction:
      'A graça mora nas suas palavras. Mercúrio em conjunção com Vênus dá a você uma voz agradável, um jeito diplomático de dizer as coisas e sensibilidade para a linguagem, a música ou o design. Você sabe dizer coisas difíceis com gentileza. Só cuide para que a vontade de agradar nunca impeça você de dizer a verdade; o seu charme é mais forte quando carrega conteúdo.',
    harmonious:
      'Ideias e afeto fluem juntos com facilidade em você. Você escreve, fala e flerta com um toque leve e cativante, e as pessoas gostam da sua companhia porque você faz a conversa parecer fácil. Talentos artísticos e sociais se apoiam. Usado com consciência, esse dom pode suavizar negociações, curar brigas e criar coisas bonitas com palavras.',
    challenging:
      'O que você pensa e o que você valoriza nem sempre se alinham direitinho. Talvez diga sim para manter a paz e depois se arrependa, ou perceba que o seu gosto e o seu raciocínio discutem entre si. Os relacionamentos ensinam você a falar de forma mais direta. Com o tempo, a honestidade se torna a coisa mais atraente que você diz.',
  },
  mercury_mars: {
    conjunction:
      'Rápida, afiada e um pouco combativa: assim funciona a sua mente. Você pensa depressa, fala de forma direta e gosta de uma boa discussão, e o debate, o jornalismo ou qualquer trabalho que exija decisões rápidas podem atrair você. As palavras podem cortar quando a raiva aparece. Fazer uma pausa antes de responder, só por um respiro, transforma a sua agudeza em clareza, e não em estrago.',
    harmonious:
      'Pensamento e ação trabalham em dupla para você. Você decide rápido, argumenta com eficácia e consegue transformar uma ideia em plano antes que os outros terminem de discuti-la. Sua honestidade energiza. As pessoas valorizam a sua capacidade de cortar a confusão, e o seu fôlego mental permite enfrentar problemas que esgotariam outras pessoas.',
    challenging:
      'O pensamento pode esquentar em você. Impaciência, comentários afiados e discussões que escalam mais rápido do que você pretendia talvez sejam familiares. Há um espírito de luta no seu pensamento, e ele precisa de um adversário à altura, um problema difícil, uma causa, um esporte, e não das pessoas mais próximas. Bem direcionada, essa tensão dá a você uma coragem mental formidável.',
  },
  mercury_jupiter: {
    conjunction:
      'Você pensa grande. Mercúrio em conjunção com Júpiter dá a você uma mente ampla, otimista e generosa, um dom para ensinar e um amor por histórias, idiomas e filosofia. Você enxerga conexões entre campos inteiros. Os detalhes podem escapar no entusiasmo, então uma pequena revisão dos seus grandes planos os torna muito mais persuasivos.',
    harmonious:
      'Aprender é algo natural e prazeroso para você. Sua mente é expansiva, curiosa e tolerante, e você tem jeito para explicar ideias complexas de um modo que inspira. Escrita, publicações, ensino ou viagens podem trazer sorte. Seu otimismo intelectual ajuda os outros a acreditarem que existem soluções.',
    challenging:
      'Sua mente pode prometer mais do que os fatos sustentam. Talvez você exagere, planeje demais ou assuma mais projetos do que cabem nas horas do dia, e as opiniões podem endurecer em convicções rápido demais. É um intelecto generoso e faminto. Conferir os detalhes e ficar atento ao ponto que talvez esteja escapando transforma tudo isso em sabedoria real.',
  },
  mercury_saturn: {
    conjunction:
      'Séria, cuidadosa e minuciosa, a sua mente não leva nada na brincadeira. Talvez você tenha demorado a falar na infância, ou sentido que duvidavam da sua inteligência, e aprendeu a pensar antes de falar. A profundidade é a sua recompensa. Suas palavras têm peso porque você as pesa, e o seu pensamento se destaca em estrutura, estratégia e tudo o que exige paciência.',
    harmonious:
      'Disciplina e clareza de pensamento trabalham a seu favor. Você consegue se concentrar por longos períodos, planejar com método e se comunicar com precisão, e as pessoas confiam no seu julgamento. Trabalhos práticos, científicos ou de organização combinam com a sua mente. Seu realismo é um dom; só deixe entrar um pouco de leveza de vez em quando.',
    challenging:
      'A insegurança pode fazer sombra sobre o seu pensamento. Talvez você tenha medo de errar, fale com cautela demais ou escute um crítico interno toda vez que expressa uma ideia. O pessimismo pode se infiltrar nos seus hábitos mentais. Encarada com honestidade, essa tensão constrói uma mente profunda e disciplinada; com o tempo, o conhecimento conquistado com esforço se torna autoridade genuína.',
  },
  mercury_uranus: {
    conjunction:
      'Sua mente tem algo de elétrico. Mercúrio em conjunção com Urano traz lampejos de genialidade, ideias originais e um jeito rápido e pouco convencional de pensar, e a tecnologia, a ciência ou as ideias radicais podem atrair você. Seus pensamentos pulam etapas. Ancorar as suas sacadas em passos práticos ajuda os outros a chegarem aonde a sua mente já está.',
    harmonious:
      'O pensamento original vem com facilidade para você. Você aprende rápido, capta ideias novas de imediato e enxerga soluções que os outros não veem, com uma mente provavelmente aberta e inventiva. Tecnologia e inovação podem combinar com você. Sua agilidade mental ajuda você a se adaptar às mudanças e a inspirar ideias novas nos outros.',
    challenging:
      'Sua mente pode ser inquieta e impaciente. Talvez você tire conclusões precipitadas, interrompa os outros ou rejeite ideias rápido demais, e o seu sistema nervoso pode viver à flor da pele. Ainda assim, essa tensão acende percepções brilhantes. Aprender a desacelerar o bastante para comunicá-las com clareza torna a sua originalidade eficaz.',
  },
  mercury_neptune: {
    conjunction:
      'Imagens, símbolos e sentimentos são a língua em que a sua mente pensa. Mercúrio em conjunção com Netuno traz um pensamento poético, intuitivo e imaginativo, e talvez você tenha talento para a música, a escrita ou as artes. Os fatos podem ficar borrados. Conferir os detalhes e manter a comunicação clara ajuda a sua inspiração a chegar aonde você quer.',
    harmonious:
      'A imaginação enriquece tudo o que você pensa. Você consegue expressar sentimentos sutis e ideias ainda em formação com sensibilidade real, e talvez tenha talento para contar histórias, compor canções, traduzir ou escrever palavras que curam. Sua intuição alimenta em silêncio o seu raciocínio. Isso faz de você uma voz compassiva e inspirada, capaz de dizer o que os outros apenas intuem.',
    challenging:
      'Seu pensamento pode às vezes ficar nebuloso ou confuso. Mal-entendidos podem acontecer nos dois sentidos, e talvez você se deixe levar por desejos ou evite fatos desagradáveis. Ainda assim, a sua imaginação é vasta e merece ser protegida. Anotar as coisas, conferir os detalhes e ancorar as suas intuições permite que a sua criatividade brilhe sem confusão.',
  },
  mercury_pluto: {
    conjunction:
      'Como um holofote, a sua mente sai em busca do que está escondido. Mercúrio em conjunção com Plutão dá a você um pensamento penetrante e investigativo e um talento para desvendar segredos, e pesquisa, psicologia ou trabalho de detetive podem atrair você. Suas palavras carregam poder. Usá-las para revelar, e não para ferir, faz de você uma voz formidável.',
    harmonious:
      'A profundidade vem naturalmente ao seu pensamento. Você consegue se concentrar intensamente por longos períodos, enxergar através das aparências e ler os motivos ocultos dos outros com uma precisão desconcertante. Pesquisa, psicologia, investigação e estratégia podem combinar com você. Oferecida com cuidado, a sua percepção ajuda as pessoas a encararem a verdade sobre a própria vida e a começarem a mudar.',
    challenging:
      'Sua mente pode ficar obsessiva ou desconfiada. Talvez você tema a manipulação ou use as palavras como armas quando sente uma ameaça, e os debates podem virar disputas de poder. Essa tensão dá a você uma profundidade mental extraordinária. Direcioná-la para uma compreensão honesta a transforma em fonte de percepções que curam.',
  },
  mercury_true_node: {
    conjunction:
      'Mente e destino estão intimamente ligados para você. Aprendizado, comunicação e troca de ideias levam você rumo ao seu propósito, e uma única conversa pode abrir uma porta num momento decisivo. Talvez a sua missão envolva escrever, ensinar, traduzir ou conectar pessoas. Confie na sua curiosidade, mesmo quando ela divaga; ela costuma levar a algum lugar importante.',
    harmonious:
      'Seu jeito de pensar apoia o seu crescimento. Ideias, conversas, cursos e livros ajudam você a se desenvolver na direção que a sua alma busca, e talvez você conheça pessoas importantes por meio das suas palavras ou das suas perguntas. Seguir os seus interesses intelectuais genuínos, e não os que acha que deveria ter, leva você com firmeza rumo ao seu propósito.',
    challenging:
      'Formas habituais de pensar podem ser justamente o que segura você. Talvez você analise demais, discuta a partir de velhas posições ou recorra a explicações conhecidas quando o seu caminho pede algo que você ainda não compreendeu. O crescimento vem da curiosidade pelo que você não sabe. Abrir a mente a perspectivas desconhecidas faz você avançar.',
  },
  mercury_chiron: {
    conjunction:
      'Palavras e aprendizado podem carregar uma ferida antiga. Talvez a incompreensão, os rótulos ou o silenciamento tenham marcado a sua infância, e ainda pode haver hesitação antes de dizer o que pensa. Mas essa mesma experiência faz de você alguém que escuta com talento e que cura por meio da linguagem. Sua voz, quando você confia nela, ajuda outras pessoas a encontrarem a delas.',
    harmonious:
      'Pensar e conversar fazem parte da forma como você se cura. Você consegue falar de experiências dolorosas, suas e dos outros, com sensibilidade, humor e perspicácia, e talvez tenha um dom para ensinar, escrever ou aconselhar. Suas palavras têm o poder de acalmar e fortalecer ao mesmo tempo. Muitas vezes as pessoas lembram, anos depois, de algo que você disse.',
    challenging:
      'A comunicação pode roçar em feridas antigas. Talvez você sinta falta de escuta, tema que as suas ideias sejam descartadas ou fique repassando conversas muito tempo depois de terminadas. Dificuldades de aprendizado ou professores duros podem fazer parte da história. A cura vem de confiar na própria voz e falar com compaixão, inclusive no jeito como você fala consigo.',
  },
  mercury_asc: {
    conjunction:
      'Sua mente fica à mostra na forma como você se apresenta. Mercúrio perto do seu Ascendente torna você uma pessoa alerta, articulada e curiosa, e as pessoas notam o seu humor rápido e as perguntas que você faz. Talvez você conserve um ar jovem por muitos anos. O desafio é equilibrar falar e ouvir, para que o seu brilho envolva as pessoas em vez de sufocá-las.',
    harmonious:
      'Pensamento e personalidade trabalham bem juntos em você. Você se comunica com facilidade e transmite inteligência, simpatia e interesse pelos outros, o que faz os primeiros encontros fluírem. As palavras são uma das suas melhores ferramentas para causar boa impressão. Entrevistas, apresentações e conversas com desconhecidos tendem a favorecer os seus pontos fortes.',
    challenging:
      'Suas palavras e o seu jeito nem sempre combinam. Talvez haja mal-entendidos nos primeiros encontros, ou a sensação de que os seus pensamentos saem diferentes do que você quis dizer, afiados demais ou hesitantes demais. O nervosismo pode aparecer na fala. Praticar uma comunicação clara e honesta aos poucos fecha a distância entre o que você pensa e como você soa.',
  },
  mercury_mc: {
    conjunction:
      'Carreira e mente estão intimamente ligadas no seu mapa. Mercúrio perto do seu Meio do Céu sugere uma vida profissional construída em torno da comunicação, do ensino, da escrita, da mídia ou do comércio, e talvez você ganhe reconhecimento pelas suas ideias ou pela sua voz. O que você diz em público molda a sua reputação. Continue aprendendo e atualizando as suas habilidades; a sua carreira cresce junto com o seu pensamento.',
    harmonious:
      'O pensamento claro é um trunfo profissional para você. Habilidades de comunicação, aprendizado rápido e boas ideias fazem a sua carreira fluir, e talvez o sucesso venha pela escrita, pelo ensino, pela consultoria ou pelo comércio. Você explica bem o seu trabalho para as pessoas certas. O networking vem naturalmente, e uma boa conversa muitas vezes leva à sua próxima oportunidade.',
    challenging:
      'Suas ideias nem sempre se encaixam no caminho profissional à sua frente. Talvez seja difícil comunicar as suas ambições, talvez a sua voz não seja ouvida no trabalho, ou talvez você mude de direção várias vezes antes de encontrar a área certa. Cada mudança ensina alguma coisa. Desenvolver uma mensagem clara sobre o que você oferece ajuda a sua reputação a crescer.',
  },
};
