import type { Sign } from '@/lib/astro/types';

export const saturn: Record<Sign, string> = {
  aries:
    'S’affirmer a pu te sembler risqué très tôt, comme si suivre ton propre élan allait t’attirer des ennuis. Tu oscilles peut-être entre l’hésitation et le passage en force. Avec le temps, tu apprends un courage discipliné : lancer les choses de façon délibérée et les mener à terme. Cette indépendance durement gagnée devient une forme de leadership tranquille et inébranlable.',
  taurus:
    'La sécurité est ton sujet sérieux. Tu as peut-être connu le manque ou craint de ne pas avoir assez, et tu construis donc tes ressources avec soin, lentement. La peur de perdre peut te pousser à t’agripper. La leçon consiste à faire confiance à ta propre valeur, stable et tranquille ; ce que tu crées avec patience devient durable, et tu gagnes peu à peu une vraie stabilité matérielle et affective.',
  gemini:
    'Tu prends l’apprentissage et la communication au sérieux, peut-être parce qu’ils t’ont autrefois paru difficiles. Il t’arrive de douter de ton intelligence ou de craindre de dire ce qu’il ne faut pas. Avec le temps, cela devient de la profondeur : une pensée soigneuse, un langage précis et une expertise bâtie par l’étude. Tes paroles finissent par avoir du poids justement parce que tu les as pesées.',
  cancer:
    'La sécurité émotionnelle n’est peut-être pas venue facilement, et tu as appris à retenir ton besoin qu’on prenne soin de toi. La famille, le foyer et l’appartenance sont pour toi des domaines de responsabilité, parfois de lourdeur. La maturité apporte un cadeau : tu deviens la présence stable et protectrice que tu as autrefois espérée, capable de créer un foyer où les émotions sont en sécurité.',
  leo: 'Te montrer au grand jour peut ressembler pour toi à un examen. Tu doutes peut-être que ta créativité ou ton amour soient bien accueillis, alors tu te retiens ou tu travailles très dur pour obtenir de la reconnaissance. La leçon : t’accorder la permission de briller. Avec le temps, ton expression authentique gagne en dignité, en discipline et en véritable éclat.',
  virgo:
    'Tu t’imposes des exigences élevées dans le travail et la santé. Le perfectionnisme et l’inquiétude peuvent peser sur toi, avec l’impression de ne jamais en faire tout à fait assez. Avec la maturité, tu trouves l’équilibre entre excellence et acceptation de toi. Ton savoir-faire, acquis par la patience et la pratique, devient un vrai service rendu aux autres.',
  libra:
    'C’est dans les relations que tu fais ta croissance la plus sérieuse. Tu abordes peut-être l’engagement avec prudence, tu te sens responsable de préserver la paix ou tu crains le déséquilibre. Saturne est puissant dans ce signe, et tu comprends l’équité en profondeur. Avec le temps, tu bâtis des partenariats mûrs, égalitaires et durables, fondés sur des accords clairs.',
  scorpio:
    'La confiance et l’intimité sont tes maîtres exigeants. Tu protèges peut-être ta vulnérabilité, tu crains de perdre le contrôle ou tu portes un poids émotionnel venu du passé. Affronter ces profondeurs avec honnêteté, voilà ton travail. Tu y gagnes une force émotionnelle remarquable et la capacité d’accompagner les autres dans leurs propres crises.',
  sagittarius:
    'Le sens et les croyances sont pour toi des affaires sérieuses. Tu as peut-être remis en question la foi qu’on t’a transmise, ou senti que tu devais mériter le droit d’avoir une opinion. Avec le temps, tu te forges une philosophie éprouvée par l’expérience, non empruntée. Tes convictions s’ancrent, et ton enseignement fait autorité parce que tu l’as vécu.',
  capricorn:
    'Saturne est ici chez lui, et tu ressens profondément le poids des responsabilités. L’ambition, la discipline et la vision à long terme te viennent naturellement, même si tu te montres parfois sévère avec toi-même et peines à te détendre. Ta force, c’est l’endurance. Comprendre que ta valeur ne se résume pas à tes réussites permet à ton autorité de s’adoucir en sagesse.',
  aquarius:
    'Tu prends au sérieux tes idéaux et ta place dans le groupe. Tu as peut-être l’impression d’être en marge, ou tu balances entre le besoin de t’intégrer et celui de te démarquer. Avec le temps, tu bâtis des structures au service du collectif et deviens une force stable de progrès. Saturne est aussi chez lui dans ce signe, et il prête à ta vision une réelle discipline.',
  pisces:
    'La frontière entre toi et le monde peut te sembler bien mince, et tu crains parfois que les émotions, le chaos ou les besoins des autres ne te submergent. Ton travail consiste à donner une forme à ta compassion et à ton imagination. Avec le temps, tu incarnes une spiritualité les pieds sur terre, capable d’accueillir la souffrance avec calme et de transformer l’inspiration en quelque chose de réel.',
};
