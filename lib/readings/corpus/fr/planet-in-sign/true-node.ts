import type { Sign } from '@/lib/astro/types';

export const trueNode: Record<Sign, string> = {
  aries:
    'Ton Nœud Nord t’invite à devenir davantage un individu. Avec le Nœud Sud en Balance, tu sais sans doute très bien t’adapter aux autres, mais te mettre en premier te met profondément mal à l’aise. La croissance passe par de petits actes d’affirmation : exprimer une préférence, lancer quelque chose sans personne, supporter le mécontentement de quelqu’un. Plus tu fais confiance à ton propre élan, plus tes relations deviennent vivantes et équilibrées.',
  taurus:
    'Avec le Nœud Nord en Taureau, ton chemin mène vers la simplicité, la patience et l’estime de toi. Le Nœud Sud en Scorpion ne connaît que trop bien les crises, l’intensité et les ressources des autres, et le drame peut t’attirer alors même qu’il t’épuise. Bâtir quelque chose de stable qui t’appartient, savourer le corps et apprécier le calme n’a rien d’ennuyeux ; c’est ton remède.',
  gemini:
    'La curiosité est la route qui s’ouvre devant toi. Ton Nœud Nord en Gémeaux t’invite à poser des questions, à écouter d’autres points de vue et à apprécier de ne pas savoir, alors que le Nœud Sud en Sagittaire peut s’accrocher aux grandes certitudes et aux réponses toutes faites. Chaque fois que tu gardes l’esprit ouvert dans la conversation au lieu de prêcher, tu apprends quelque chose qui change ta vie.',
  cancer:
    'Ta croissance passe par la tendresse. Avec le Nœud Nord en Cancer et le Nœud Sud en Capricorne, tu te replies volontiers sur le contrôle, la réussite et le rôle de la personne responsable. L’invitation de ton âme : laisser entrer les émotions, créer un vrai foyer et t’autoriser à avoir besoin des autres. C’est la vulnérabilité, et non une réussite de plus, qui te comble.',
  leo: 'Le Nœud Nord en Lion t’appelle à entrer dans la lumière. Avec le Nœud Sud en Verseau, tu as peut-être tendance à te cacher dans le groupe, à garder une distance détachée ou à défendre des causes plutôt que ton propre cœur. Ta destinée passe par la création, le jeu, l’amour vécu ouvertement et le fait de te laisser voir comme un être unique et chaleureux.',
  virgo:
    'Le service concret est ta voie d’avenir. Avec le Nœud Nord en Vierge et le Nœud Sud en Poissons, tu peux dériver vers le rêve, la fuite ou un sacrifice sans structure. La croissance vient des routines quotidiennes, des compétences utiles et du soin apporté à ton corps. Quand ta compassion trouve une méthode, tu découvres une forme d’accomplissement profonde et stable.',
  libra:
    'C’est dans le partenariat que tu grandis. Le Nœud Nord en Balance te demande de coopérer, de faire des compromis et de considérer le point de vue de l’autre, alors que le Nœud Sud en Bélier a l’habitude de faire cavalier seul et de mener ses propres combats. Comprendre qu’avoir besoin des autres n’est pas une faiblesse t’ouvre un monde de liens véritables et de force partagée.',
  scorpio:
    'La profondeur et la transformation t’appellent. Avec le Nœud Nord en Scorpion, ton âme s’éloigne du confort, des possessions et de la résistance au changement propres au Nœud Sud en Taureau. La croissance passe par l’intimité, les ressources partagées et la confrontation avec les vérités émotionnelles. Lâcher ce qui est seulement rassurant te fait découvrir une sécurité bien plus profonde.',
  sagittarius:
    'Le sens est ton étoile du Nord. Avec le Nœud Nord en Sagittaire, la vie t’invite à faire confiance à ton intuition, à chercher la sagesse et à embrasser la vue d’ensemble, alors que le Nœud Sud en Gémeaux peut se perdre dans les détails, les bavardages et les hésitations. Suivre une vision, même avant d’avoir réuni tous les faits, te fait vibrer pleinement.',
  capricorn:
    'La responsabilité et la direction sont ta voie. Avec le Nœud Nord en Capricorne et le Nœud Sud en Cancer, tu t’accroches peut-être à la famille, aux humeurs ou au confort d’une prise en charge. La croissance passe par des objectifs clairs, un rôle public à construire et la prise en main de ta vie. Ce faisant, tu deviens la présence solide que tu cherchais autrefois chez les autres.',
  aquarius:
    'Ton chemin mène vers la communauté et vers une vision plus vaste que toi. Avec le Nœud Nord en Verseau, tu t’éloignes du besoin de reconnaissance personnelle et de drame du Nœud Sud en Lion. L’amitié, le travail collectif et les idéaux partagés te comblent. Ton individualité s’épanouit le plus quand elle sert quelque chose de plus grand que ta propre histoire.',
  pisces:
    'L’abandon et la compassion sont ta voie de croissance. Le Nœud Nord en Poissons t’invite à faire confiance, à imaginer et à lâcher prise, alors que le Nœud Sud en Vierge peut s’accrocher à l’analyse, au contrôle et au perfectionnisme. Apprendre à te reposer dans l’inconnu, à créer et à servir avec le cœur plutôt que par devoir ouvre ta vie spirituelle.',
};
