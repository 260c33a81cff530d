import type { AspectTexts, PairKeysOf } from '../../types';

export const sun: Record<PairKeysOf<'sun'>, AspectTexts> = {
  sun_moon: {
    conjunction:
      'Ta naissance a eu lieu près d’une Nouvelle Lune : ce que tu veux et ce dont tu as besoin pointent généralement dans la même direction. Cela te donne une grande unité d’intention et une nature forte, qui se suffit à elle-même. Il peut toutefois t’être difficile de te voir de l’extérieur. Le regard des autres est le miroir qui complète ton portrait.',
    harmonious:
      'La volonté et la sensibilité coopèrent en toi. Ce que tu entreprends s’accorde en général avec tes besoins affectifs, ce qui te donne une aisance intérieure que les autres trouvent rassurante. La vie de famille et l’expression de toi se soutiennent mutuellement. Cette harmonie est une ressource ; prête-la à ceux qui sont plus divisés intérieurement que toi.',
    challenging:
      'La tête et le cœur ne sont pas toujours d’accord chez toi. Ce que tu vises consciemment peut tirer contre ce dont tu as besoin pour te sentir en sécurité, et tu balances parfois entre l’ambition et le confort, ou entre les deux parents qui ont façonné ton enfance. Ce dialogue intérieur est exigeant mais créatif. Apprendre à honorer les deux côtés te donne une connaissance de toi peu commune.',
  },
  sun_mercury: {
    conjunction:
      'L’esprit et l’identité sont étroitement liés en toi. Tu réfléchis beaucoup à toi-même, tu parles de ce qui compte pour toi, et l’on te connaît peut-être pour tes idées ou ta voix. Tes opinions te semblent très personnelles. Apprendre à entendre une critique de tes idées sans le vivre comme une attaque contre ta personne rend ton intelligence aiguisée encore plus forte.',
    harmonious:
      'La pensée et le projet de vie se soutiennent en toi. Tu sais expliquer clairement ce que tu veux et transformer une idée en plan sans grande friction. Apprendre est facile quand cela sert tes objectifs. Ton seul défi : garder une curiosité aussi large que ta concentration est forte.',
    challenging:
      'Ta pensée court parfois devant ta direction de vie, ou traîne derrière elle. Il peut te sembler que tes mots ne saisissent pas tout à fait qui tu es, ou que ton esprit s’égare loin de ce que tu veux. Cet écart te pousse à questionner sans cesse. Écrire ou parler des choses t’aide à accorder ce que tu penses et ce que tu es.',
  },
  sun_venus: {
    conjunction:
      'Le charme et la chaleur font partie de ton essence. La beauté, l’harmonie et l’affection comptent pour toi, et ta compagnie est souvent recherchée. Les relations et les arts peuvent être au cœur de ton identité. Prends garde à ne pas fuir le conflit à tout prix ; ta grâce est à son sommet quand elle inclut l’honnêteté.',
    harmonious:
      'Le plaisir et le projet de vie se soutiennent dans ton existence. Tu as le don de rendre attrayant ce que tu fais et de savourer ce vers quoi tu travailles. L’aisance sociale te vient naturellement. Sers-toi de ton charme pour bâtir des ponts, et souviens-toi que la vraie harmonie passe parfois par une conversation difficile.',
    challenging:
      'Ce que tu veux et ce que tu aimes peuvent tirer dans des directions opposées. Tu as peut-être l’impression qu’être toi-même menace tes relations, ou que faire plaisir aux autres éteint ta propre lumière. Cette tension t’apprend à te valoriser autant que les autres. Avec le temps, elle donne à ton amour une profondeur que l’affection facile ne connaît pas.',
  },
  sun_mars: {
    conjunction:
      'L’énergie, le courage et l’élan sont tissés dans ton identité. Tu t’affirmes, tu aimes la compétition, tu passes vite à l’action, et tu as sans doute plus d’endurance que la plupart des gens. La colère peut s’embraser vite. Canalisé vers des objectifs qui ont du sens, le sport ou le leadership, ton feu fait de toi une force redoutable et inspirante.',
    harmonious:
      'La volonté et l’action travaillent main dans la main chez toi. Tu sais ce que tu veux et tu as l’énergie d’aller le chercher, généralement sans conflit inutile. Les autres voient en toi quelqu’un de capable et d’assuré. Ton seul défi est de choisir des buts qui en valent la peine, car tu as le pouvoir d’atteindre la plupart de ceux que tu vises.',
    challenging:
      'Explosive n’est pas un mot trop fort pour décrire ton énergie par moments. Une friction peut exister entre qui tu es et ta façon de t’affirmer, d’où de l’impatience, des conflits ou une tendance à forcer. Les défis te font vivre. Apprendre à diriger ton énergie plutôt qu’à réagir avec elle transforme cette tension en une résilience et un courage hors du commun.',
  },
  sun_jupiter: {
    conjunction:
      'L’optimisme et la générosité rayonnent à travers toi. Tu as foi en la vie et en toi-même, et tu attires volontiers les occasions et la bienveillance. Ta vision est vaste. Le seul danger est de viser trop haut ou de promettre plus que tu ne peux tenir ; la sagesse consiste à associer ton grand cœur à un jugement sûr.',
    harmonious:
      'La chance a tendance à suivre tes efforts. Tu as une confiance et une générosité naturelles, et les gens sont heureux de t’aider à grandir. Les maîtres, les voyages et les amis à l’esprit ouvert t’élargissent, et les revers te retiennent rarement longtemps à terre. La gratitude, et l’envie de partager ce que tu reçois, entretiennent cette bonne étoile au fil des années.',
    challenging:
      'Tu oscilles peut-être entre un excès de confiance et le doute, ou tu désires plus que ce qui est raisonnable. L’excès dans l’appétit, les dépenses ou les promesses est un risque. Pourtant, cette tension te pousse aussi à grandir au-delà de tes limites. Apprendre à tempérer ton enthousiasme par la patience transforme ton esprit expansif en réalisations durables.',
  },
  sun_saturn: {
    conjunction:
      'Il y a en toi un noyau sérieux et responsable. La vie t’a peut-être demandé de grandir vite, et tu doutes sans doute de toi plus que tu ne le laisses paraître. La discipline te vient naturellement, et tes réussites sont méritées. Avec le temps, tu découvres que ton autorité est réelle, et que tu as le droit de profiter de ton succès.',
    harmonious:
      'La patience et le sens du but te servent bien. Tu sais avancer avec constance vers des objectifs à long terme et gagner le respect par ta fiabilité. Des mentors et des personnes plus âgées peuvent te soutenir, et le temps a tendance à améliorer ton sort. Ton seul défi est de t’accorder un peu de légèreté en chemin ; tes fondations solides peuvent sans peine supporter un peu de jeu.',
    challenging:
      'Le doute et la pression peuvent assombrir ton sentiment d’identité. Tu as peut-être subi tôt la critique ou les limites imposées par l’autorité, et tu sais te montrer sévère envers toi-même. Cette tension forge une vraie force. Avec le temps et la persévérance, tu deviens l’autorité stable dont tu avais besoin autrefois, et tu apprends à te traiter avec plus de douceur.',
  },
  sun_uranus: {
    conjunction:
      'Tu es là pour être toi-même, et rarement de la manière attendue. L’indépendance, l’originalité et un amour farouche de la liberté te définissent, et l’innovation, la science ou les réformes peuvent t’attirer. Des virages soudains jalonnent ton chemin, souvent bienvenus. Apprendre à garder le lien avec les autres tout en préservant ta liberté permet à ton génie de profiter à d’autres que toi.',
    harmonious:
      'L’originalité te vient facilement. Tu sais introduire des idées neuves et des choix inhabituels dans ta vie sans semer le chaos, et les gens trouvent en général ton indépendance rafraîchissante plutôt que menaçante. Le changement joue souvent en ta faveur. Fais confiance à tes intuitions insolites et à tes pressentiments heureux ; ils ont fréquemment un peu d’avance sur leur temps.',
    challenging:
      'Une tension agitée court entre ton sentiment d’identité stable et une soif de liberté qui peut éclater sans prévenir. Ruptures soudaines, rébellion ou frictions avec l’autorité marquent peut-être ton histoire. En dessous vit un esprit électrique et inventif. Faire des changements en conscience, avant que la pression ne mène à l’explosion, est la clé d’une vie à la fois libre et stable.',
  },
  sun_neptune: {
    conjunction:
      'L’imagination et la sensibilité sont au cœur de qui tu es. L’art, la musique, le cinéma, la spiritualité ou le soin peuvent t’attirer, et tu perçois les courants invisibles d’une pièce ou d’une vie. Ton sentiment d’identité peut être fluide, voire insaisissable. Ancrer tes rêves dans des formes concrètes t’aide à déployer la vision que tu portes en toi.',
    harmonious:
      'L’imagination soutient discrètement ta direction de vie. La compassion, la créativité et l’intuition se glissent facilement dans ce que tu fais, et tu as peut-être des dons artistiques, musicaux ou spirituels que les autres remarquent avant toi. Les gens sentent ta douceur. Donner à ton inspiration un débouché tangible, une pratique, un support, une cause, lui permet de briller au lieu de dériver.',
    challenging:
      'Ton sentiment d’identité peut parfois sembler embrumé. Tu idéalises peut-être les gens, tu t’évades dans le rêve ou tu perds ta propre direction dans les besoins des autres, et la clarté sur ton chemin peut mettre plus de temps à venir que tu ne le voudrais. Pourtant, ce lien te donne aussi une sensibilité rare. Des limites claires et une pratique créative ou spirituelle transforment la confusion en compassion et en vision.',
  },
  sun_pluto: {
    conjunction:
      'L’intensité est ta nature. Tu as une volonté puissante et une capacité de transformation profonde, et tu vis peut-être la vie comme une succession de fins et de renaissances, dont chacune te rend plus toi-même. Les gens sentent ta force même quand tu te tais. Exercé avec honnêteté et attention, ton pouvoir fait de toi un remarquable agent de changement.',
    harmonious:
      'De profondes réserves de force sont à ta disposition quand tu en as besoin. La transformation te vient plus naturellement qu’à la plupart des gens, et tu sais te régénérer après un revers avec une résilience remarquable. Tu comprends comment fonctionne le pouvoir, chez les êtres comme dans les systèmes. Mets cette compréhension au service de la guérison et de l’émancipation, et ton influence peut être profonde.',
    challenging:
      'Des luttes de pouvoir traversent peut-être ton histoire, que ce soit avec des figures d’autorité, des partenaires ou tes propres compulsions. Tu crains peut-être qu’on te contrôle et tu réponds à cette peur par l’intensité ou le secret. Ce lien forge une grande résilience. Affronter honnêtement ta propre ombre, au lieu de la combattre chez les autres, transforme la compulsion en véritable pouvoir personnel.',
  },
  sun_true_node: {
    conjunction:
      'Ton sentiment d’identité est étroitement aligné sur la direction que ta vie est appelée à prendre. Ce que tu exprimes naturellement semble te porter vers ta raison d’être, et tu ressens peut-être un discret sentiment de destinée. Rencontrer les bonnes personnes au bon moment t’arrive souvent. Fais confiance au chemin ; il semble savoir où il va.',
    harmonious:
      'Être toi-même t’ouvre souvent les portes de ta raison d’être. Ton identité soutient ta croissance, et des mentors, des amis ou des rencontres fortuites peuvent t’aider aux moments clés. Les expériences qui te font grandir t’attirent naturellement. Suis tes intérêts sincères, même les plus improbables ; ils mènent quelque part qui a du sens.',
    challenging:
      'Être qui tu es déjà et grandir dans la direction que cherche ton âme peuvent sembler en désaccord. Tu te retrouves peut-être régulièrement face à un choix entre ce qui te vient naturellement et ce qui t’oblige à te dépasser, et l’option familière est toujours tentante. Cette tension est le moteur d’une vraie croissance. Chaque choix conscient te rapproche de ta véritable raison d’être.',
  },
  sun_chiron: {
    conjunction:
      'Ta blessure et ton identité sont entrelacées. Ta différence, un sentiment d’invisibilité ou une blessure ont peut-être façonné la personne que tu es, et pendant longtemps cela a pu sembler le centre de ton histoire. Une fois regardée en face, cette expérience te donne une capacité profonde à aider les autres à guérir. Ton authenticité est ton remède.',
    harmonious:
      'Être toi-même fait partie de ta guérison. Tu sais affronter les vieilles blessures avec courage et une certaine grâce, et tu as peut-être un don naturel pour aider les autres à affronter les leurs. L’enseignement, l’écoute, l’accompagnement ou la création peuvent t’attirer. Avec le temps, ta vie devient un modèle discret de résilience pour ceux qui en ont besoin.',
    challenging:
      'Les vieilles blessures peuvent toucher ton estime de toi à des moments inattendus. Tu as peut-être le sentiment que quelque chose en toi est défectueux, ou qu’être simplement toi-même attire la douleur, alors tu te retiens. Accueillir ce point sensible avec compassion plutôt qu’avec jugement le transforme en sagesse. Ton chemin de guérison devient alors un véritable cadeau pour les autres.',
  },
  sun_asc: {
    conjunction:
      'Ce que tu es et ce que tu montres sont remarquablement unifiés. Le Soleil près de ton Ascendant te donne une présence forte et visible, et les gens perçoivent ton essence presque avant que tu parles. Tu rayonnes de vitalité et de détermination. Ta tâche est de briller pleinement sans écraser les personnes plus discrètes autour de toi, et de les laisser briller à leur tour.',
    harmonious:
      'Qui tu es transparaît facilement dans ta manière d’être. Les gens voient en général ta vraie nature, et il t’est naturel d’agir selon tes intentions sans te demander sans cesse quelle image tu renvoies. Cela te donne assurance et chaleur. Le seul risque est la facilité : continue de chercher des situations qui te demandent de grandir.',
    challenging:
      'Ton allure extérieure et ton moi profond ne concordent pas toujours. Les gens peuvent mal te lire au premier abord, ou tu as l’impression que ta façon de te présenter cache qui tu es vraiment. Avec le temps, cet écart devient une source de connaissance de toi. Accorder les deux, par l’honnêteté et l’expérimentation, te donne une authenticité saisissante.',
  },
  sun_mc: {
    conjunction:
      'Ta place est dans la lumière. Le Soleil près de ton Milieu du Ciel te donne un fort désir de réussite et de reconnaissance, et ta carrière ou ton rôle public peuvent sembler au centre de ton identité. Le leadership te vient naturellement. Laisse ton travail exprimer qui tu es plutôt que de te définir entièrement, et le succès aura vraiment ton visage.',
    harmonious:
      'L’identité et la vocation se soutiennent dans ta vie. Poursuivre des buts qui expriment ta vraie nature te semble naturel, et la reconnaissance tend à suivre l’effort sincère. Les personnes en position d’autorité peuvent te remarquer et t’aider. Reste fidèle à tes propres valeurs à mesure que tu t’élèves, et ta réputation reposera sur quelque chose de réel.',
    challenging:
      'Ton identité et ta carrière peuvent tirer dans des directions différentes. Les attentes publiques ne correspondent pas forcément à qui tu es, ou réussir semble parfois exiger que tu te trahisses. Le foyer et le travail peuvent se disputer ton énergie. Traverser cette tension, c’est ainsi que tu trouves une vocation qui t’exprime vraiment.',
  },
};
