import type { AspectTexts, PairKeysOf } from '../../types';

export const moon: Record<PairKeysOf<'moon'>, AspectTexts> = {
  moon_mercury: {
    conjunction:
      'Feeling and thinking are fused in you. You understand your emotions by talking about them, and your words carry emotional colour that people respond to. Memory is vivid, especially for how things felt. When you are upset, your thoughts can race; writing it down or saying it aloud to someone you trust brings you back to centre.',
    harmonious:
      'You can put feelings into words with unusual ease. Conversations soothe you, and you often know just what to say to comfort someone else. Your intuition and your logic tend to agree. This makes you a natural listener, writer or counsellor, someone others seek out when they need to make sense of their hearts.',
    challenging:
      'Head and heart can talk past each other in you. You may rationalise feelings away, or find that moods colour your thinking more than you would like. Misunderstandings with people close to you can come from this gap. Slowing down to notice what you feel before explaining it gives your words much more truth.',
  },
  moon_venus: {
    conjunction:
      'Tenderness comes naturally to you. You need affection, beauty and harmony to feel emotionally safe, and you are usually generous and kind in your attachments. People find you soothing company. Make sure your wish for peace does not stop you from voicing needs that might make waves; your sweetness can handle a little honesty.',
    harmonious:
      'Emotional warmth and charm flow easily from you. You know how to make people comfortable and how to make a home feel lovely, and your relationships tend to be affectionate. Pleasure and comfort restore you. This gentle gift makes you a natural host, friend and peacemaker in any group.',
    challenging:
      'What comforts you and what you desire may not always be the same. You may be drawn to people who do not quite meet your emotional needs, or feel torn between security and romance. Self-indulgence can become a form of consolation. Learning to give yourself the care you seek from others brings these two needs together.',
  },
  moon_mars: {
    conjunction:
      'Feelings come with heat for you. When you care, you act; when you are hurt, you may flare up before you have even named the feeling. You are brave in defending the people you love. Physical activity is a good outlet, and learning to pause before reacting turns raw emotional courage into real protective strength.',
    harmonious:
      'Emotion and action work well together in you. You can stand up for your needs without drama and act on your instincts with confidence. People feel safe with your protective energy. Your emotional courage lets you face conflict honestly, which is a far rarer gift than it sounds.',
    challenging:
      'Irritation can rise quickly when your needs are not met. You may feel a tension between wanting closeness and wanting to fight, and old family patterns of conflict may echo in your reactions. Exercise and honest expression help enormously. Once understood, this energy becomes emotional resilience and a fierce, protective loyalty.',
  },
  moon_jupiter: {
    conjunction:
      'Generosity of heart is one of your gifts. You feel things on a large scale, with warmth, humour and an instinctive faith that things will turn out well. People feel welcome and cared for around you. Emotional excess, in eating, spending or promising, is the only pitfall; your abundance needs no exaggeration.',
    harmonious:
      'Optimism steadies your emotional life. You tend to recover from disappointments with grace and to see the growth in difficult experiences, and family or community may support you generously. You nurture others with ease. This buoyant spirit is something people return to, again and again.',
    challenging:
      'Your emotional needs can grow larger than any one situation can meet. You may swing between high hopes and disappointment, or find yourself overdoing comfort in food, shopping or caretaking. This contact asks for emotional moderation. Finding meaning in your feelings, rather than inflating them, turns restlessness into wisdom.',
  },
  moon_saturn: {
    conjunction:
      'You learned early to hold your feelings in check. Perhaps care was conditional or responsibility came young, and you may still find it hard to ask for comfort. Yet you are deeply dependable, a rock for others. Over time, allowing yourself to receive nurture softens the seriousness and reveals your great emotional strength.',
    harmonious:
      'Emotional steadiness is one of your strengths. You can handle difficult feelings with maturity and stay calm when others panic, and people rely on your common sense. Responsibility does not frighten you. Remember that your own needs matter, too; steadiness should not mean never needing anything.',
    challenging:
      'Feelings and duty often pull in different directions for you. You may feel lonely even in company, or suspect that your needs are a burden, and early experiences may have taught you to be self-reliant too soon. This contact builds depth. With time and trust, you discover that being cared for does not make you weak.',
  },
  moon_uranus: {
    conjunction:
      'Electric and unpredictable, your emotional life rarely follows a script. You need freedom within closeness and may feel restless when relationships become routine. Intuitive flashes are common. Finding people who accept your independence, and giving yourself space without cutting others off, creates a stable home for your unusual heart.',
    harmonious:
      'You bring fresh air into emotional life. You adapt easily to change, accept unusual people and can stay friendly with former partners. Your intuition works in sudden insights. This openness makes you an exciting, accepting companion who helps others feel free to be themselves, and it lets you reinvent your home life whenever it grows stale.',
    challenging:
      'Closeness and freedom can feel like opposing forces in you. You may crave security and then bolt from it, or experience sudden emotional upheavals that seem to come from nowhere. Early life may have been unpredictable. Understanding your need for space lets you create relationships that are both free and deeply secure.',
  },
  moon_neptune: {
    conjunction:
      "Boundless is the best word for your emotional world. You absorb the moods of people and places, feel compassion easily and may have vivid dreams or a strong spiritual sense. You can lose your own feelings in someone else's. Creative work, music, meditation and time alone help you sort out which emotions are truly yours.",
    harmonious:
      'Imagination and empathy flow gently through you. You understand others without needing explanations, and you may have artistic or healing gifts. Your intuition is reliable. Honour it with quiet time, music and creative outlets, and it will guide you well through relationships and the many small decisions of daily life.',
    challenging:
      'Your feelings can become confused or idealised. You may rescue others, overlook warning signs or escape into fantasy when reality disappoints. Early caregivers may have been elusive. Learning to see people as they are, and to set gentle boundaries, keeps your great compassion healthy rather than self-sacrificing.',
  },
  moon_pluto: {
    conjunction:
      'Deep, powerful emotions are part of your make-up. You feel intensely, bond totally and may have experienced early emotional upheavals that shaped you. Trust is everything. Understanding your own depths, perhaps through therapy or deep reflection, turns your intensity into a profound capacity for emotional healing and transformation.',
    harmonious:
      "Emotional depth and resilience are yours to draw on. Crises do not frighten you; you can face intense feelings, stay with them and come through transformed. People instinctively trust you with their secrets. Your psychological insight makes you a natural support when someone's life is falling apart and they need a steady presence.",
    challenging:
      'Intense feelings and fears of loss or control may mark your emotional life. You may have experienced powerful family dynamics or emotional manipulation, and may protect yourself through control or withdrawal. Facing these patterns honestly transforms them into a deep capacity for intimacy and emotional strength.',
  },
  moon_true_node: {
    conjunction:
      'Your feelings are a compass pointing toward your path. Emotional experiences, family bonds and the people you care for play a central role in how you grow, and you may feel instinctively pulled toward certain places or people without knowing why. Trust your gut here. It tends to know the way long before your reasoning catches up.',
    harmonious:
      'Emotional needs, in your case, support your growth rather than holding it back. Nurturing others and letting yourself be nurtured both help you develop, and you may find timely support from family, mothers, mentors or close friends. Following your instincts tends to lead you toward fulfilling experiences and the people you were meant to meet.',
    challenging:
      'Your emotional comfort zone may quietly conflict with the direction your life wants to take. Familiar moods, old family roles or the safety of what you know can hold you back from the new experiences your soul is asking for. Stepping gently beyond these habits, one small risk at a time, opens the door to your purpose.',
  },
  moon_chiron: {
    conjunction:
      "Your emotional life carries a tender wound, perhaps from early care that did not quite meet your needs or a caregiver who was hurting themselves. As a result you may be deeply attuned to other people's pain. Healing comes through learning to nurture yourself as well as you nurture others, and from that place you become a profound source of comfort.",
    harmonious:
      "Sensitivity is your ally in healing, both your own and other people's. You can face emotional pain with gentleness instead of panic, and you may have a natural gift for comforting those who are grieving or frightened. This quiet empathy is a real strength. Caring, teaching or creative work can give it a meaningful outlet.",
    challenging:
      'Old emotional wounds may resurface in your close relationships or family life, often at the moments you most want to feel safe. You may believe, somewhere deep down, that you must take care of others to deserve love. Healing comes through learning to receive care as easily as you give it, and to let people stay when you are not useful.',
  },
  moon_asc: {
    conjunction:
      'What you feel shows on the surface. The Moon near your Ascendant makes you emotionally expressive and responsive to your surroundings, and people often sense your warmth, or your mood, the moment you walk in. Your presence can change with your inner weather. Knowing what you feel helps you meet the world from security rather than reaction.',
    harmonious:
      'Grace marks the way your feelings show in your manner. People find you approachable, caring and easy to talk to, and you adapt to new company without losing yourself. Your emotional intelligence is visible and appreciated. This makes you a natural at any role where putting people at ease is half the work.',
    challenging:
      'How you feel and how you come across may not match. You might hide your feelings behind a composed face, or find that they show precisely when you would rather keep them private. Others may misread your moods. Honest, timely self-expression gradually brings your inner and outer worlds into harmony.',
  },
  moon_mc: {
    conjunction:
      'Your emotional life and your public role are deeply intertwined. You may be drawn to caring professions, work with the public or a career that feels like family, and your reputation may rest on your sensitivity and instinct for what people need. Public ups and downs can affect you personally. Protecting private time keeps you emotionally well.',
    harmonious:
      'Feeling and vocation work together in your life. You may find real fulfilment in work that nurtures, feeds, houses or protects others, and your emotional intelligence gives you an edge in any profession. Family may actively support your ambitions. Following what genuinely moves you tends to lead to a career that also sustains you.',
    challenging:
      'Home and career may compete for your emotional energy. You may feel torn between public duties and private needs, or carry family expectations into your working life without noticing. Guilt can follow whichever side you choose. Finding a rhythm that honours both, and accepting that it will shift over time, is your ongoing work.',
  },
};
