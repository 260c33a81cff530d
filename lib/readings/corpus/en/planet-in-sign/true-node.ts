import type { Sign } from '@/lib/astro/types';

export const trueNode: Record<Sign, string> = {
  aries:
    "Your North Node asks you to become more of an individual. With the South Node in Libra, you may be skilled at accommodating others and deeply uncomfortable putting yourself first. Growth comes through small acts of self-assertion: stating a preference, starting something alone, tolerating someone's displeasure. The more you trust your own impulse, the more alive and balanced your relationships become.",
  taurus:
    "With the North Node in Taurus, your path leads toward simplicity, patience and self-worth. The Scorpio South Node knows crisis, intensity and other people's resources all too well, and you may be drawn to drama even as it exhausts you. Building something steady of your own, enjoying the body and valuing calm are not dull; they are your medicine.",
  gemini:
    'Curiosity is the road ahead for you. Your North Node in Gemini invites you to ask questions, listen to other views and enjoy not knowing, while the Sagittarius South Node can cling to big certainties and ready answers. Each time you stay open in conversation rather than preaching, you learn something that changes your life.',
  cancer:
    "Your growth lies in tenderness. With the North Node in Cancer and the South Node in Capricorn, you may default to control, achievement and being the responsible one. The soul's invitation is to let feelings in, create a real home and allow yourself to need people. Vulnerability, not another accomplishment, is what fulfils you.",
  leo: 'The North Node in Leo calls you to step into the light. With the South Node in Aquarius, you may hide in the group, stay cool and detached, or champion causes rather than your own heart. Your destiny involves creating, playing, loving openly and letting yourself be seen as a unique, warm individual.',
  virgo:
    'Practical service is your path forward. With the North Node in Virgo and the South Node in Pisces, you may drift into dreams, escape or sacrifice without structure. Growth comes through daily routines, useful skills and caring for your body. When your compassion gets a method, you discover a deep and steady kind of fulfilment.',
  libra:
    "Partnership is where you grow. The North Node in Libra asks you to cooperate, compromise and consider the other person's view, while the Aries South Node is used to going it alone and fighting its own battles. Learning that needing others is not weakness opens a world of real connection and shared strength.",
  scorpio:
    "Depth and transformation call you. With the North Node in Scorpio, your soul moves away from the Taurus South Node's comfort, possessions and resistance to change. Growth comes through intimacy, shared resources and facing emotional truths. Letting go of what is merely safe lets you discover a far deeper kind of security.",
  sagittarius:
    'Meaning is your North Star. With the North Node in Sagittarius, you are invited to trust your intuition, seek wisdom and embrace the big picture, while the Gemini South Node can get lost in details, gossip and second-guessing. Following a vision, even before all the facts are in, brings you alive.',
  capricorn:
    'Responsibility and direction are your path. With the North Node in Capricorn and the South Node in Cancer, you may cling to family, moods or the safety of being looked after. Growth comes through setting goals, building a public role and taking charge of your life. In doing so, you become the steady presence you once sought in others.',
  aquarius:
    "Your path leads toward community and a vision larger than yourself. With the North Node in Aquarius, you move away from the Leo South Node's need for personal recognition and drama. Friendship, group work and shared ideals fulfil you. Your individuality flourishes most when it serves something bigger than your own story.",
  pisces:
    'Surrender and compassion are your growth. The North Node in Pisces invites you to trust, imagine and let go, while the Virgo South Node may cling to analysis, control and perfectionism. Learning to rest in the unknown, to create and to serve from the heart rather than duty opens your spiritual life.',
};
