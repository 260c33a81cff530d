import type { AspectTexts, PairKeysOf } from '../../types';

export const saturn: Record<PairKeysOf<'saturn'>, AspectTexts> = {
  saturn_uranus: {
    conjunction:
      'La tradition et la révolution cohabitent en toi. Saturne conjoint à Uranus, un lien que tu partages avec ceux nés les mêmes années, te donne la capacité de réformer les structures de l’intérieur, en alliant discipline et originalité. Tu balances peut-être entre sécurité et liberté. Ton don est de bâtir des formes nouvelles qui durent vraiment.',
    harmonious:
      'La structure et l’innovation coopèrent dans ta vie. Tu sais introduire le changement de manière pratique et durable, et tu as le chic pour moderniser les systèmes sans détruire ce qui fonctionne. On fait confiance à tes idées progressistes parce qu’elles sont ancrées dans le réel. Cela fait de toi une force de réforme discrète et efficace dans toute institution que tu rejoins.',
    challenging:
      'L’ancien et le nouveau peuvent tirer fort l’un contre l’autre en toi. Tu oscilles peut-être entre t’accrocher à la sécurité et t’en libérer brusquement, ou tu te heurtes à l’autorité pour le droit de vivre à ta façon. Des tensions entre générations résonnent peut-être dans ta famille. Apprendre à changer à un rythme régulier te permet d’honorer à la fois la stabilité et la liberté.',
  },
  saturn_neptune: {
    conjunction:
      'Le rêve et la réalité se rencontrent en toi. Saturne conjoint à Neptune, un lien que tu partages avec beaucoup de personnes nées à ton époque, te demande de donner forme aux idéaux, de transformer la vision en quelque chose de solide. Tu te débats peut-être avec la désillusion. Ton don est la patience de bâtir une œuvre spirituelle ou artistique qui dure, bien après que l’inspiration première s’est éteinte.',
    harmonious:
      'La vision et la discipline se soutiennent dans ta vie. Tu sais rendre pratiques des idées pleines d’imagination et faire entrer la compassion dans des structures comme les institutions, la santé ou les arts. Tu rêves et tu bâtis à la fois. Cette combinaison rare permet à tes idéaux de prendre une forme durable sans perdre leur âme.',
    challenging:
      'La réalité et les idéaux peuvent sembler en conflit. Il t’arrive de connaître la désillusion, d’osciller entre cynisme et évasion, ou de peiner à concrétiser tes rêves, et certaines peurs restent vagues mais tenaces. Ce lien t’enseigne une foi patiente. Ancrer ta spiritualité dans une pratique quotidienne t’apporte à la fois la paix et la réalisation.',
  },
  saturn_pluto: {
    conjunction:
      'L’endurance et le pouvoir sont entrelacés en toi. Saturne conjoint à Pluton, partagé avec ta génération, te donne une capacité extraordinaire à persévérer dans l’adversité et à reconstruire à partir des fondations. La vie peut te mettre sérieusement à l’épreuve. Ce qui, en toi, survit à ces épreuves est indestructible, et les autres finissent par compter sur cette force.',
    harmonious:
      'Tu as une grande endurance et une profondeur stratégique. Tu comprends comment fonctionnent le pouvoir et les structures, et tu sais transformer les systèmes avec patience et efficacité. Les crises ne te brisent pas ; elles révèlent plutôt ce qui te constitue. Ta résilience et ton autorité tranquille font de toi une force stabilisatrice quand les autres cèdent à la panique.',
    challenging:
      'La pression et le contrôle sont peut-être des thèmes récurrents. Tu affrontes peut-être de lourdes responsabilités, des luttes de pouvoir avec des institutions ou une peur profonde de perdre le contrôle, et des périodes d’épreuves collectives ont pu façonner ta vision du monde. Ce lien forge une force immense. Affronter les limites avec courage, au lieu de serrer davantage ton emprise, transforme lentement la peur en maîtrise.',
  },
  saturn_true_node: {
    conjunction:
      'La responsabilité est au centre de ton chemin de vie. Saturne près du Nœud Nord suggère que ta croissance passe par la discipline, la maturité et de vrais engagements, peut-être plus tôt que pour d’autres. La route est peut-être lente, mais elle est solide. Chaque pas que tu gagnes te rapproche de ta raison d’être.',
    harmonious:
      'La structure soutient ta croissance. Les mentors, les engagements et l’effort régulier t’aident à avancer dans la direction que cherche ton âme, et tu construis ton chemin sur un sol ferme. La patience te réussit. Les projets au long cours, les études sérieuses ou les rôles à responsabilité deviennent autant de marches vers une vie qui a du sens.',
    challenging:
      'La peur ou d’anciens devoirs peuvent freiner ta croissance. Tu t’accroches peut-être aux responsabilités ou à la sécurité quand ton chemin te demande de risquer quelque chose de neuf. Comprendre que la maturité inclut la prise de risque, et que tous les devoirs ne sont pas à toi de les porter, t’aide à avancer vers ce pour quoi tu es vraiment ici.',
  },
  saturn_chiron: {
    conjunction:
      'Ta blessure est liée à l’autorité, à la responsabilité ou à la limitation. Saturne conjoint à Chiron peut refléter des épreuves précoces ou un critique intérieur sévère. Avec le temps, tu transformes ces expériences en une force disciplinée et bienveillante, et tu peux devenir un repère pour ceux qui traversent des épreuves semblables.',
    harmonious:
      'La discipline soutient ta guérison. Tu sais affronter la douleur avec patience et méthode, et tu as peut-être un don pour accompagner les autres dans les longues convalescences. Ta maturité est en elle-même réparatrice : elle offre une main ferme à quiconque doit reconstruire sa vie lentement mais sûrement.',
    challenging:
      'Les limites et les blessures peuvent sembler inextricablement mêlées. Une vieille douleur te freine peut-être, ou tu crains, au fond, de ne pas être à la hauteur. Accepter tes limites avec compassion, au lieu de te punir à cause d’elles, marque le tournant. Ton endurance devient alors une source de sagesse, et les autres puisent de la force dans ton exemple.',
  },
  saturn_asc: {
    conjunction:
      'Le sérieux marque ta présence. Saturne près de l’Ascendant te donne de la réserve, le sens des responsabilités et souvent des manières plus mûres que ton âge, et tu as peut-être affronté tôt des difficultés. On respecte ta constance. Avec le temps, tu gagnes en légèreté et en assurance, et ton autorité tranquille devient un vrai atout.',
    harmonious:
      'La fiabilité et la maturité transparaissent dans ta manière d’être. On te fait confiance, on voit en toi une personne compétente, et tu abordes la vie avec patience et réalisme. Cette présence stable ouvre des portes avec le temps, surtout auprès des aînés et des institutions. Il est fort possible que tu gagnes en détente et en fantaisie au fil des années, et non l’inverse.',
    challenging:
      'Te présenter aux autres peut s’accompagner de gêne ou de blocages. Des critiques ou des responsabilités précoces t’ont peut-être appris à rester sur tes gardes. Avec le temps et l’acceptation de toi, tu apprends à te présenter avec dignité et aisance, et le sérieux qui pesait autrefois comme un fardeau devient une gravité tranquille.',
  },
  saturn_mc: {
    conjunction:
      'La carrière et la réussite comptent profondément pour toi. Saturne près du Milieu du Ciel apporte une forte aspiration à l’autorité et au succès à long terme, même si le chemin peut être lent et exigeant. Tu mérites chacune des positions que tu occupes, et les raccourcis te réussissent rarement. Ta réputation, une fois bâtie, est solide et durable, et tu atteindras peut-être ton apogée plus tard que tes pairs.',
    harmonious:
      'La discipline soutient ta carrière. Tu construis ta vie professionnelle pas à pas, tu gagnes le respect par ta fiabilité et tu assumes des responsabilités sans faire d’histoires. La patience te récompense bien plus que la chance. Ta vision à long terme t’aide à atteindre des positions durables de confiance et d’autorité, et tu as tendance à les garder une fois atteintes.',
    challenging:
      'Ta progression professionnelle peut sembler lente, bloquée ou alourdie par le devoir. Tu rencontres peut-être des obstacles venant de personnes en position d’autorité, une peur de l’échec ou des responsabilités arrivées trop tôt. Cette tension construit une vraie force. La persévérance, l’intégrité et la volonté de recommencer après les revers finissent par apporter une réussite durable et bien méritée.',
  },
};
