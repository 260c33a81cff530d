import type { AspectTexts, PairKeysOf } from '../../types';

export const mars: Record<PairKeysOf<'mars'>, AspectTexts> = {
  mars_jupiter: {
    conjunction:
      'Big, bold and enthusiastic, your energy rarely holds back. Mars joined with Jupiter gives you the confidence to take on large challenges, a love of adventure and a generous fighting spirit, often on behalf of others. You rarely do anything by halves. Pacing yourself, and checking the size of the risk before you leap, keeps your daring from tipping into recklessness.',
    harmonious:
      'Courage and good judgement tend to work together in you. You act with confidence, take sensible risks and often seem to be in the right place at the right moment. Sport, travel, enterprise or crusading work may all suit you. Your enthusiasm is contagious, and people gladly follow when you lead the charge.',
    challenging:
      'Your drive can outrun your sense of proportion. You may overcommit, take risks that do not pay or push your beliefs harder than the moment deserves. Restlessness is familiar. This is a great engine that needs a steering wheel: aim it at one worthwhile goal at a time and it can carry you remarkably far.',
  },
  mars_saturn: {
    conjunction:
      'Drive and discipline are fused in you. You can work with extraordinary endurance and control, though you may also feel as if you are driving with the brakes on, frustrated by delays or your own caution. Anger may be held in too long. Learning to act steadily, neither forcing nor freezing, gives you the strength of a master craftsman.',
    harmonious:
      'Disciplined, purposeful energy is one of your quiet strengths. You can sustain effort over long periods, plan your moves carefully and achieve goals that require patience. People trust your reliability under pressure. Competitive situations, physical training and long projects bring out the best in you, because you know how to pace yourself.',
    challenging:
      'Action and restraint often collide in you. You may swing between pushing too hard and feeling blocked, or struggle with authority figures who seem to stand in your way. Frustration can turn into resentment if it is never expressed. Patient, steady effort, and anger spoken cleanly and early, turn this tension into formidable resilience.',
  },
  mars_uranus: {
    conjunction:
      'Energy arrives in bursts for you. Mars joined with Uranus gives you an independent, inventive and sometimes rebellious drive, and you may act suddenly on impulse or conviction. Routine frustrates you and restrictions provoke you. Channelled into innovation, sport or causes you believe in, this electric force can break through barriers others assume are permanent.',
    harmonious:
      'Original action comes naturally to you. You adapt quickly, take initiative in new situations and find inventive solutions under pressure, so emergencies often bring out your best. Technology, adventure or reform may appeal. Your courage to do things differently inspires people who have been waiting for permission to change.',
    challenging:
      'Impatience and restlessness can flare suddenly. You may resist control, act rashly or feel tension that needs release before it snaps, and accidents are more likely when you rush. Yet this contact also gives remarkable courage and inventiveness. Finding regular, healthy outlets for the charge keeps your energy exciting rather than explosive.',
  },
  mars_neptune: {
    conjunction:
      'Ideals are what set your energy flowing. Mars joined with Neptune gives you a drive inspired by compassion, art or spirituality, and you may act most powerfully on behalf of others. Direct aggression is uncomfortable. When your actions serve a vision, your energy becomes graceful and surprisingly powerful, like a current under calm water.',
    harmonious:
      'Inspiration and action support each other in you. You can move with intuition and grace, and you may have talents in dance, film, music or healing work. Your drive is gentle but effective. Acting on behalf of your ideals gives you energy, and you are at your best when your work serves something beyond yourself.',
    challenging:
      "Your drive can dissolve into confusion or fatigue. You may feel unsure what you want, avoid direct confrontation or find your energy leaking away through other people's demands. Deceiving or being deceived is possible. Clear goals, good rest and a cause you truly believe in bring your willpower back into focus.",
  },
  mars_pluto: {
    conjunction:
      'Formidable is the word for your will. Mars joined with Pluto gives you enormous drive, stamina and the capacity to transform any situation you commit to, and you may face intense challenges that test your power. Anger can run deep. Directed consciously toward constructive goals, your strength can move mountains and rebuild what others consider lost.',
    harmonious:
      'You have access to deep reserves of energy and resolve. When something matters, you commit completely and rarely give up, and you work well under pressure or in crisis. Your strength helps others feel safe. Used with integrity, this power lets you achieve what others believe impossible.',
    challenging:
      'Power struggles can surface whenever your will is blocked. You may meet forceful people, feel compelled to win at all costs or carry anger that smoulders for a long time. This aspect asks you to master your intensity rather than be driven by it. Once you do, your power becomes extraordinary and life-giving.',
  },
  mars_true_node: {
    conjunction:
      'Action is the key to your path. Mars near the North Node gives you courage and drive that carry you toward your purpose, and your growth may involve learning to assert yourself or to lead. You may meet people who spur you on. Taking bold steps, even before you feel ready, opens your destiny.',
    harmonious:
      'Energy and direction work together in your life. Taking initiative and acting decisively help you move in the direction your soul seeks, and others may admire your courage. Physical activity, competition or pioneering work can become part of your path. Trust your drive; it knows where to go.',
    challenging:
      "Old habits of fighting or reacting may hold back your growth. You may rely on force when your path asks for patience, or hold back when it asks for courage. Learning when and how to act, and for what, is part of your soul's work. Each conscious choice clears the way.",
  },
  mars_chiron: {
    conjunction:
      'Your wound touches your drive and your right to assert yourself. You may have been punished for anger or felt powerless as a child, and may still struggle to stand up for yourself, or fight too hard when triggered. Healing comes through learning healthy courage, and you may help others find their strength.',
    harmonious:
      'Action becomes part of your healing. You can act with courage on behalf of yourself and others, and you may have a gift for physical or active forms of healing, coaching or advocacy. Facing your wounds head-on gives you real strength, and it shows others that vulnerability and bravery can live together.',
    challenging:
      'Assertion and anger may touch old wounds. You may fear your own force or feel defeated before you begin, and conflict can leave you shaken long afterwards. Gentle, steady practice of self-assertion, in small and safe situations first, is what heals it. In time, your hard-won courage becomes a model for others who struggle to stand up.',
  },
  mars_asc: {
    conjunction:
      'Energy and assertiveness are obvious in your presence. Mars near the Ascendant makes you direct, active and competitive, and people sense your drive immediately. You may be athletic or quick to react. Learning to temper your force with warmth makes your natural leadership inviting rather than intimidating.',
    harmonious:
      'Energy and personality work well together in you. You come across as confident, capable and ready to act, and others tend to trust you in situations that need decisive action. You handle challenges head-on. This makes you a natural leader, team captain or first responder when something has to be done.',
    challenging:
      'Your energy and your manner may clash. You may come across as more aggressive than you intend, or hold back so much that others do not see your strength. Conflict may find you. Becoming aware of how your energy affects others lets you use your natural force with skill and good timing.',
  },
  mars_mc: {
    conjunction:
      'Ambition burns brightly in you. Mars near the Midheaven gives you a strong drive to achieve, lead and make your mark, and you may be drawn to competitive, physical or pioneering careers. You work hard for recognition. Channelling your fire into goals you believe in earns you real respect.',
    harmonious:
      'Drive and career support each other in your life. You act decisively toward your goals and have the energy to build a strong reputation, and leadership roles may come naturally. People respect your initiative. Your challenge is only to keep your ambition connected to something that truly matters to you.',
    challenging:
      'Ambition and action may not always align. You may clash with authority, feel blocked in your career or push too hard for recognition, and professional rivalries can flare. Learning to pursue your goals patiently, choosing your battles with care, turns this tension into a powerful and lasting career drive.',
  },
};
