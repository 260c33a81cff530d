import type { Sign } from '@/lib/astro/types';

export const neptune: Record<Sign, string> = {
  aries:
    'Le courage, voilà ce que tu vénères en secret. Neptune en Bélier, que tu partages avec tous ceux nés ces années-là, idéalise le héros solitaire et le nouveau départ, et tu ressens peut-être une sorte de frisson spirituel dans les actes audacieux. Attention à ne pas prendre chaque impulsion pour une vocation. Quand tu agis pour quelque chose de plus grand que toi, ton audace porte une forme de grâce.',
  taurus:
    'La beauté du monde physique peut te sembler presque sacrée. Avec ta génération, tu as tendance à idéaliser la nature, l’artisanat, le corps et l’abondance simple, trouvant le sacré dans le pain, la terre et le chant. L’argent et les possessions sont le lieu où se cachent les illusions. Ton attachement à ce qui est réel et durable est un antidote discret à une époque agitée.',
  gemini:
    'Les histoires peuvent t’envoûter, et tu sais envoûter avec elles. Neptune dans ce signe brouille, pour toute ta génération, la frontière entre la réalité et la fiction, et remplit l’esprit d’images, de rumeurs et de poésie. Tu as peut-être un talent naturel de conteur ou de traducteur. Garde une petite dose de doute salutaire envers ce que tu lis et répètes, et ton imagination éclairera au lieu d’égarer.',
  cancer:
    'Quelque part en toi vit le rêve d’un foyer parfait. Ta génération aspire à l’appartenance et idéalise parfois la famille, la patrie ou un passé doré, et tu éprouves une réelle compassion pour quiconque est sans abri. La nostalgie peut adoucir la vérité de ce qui s’est passé. Ton don est de créer, dans le présent, un sanctuaire émotionnel pour toi et pour ceux qui en ont besoin.',
  leo: 'Le romantisme et le glamour jettent un sort sur cette génération, et sur toi. L’amour, l’art et l’éclat de la scène te font rêver, et tu sens que chacun porte en lui une petite étoile. Les héros peuvent te décevoir. La guérison vient quand tu donnes vie, par la création, à ton propre cœur et à ton imagination, au lieu d’attendre que quelqu’un d’autre les incarne.',
  virgo:
    'Ton idéalisme se loge dans le service. Comme ta génération, tu rêves peut-être de guérison, de pureté et d’un monde qui fonctionne enfin, et tu éprouves une satisfaction presque spirituelle à te rendre utile. L’angoisse de l’imperfection peut saper le rêve. La compassion exprimée par des soins concrets, y compris envers ton propre corps et tes journées imparfaites, est le cadeau que tu portes.',
  libra:
    'L’amour parfait, la paix parfaite : tel est le rêve que Neptune tisse dans ta génération. Tu idéalises peut-être les partenaires, l’art et la diplomatie, et tu aspires à un monde où la beauté et l’équité se rencontrent enfin. La désillusion amoureuse peut devenir ton maître. Ce qui reste, c’est une vision adulte de l’amour, qui tient ensemble la grâce et la justice.',
  scorpio:
    'Le mystère t’attire comme une marée. Ta génération est fascinée par ce qui reste caché : l’intimité, la mort, la psychologie, l’occulte, l’interdit. Tu perçois les courants souterrains chez les autres presque sans effort, et le danger est de te perdre dans l’intensité. Vécue avec sagesse, ton empathie pour les zones sombres de l’expérience humaine devient une profonde capacité de guérison.',
  sagittarius:
    'Pour toi et ta génération, le sacré se trouve quelque part au-delà de l’horizon. Les voyages, la foi, la philosophie et la quête d’une vérité plus vaste que n’importe quel credo stimulent ton imagination. La croyance aveugle ou une quête sans fin peuvent remplacer la vraie sagesse. Ton don est un sentiment contagieux que la vie a un sens, et que la recherche elle-même vaut le voyage.',
  capricorn:
    'Ce que tu espères le plus, c’est de l’intégrité dans les structures du monde. Ta génération idéalise parfois l’autorité, les carrières et les institutions, puis se désillusionne quand leurs failles apparaissent. Cette déception est utile. Tu es là pour aider les valeurs spirituelles à prendre une forme concrète et durable : des organisations, des lois et un travail qui servent réellement les gens qui les font vivre.',
  aquarius:
    'L’avenir est ton horizon spirituel. Avec cette génération, tu rêves peut-être d’une technologie et d’une communauté au service d’idéaux humains, et tu te sens proche de l’humanité tout entière. Le piège serait de te détacher des individus réels, avec leurs défauts. Ton don est d’imaginer ce à quoi pourrait ressembler une société plus bienveillante, et d’inviter les autres à la construire avec toi.',
  pisces:
    'Neptune est ici chez lui, et le voile entre les mondes paraît bien mince pour ta génération. La spiritualité, la musique, l’art et le service bienveillant t’attirent peut-être, et tu ressens l’unité de la vie dans des instants ordinaires. Les limites peuvent se dissoudre trop facilement. Ton don est une empathie si vaste qu’elle permet à des inconnus de se sentir compris.',
};
