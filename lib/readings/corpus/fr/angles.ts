import type { Corpus } from '../types';

export const angleInSign: Corpus['angleInSign'] = {
  asc: {
    aries:
      'Avec un Ascendant Bélier, tu abordes le monde de front. On remarque ton énergie, ta franchise et ta promptitude à agir, et la première impression que tu laisses est souvent celle de quelqu’un de courageux, voire un brin impatient. Chaque situation nouvelle ressemble pour toi à un défi à relever. Apprendre à marquer une pause avant de foncer rend ton leadership naturel engageant plutôt que brusque.',
    taurus:
      'L’Ascendant Taureau te donne une présence calme et ancrée. Les autres trouvent souvent en toi quelque chose de rassurant, de sensuel et de stable, une personne qu’on ne bouscule pas. Tu abordes la vie avec précaution, en tâtant le terrain avant d’avancer. Ton défi, c’est la souplesse : quand tu laisses entrer le changement à ton propre rythme, ta stabilité devient une force plutôt qu’un mur.',
    gemini:
      'De la vivacité, de la curiosité, de la vitesse : avec un Ascendant Gémeaux, tu donnes l’image de quelqu’un qui guette toujours la prochaine idée ou la prochaine conversation. Face à l’inconnu, tu poses des questions et tu rassembles des informations. On te trouve souvent une jeunesse d’esprit et de l’humour. Ancrer tes nombreux intérêts dans quelques engagements aide les autres à percevoir la profondeur derrière tes manières de vif-argent.',
    cancer:
      'L’Ascendant Cancer te donne une manière douce et réceptive d’aborder la vie. Tu sens immédiatement l’atmosphère d’un lieu, et tu te protèges souvent derrière une carapace de réserve tant que la confiance n’est pas installée. Auprès de toi, les gens se sentent pris en charge. Laisser paraître ta force, et pas seulement ta sensibilité, équilibre l’impression que tu produis.',
    leo: 'Quand tu entres dans une pièce avec un Ascendant Lion, on le remarque. La chaleur, l’assurance et un certain style façonnent ta présence, et tu abordes la vie avec générosité et panache. La reconnaissance compte pour toi. Quand ton expression vient du cœur plutôt que d’un besoin d’approbation, ton rayonnement naturel élève tout le monde autour de toi.',
    virgo:
      'L’Ascendant Vierge te prête une allure modeste, observatrice et compétente. Face à une situation nouvelle, tu remarques les détails, tu évalues ce qu’il y a à faire et tu t’y mets discrètement. On voit souvent en toi une personne fiable et intelligente. Avec un peu plus de douceur envers toi-même, et en laissant entrevoir ta chaleur, tu deviens bien plus facile à approcher.',
    libra:
      'Le charme et la diplomatie sont ta langue maternelle. Avec un Ascendant Balance, tu abordes la vie à travers les relations, l’esthétique et le désir d’harmonie, et ta compagnie est souvent jugée agréable, gracieuse et facile. Les décisions peuvent prendre du temps. Laisser les autres découvrir tes vraies opinions, et pas seulement ta surface aimable, construit une confiance durable.',
    scorpio:
      'Il émane de toi une intensité que les autres ressentent avant même que tu parles. L’Ascendant Scorpion te confère une présence magnétique et réservée, et un talent pour lire les autres en révélant peu de toi-même. Tu abordes la vie en stratège. À mesure que tu apprends à faire confiance, ta profondeur et ton honnêteté deviennent puissamment attirantes plutôt qu’intimidantes.',
    sagittarius:
      'L’Ascendant Sagittaire te donne de l’ouverture, de l’enthousiasme et une grande franchise. Tu abordes le monde comme une aventure, et ton optimisme comme ton humour font du bien aux autres. Ton agitation peut donner l’impression qu’on a du mal à te saisir. Quand ta sincérité s’accompagne de tact, ton enthousiasme naturel donne envie aux autres de te suivre dans tes voyages.',
    capricorn:
      'L’Ascendant Capricorne te donne une allure posée, sérieuse et compétente. Tu abordes la vie avec prudence et sens des responsabilités, et l’on te prête souvent plus d’âge ou de sagesse que tu n’en as. Ta chaleur peut mettre du temps à se montrer. Baisser un peu la garde révèle l’humour pince-sans-rire et la loyauté que les autres finissent par chérir.',
    aquarius:
      'Avec un Ascendant Verseau, tu apparais comme quelqu’un d’amical mais d’un peu distant, d’original et d’indépendant. Tu abordes la vie avec la curiosité de ce qui pourrait être autrement, et l’on peut voir en toi quelqu’un d’inclassable, hors des normes. Laisser paraître tes sentiments, et pas seulement tes idées, aide les autres à s’approcher de qui tu es vraiment.',
    pisces:
      'L’Ascendant Poissons te donne une présence douce, rêveuse et compatissante. Tu absorbes l’atmosphère qui t’entoure et tu t’adaptes parfois aux autres presque sans t’en apercevoir. On perçoit souvent en toi de la douceur, une âme d’artiste ou quelque chose d’insaisissable. Poser des limites claires t’aide à garder ta sensibilité tout en veillant à ne pas perdre ta propre identité.',
  },
  mc: {
    aries:
      'Ta trajectoire publique réclame de l’initiative. Avec le Milieu du Ciel en Bélier, les métiers où tu peux diriger, rivaliser, innover ou agir de ta propre autorité t’attirent, et recevoir des ordres t’irrite profondément. Avec le temps, on te connaît pour ton courage, et pour lancer ce dont les autres se contentent de parler.',
    taurus:
      'Un Milieu du Ciel en Taureau cherche une vocation stable, tangible et réellement gratifiante. Les métiers liés à l’argent, à la terre, à l’alimentation, à l’art, au design ou au corps peuvent t’attirer, tout ce où la patience produit quelque chose de palpable. Tu bâtis ta position lentement et solidement. La carrière qui te convient transforme le bon goût et l’endurance en valeur durable.',
    gemini:
      'La communication façonne ta vocation. Avec le Milieu du Ciel en Gémeaux, tu t’épanouis là où ton esprit reste occupé : l’écriture, l’enseignement, les médias, la vente, le réseautage, la traduction. Tu changeras peut-être de direction plus d’une fois, et ce n’est pas un échec mais une exploration. On finit par te reconnaître comme la personne qui relie vite et bien les idées et les gens.',
    cancer:
      'Le soin est au cœur de ta vocation. Un Milieu du Ciel en Cancer t’oriente vers un travail qui nourrit, protège ou crée de l’appartenance, que ce soit dans une entreprise familiale, l’hôtellerie, le soin, l’immobilier ou la vie associative. La vie publique a pour toi quelque chose de personnel, si bien que la critique peut piquer. Ta réputation grandit grâce à la sécurité affective que tu offres à ceux que tu sers.',
    leo: 'Avec le Milieu du Ciel en Lion, ta place est dans la lumière. Le travail créatif, le leadership, la scène, l’enseignement auprès des enfants ou tout ce qui laisse ton cœur s’exprimer en public te convient, et la reconnaissance te motive sincèrement. L’autorité durable vient quand tu diriges avec générosité et avec la fierté du travail lui-même, pas seulement des applaudissements.',
    virgo:
      'Le savoir-faire et le service définissent la vocation vers laquelle pointe un Milieu du Ciel en Vierge. La santé, l’analyse, l’artisanat, l’édition, la recherche ou tout domaine où la précision compte peuvent te convenir, et tu gagnes ta place par ta pure compétence. Tu as peut-être tendance à te sous-estimer. Fais savoir au monde ce que tu fais bien, car améliorer discrètement le fonctionnement des choses est un vrai métier.',
    libra:
      'Les relations et l’harmonie traversent ta vocation. Avec le Milieu du Ciel en Balance, tu peux t’épanouir dans le droit, la diplomatie, la médiation, le design, les arts ou tout travail fondé sur le partenariat. On te connaît pour ton sens de l’équité et ta grâce. Ta progression professionnelle passe par la collaboration, et par le courage de prendre clairement position quand le moment l’exige.',
    scorpio:
      'Un travail superficiel ne satisfera jamais un Milieu du Ciel en Scorpion. La recherche, la psychologie, la finance, la médecine, l’investigation ou les rôles qui demandent de garder son calme en pleine crise t’attirent, et tu préfères peut-être exercer le pouvoir discrètement plutôt que l’afficher. Au fil des années, on te reconnaît pour ta discrétion, ton sang-froid et ta capacité à transformer les situations difficiles.',
    sagittarius:
      'Ta vocation cherche le sens et l’ampleur. Un Milieu du Ciel en Sagittaire t’oriente vers l’enseignement, l’édition, les voyages, le droit, la philosophie ou tout travail qui élargit les horizons, les tiens comme ceux des autres. Il te faut une carrière en laquelle tu crois, sinon elle s’étiole. Partage ta vision avec honnêteté et enthousiasme, et ta vie publique continuera de grandir.',
    capricorn:
      'Le Milieu du Ciel en Capricorne te donne un élan naturel vers la réussite et l’autorité. Tu vises peut-être tôt des postes à responsabilité et tu bâtis ta carrière pas à pas, en préférant le respect à la célébrité. Le succès est probable, mais rarement rapide. Pense à mesurer ta valeur à autre chose qu’à ton titre ; la vie derrière la fonction mérite elle aussi ton ambition.',
    aquarius:
      'L’originalité fait partie de ta vocation. Un Milieu du Ciel en Verseau t’attire vers la technologie, la science, les causes sociales, l’action collective ou les domaines innovants, et tu peux refuser purement et simplement les parcours classiques. Tu travailles le mieux avec de la liberté et un but qui dépasse le profit. Ta contribution publique consiste à imaginer de meilleurs systèmes et à aider les gens à les construire ensemble.',
    pisces:
      'Avec le Milieu du Ciel en Poissons, c’est l’imagination ou la compassion qui guide ta vocation. Les arts, la musique, le cinéma, le soin, le travail spirituel ou le service aux personnes en difficulté peuvent t’appeler, et ton chemin peut serpenter comme aucun plan de carrière ne l’aurait prévu. Fais confiance au courant. Ce que tu offres au monde, c’est la capacité d’inspirer, d’apaiser et de rendre l’invisible palpable.',
  },
};
