import type { AspectTexts, PairKeysOf } from '../../types';

export const sun: Record<PairKeysOf<'sun'>, AspectTexts> = {
  sun_moon: {
    conjunction:
      "You were born near a New Moon, so what you want and what you need tend to point the same way. This gives you singleness of purpose and a strong, self-contained nature. You may find it hard to see yourself from the outside, though. Other people's perspectives are the mirror that completes your picture.",
    harmonious:
      'Will and feeling cooperate in you. What you set out to do usually sits well with what you need emotionally, which gives you an inner ease that others find reassuring. Family life and self-expression tend to support each other. This harmony is a resource; lend it to people who are more divided inside than you.',
    challenging:
      'Head and heart do not always agree in you. What you aim for consciously can pull against what you need to feel safe, and you may feel torn between ambition and comfort, or between the parents who shaped you. This inner dialogue is demanding but creative. Learning to honour both sides makes you unusually self-aware.',
  },
  sun_mercury: {
    conjunction:
      'Mind and identity are closely linked in you. You think about yourself a lot, talk about what matters to you and may be known for your ideas or your voice. Opinions feel personal. Learning to hear criticism of your thoughts without feeling attacked as a person makes your sharp intelligence even stronger.',
    harmonious:
      'Thought and purpose support each other in you. You can explain what you want clearly and turn ideas into plans without much friction. Learning comes easily when it serves your goals. Your challenge is simply to keep your curiosity as wide as your focus is strong.',
    challenging:
      'Your thinking may sometimes run ahead of, or behind, your sense of purpose. You can feel that your words do not quite capture who you are, or that your mind wanders from what you want. This gap keeps you questioning. Writing or talking things through helps you bring what you think and who you are into line.',
  },
  sun_venus: {
    conjunction:
      'Charm and warmth are part of your core. You value beauty, harmony and affection, and people often find you pleasant and attractive. Relationships and the arts may be central to your identity. Be careful not to avoid conflict at all costs; your grace is strongest when it includes honesty.',
    harmonious:
      'Pleasure and purpose support each other in your life. You have a gift for making what you do attractive and for enjoying what you work toward. Social ease comes naturally. Use your charm to build bridges, and remember that real harmony sometimes needs a difficult conversation.',
    challenging:
      'What you want and what you love can pull in different directions. You may feel that being yourself threatens your relationships, or that pleasing others dims your own light. This tension teaches you to value yourself and others equally. Over time, it gives your love a depth that easy affection lacks.',
  },
  sun_mars: {
    conjunction:
      'Energy, courage and drive are woven into your identity. You are assertive, competitive and ready to act, and you probably have more stamina than most. Anger may flare quickly. Channelled into meaningful goals, sport or leadership, your fire makes you a formidable and inspiring force.',
    harmonious:
      'Will and action work together in you. You know what you want and you have the energy to go after it, usually without unnecessary conflict. People see you as capable and confident. Your challenge is only to choose worthy goals, since you have the power to achieve most of what you aim for.',
    challenging:
      'Explosive is not too strong a word for your energy at times. There may be friction between who you are and how you assert yourself, leading to impatience, conflict or pushing too hard. You thrive on challenge. Learning to direct your drive rather than react with it turns this tension into extraordinary resilience and courage.',
  },
  sun_jupiter: {
    conjunction:
      'Optimism and generosity shine through you. You have faith in life and in yourself, and you tend to attract opportunities and goodwill. Your vision is large. The only danger is overreaching or promising more than you can deliver; wisdom lies in matching your big heart with sound judgement.',
    harmonious:
      'Good fortune tends to follow your efforts. You have a natural confidence and generosity, and people are glad to help you grow. Teachers, travel and open-minded friends broaden you, and setbacks rarely keep you down for long. Gratitude, and a willingness to share what you gain, keep this lucky streak flowing through the years.',
    challenging:
      'You may swing between overconfidence and doubt, or want more than is practical. Excess in appetite, spending or promises is a risk. Yet this tension also pushes you to grow beyond your limits. Learning to measure your enthusiasm with patience turns your expansive spirit into lasting achievement.',
  },
  sun_saturn: {
    conjunction:
      'You have a serious, responsible core. Life may have asked you to grow up early, and you may doubt yourself more than you let on. Discipline comes naturally, and your achievements are earned. With time, you discover that your authority is real, and that you are allowed to enjoy your success.',
    harmonious:
      'Patience and purpose serve you well. You can work steadily toward long-term goals and earn respect through reliability. Mentors and older people may support you, and time tends to improve your fortunes. Your challenge is simply to allow yourself some lightness along the way; your solid foundation can easily bear a little play.',
    challenging:
      'Self-doubt and pressure may shadow your sense of self. You may have felt criticised or limited by authority early on, and you can be hard on yourself. This tension builds strength. Over time, through persistence, you become the steady authority you once needed, and you learn to be kinder to yourself.',
  },
  sun_uranus: {
    conjunction:
      'You are here to be yourself, and rarely in the expected way. Independence, originality and a fierce love of freedom define you, and you may be drawn to innovation, science or reform. Sudden turns mark your path, often welcome ones. Learning to stay connected to people while remaining free lets your brilliance benefit more than just you.',
    harmonious:
      'Originality comes easily to you. You can bring fresh ideas and unusual choices into your life without causing chaos, and people tend to find your independence refreshing rather than threatening. Change often works in your favour. Trust your odd insights and lucky hunches; they are frequently a little ahead of their time.',
    challenging:
      'A restless tension runs between your steady sense of self and a hunger for freedom that can erupt without warning. Sudden breaks, rebellion or friction with authority may mark your story. Underneath lies an electric, inventive spirit. Making changes consciously, before pressure builds to an explosion, is the key to a life that is both free and stable.',
  },
  sun_neptune: {
    conjunction:
      'Imagination and sensitivity sit at the heart of who you are. You may be drawn to art, music, film, spirituality or healing, and you sense the invisible currents of a room or a life. Your sense of self can be fluid, even elusive. Grounding your dreams in practical forms helps you become the visionary you are meant to be.',
    harmonious:
      'Imagination quietly supports your purpose. Compassion, creativity and intuition flow easily into what you do, and you may have artistic, musical or spiritual gifts that others notice before you do. People feel your gentleness. Giving your inspiration a tangible outlet, a practice, a medium, a cause, lets it shine instead of drifting.',
    challenging:
      "Your sense of self can sometimes feel clouded. You may idealise people, escape into fantasy or lose your own direction in other people's needs, and clarity about your path may take longer than you would like. Yet this contact also gives you rare sensitivity. Clear boundaries and a creative or spiritual practice turn confusion into compassion and vision.",
  },
  sun_pluto: {
    conjunction:
      'Intensity is your nature. You have a powerful will and a capacity for deep transformation, and you may experience life as a series of endings and rebirths, each one leaving you more yourself. People sense your strength even when you are silent. Used with honesty and care, your power makes you a remarkable agent of change.',
    harmonious:
      'Deep reserves of strength are available to you when you need them. Transformation comes more naturally to you than to most, and you can regenerate after setbacks with remarkable resilience. You understand how power works, in people and in systems. Use that understanding to heal and empower, and your influence can be profound.',
    challenging:
      'Power struggles may run through your story, whether with authority figures, partners or your own compulsions. You may fear being controlled and answer that fear with intensity or secrecy. This contact forges great resilience. Facing your own shadow honestly, rather than fighting it in others, transforms compulsion into genuine personal power.',
  },
  sun_true_node: {
    conjunction:
      'Your sense of self is closely aligned with the direction your life is meant to take. What you naturally express seems to carry you toward your purpose, and you may feel a quiet sense of destiny. Meeting the right people at the right moment is common for you. Trust the path; it seems to know where it is going.',
    harmonious:
      'Being yourself tends to open doors toward your purpose. Your identity supports your growth, and mentors, friends or chance encounters may help you along at key moments. You are naturally drawn to experiences that develop you. Follow your genuine interests, even the unlikely ones; they lead somewhere meaningful.',
    challenging:
      'Being who you already are and growing in the direction your soul seeks may feel at odds. You may repeatedly face a choice between what comes naturally and what stretches you, and the familiar option is always tempting. This tension is the engine of real growth. Each conscious choice brings you closer to your true purpose.',
  },
  sun_chiron: {
    conjunction:
      'Your wound and your identity are intertwined. You may have felt different, unseen or hurt in a way that shaped who you became, and for a long time it may have felt like the centre of your story. Once faced, that experience gives you a profound capacity to help others heal. Your authenticity is your medicine.',
    harmonious:
      'Being yourself is part of how you heal. You can face old hurts with courage and a certain grace, and you may have a natural gift for helping others face theirs. Teaching, counselling, coaching or creative work may draw you. Over time your life becomes a quiet model of resilience for people who need one.',
    challenging:
      'Old wounds can touch your self-esteem at unexpected moments. You may feel that something in you is flawed, or that simply being yourself invites pain, and so you hold back. Facing this tender place with compassion rather than judgement turns it into wisdom. Your healing journey then becomes a genuine gift to others.',
  },
  sun_asc: {
    conjunction:
      'What you are and how you appear are strikingly unified. The Sun near your Ascendant gives you a strong, visible presence, and people sense your essence almost before you speak. You radiate vitality and purpose. Your task is to shine fully without overwhelming the quieter people around you, and to let them shine back.',
    harmonious:
      'Who you are shows easily in how you come across. People tend to see who you really are, and you find it natural to act on your intentions without second-guessing how you come across. This gives you confidence and warmth. The only risk is complacency, so keep seeking situations that ask you to grow.',
    challenging:
      'Your outer manner and inner self do not always match. People may misread you at first, or you may feel that the way you come across hides who you really are. Over time this gap becomes a source of self-knowledge. Bringing the two into line, through honesty and experiment, gives you a compelling authenticity.',
  },
  sun_mc: {
    conjunction:
      'You are meant to be seen. The Sun near your Midheaven gives you a strong drive for achievement and recognition, and your career or public role may feel central to your identity. Leadership comes naturally. Let your work express who you are rather than define you entirely, and success will feel like yours.',
    harmonious:
      'Identity and vocation support each other in your life. Pursuing goals that express your true self feels natural, and recognition tends to follow sincere effort. People in authority may notice and help you. Stay true to your own values as you rise, and your reputation will rest on something real.',
    challenging:
      'Your identity and your career may pull in different directions. Public expectations may not fit who you are, or achieving may seem to demand that you compromise yourself. Home and work can compete for your energy. Working through this tension is how you find a vocation that truly expresses you.',
  },
};
