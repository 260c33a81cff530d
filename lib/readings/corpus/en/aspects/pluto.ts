import type { AspectTexts, PairKeysOf } from '../../types';

export const pluto: Record<PairKeysOf<'pluto'>, AspectTexts> = {
  pluto_true_node: {
    conjunction:
      "Transformation is woven into your destiny. Pluto near the North Node suggests that your path leads through intense experiences, deep changes and encounters with power, your own and other people's. You may feel driven toward something you cannot quite name. Surrendering what must end, and trusting what is being born, carries you toward your purpose.",
    harmonious:
      'Renewal comes naturally to you, and it fuels your growth. Crises, deep relationships and honest self-examination tend to move you forward rather than knock you down, and you may meet powerful allies at key moments. You are not afraid of depth. Trusting the process of change, even when it is uncomfortable, keeps you aligned with your path.',
    challenging:
      'Control, fear or old power struggles may hold back your growth. You might cling to situations long after they have died, or find the same intense dynamics repeating until you face them. The lesson is release. Letting go of what you cannot control frees an enormous amount of energy for the life you are actually meant to live.',
  },
  pluto_chiron: {
    conjunction:
      'Your wound runs deep and carries transformative power. Pluto joined with Chiron, a contact shared by many born in the same years, may reflect experiences of loss, trauma or powerlessness, in your own life or in the history you were born into. Facing that depth is your healing. Through it, you gain a profound capacity to help others survive and be reborn.',
    harmonious:
      'Deep healing is possible for you. You can face intense pain, stay with it and come through transformed, and you may have a gift for psychology, bodywork or crisis support. Your resilience is remarkable. People who are going through the worst often find that your steady presence helps them believe they will come out the other side.',
    challenging:
      'Old wounds may feel intense or connected to issues of power and control. You may fear being overwhelmed by pain, or find that crises reopen hurts you thought were long healed. Healing comes through patient, courageous inner work, ideally with good support. In time, what once threatened to destroy you becomes the source of your deepest strength.',
  },
  pluto_asc: {
    conjunction:
      'Intensity radiates from you. Pluto near your Ascendant gives you a magnetic, powerful presence, and people may feel drawn to you or wary of you before you have spoken a word. You reveal little and notice a great deal. Owning your power openly, and using it kindly, makes it a source of trust.',
    harmonious:
      'Depth and quiet power mark your personality. People sense your strength and resilience, and you can read situations and motives with unusual perceptiveness. You handle crises with composure. This natural authority draws others to you for guidance when life gets serious, and it lets you stay calm when everyone else has lost their footing.',
    challenging:
      'Power dynamics may colour how you meet the world. You may come across as more intense or guarded than you intend, or find yourself in struggles for control with the people closest to you. Early experiences may have taught you to protect yourself. As you learn to trust, your strength becomes a steadying presence rather than a wall.',
  },
  pluto_mc: {
    conjunction:
      'Transformation is the theme of your career. Pluto near your Midheaven gives you a powerful drive to influence, reform or rebuild, and your public life may include dramatic rises, falls and reinventions. You may be drawn to positions of real power. Using that influence with integrity lets you leave a lasting mark on your field and the people in it.',
    harmonious:
      'Depth and strategic power support your career. You can transform situations and institutions from within, and you may be drawn to research, psychology, finance, medicine or any role that handles crises. People sense your competence under pressure. Your influence tends to grow quietly, and once earned it is remarkably hard to dislodge.',
    challenging:
      'Power struggles may shape your career, whether with bosses, institutions or your own compulsive drive to succeed. Sudden endings at work may force reinvention more than once. Each one strips away what was false. Facing these battles with honesty and integrity transforms them into a career of real depth and lasting authority.',
  },
};
