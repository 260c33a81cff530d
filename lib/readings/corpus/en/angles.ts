import type { Corpus } from '../types';

export const angleInSign: Corpus['angleInSign'] = {
  asc: {
    aries:
      'With Aries rising, you meet the world head on. People notice your energy, directness and readiness to act, and first impressions of you are often of someone brave or a little impatient. You tend to approach new situations as challenges to tackle. Learning to pause before charging lets your natural leadership feel inviting rather than abrupt.',
    taurus:
      'Taurus rising gives you a calm, grounded presence. Others often find you reassuring, sensual and steady, someone who will not be hurried. You approach life carefully, testing the ground before you step. Your challenge is flexibility: when you allow change in at your own pace, your steadiness becomes a strength rather than a wall.',
    gemini:
      'Lively, curious and quick, you come across with Gemini rising as someone always interested in the next idea or conversation. You meet new situations by asking questions and gathering information. People may find you youthful and witty. Grounding your many interests in a few commitments helps others see the depth behind your quicksilver manner.',
    cancer:
      'Cancer rising gives you a gentle, receptive approach to life. You sense the mood of a place immediately and often protect yourself with a shell of reserve until you feel safe. People tend to feel looked after by you. Allowing your strength to show, not only your sensitivity, balances the impression you make.',
    leo: 'You enter a room with Leo rising, and people notice. Warmth, confidence and a sense of style shape your presence, and you tend to approach life with generosity and flair. Recognition matters to you. When your self-expression comes from the heart rather than a need for approval, your natural radiance lifts everyone around you.',
    virgo:
      'Virgo rising lends you a modest, observant and capable manner. You meet new situations by noticing details, assessing what needs doing and quietly getting on with it. People often see you as reliable and intelligent. Being gentler with yourself, and letting others glimpse your warmth, makes you far more approachable.',
    libra:
      'Charm and diplomacy are your first language. With Libra rising, you approach life through relationships, aesthetics and a desire for harmony, and people often find you pleasant, graceful and easy to be with. Decisions can take time. Letting others meet your real opinions, not only your agreeable surface, builds lasting trust.',
    scorpio:
      'There is an intensity about you that people feel before you speak. Scorpio rising gives you a guarded, magnetic presence and a talent for reading others while revealing little. You approach life strategically. As you learn to trust, your depth and honesty become powerfully attractive rather than intimidating.',
    sagittarius:
      'Sagittarius rising makes you open, enthusiastic and frank. You meet the world as an adventure, and people find your optimism and humour refreshing. Restlessness can make you seem hard to pin down. When your honesty is paired with tact, your natural enthusiasm inspires people to join your journeys.',
    capricorn:
      'Capricorn rising gives you a composed, serious and capable manner. You approach life with caution and a sense of responsibility, and people often see you as older or wiser than your years. Warmth may take time to show. Relaxing your guard reveals the dry wit and loyalty that others come to treasure.',
    aquarius:
      'Friendly yet a little detached, you come across with Aquarius rising as original and independent. You approach life with curiosity about how things could be different, and people may find you unconventional or hard to categorise. Letting your feelings show, not only your ideas, helps people get close to the real you.',
    pisces:
      'Pisces rising gives you a soft, dreamy and compassionate presence. You absorb the atmosphere around you and may adapt to others almost without noticing. People often find you gentle, artistic or elusive. Creating clear boundaries helps you keep your sensitivity while making sure your own identity is not lost.',
  },
  mc: {
    aries:
      'Your public path calls for initiative. With the Midheaven in Aries, you are drawn to work where you can lead, compete, pioneer or act on your own authority, and being told what to do chafes badly. Over time you become known for courage, and for starting the things other people only talk about.',
    taurus:
      'A Taurus Midheaven seeks a vocation that is steady, tangible and genuinely rewarding. Work with money, land, food, art, design or the body may appeal, anything where patience produces something you can touch. You build your standing slowly and solidly. The career that suits you turns good taste and endurance into lasting value.',
    gemini:
      'Communication shapes your vocation. With the Midheaven in Gemini, you thrive where your mind stays busy: writing, teaching, media, sales, networking, translation. You may change direction more than once, and that is not failure but research. People come to know you as the one who connects ideas and people quickly and well.',
    cancer:
      'Care sits at the heart of your calling. A Cancer Midheaven draws you to work that nurtures, protects or creates belonging, whether in a family business, hospitality, healing, property or community roles. Public life feels personal to you, so criticism can sting. Your standing grows from the emotional safety you create for the people you serve.',
    leo: 'With the Midheaven in Leo, you are meant to be visible. Creative work, leadership, performance, teaching children or anything that lets your heart show in public suits you, and recognition genuinely motivates you. The lasting kind of authority comes when you lead with generosity and pride in the work itself, not only in the applause.',
    virgo:
      'Skill and service define the vocation a Virgo Midheaven points toward. Health, analysis, craft, editing, research or any field where precision matters can suit you, and you earn your standing through sheer competence. You may undersell yourself. Let the world know what you do well, because quietly making things work better is a real profession.',
    libra:
      'Relationships and harmony run through your calling. With the Midheaven in Libra, you may thrive in law, diplomacy, mediation, design, the arts or any work built on partnership. People know you for fairness and grace. Your professional growth comes through collaboration, and through the courage to take a clear stand when the moment needs one.',
    scorpio:
      'Surface work will never satisfy a Scorpio Midheaven. You are drawn to research, psychology, finance, medicine, investigation or roles that ask you to stay calm in a crisis, and you may prefer to hold power quietly rather than display it. Over the years you become known for discretion, nerve and the ability to transform difficult situations.',
    sagittarius:
      "Meaning and breadth are what your vocation seeks. A Sagittarius Midheaven draws you to teaching, publishing, travel, law, philosophy or any work that widens horizons, yours and other people's. You need a career you can believe in, or it goes stale. Share your vision with honesty and enthusiasm and your public life keeps growing.",
    capricorn:
      'The Midheaven in Capricorn gives you a natural drive for achievement and authority. You may aim for positions of responsibility early and build a career step by step, valuing respect over fame. Success is likely but rarely quick. Remember to measure your worth by more than your title; the life behind the role deserves your ambition too.',
    aquarius:
      'Originality is part of your calling. An Aquarius Midheaven draws you to technology, science, social causes, community organising or innovative fields, and you may resist conventional career paths altogether. You work best with freedom and a purpose bigger than profit. Your public contribution is imagining better systems and helping people build them together.',
    pisces:
      'With the Midheaven in Pisces, imagination or compassion steers your vocation. You may be drawn to the arts, music, film, healing, spiritual work or service to people in need, and your path may wind in ways a career plan never could. Trust the current. What you offer the world is the capacity to inspire, soothe and make the invisible felt.',
  },
};
