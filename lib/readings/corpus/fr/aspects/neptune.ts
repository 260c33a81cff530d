import type { AspectTexts, PairKeysOf } from '../../types';

export const neptune: Record<PairKeysOf<'neptune'>, AspectTexts> = {
  neptune_pluto: {
    conjunction:
      'Cette conjonction ne se produit qu’environ une fois tous les cinq siècles : si ton thème la montre, tu appartiens à une époque rare de profond renouveau collectif. Les rêves et les forces profondes de ton temps y sont fondus ensemble. Ton rôle est de laisser ce sentiment d’immense changement nourrir une manière de vivre bienveillante et ancrée.',
    harmonious:
      'Ce lien harmonieux de très longue durée est partagé par plusieurs générations, et il installe en toile de fond l’idée que croissance spirituelle et transformation peuvent aller de pair. Pour toi, il offre une capacité tranquille à laisser partir l’ancien en faisant confiance à ce qui va pousser à sa place. Puises-y dans les périodes de changement.',
    challenging:
      'Une tension entre les idéaux collectifs et la transformation profonde forme une note de fond pour ta génération. Tu perçois peut-être à la fois la nécessité du changement et une confusion sur la manière d’y parvenir. Sur le plan personnel, ancrer ta vie spirituelle et regarder les vérités difficiles avec compassion t’aide à traverser les périodes de bouleversement collectif.',
  },
  neptune_true_node: {
    conjunction:
      'Ton chemin mène vers la compassion, l’imaginaire ou l’esprit. Neptune près du Nœud Nord suggère que ta croissance passe par l’art, le service, la spiritualité ou l’apprentissage de la confiance envers l’invisible. La route peut sembler floue par moments. Suivre tes inspirations les plus profondes, avec discernement, te guide vers ta raison d’être.',
    harmonious:
      'L’intuition soutient ta croissance. Les expériences créatives, spirituelles ou de compassion t’aident à avancer vers ta raison d’être, et tu trouves peut-être des repères dans les rêves ou les synchronicités. Faire confiance aux signes discrets de ta vie, le rêve qui revient, la rencontre fortuite, la chanson qui arrive au bon moment, t’aide à garder le cap même quand la carte est floue.',
    challenging:
      'L’illusion ou l’envie de fuir peuvent t’éloigner de ton chemin. Il t’arrive d’idéaliser des personnes ou des situations, ou d’éviter la clarté que ta croissance exige. Apprendre à discerner ce qui est réel, tout en gardant vivantes ton imagination et ta bonté, t’aide à avancer dans la direction que ton âme cherche vraiment.',
  },
  neptune_chiron: {
    conjunction:
      'Ta blessure porte une dimension spirituelle. Neptune conjoint à Chiron peut refléter une sensibilité à la souffrance collective, des expériences de perte ou un sentiment d’égarement. Enfant déjà, tu as peut-être ressenti un chagrin plus grand que ta propre vie. À travers lui, tu développes une compassion profonde et un don pour guérir par l’art, la musique, la spiritualité ou la simple présence.',
    harmonious:
      'La compassion et la guérison passent à travers toi. Tu as peut-être un don pour les formes de soin spirituelles ou artistiques, et tu sais aider les autres à trouver du sens dans la souffrance. Ton empathie est douce et sage, jamais forcée, et les gens se sentent souvent moins seuls après avoir passé du temps avec toi.',
    challenging:
      'Ta sensibilité peut rendre les vieilles blessures écrasantes, ou te pousser à fuir la douleur. Les frontières peuvent se dissoudre, et la douleur des autres peut commencer à ressembler à la tienne. La guérison passe par l’ancrage de ta compassion et par des pratiques qui nourrissent ton âme sans te laisser disparaître dans la souffrance d’autrui.',
  },
  neptune_asc: {
    conjunction:
      'Il y a chez toi quelque chose de rêveur et d’insaisissable. Neptune près de l’Ascendant te donne une présence douce, compatissante et artiste, et les gens projettent parfois leurs idéaux sur toi. Tu absorbes ton environnement comme une éponge, pour le meilleur et pour le pire. Des limites claires et des moments réguliers de solitude t’aident à rester toi-même tout en partageant ta sensibilité.',
    harmonious:
      'Ta personnalité rayonne de douceur et d’imagination. Les gens perçoivent ta compassion et ta fibre artistique, et tu comprends les autres de façon intuitive. Ta présence peut apaiser. Ce don te rend naturellement à ta place dans les rôles créatifs, de soin ou d’accompagnement, là où une touche délicate compte plus qu’une voix forte.',
    challenging:
      'Les autres peuvent mal te lire, ou ton identité elle-même peut te sembler incertaine. Il t’arrive de trop t’adapter aux autres ou de te cacher derrière un personnage flou. Construire un sens clair de toi-même t’aide à exprimer ta sensibilité avec assurance, pour que les gens te rencontrent toi, et non l’idée qu’ils se font de toi.',
  },
  neptune_mc: {
    conjunction:
      'L’inspiration guide ta vocation. Neptune près du Milieu du Ciel t’oriente vers les arts, le soin, la spiritualité ou le service, et ton image publique peut être glamour ou mystérieuse. Ton chemin est peut-être sinueux et difficile à expliquer aux autres. Suivre tes idéaux, tout en gardant un pied sur le terrain concret, t’apporte la carrière la plus épanouissante.',
    harmonious:
      'L’imagination soutient ta carrière. Tu peux réussir dans les domaines créatifs, du soin ou de l’aide aux autres, et ton intuition guide tes choix professionnels. Les gens sentent ton idéalisme. Fais confiance à ta vision, garde des contrats clairs, et ta vie publique peut devenir une véritable source d’inspiration pour les autres.',
    challenging:
      'Ta direction professionnelle peut rester floue pendant de longues périodes. Tu as peut-être du mal à trouver ta vocation, tu dérives d’un rôle à l’autre, ou la désillusion s’installe face à un travail qui promettait plus de sens qu’il n’en a donné. Ancrer tes idéaux dans des étapes concrètes, et rester honnête dans tes relations professionnelles, t’aide à bâtir une carrière qui reflète vraiment tes rêves.',
  },
};
