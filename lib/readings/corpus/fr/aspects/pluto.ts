import type { AspectTexts, PairKeysOf } from '../../types';

export const pluto: Record<PairKeysOf<'pluto'>, AspectTexts> = {
  pluto_true_node: {
    conjunction:
      'La transformation est tissée dans ta destinée. Pluton près du Nœud Nord suggère que ton chemin passe par des expériences intenses, des changements profonds et des rencontres avec le pouvoir, le tien comme celui des autres. Quelque chose que tu ne sais pas tout à fait nommer t’attire peut-être irrésistiblement. Abandonner ce qui doit finir, et faire confiance à ce qui est en train de naître, te porte vers ta raison d’être.',
    harmonious:
      'Le renouveau te vient naturellement, et il nourrit ta croissance. Les crises, les relations profondes et l’examen honnête de toi-même ont tendance à te faire avancer plutôt qu’à te mettre à terre, et tu rencontres peut-être des alliés puissants aux moments clés. La profondeur ne te fait pas peur. Faire confiance au processus du changement, même quand il dérange, te garde en accord avec ton chemin.',
    challenging:
      'Le contrôle, la peur ou d’anciennes luttes de pouvoir peuvent freiner ta croissance. Il t’arrive de t’accrocher à des situations longtemps après leur mort, ou de voir les mêmes dynamiques intenses se répéter jusqu’à ce que tu les affrontes. La leçon, c’est le lâcher-prise. Renoncer à ce que tu ne peux pas contrôler libère une énergie énorme pour la vie qui t’appelle réellement.',
  },
  pluto_chiron: {
    conjunction:
      'Ta blessure est profonde et porte un pouvoir de transformation. Pluton conjoint à Chiron, un lien partagé par beaucoup de personnes nées les mêmes années, peut refléter des expériences de perte, de traumatisme ou d’impuissance, dans ta propre vie ou dans l’histoire qui a précédé ta naissance. Affronter cette profondeur, c’est ta guérison. Tu y gagnes une capacité profonde à aider les autres à survivre et à renaître.',
    harmonious:
      'Une guérison profonde t’est possible. Tu sais affronter une douleur intense, rester avec elle et la laisser te transformer, et tu as peut-être un don pour la psychologie, le travail corporel ou l’accompagnement en situation de crise. Ta résilience est remarquable. Ceux qui traversent le pire découvrent souvent que ta présence stable les aide à croire qu’ils en sortiront.',
    challenging:
      'Les vieilles blessures peuvent sembler intenses, ou liées à des questions de pouvoir et de contrôle. Tu crains peut-être que la douleur ne te submerge, ou tu constates que les crises rouvrent des plaies que tu croyais guéries depuis longtemps. La guérison passe par un travail intérieur patient et courageux, idéalement bien accompagné. Avec le temps, ce qui menaçait de te détruire devient la source de ta force la plus profonde.',
  },
  pluto_asc: {
    conjunction:
      'L’intensité rayonne de toi. Pluton près de ton Ascendant te donne une présence magnétique et puissante, et les gens peuvent se sentir attirés ou méfiants avant même que tu aies dit un mot. Tu dévoiles peu et tu remarques beaucoup. Assumer ton pouvoir ouvertement, et l’exercer avec bienveillance, en fait une source de confiance.',
    harmonious:
      'La profondeur et une puissance tranquille marquent ta personnalité. Les gens sentent ta force et ta résilience, et tu lis les situations et les motivations avec une perspicacité peu commune. Tu traverses les crises avec sang-froid. Cette autorité naturelle pousse les autres à te demander conseil quand la vie devient sérieuse, et elle te permet de garder ton calme quand tout le monde a perdu pied.',
    challenging:
      'Les rapports de pouvoir peuvent colorer ta façon d’aborder le monde. Tu dégages peut-être plus d’intensité ou de réserve que tu ne le voudrais, ou tu te retrouves dans des luttes de contrôle avec tes proches. Tes premières expériences t’ont peut-être appris à te protéger. À mesure que tu apprends à faire confiance, ta force devient une présence rassurante plutôt qu’un mur.',
  },
  pluto_mc: {
    conjunction:
      'La transformation est le thème de ta carrière. Pluton près de ton Milieu du Ciel te donne une puissante volonté d’influencer, de réformer ou de reconstruire, et ta vie publique peut connaître des ascensions, des chutes et des réinventions spectaculaires. Les positions de vrai pouvoir t’attirent peut-être. Exercer cette influence avec intégrité te permet de laisser une empreinte durable sur ton domaine et sur ceux qui y travaillent.',
    harmonious:
      'La profondeur et le sens stratégique soutiennent ta carrière. Tu sais transformer les situations et les institutions de l’intérieur, et la recherche, la psychologie, la finance, la médecine ou tout rôle qui gère des crises peuvent t’attirer. Les gens sentent ta compétence sous pression. Ton influence a tendance à grandir discrètement, et une fois acquise, elle est remarquablement difficile à déloger.',
    challenging:
      'Des luttes de pouvoir peuvent façonner ta carrière, que ce soit avec des supérieurs, des institutions ou ton propre besoin compulsif de réussir. Des fins soudaines au travail peuvent t’obliger à te réinventer plus d’une fois. Chacune d’elles arrache ce qui était faux. Affronter ces combats avec honnêteté et intégrité les transforme en une carrière d’une vraie profondeur et d’une autorité durable.',
  },
};
