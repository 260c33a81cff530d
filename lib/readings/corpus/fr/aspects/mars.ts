import type { AspectTexts, PairKeysOf } from '../../types';

export const mars: Record<PairKeysOf<'mars'>, AspectTexts> = {
  mars_jupiter: {
    conjunction:
      'Grande, audacieuse et enthousiaste, ton énergie se retient rarement. Mars conjoint à Jupiter te donne l’assurance d’affronter de grands défis, le goût de l’aventure et un esprit combatif généreux, souvent mis au service des autres. Tu fais rarement les choses à moitié. Doser ton effort, et mesurer l’ampleur du risque avant de sauter, empêche ton audace de basculer dans l’imprudence.',
    harmonious:
      'Le courage et le bon jugement travaillent souvent main dans la main chez toi. Tu agis avec assurance, tu prends des risques raisonnables et tu sembles souvent au bon endroit au bon moment. Le sport, les voyages, l’entreprise ou les combats pour une cause peuvent tous te convenir. Ton enthousiasme est contagieux, et l’on te suit volontiers quand tu mènes la charge.',
    challenging:
      'Ton élan peut dépasser ton sens de la mesure. Il t’arrive de trop t’engager, de prendre des risques qui ne paient pas ou de défendre tes convictions plus fort que le moment ne l’exige. L’agitation t’est familière. C’est un moteur puissant qui a besoin d’un volant : dirige-le vers un seul objectif qui en vaut la peine à la fois, et il peut te porter remarquablement loin.',
  },
  mars_saturn: {
    conjunction:
      'L’élan et la discipline ne font qu’un en toi. Tu peux travailler avec une endurance et une maîtrise extraordinaires, même si tu as parfois l’impression de conduire frein serré, entre la frustration des retards et celle de ta propre prudence. La colère est peut-être retenue trop longtemps. Apprendre à agir avec constance, sans forcer ni te figer, te donne la force d’un maître artisan.',
    harmonious:
      'Une énergie disciplinée et orientée vers un but est l’une de tes forces tranquilles. Tu sais soutenir un effort dans la durée, planifier tes mouvements avec soin et atteindre des objectifs qui demandent de la patience. On se fie à ta fiabilité sous pression. La compétition, l’entraînement physique et les projets au long cours font ressortir le meilleur de toi, parce que tu sais doser ton effort.',
    challenging:
      'L’action et la retenue se heurtent souvent en toi. Tu oscilles peut-être entre forcer trop et buter sur des blocages, ou tu te bats contre des figures d’autorité qui semblent te barrer la route. La frustration peut tourner au ressentiment si elle n’est jamais exprimée. Un effort patient et régulier, et une colère dite clairement et tôt, transforment cette tension en une résilience redoutable.',
  },
  mars_uranus: {
    conjunction:
      'Chez toi, l’énergie arrive par salves. Mars conjoint à Uranus te donne un élan indépendant, inventif et parfois rebelle, et tu agis peut-être soudainement, sur une impulsion ou une conviction. La routine te frustre et les restrictions te provoquent. Canalisée dans l’innovation, le sport ou les causes auxquelles tu crois, cette force électrique peut briser des barrières que d’autres croient éternelles.',
    harmonious:
      'L’action originale te vient naturellement. Tu t’adaptes vite, tu prends l’initiative face à l’inconnu et tu trouves des solutions inventives sous pression, si bien que les urgences font souvent ressortir le meilleur de toi. La technologie, l’aventure ou les réformes peuvent t’attirer. Ton courage de faire les choses autrement inspire ceux qui attendaient une permission pour changer.',
    challenging:
      'L’impatience et l’agitation peuvent s’embraser soudainement. Tu résistes peut-être au contrôle, tu agis sur un coup de tête ou tu ressens une tension qui a besoin de se libérer avant de rompre, et les accidents sont plus probables quand tu te précipites. Pourtant, ce lien donne aussi un courage et une inventivité remarquables. Trouver des exutoires réguliers et sains pour cette charge garde ton énergie stimulante plutôt qu’explosive.',
  },
  mars_neptune: {
    conjunction:
      'Ce sont les idéaux qui mettent ton énergie en mouvement. Mars conjoint à Neptune te donne un élan inspiré par la compassion, l’art ou la spiritualité, et c’est peut-être au service des autres que tu agis avec le plus de force. L’agressivité directe te met mal à l’aise. Quand tes actes servent une vision, ton énergie devient gracieuse et étonnamment puissante, comme un courant sous une eau calme.',
    harmonious:
      'L’inspiration et l’action se soutiennent en toi. Tu sais te mouvoir avec intuition et grâce, et tu as peut-être des talents pour la danse, le cinéma, la musique ou le soin. Ton élan est doux mais efficace. Agir au nom de tes idéaux te donne de l’énergie, et tu donnes le meilleur de toi quand ton travail sert quelque chose qui te dépasse.',
    challenging:
      'Ton élan peut se dissoudre dans la confusion ou la fatigue. Tu ne sais peut-être pas toujours ce que tu veux, tu évites la confrontation directe ou ton énergie s’échappe à travers les exigences des autres. La tromperie, subie ou infligée, fait partie des risques. Des objectifs clairs, un bon repos et une cause en laquelle tu crois vraiment remettent ta volonté au point.',
  },
  mars_pluto: {
    conjunction:
      'Redoutable, voilà le mot qui convient à ta volonté. Mars conjoint à Pluton te donne un élan, une endurance et une capacité énormes à transformer toute situation dans laquelle tu t’engages, et tu affrontes peut-être des épreuves intenses qui mettent ton pouvoir à l’épreuve. La colère peut être profonde. Dirigée en conscience vers des buts constructifs, ta force peut déplacer des montagnes et reconstruire ce que d’autres croient perdu.',
    harmonious:
      'Tu as accès à de profondes réserves d’énergie et de détermination. Quand quelque chose compte, tu t’engages totalement et tu abandonnes rarement, et tu travailles bien sous pression ou en temps de crise. Ta force aide les autres à se sentir en sécurité. Utilisé avec intégrité, ce pouvoir te permet d’accomplir ce que d’autres jugent impossible.',
    challenging:
      'Des luttes de pouvoir peuvent surgir chaque fois que ta volonté est entravée. Tu rencontres peut-être des personnes autoritaires, tu ressens le besoin de gagner à tout prix ou tu portes une colère qui couve longtemps. Ce lien te demande de maîtriser ton intensité plutôt que de te laisser mener par elle. Une fois ce pas franchi, ton pouvoir devient extraordinaire et porteur de vie.',
  },
  mars_true_node: {
    conjunction:
      'L’action est la clé de ton chemin. Mars près du Nœud Nord te donne un courage et un élan qui te portent vers ta raison d’être, et ta croissance passe peut-être par l’apprentissage de l’affirmation de toi ou du leadership. Tu rencontres peut-être des personnes qui te poussent en avant. Faire des pas audacieux, avant même de t’en sentir capable, ouvre ta destinée.',
    harmonious:
      'L’énergie et la direction travaillent ensemble dans ta vie. Prendre l’initiative et agir avec décision t’aident à avancer dans la direction que cherche ton âme, et d’autres admirent peut-être ton courage. L’activité physique, la compétition ou le travail de pionnier peuvent faire partie de ton chemin. Fais confiance à ton élan ; il sait où aller.',
    challenging:
      'De vieilles habitudes de combat ou de réaction peuvent freiner ta croissance. Tu comptes peut-être sur la force quand ton chemin demande de la patience, ou tu te retiens quand il demande du courage. Apprendre quand et comment agir, et pour quoi, fait partie du travail de ton âme. Chaque choix conscient dégage la route.',
  },
  mars_chiron: {
    conjunction:
      'Ta blessure touche ton élan et ton droit à t’affirmer. La colère t’a peut-être valu des punitions, ou l’impuissance a marqué ton enfance, et il t’est peut-être encore difficile de te défendre, à moins que tu ne te battes trop fort quand quelque chose te touche. La guérison passe par l’apprentissage d’un courage sain, et tu peux aider les autres à trouver leur force.',
    harmonious:
      'L’action fait partie de ta guérison. Tu sais agir avec courage pour toi-même et pour les autres, et tu as peut-être un don pour les formes de soin, d’accompagnement ou de défense qui passent par le corps et l’action. Affronter tes blessures de face te donne une vraie force, et montre aux autres que vulnérabilité et bravoure peuvent coexister.',
    challenging:
      'L’affirmation de soi et la colère peuvent réveiller d’anciennes blessures. Tu crains peut-être ta propre force, ou la défaite te semble acquise avant même de commencer, et un conflit peut t’ébranler longtemps après. Une pratique douce et régulière de l’affirmation, d’abord dans des situations simples et sûres, est ce qui guérit. Avec le temps, ton courage durement gagné devient un modèle pour ceux qui peinent à se lever.',
  },
  mars_asc: {
    conjunction:
      'L’énergie et l’affirmation de toi sautent aux yeux dans ta présence. Mars près de l’Ascendant te donne de la franchise, de l’activité et le goût de la compétition, et les gens sentent immédiatement ton élan. Le sport t’attire peut-être, et tes réactions sont rapides. Apprendre à tempérer ta force par la chaleur rend ton leadership naturel engageant plutôt qu’intimidant.',
    harmonious:
      'L’énergie et la personnalité s’accordent bien en toi. Tu donnes une impression d’assurance, de compétence et de promptitude, et l’on a tendance à te faire confiance dans les situations qui exigent une action décisive. Tu prends les défis à bras-le-corps. Cela fait de toi la personne qui mène naturellement, capitaine d’équipe ou première à intervenir quand il faut agir.',
    challenging:
      'Ton énergie et ton attitude peuvent se heurter. Tu donnes peut-être une impression plus agressive que tu ne le voudrais, ou tu te retiens tellement que les autres ne voient pas ta force. Le conflit peut venir te chercher. Prendre conscience de l’effet de ton énergie sur les autres te permet d’utiliser ta force naturelle avec habileté et au bon moment.',
  },
  mars_mc: {
    conjunction:
      'L’ambition brûle vivement en toi. Mars près du Milieu du Ciel te donne une forte volonté de réussir, de diriger et de laisser ta marque, et les carrières compétitives, physiques ou pionnières peuvent t’attirer. Tu travailles dur pour obtenir de la reconnaissance. Canaliser ton feu vers des objectifs auxquels tu crois te vaut un vrai respect.',
    harmonious:
      'L’élan et la carrière se soutiennent dans ta vie. Tu avances avec décision vers tes objectifs et tu as l’énergie de bâtir une solide réputation, et les rôles de direction te viennent peut-être naturellement. On respecte ton esprit d’initiative. Ton seul défi est de garder ton ambition reliée à quelque chose qui compte vraiment pour toi.',
    challenging:
      'L’ambition et l’action ne s’alignent pas toujours. Tu te heurtes peut-être à l’autorité, ta carrière te semble bloquée ou tu forces pour obtenir de la reconnaissance, et les rivalités professionnelles peuvent s’enflammer. Apprendre à poursuivre tes objectifs avec patience, en choisissant tes combats avec soin, transforme cette tension en un moteur de carrière puissant et durable.',
  },
};
