import type { Sign } from '@/lib/astro/types';

export const uranus: Record<Sign, string> = {
  aries:
    'Défricher en ouvrant la marche, voilà la marque de ta génération. Uranus en Bélier glisse dans ta nature une veine inquiète et pionnière : une disposition à tout recommencer, à rejeter ce qui sent le renfermé et à agir sur une conviction soudaine. Sur le plan personnel, c’est peut-être quand tu fais ce que personne n’a encore fait que tu te sens le plus en vie. C’est en entretenant ces étincelles que commence ta véritable innovation.',
  taurus:
    'Uranus, dans ce signe de terre, demande à ta génération de repenser la valeur : l’argent, la terre et la place du corps dans un monde qui change. Chez toi, cela prend la forme d’une originalité obstinée : tu changes lentement, mais quand tu changes, c’est entièrement. Des bouleversements inattendus autour de la sécurité peuvent t’apprendre que la stabilité se réinvente, et pas seulement qu’elle se défend.',
  gemini:
    'Ta génération recâble la manière dont les gens parlent, apprennent et se relient. Pour toi, Uranus dans ce signe apporte un esprit vif et inventif qui se régale d’informations nouvelles et de liens inattendus entre les idées. Les intuitions soudaines te viennent en pleine conversation. Donne-leur un endroit où atterrir, un carnet, un projet, pour que ton brio ne se disperse pas simplement au vent.',
  cancer:
    'Le foyer et la famille se réinventent à travers les personnes nées en même temps que toi. Tu as peut-être grandi au milieu de structures familiales en mutation, et tu portes l’instinct de créer de l’appartenance sous des formes nouvelles. La liberté affective compte autant pour toi que la sécurité affective. Ton défi est d’honorer les deux, en créant un foyer assez stable pour s’y reposer et assez ouvert pour y respirer.',
  leo: 'Le droit de s’exprimer n’est pas négociable pour cette génération. Uranus dans ce signe te donne une veine créative rebelle et le refus d’être quelqu’un d’autre que toi-même. L’art insolite, les amours hors normes ou les façons de jouer peu communes peuvent t’attirer. La liberté d’expression est ta cause ; veille à ce qu’elle laisse aussi aux autres la place de briller autrement.',
  virgo:
    'À tes yeux, comme à ceux de tes contemporains, le travail, la santé et les systèmes du quotidien sont mûrs pour une révolution. Les méthodes nouvelles, la technologie ou les approches alternatives du bien-être t’attirent volontiers, et tu as un œil inventif pour réparer ce qui ne fonctionne pas. L’impatience face à la routine est typique. Canalise-la pour améliorer les processus plutôt que les abandonner, et tes réformes dureront.',
  libra:
    'Pour toi et ta génération, les règles du couple sont faites pour être réécrites. Tu tiens à l’égalité, à la liberté et à des formes nouvelles de partenariat, et les arrangements conventionnels qui enferment peuvent te hérisser. Rencontres et séparations soudaines peuvent ponctuer ta vie. Le cadeau, c’est une vision de l’amour et de la justice fondée sur le respect mutuel plutôt que sur l’obligation.',
  scorpio:
    'Sous le regard de ta génération, les tabous autour du sexe, de la mort, du pouvoir et de l’argent se fissurent. Tu portes l’instinct de dévoiler les vérités cachées et de renverser ce qui a pourri en secret. Les bouleversements émotionnels soudains peuvent devenir les catalyseurs d’un renouveau profond. Ton pouvoir consiste à transformer l’intensité en lucidité, une lucidité qui libère au lieu d’effrayer.',
  sagittarius:
    'La liberté de croyance et une vision planétaire animent les personnes nées avec toi. Les voyages, les philosophies peu communes ou la remise en question de chaque orthodoxie héritée peuvent t’attirer. Une révélation soudaine est capable de changer ta vision du monde du jour au lendemain. Ton don est d’aider les autres à voir que la vérité dépasse n’importe quelle tradition.',
  capricorn:
    'Ta génération réforme les institutions de l’intérieur. Tu respectes peut-être les structures tout en éprouvant le besoin de les rénover, mêlant l’ambition au désir d’un vrai changement. Des virages inattendus dans ta carrière ou face à l’autorité peuvent marquer ton chemin. Tu donnes le meilleur de toi en bâtissant des systèmes nouveaux, à la fois pratiques et progressistes.',
  aquarius:
    'Uranus est ici chez lui, et ta génération est câblée pour les réseaux, la technologie et le changement collectif. Tu as une forte veine d’indépendance et un sens naturel de l’avenir. Te fondre dans l’ordinaire n’a peut-être jamais été confortable. Ta contribution consiste à imaginer de nouvelles communautés et à aider à les construire.',
  pisces:
    'Les vieilles frontières se dissolvent à travers l’imagination et la compassion de ta génération. Des formes nouvelles d’art, de spiritualité ou de soin peuvent t’appeler, et tu perçois avec intensité les humeurs collectives. Des intuitions soudaines te guident. Ancrer tes visions dans la pratique les empêche de glisser vers la fuite et leur permet de devenir un vrai cadeau pour les autres.',
};
