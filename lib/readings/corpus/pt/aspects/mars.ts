import type { AspectTexts, PairKeysOf } from '../../types';

export const mars: Record<PairKeysOf<'mars'>, AspectTexts> = {
  mars_jupiter: {
    conjunction:
      'Grande, ousada e entusiasmada, a sua energia raramente se contém. Marte em conjunção com Júpiter dá a você confiança para encarar grandes desafios, amor pela aventura e um espírito de luta generoso, muitas vezes em favor dos outros. Você raramente faz algo pela metade. Dosar o ritmo, e medir o tamanho do risco antes de saltar, impede que a sua ousadia vire imprudência.',
    harmonious:
      'Coragem e bom senso tendem a trabalhar juntos em você. Você age com confiança, corre riscos sensatos e muitas vezes parece estar no lugar certo na hora certa. Esporte, viagens, empreendimentos ou causas a defender podem combinar com você. Seu entusiasmo é contagiante, e as pessoas seguem você com prazer quando você puxa a frente.',
    challenging:
      'Seu impulso pode correr mais do que o seu senso de proporção. Talvez você se comprometa demais, corra riscos que não compensam ou defenda as suas crenças com mais força do que o momento pede. A inquietação é conhecida. É um motor poderoso que precisa de volante: aponte-o para uma meta que valha a pena de cada vez, e ele pode levar você notavelmente longe.',
  },
  mars_saturn: {
    conjunction:
      'Impulso e disciplina estão fundidos em você. Você consegue trabalhar com resistência e controle extraordinários, embora às vezes pareça dirigir com o freio de mão puxado, entre atrasos e a sua própria cautela. A raiva pode ficar guardada tempo demais. Aprender a agir com constância, sem forçar nem congelar, dá a você a força de quem domina um ofício.',
    harmonious:
      'Uma energia disciplinada e cheia de propósito é uma das suas forças silenciosas. Você consegue sustentar o esforço por longos períodos, planejar os seus movimentos com cuidado e alcançar metas que exigem paciência. As pessoas confiam na sua firmeza sob pressão. Situações competitivas, treino físico e projetos longos trazem à tona o seu melhor, porque você sabe dosar o próprio ritmo.',
    challenging:
      'Ação e contenção muitas vezes colidem em você. Talvez você oscile entre forçar demais e sentir um bloqueio, ou viva atritos com figuras de autoridade que parecem barrar o seu caminho. A frustração pode virar ressentimento se nunca for expressa. Esforço paciente e constante, e raiva dita com clareza e a tempo, transformam essa tensão numa resiliência formidável.',
  },
  mars_uranus: {
    conjunction:
      'A energia chega em rajadas para você. Marte em conjunção com Urano dá a você um impulso independente, inventivo e às vezes rebelde, e talvez você aja de repente, por impulso ou convicção. A rotina frustra você, e as restrições provocam você. Canalizada para a inovação, o esporte ou causas em que você acredita, essa força elétrica pode romper barreiras que os outros julgam permanentes.',
    harmonious:
      'A ação original vem naturalmente para você. Você se adapta depressa, toma a iniciativa em situações novas e encontra soluções criativas sob pressão, então as emergências muitas vezes revelam o seu melhor. Tecnologia, aventura ou reformas podem atrair você. Sua coragem de fazer as coisas de um jeito diferente inspira quem estava esperando permissão para mudar.',
    challenging:
      'Impaciência e inquietação podem explodir de repente. Talvez você resista ao controle, aja de forma precipitada ou sinta uma tensão que precisa de vazão antes de arrebentar, e acidentes ficam mais prováveis quando você se apressa. Ainda assim, esse contato também dá coragem e inventividade notáveis. Encontrar válvulas de escape regulares e saudáveis para essa carga mantém a sua energia estimulante, e não explosiva.',
  },
  mars_neptune: {
    conjunction:
      'São os ideais que põem a sua energia em movimento. Marte em conjunção com Netuno dá a você um impulso inspirado pela compaixão, pela arte ou pela espiritualidade, e talvez você aja com mais força quando é em favor dos outros. A agressividade direta é desconfortável. Quando as suas ações servem a uma visão, a sua energia se torna graciosa e surpreendentemente poderosa, como uma correnteza sob a água calma.',
    harmonious:
      'Inspiração e ação se apoiam em você. Você consegue se mover com intuição e graça, e talvez tenha talento para a dança, o cinema, a música ou trabalhos de cura. Seu impulso é suave, mas eficaz. Agir em nome dos seus ideais dá energia a você, e você dá o seu melhor quando o seu trabalho serve a algo além de si.',
    challenging:
      'Seu impulso pode se dissolver em confusão ou cansaço. Talvez você não tenha certeza do que quer, evite o confronto direto ou sinta a energia escoar pelas exigências dos outros. Enganos, de parte a parte, são possíveis. Metas claras, um bom descanso e uma causa em que você realmente acredita trazem a sua força de vontade de volta ao foco.',
  },
  mars_pluto: {
    conjunction:
      'Formidável é a palavra para a sua vontade. Marte em conjunção com Plutão dá a você um impulso enorme, muito fôlego e a capacidade de transformar qualquer situação com a qual se compromete, e talvez você enfrente desafios intensos que testam o seu poder. A raiva pode ser profunda. Direcionada conscientemente para metas construtivas, a sua força pode mover montanhas e reconstruir o que os outros dão por perdido.',
    harmonious:
      'Você tem acesso a reservas profundas de energia e determinação. Quando algo importa, você se entrega por completo e raramente desiste, e trabalha bem sob pressão ou em meio a crises. Sua força ajuda os outros a se sentirem seguros. Usado com integridade, esse poder permite que você realize o que os outros julgam impossível.',
    challenging:
      'Disputas de poder podem aflorar sempre que a sua vontade é barrada. Talvez você encontre pessoas impositivas, sinta a compulsão de vencer a qualquer custo ou carregue uma raiva que fica queimando em brasa por muito tempo. Esse aspecto pede que você domine a sua intensidade em vez de deixar que ela conduza você. Quando isso acontece, o seu poder se torna extraordinário e gerador de vida.',
  },
  mars_true_node: {
    conjunction:
      'A ação é a chave do seu caminho. Marte perto do Nodo Norte dá a você coragem e impulso que levam você rumo ao seu propósito, e o seu crescimento pode envolver aprender a se afirmar ou a liderar. Talvez você encontre pessoas que incentivam você a ir em frente. Dar passos ousados, mesmo antes de sentir que chegou a hora, abre o seu destino.',
    harmonious:
      'Energia e direção trabalham juntas na sua vida. Tomar a iniciativa e agir com decisão ajudam você a seguir na direção que a sua alma busca, e os outros podem admirar a sua coragem. Atividade física, competição ou trabalhos pioneiros podem fazer parte do seu caminho. Confie no seu impulso; ele sabe para onde ir.',
    challenging:
      'Velhos hábitos de brigar ou reagir podem atrasar o seu crescimento. Talvez você recorra à força quando o seu caminho pede paciência, ou se contenha quando ele pede coragem. Aprender quando e como agir, e por quê, faz parte do trabalho da sua alma. Cada escolha consciente abre caminho.',
  },
  mars_chiron: {
    conjunction:
      'Sua ferida toca o seu impulso e o seu direito de se afirmar. Talvez a sua raiva tenha sido punida ou você tenha se sentido impotente na infância, e ainda pode ser difícil se defender, ou talvez você brigue com força demais quando algo toca nessa ferida. A cura vem de aprender uma coragem saudável, e talvez você ajude outras pessoas a encontrarem a própria força.',
    harmonious:
      'A ação passa a fazer parte da sua cura. Você consegue agir com coragem em seu favor e em favor dos outros, e talvez tenha um dom para formas físicas ou ativas de cura, treinamento ou defesa de causas. Encarar as suas feridas de frente dá a você uma força real, e mostra aos outros que vulnerabilidade e bravura podem conviver.',
    challenging:
      'A autoafirmação e a raiva podem tocar feridas antigas. Talvez você tema a própria força ou sinta a derrota antes mesmo de começar, e os conflitos podem abalar você por muito tempo. A prática suave e constante da autoafirmação, primeiro em situações pequenas e seguras, é o que cura. Com o tempo, a sua coragem conquistada com esforço se torna um exemplo para quem tem dificuldade de se posicionar.',
  },
  mars_asc: {
    conjunction:
      'Energia e assertividade ficam evidentes na sua presença. Marte perto do Ascendente torna você uma pessoa direta, ativa e competitiva, e as pessoas sentem o seu impulso de imediato. Talvez você tenha um porte atlético ou reações rápidas. Aprender a temperar a sua força com calor humano torna a sua liderança natural convidativa, e não intimidadora.',
    harmonious:
      'Energia e personalidade trabalham bem juntas em você. Você transmite confiança, capacidade e prontidão para agir, e os outros tendem a confiar em você em situações que pedem ação decisiva. Você enfrenta os desafios de frente. Isso faz de você uma liderança natural, a pessoa que capitaneia a equipe ou que chega primeiro quando algo precisa ser feito.',
    challenging:
      'Sua energia e o seu jeito podem se chocar. Talvez a sua presença pareça mais agressiva do que você pretende, ou você se contenha tanto que os outros não enxergam a sua força. O conflito pode encontrar você. Perceber como a sua energia afeta os outros permite usar a sua força natural com habilidade e bom timing.',
  },
  mars_mc: {
    conjunction:
      'Sua ambição queima com brilho forte. Marte perto do Meio do Céu dá a você um forte impulso de realizar, liderar e deixar a sua marca, e carreiras competitivas, físicas ou pioneiras podem atrair você. Você trabalha duro pelo reconhecimento. Canalizar o seu fogo para metas em que acredita rende a você um respeito genuíno.',
    harmonious:
      'Impulso e carreira se apoiam na sua vida. Você age com decisão rumo às suas metas e tem energia para construir uma reputação sólida, e os cargos de liderança podem vir naturalmente. As pessoas respeitam a sua iniciativa. Seu único desafio é manter a sua ambição ligada a algo que realmente importa para você.',
    challenging:
      'Ambição e ação nem sempre se alinham. Talvez você entre em choque com a autoridade, sinta a carreira travada ou force demais em busca de reconhecimento, e rivalidades profissionais podem se acender. Aprender a perseguir as suas metas com paciência, escolhendo bem as batalhas, transforma essa tensão num impulso profissional poderoso e duradouro.',
  },
};
