import type { Corpus } from '../types';

export const emphasis: Corpus['emphasis'] = {
  elementDominant: {
    fire: 'Le Feu traverse ton thème avec force. Il y a en toi de la chaleur, de l’élan et une vraie promptitude à agir, et tu abordes la vie avec la conviction naturelle que les choses s’arrangent quand on s’y lance. L’enthousiasme est ton carburant, l’inspiration ton cadeau aux autres. Le repos, la patience et le rythme plus lent des autres ne sont pas des obstacles : ce sont eux qui empêchent ton feu de s’épuiser.',
    earth:
      'La Terre domine ton thème et te donne une nature ancrée, pratique et fiable. Tu fais confiance à ce qui est réel, tu construis des choses qui durent et tu comprends mieux que beaucoup le corps, l’argent et le temps. Les autres s’appuient volontiers sur ton bon sens. Autorise-toi à rêver de temps en temps : l’imagination est la graine à partir de laquelle ta patience de bâtisseur peut faire pousser du neuf.',
    air: 'Ton thème est riche en Air : tu vis une grande partie de ta vie à travers les idées, les mots et les liens. Curiosité, sociabilité et capacité à voir une situation sous de multiples angles font de toi quelqu’un qui communique naturellement. Le risque est de penser tes émotions plutôt que de les ressentir. Ancrer tes brillantes idées dans le corps et dans le cœur leur donne pleinement vie.',
    water:
      'L’Eau domine ton thème, ce qui te donne une sensibilité profonde, une intuition fine et une grande réceptivité aux courants invisibles qui circulent autour de toi. Tu gardes la mémoire des vérités émotionnelles et tu devines ce dont les autres ont besoin, d’où ta délicatesse et ta perspicacité. Comme tu absorbes énormément, il te faut des moments de solitude et des limites claires. Ta sensibilité est un don, pas un fardeau, quand tu l’honores avec soin.',
  },
  elementLacking: {
    fire: 'Avec peu de Feu dans ton thème, l’enthousiasme et la spontanéité ne viennent pas toujours d’eux-mêmes, et tu attends parfois une certitude avant d’agir. La confiance en soi peut te sembler un cadeau que d’autres auraient reçu d’office. Les personnalités audacieuses et flamboyantes exercent peut-être sur toi une certaine fascination. De petits actes de courage, posés avant même de t’en sentir capable, allument peu à peu une chaleur et une foi en toi qui finissent par t’appartenir vraiment.',
    earth:
      'Avec peu de Terre dans ton thème, les questions pratiques comme l’argent, les routines, le corps ou les horaires te semblent parfois moins naturelles. Les idées et les émotions viennent facilement ; les rendre concrètes demande un effort. Il se peut que les gens ancrés et raisonnables t’attirent. Des rythmes quotidiens simples et un projet mené à terme à la fois offrent à tes talents un foyer dans le monde matériel.',
    air: 'Avec peu d’Air dans ton thème, prendre du recul pour analyser ou mettre des mots sur ce que tu vis ne va pas de soi ; tu préfères vivre les choses directement. L’objectivité peut t’échapper quand tu es au cœur de l’action. Les personnes éloquentes et détachées t’attirent parfois. Écrire, converser et respirer un instant avant de réagir t’aident à voir plus clairement les motifs qui se dessinent dans ta vie.',
    water:
      'Avec peu d’Eau dans ton thème, les émotions peuvent te sembler un territoire peu familier, voire un peu menaçant, et tu les abordes volontiers de façon pratique ou intellectuelle. On te croit parfois impassible alors qu’en réalité quelque chose te touche. Les êtres intuitifs et émotifs t’attirent peut-être. Te permettre de ressentir sans chercher à réparer, et nommer tes émotions à voix haute, approfondit énormément tes relations.',
  },
  modalityDominant: {
    cardinal:
      'Les signes cardinaux mènent la danse dans ton thème, ce qui fait de toi quelqu’un qui lance les choses. Tu vois ce qui doit commencer et tu t’y mets, souvent en prenant les commandes avant que quiconque ait bougé. Les défis te donnent de l’énergie. Ta leçon, c’est la persévérance : le premier pas est facile, mais la vraie récompense vient quand tu restes fidèle à un projet, et à une personne, une fois l’excitation du début retombée.',
    fixed:
      'Ton thème penche vers les signes fixes, ce qui te donne de la persévérance, de la loyauté et une endurance remarquable. Une fois que tu t’engages, tu vas jusqu’au bout là où d’autres abandonneraient. Les gens comptent sur ta constance. L’ombre, c’est la résistance au changement : quand la vie te demande de lâcher prise ou de t’adapter, souviens-toi que la souplesse peut protéger ce que tu aimes au lieu de le trahir.',
    mutable:
      'Les signes mutables dominent ton thème et te donnent de la souplesse, une curiosité tous azimuts et une belle ouverture au changement. Tu passes avec aisance d’un rôle, d’une idée ou d’une situation à l’autre, et tu sers souvent de pont entre les gens. S’engager peut être ton vrai défi. Choisir quelques fidélités et t’y tenir, même quand la nouveauté te fait signe, transforme ta polyvalence en réalisation durable.',
  },
  hemisphere: {
    north:
      'La plupart de tes planètes se trouvent sous l’horizon, dans la moitié intime du thème. Ta vie se façonne surtout de l’intérieur vers l’extérieur : l’expérience personnelle, la famille, le développement intérieur et ce qui n’a de valeur que pour toi. Tu ne cherches pas forcément la lumière des projecteurs, et ce n’est en rien une faiblesse. Ta force grandit dans l’intimité et se révèle avec le temps.',
    south:
      'La plupart de tes planètes se trouvent au-dessus de l’horizon, dans la moitié publique du thème. Ton regard se tourne vers le monde : la carrière, la société, les relations et les grands courants de ton époque. La reconnaissance et la contribution comptent pour toi. Pense à prendre soin de ta vie privée aussi, pour que tes réussites extérieures reposent sur des fondations intérieures bien nourries.',
    east: 'Les planètes se regroupent à l’est de ton thème, du côté de l’Ascendant. Tu as tendance à forger ton propre destin, à agir selon tes choix plutôt qu’à attendre les autres. L’indépendance et l’autonomie te viennent naturellement. Ta leçon : la collaboration peut démultiplier ce que tu accomplis par toi-même, et accepter de l’aide est aussi une force.',
    west: 'Les planètes se regroupent à l’ouest de ton thème, du côté du Descendant. Ta vie se déploie largement à travers les autres : les relations, les partenariats et les occasions qu’on t’apporte. Tu sais répondre aux autres et coopérer. Ta croissance passe par la confiance en ta propre initiative, autant qu’en ton talent pour travailler avec autrui.',
  },
  retrograde: {
    mercury:
      'Mercure était rétrograde à ta naissance, ce qui te donne souvent un esprit réfléchi et original, qui revient sur les idées jusqu’à les faire vraiment siennes. Tu penses peut-être avant de parler, ou tes pensées sont plus claires par écrit qu’à l’oral. Les autres ne suivent pas toujours ta logique du premier coup. Fais confiance à ton cheminement intérieur : il aboutit souvent à des conclusions qui échappent aux autres.',
    venus:
      'Vénus était rétrograde à ta naissance, ce qui tourne tes valeurs et tes affections vers l’intérieur. Tu arrives peut-être à l’amour et à l’estime de toi par un chemin plus lent ou plus singulier, en questionnant ce que d’autres tiennent pour acquis en matière de beauté et de relations. Tes goûts ont sans doute quelque chose de très personnel. Avec le temps, tu développes une compréhension profonde et intime de ce qui compte vraiment pour toi.',
    mars: 'Mars était rétrograde à ta naissance : ton énergie se tourne donc vers l’intérieur avant de s’exprimer au-dehors. Tu hésites peut-être à t’affirmer de front, ou ta colère met du temps à faire surface. Pourtant, ton énergie a une grande profondeur. Quand tu agis par conviction intime plutôt que sous la pression extérieure, ta force devient redoutable et durable.',
  },
};
