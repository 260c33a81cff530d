import type { Corpus } from '../types';

export const pattern: Corpus['pattern'] = {
  grand_trine:
    'Un Grand Trigone, trois planètes reliées en un triangle fluide, dote ton thème d’un circuit fermé de talents. L’énergie y circule presque sans effort, et certains de tes dons te semblent si naturels que tu ne les comptes même pas comme des compétences. Le piège, c’est la facilité : ce qui vient tout seul peut rester en friche. Face à un défi à sa mesure, cette configuration devient une réserve de grâce où puiser toute ta vie.',
  t_square:
    'Un Carré en T place deux planètes en opposition, toutes deux en carré à une troisième qui concentre la pression. C’est une véritable dynamo : elle crée une tension impossible à ignorer, et cette tension alimente une bonne part de ton ambition et de tes réussites. La planète au sommet montre où la contrainte s’accumule, mais aussi où tu peux la libérer. Avec le temps, tu apprends à transformer le stress en action qui a du sens.',
  grand_cross:
    'Un Grand Carré, quatre planètes prises dans des carrés et des oppositions, te donne un thème d’une force immense et d’une forte pression intérieure. Il arrive que tout en toi tire dans quatre directions à la fois, sans soupape évidente. Pourtant, cette configuration forge aussi une vraie résilience : tu apprends à tenir ensemble des exigences multiples et à rester debout sous un poids qui en écraserait d’autres. La clé n’est pas la fuite, mais l’équilibre.',
  yod: 'Un Yod, deux planètes en sextile formant chacune un quinconce avec une troisième, est parfois appelé le « doigt de Dieu ». Il désigne une vocation particulière qui peut sembler maladroite, pressante ou décalée par rapport à ton entourage. Les ajustements restent constants tant que le sens ne s’est pas éclairci. Quand tu acceptes la tâche singulière que décrit la planète au sommet, un sentiment de destinée et de mission se dessine.',
  stellium:
    'Un stellium, plusieurs planètes rassemblées dans un même signe ou une même maison, concentre ton énergie sur un seul domaine de vie. Ce domaine devient un fil conducteur : une passion, un talent ou une préoccupation dont tu ne peux pas te détourner. Ta force tient à la profondeur et à la concentration. Ton défi, c’est l’équilibre : penser à nourrir aussi les parts de ta vie que cet amas laisse dans l’ombre.',
  kite: 'Un Cerf-volant se forme lorsqu’un Grand Trigone est ancré par une quatrième planète opposée à l’un de ses sommets. L’aisance du trigone gagne alors une direction et un point de tension qui changent le talent naturel en réalisation. Tu as des dons, et une raison de les utiliser. La planète à la queue du cerf-volant montre où tes talents trouvent leur emploi le plus juste.',
};

export const grandTrineElement: Corpus['grandTrineElement'] = {
  fire: 'En signes de Feu, ce Grand Trigone t’apporte un enthousiasme sans limites, du courage et une belle confiance créative. Tu sais inspirer les autres et tu rebondis vite après un revers. Veille à ce que la facilité de l’élan ne remplace pas la persévérance, et à ce que tes certitudes laissent de la place aux besoins et au rythme d’autrui. Un feu qu’on entretient, et pas seulement qu’on allume, réchauffe pendant des années.',
  earth:
    'En signes de Terre, ce Grand Trigone t’apporte un talent pratique, de la patience et le don de rendre les choses concrètes. La vie matérielle peut s’organiser pour toi avec une certaine fluidité. Méfie-toi du confort qui endort ou de la résistance au changement, et mets ta fiabilité au service de quelque chose qui te tient vraiment à cœur. Le confort est une belle récompense, mais une mauvaise raison de cesser de grandir.',
  air: 'En signes d’Air, ce Grand Trigone te donne un esprit agile, une aisance sociale et un vrai talent pour les idées et la communication. Tu relies sans effort les gens et les concepts entre eux. Le risque est de vivre trop dans ta tête ; ancrer tes intuitions dans l’action et dans le ressenti leur donne toute leur puissance.',
  water:
    'En signes d’Eau, ce Grand Trigone t’offre une profonde intelligence émotionnelle, de l’intuition et de la compassion. Tu perçois ce que ressentent les autres et tu sais apaiser. Prends garde à ne pas te replier dans ton monde intérieur ni à absorber trop de choses ; des limites claires protègent ta sensibilité. Avec un exutoire créatif ou une manière de prendre soin, ce flot d’émotions devient une véritable source de guérison, pour toi comme pour les autres.',
};
