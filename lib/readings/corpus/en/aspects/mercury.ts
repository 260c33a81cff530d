import type { AspectTexts, PairKeysOf } from '../../types';

export const mercury: Record<PairKeysOf<'mercury'>, AspectTexts> = {
  mercury_venus: {
    conjunction:
      'Grace lives in your words. Mercury joined with Venus gives you a pleasant voice, a diplomatic turn of phrase and a feel for language, music or design. You know how to say difficult things kindly. Just be sure that wanting to please never stops you from saying what is true; your charm is strongest when it carries substance.',
    harmonious:
      'Ideas and affection flow easily together in you. You write, speak and flirt with a light, appealing touch, and people enjoy your company because you make conversation feel effortless. Artistic and social talents support each other. Used consciously, this gift can smooth negotiations, heal quarrels and make beautiful things with words.',
    challenging:
      'What you think and what you value do not always line up neatly. You may say yes to keep the peace and then regret it, or find that your taste and your reasoning argue with each other. Relationships teach you to speak more plainly. Over time, honesty becomes the most attractive thing you say.',
  },
  mercury_mars: {
    conjunction:
      'Quick, sharp and a little combative: that is your mind at work. You think fast, speak directly and enjoy a good argument, and you may be drawn to debate, journalism or any work that demands quick decisions. Words can cut when you are angry. Pausing before you reply, just for a breath, turns your sharpness into clarity rather than collateral damage.',
    harmonious:
      'Thought and action work in tandem for you. You decide quickly, argue effectively and can turn an idea into a plan before others have finished discussing it. Your honesty is energising. People appreciate your ability to cut through confusion, and your mental stamina lets you tackle problems that would exhaust others.',
    challenging:
      'Thinking can run hot in you. Impatience, sharp remarks and arguments that escalate faster than you intended may be familiar. There is a fighter in your thinking, and it needs a worthy opponent, a hard problem, a cause, a sport, rather than the people closest to you. Directed well, this tension gives you formidable mental courage.',
  },
  mercury_jupiter: {
    conjunction:
      'You think big. Mercury joined with Jupiter gives you a broad, optimistic and generous mind, a gift for teaching and a love of stories, languages and philosophy. You see connections across whole fields. Details may slip past you in your enthusiasm, so a little proofreading of your grand plans makes them far more persuasive.',
    harmonious:
      'Learning comes naturally and joyfully to you. Your mind is expansive, curious and tolerant, and you have a knack for explaining complex ideas in a way that inspires. Writing, publishing, teaching or travel may bring you luck. Your optimism in thinking helps others believe that solutions exist.',
    challenging:
      'Your mind can promise more than the facts support. You may overstate, over-plan or take on more projects than there are hours, and opinions can harden into convictions too quickly. This is a generous, hungry intellect. Checking the details and listening for the point you might be missing turns it into real wisdom.',
  },
  mercury_saturn: {
    conjunction:
      'Serious, careful and thorough, your mind takes nothing lightly. You may have been slow to speak as a child, or felt your intelligence doubted, and you learned to think before you talk. Depth is your reward. Your words carry weight because you weigh them, and your thinking excels at structure, strategy and anything that needs patience.',
    harmonious:
      'Discipline and clear thinking serve you well. You can concentrate for long periods, plan methodically and communicate with precision, and people trust your judgement. Practical, scientific or organisational work suits your mind. Your realism is a gift; just let a little playfulness in now and then.',
    challenging:
      'Self-doubt may shadow your thinking. You might fear being wrong, speak too cautiously, or hear an inner critic whenever you express an idea. Pessimism can creep into your mental habits. This tension, faced honestly, builds a deep, disciplined mind; over time, your hard-earned knowledge becomes genuine authority.',
  },
  mercury_uranus: {
    conjunction:
      'Electric is the word for your mind. Mercury joined with Uranus brings flashes of brilliance, original ideas and a quick, unconventional way of thinking, and you may be drawn to technology, science or radical ideas. Your thoughts jump ahead. Grounding your insights in practical steps helps others follow where your mind already is.',
    harmonious:
      'Original thinking comes easily to you. You learn fast, grasp new ideas quickly and can see solutions that others miss, and you are likely open-minded and inventive. Technology and innovation may suit you. Your mental agility helps you adapt to change and inspire fresh thinking in others.',
    challenging:
      'Your mind can be restless and impatient. You may jump to conclusions, interrupt, or reject ideas too quickly, and your nervous system may be highly strung. Yet this tension sparks brilliant insights. Learning to slow down enough to communicate them clearly makes your originality effective.',
  },
  mercury_neptune: {
    conjunction:
      'Images, symbols and feelings are the language your mind thinks in. Mercury joined with Neptune brings poetic, intuitive and imaginative thinking, and you may be gifted in music, writing or the arts. Facts can blur. Checking details and keeping your communication clear helps your inspiration land where you intend.',
    harmonious:
      'Imagination enriches everything you think. You can express subtle feelings and half-formed ideas with real sensitivity, and you may have a talent for storytelling, songwriting, translation or words that heal. Your intuition quietly informs your reasoning. This makes you a compassionate, inspired communicator, someone who can say what others only sense.',
    challenging:
      'Your thinking may sometimes become foggy or confused. You can misunderstand or be misunderstood, be swayed by wishful thinking or avoid unpleasant facts. Yet your imagination is vast, and it is worth protecting. Writing things down, checking the details and grounding your intuitions lets your creativity shine without confusion.',
  },
  mercury_pluto: {
    conjunction:
      'Like a searchlight, your mind goes looking for what is hidden. Mercury joined with Pluto gives you penetrating, investigative thinking and a talent for uncovering secrets, and you may be drawn to research, psychology or detective work. Your words carry power. Using them to reveal rather than wound makes you a formidable communicator.',
    harmonious:
      'Depth comes naturally to your thinking. You can focus intensely for long stretches, see through pretence and read the hidden motives of others with uncomfortable accuracy. Research, psychology, investigation and strategy may suit you. Offered with care, your insight helps people face the truth about their lives and begin to change.',
    challenging:
      'Your mind may become obsessive or suspicious. You might fear being manipulated or use words as weapons when threatened, and debates may turn into power struggles. This tension gives you extraordinary mental depth. Directing it toward honest understanding turns it into a source of healing insight.',
  },
  mercury_true_node: {
    conjunction:
      'Mind and destiny are closely linked for you. Learning, communication and the exchange of ideas carry you toward your purpose, and a single conversation may open a door at a key moment. You may be meant to write, teach, translate or connect people. Trust your curiosity, even when it wanders; it tends to lead somewhere important.',
    harmonious:
      'Your way of thinking supports your growth. Ideas, conversations, courses and books help you develop in the direction your soul is seeking, and you may meet important people through your words or your questions. Following your genuine intellectual interests, rather than the ones you think you should have, leads you steadily toward your purpose.',
    challenging:
      'Habitual ways of thinking may be the very thing holding you back. You may over-analyse, argue from old positions, or reach for familiar explanations when your path is asking for something you have not yet understood. Growth comes from curiosity about what you do not know. Opening your mind to unfamiliar perspectives moves you forward.',
  },
  mercury_chiron: {
    conjunction:
      'Words and learning may carry an old wound. Perhaps you were misunderstood, labelled or silenced as a child, and you may still hesitate before speaking your mind. Yet this very experience makes you a gifted listener and a healer through language. Your voice, once you trust it, helps other people find theirs.',
    harmonious:
      "Thinking and talking are part of how you heal. You can talk about painful experiences, your own and other people's, with sensitivity, humour and insight, and you may have a gift for teaching, writing or counselling. Your words have a way of soothing and empowering at once. People often remember something you said years later.",
    challenging:
      'Communication can brush against old wounds. You may feel unheard, fear that your ideas will be dismissed, or replay conversations long after they have ended. Learning difficulties or harsh teachers may be part of the story. Healing comes through trusting your voice and speaking with compassion, not least in the way you talk to yourself.',
  },
  mercury_asc: {
    conjunction:
      'Your mind is on show in how you present yourself. Mercury near your Ascendant makes you alert, articulate and curious, and people notice your quick wit and the questions you ask. You may keep a youthful look and manner. The challenge is to balance talking with listening, so your brightness engages people rather than overwhelms them.',
    harmonious:
      'Thought and personality work well together in you. You communicate easily and come across as intelligent, friendly and interested in others, which makes first meetings go smoothly. Words are one of your best tools for making an impression. Interviews, introductions and conversations with strangers tend to play to your strengths.',
    challenging:
      'Your words and your manner do not always match. You may be misunderstood on first meeting, or feel that your thoughts come out differently from how you meant them, too sharp or too hesitant. Nerves can show in your speech. Practising clear, honest communication gradually closes the gap between what you think and how you sound.',
  },
  mercury_mc: {
    conjunction:
      'Career and mind are closely bound in your chart. Mercury near your Midheaven suggests a working life built around communication, teaching, writing, media or trade, and you may become known for your ideas or your voice. What you say in public shapes your reputation. Keep learning and updating your skills; your career grows along with your thinking.',
    harmonious:
      'Clear thinking is a professional asset for you. Communication skills, quick learning and good ideas help your career flow, and you may find success through writing, teaching, consulting or commerce. You explain your work well to the people who matter. Networking comes naturally, and a good conversation often leads to your next opportunity.',
    challenging:
      'Your ideas may not always fit the career path in front of you. You might struggle to communicate your ambitions, feel your voice goes unheard at work, or change direction several times before finding the right field. Each shift teaches you something. Developing a clear message about what you offer helps your reputation grow.',
  },
};
