import type { AspectTexts, PairKeysOf } from '../../types';

export const uranus: Record<PairKeysOf<'uranus'>, AspectTexts> = {
  uranus_neptune: {
    conjunction:
      'This rare conjunction belongs to a whole generation, and you carry its signature: a fusion of technology and imagination, of radical change and spiritual longing. You may sense that the old world is dissolving and a new one is being dreamed. Your part is to help shape that dream into something humane and real.',
    harmonious:
      'Shared by many born around your time, this contact blends intuition with innovation. You may be drawn to new forms of spirituality, art or technology that expand consciousness. Change feels inspiring rather than frightening. Personally, it gives you a flexible, visionary mind that adapts well to a fast-changing world.',
    challenging:
      'Your generation feels tension between progress and idealism, between the pull of the future and the longing for meaning. You may swing between enthusiasm for change and disillusionment with it. Personally, grounding your ideals and staying clear about what is real helps you navigate uncertain times with integrity.',
  },
  uranus_pluto: {
    conjunction:
      'You were born under a generational contact of upheaval and renewal. Uranus joined with Pluto marks a time of radical transformation, and you may carry an instinct to overturn what is rotten and rebuild from the roots. Change does not frighten you. Using that fearlessness wisely makes you a powerful agent of renewal.',
    harmonious:
      'Shared with your generation, this contact gives you an ease with transformation and innovation. You can help bring about deep change without chaos, and you may have a gift for reform, research or technology. Personally, crises often become turning points that open new freedom for you.',
    challenging:
      'Your generation carries the tension of radical change and resistance to it. You may feel the pressure of collective upheaval personally, in sudden life changes or power struggles with systems. This aspect builds resilience. Your gift is the courage to face transformation and help others through it.',
  },
  uranus_true_node: {
    conjunction:
      'Unconventional is the only honest word for your path. Uranus near the North Node suggests that growth comes through freedom, innovation and breaking with expectations, and sudden turns may redirect your life toward its purpose. Trust the surprises, even the unwelcome ones; they often carry you exactly where you need to go, faster than any plan could.',
    harmonious:
      'Change supports your growth. Unusual opportunities, unconventional people and sudden insights help you move toward your purpose, and you adapt well when life shifts. Your originality is part of your path, not a detour from it. Follow what excites and frees you, and your direction becomes clearer with every experiment.',
    challenging:
      'Restlessness or rebellion may pull you off course. You may break away from situations too quickly, or resist the commitment your path requires. Learning to distinguish true liberation from mere escape, and staying long enough to find out which one you are choosing, helps you grow in the direction your soul intends.',
  },
  uranus_chiron: {
    conjunction:
      'Your wound is tied to feeling different. Uranus joined with Chiron may reflect experiences of being an outsider, of sudden disruption or of not fitting in. Yet this is also your gift: you heal through embracing your uniqueness, and you may help others accept theirs.',
    harmonious:
      'Originality supports your healing. You find unconventional ways through pain, and you may be drawn to alternative therapies or innovative approaches to wellbeing. Your insights can liberate others who feel stuck in old patterns and tired explanations, and your example shows that difference is not a defect.',
    challenging:
      'Sudden changes may reopen old wounds, or your need for freedom may clash with your need to heal. You may feel alienated at times. Healing comes through accepting your difference as a strength rather than a flaw to hide, and through finding a community where your uniqueness is genuinely welcomed.',
  },
  uranus_asc: {
    conjunction:
      'Originality defines your presence. Uranus near the Ascendant makes you unconventional, independent and often surprising, and people sense that you march to your own beat. You may reinvent yourself more than once. Freedom to be yourself is essential, and others may find your example liberating.',
    harmonious:
      'Freshness and originality colour your personality. People find you interesting and open-minded, and you adapt easily to new situations. Your independence is appealing. This lets you introduce new ideas and ways of living without alienating others, a real talent in any group that needs to change but fears it.',
    challenging:
      'Your need for freedom may clash with how others expect you to behave. You may come across as erratic or rebellious, or feel restless in conventional settings. Understanding your need for independence, and explaining it to those close to you, helps you express it with grace rather than disruption.',
  },
  uranus_mc: {
    conjunction:
      'Ordinary is the last thing your career path will be. Uranus near the Midheaven brings sudden changes, innovative work and a strong need for professional freedom, and you may be drawn to technology, science or reform. Your reputation may be unconventional. Follow your originality; it is your calling.',
    harmonious:
      'Innovation supports your career. You find opportunities in new fields and adapt well to professional change, and your fresh ideas are valued. Freelancing or pioneering work may suit you. Your independence becomes a professional asset that sets you apart, especially in fields that are still inventing their own rules.',
    challenging:
      'Career changes may come suddenly, or you may clash with authority. You may resist conventional paths or feel restless in any job that restricts you. Building a career with room for freedom and innovation, perhaps your own business or a role you design yourself, turns this tension into originality and achievement.',
  },
};
