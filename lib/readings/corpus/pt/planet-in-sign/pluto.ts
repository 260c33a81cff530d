import type { Sign } from '@/lib/astro/types';

export const pluto: Record<Sign, string> = {
  aries:
    'A vontade crua é o que Plutão transforma em Áries. Quem nasceu com ele encara questões de sobrevivência, de autoafirmação e de quem tem o direito de recomeçar, e em você pode existir uma necessidade feroz, quase primitiva, de existir nos próprios termos. A lição é usar o poder a serviço da coragem, e não da dominação, e isso pode fazer de você uma força pioneira e destemida.',
  taurus:
    'Bem no fundo da sua constituição existe uma relação com a posse e o valor que pede para ser transformada. Plutão aqui trabalha devagar sobre os recursos, a terra e o corpo, e em você pode aparecer como uma enorme capacidade de resistência ao lado do medo de perder o que tem. Soltar quando chega a hora, e confiar que você consegue reconstruir, é o seu superpoder silencioso.',
  gemini:
    'Informação é poder para quem nasceu com Plutão aqui, e você sente isso com intensidade. Palavras podem ferir ou curar, e talvez você tenha faro para a mensagem oculta, a história secreta, a ideia que muda tudo. Sua tarefa é usar a sua mente penetrante para revelar a verdade, e não para manipulá-la.',
  cancer:
    'Família, terra natal e raízes emocionais são o palco das transformações mais profundas da sua geração. Laços antigos podem se romper e ser refeitos, e talvez você carregue sentimentos ancestrais que pedem para ser compreendidos. Encarar a história da família com honestidade liberta você para criar um pertencimento forte, escolhido e verdadeiramente protetor.',
  leo: 'A autoexpressão carrega uma carga enorme para esta geração. Talvez você sinta um impulso poderoso de aparecer, criar e deixar a sua marca, junto com o medo de ser comum. Quando o desejo de reconhecimento vira coragem de ser autenticamente quem você é, o seu poder criativo pode tocar as pessoas de verdade.',
  virgo:
    'Trabalho, saúde e método são transformados por quem nasceu com Plutão aqui. Talvez você sinta o impulso de analisar, purificar e aperfeiçoar, às vezes de forma obsessiva, e é capaz de dominar habilidades difíceis. Transformar essa intensidade em serviço, sem voltá-la contra você, é onde está o seu poder.',
  libra:
    'Os relacionamentos são o cadinho desta geração. Talvez você viva a parceria como um lugar de mudança profunda, às voltas com questões de poder, igualdade e justiça entre as pessoas. Velhos padrões de relacionamento pedem para morrer. Através deles, você pode descobrir vínculos baseados em respeito mútuo e profundidade reais.',
  scorpio:
    'Plutão está em casa aqui, e a sua geração vive perto da intensidade da vida: desejo, perda, poder e renascimento. Você sente profundamente e talvez se aproxime do que os outros evitam. A confiança não vem fácil. Seu poder está na honestidade emocional e na capacidade de se regenerar depois de qualquer fim.',
  sagittarius:
    'A crença é aquilo que a sua geração precisa transformar. Talvez você questione as fés herdadas, busque a verdade em diferentes culturas e tenha convicções fortes sobre o sentido da vida. O fanatismo é a sombra, em você como nos outros. Seu poder está numa busca honesta por uma sabedoria que resista à dúvida e respeite outros caminhos.',
  capricorn:
    'As estruturas de poder estão sob revisão pela sua geração: governos, corporações, as regras do sucesso. Talvez você sinta um impulso profundo de construir, controlar ou reformar, e entende como a autoridade funciona de verdade. Usar esse conhecimento com integridade permite que você crie algo realmente duradouro.',
  aquarius:
    'O poder coletivo e a tecnologia são o campo de transformação da sua geração. Talvez você sinta a atração de movimentos, redes e ideias radicais, e perceba que o grupo pode mudar o mundo. Lembrar da pessoa única e insubstituível dentro do coletivo mantém humano o seu impulso revolucionário, e impede que o futuro pelo qual você luta se torne apenas mais um sistema.',
  pisces:
    'As fronteiras entre o eu e o mundo, entre a fé e o fato, estão se dissolvendo para esta geração. Talvez você sinta a profundidade da emoção coletiva e se volte para a cura, a arte ou a espiritualidade. O escapismo é o risco, seja por meio de substâncias, da fantasia ou do sacrifício sem fim. Seu poder está numa compaixão forte o bastante para encarar o sofrimento sem se afogar nele.',
};
