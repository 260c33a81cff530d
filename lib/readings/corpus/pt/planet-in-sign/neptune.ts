import type { Sign } from '@/lib/astro/types';

export const neptune: Record<Sign, string> = {
  aries:
    'A coragem é aquilo que você venera em segredo. Netuno aqui, compartilhado com todos os que nasceram nestes anos, idealiza o herói solitário e o recomeço, e talvez você sinta uma carga espiritual nos atos de ousadia. Cuidado para não confundir cada impulso com um chamado. Quando você age por algo maior do que você, a sua audácia carrega um tipo de graça.',
  taurus:
    'A beleza do mundo físico pode parecer quase sagrada para você. Junto com a sua geração, você talvez romantize a natureza, o artesanato, o corpo e a abundância simples, encontrando o sagrado no pão, na terra e na canção. Dinheiro e bens são onde as ilusões se escondem. Sua devoção ao que é real e duradouro é um antídoto silencioso para uma época inquieta.',
  gemini:
    'As histórias podem encantar você, e você pode encantar com elas. Netuno neste signo borra a linha entre fato e ficção para toda a sua geração, enchendo a mente de imagens, boatos e poesia. Talvez você tenha talento natural para contar histórias ou traduzir. Mantenha uma pitada de dúvida saudável sobre o que lê e repete, e a sua imaginação vai iluminar em vez de enganar.',
  cancer:
    'Em algum lugar dentro de você mora o sonho de um lar perfeito. Sua geração anseia por pertencimento e pode idealizar a família, a terra natal ou um passado dourado, e você sente uma compaixão real por quem não tem abrigo. A nostalgia pode suavizar a verdade do que aconteceu. Seu dom é criar um santuário emocional no presente, para você e para quem precisa.',
  leo: 'Romance e glamour lançam um feitiço sobre esta geração, e sobre você. Talvez você idealize o amor, a arte e o brilho do palco, e sinta que todo mundo carrega uma pequena estrela por dentro. Os heróis podem decepcionar você. A cura vem quando você leva o seu próprio coração e a sua imaginação para a vida criativa, em vez de esperar que outra pessoa os encarne.',
  virgo:
    'É no serviço que mora o seu idealismo. Com a sua geração, você talvez sonhe com cura, pureza e um mundo que finalmente funcione, e sinta uma satisfação quase espiritual em ser útil. A ansiedade com a imperfeição pode minar o sonho. Compaixão expressa em cuidado prático, inclusive com o seu próprio corpo e com os seus dias imperfeitos, é o dom que você carrega.',
  libra:
    'Amor perfeito, paz perfeita: esse é o sonho que Netuno tece na sua geração. Talvez você idealize o par amoroso, a arte e a diplomacia, e anseie por um mundo onde beleza e justiça finalmente se encontrem. A desilusão nos relacionamentos pode se tornar a sua mestra. O que fica é uma visão adulta do amor, que mantém graça e justiça lado a lado.',
  scorpio:
    'O mistério atrai você como uma maré. Sua geração é fascinada pelo que está escondido: intimidade, morte, psicologia, ocultismo, o proibido. Você percebe as correntes subterrâneas das pessoas quase sem esforço, e o perigo é se perder na intensidade. Usada com sabedoria, a sua empatia pelos lugares escuros da experiência humana se torna uma capacidade profunda de curar.',
  sagittarius:
    'Para você e a sua geração, o sagrado está em algum lugar além do horizonte. Viagens, fé, filosofia e a busca por uma verdade maior do que qualquer credo mexem com a sua imaginação. A crença cega ou a busca sem fim podem tomar o lugar da sabedoria real. Seu dom é uma sensação contagiante de que a vida tem sentido, e de que a própria busca já vale a viagem.',
  capricorn:
    'Integridade nas estruturas do mundo é o que você mais espera. Sua geração pode idealizar a autoridade, as carreiras e as instituições e depois se desiludir quando as falhas vêm à tona. Essa decepção é útil. Você está aqui para ajudar valores espirituais a ganhar forma prática e duradoura: organizações, leis e trabalhos que sirvam de fato às pessoas que estão dentro deles.',
  aquarius:
    'O futuro é o seu horizonte espiritual. Com esta geração, você talvez sonhe com tecnologia e comunidade a serviço de ideais humanos, e sinta um parentesco com a humanidade como um todo. A armadilha é o distanciamento dos indivíduos reais, com todas as suas falhas. Seu dom é imaginar como seria uma sociedade mais gentil e convidar os outros a construí-la com você.',
  pisces:
    'Netuno está em casa aqui, e o véu entre os mundos parece fino para a sua geração. Espiritualidade, música, arte e serviço compassivo podem chamar você, que sente a unidade da vida nos momentos mais comuns. As fronteiras podem se dissolver com facilidade demais. Seu dom é uma empatia tão ampla que faz desconhecidos se sentirem compreendidos.',
};
