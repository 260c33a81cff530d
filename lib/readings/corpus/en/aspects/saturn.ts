import type { AspectTexts, PairKeysOf } from '../../types';

export const saturn: Record<PairKeysOf<'saturn'>, AspectTexts> = {
  saturn_uranus: {
    conjunction:
      'Tradition and revolution live side by side in you. Saturn joined with Uranus, a contact shared with others born in the same years, gives you the ability to reform structures from within, combining discipline with originality. You may feel torn between security and freedom. Your gift is building new forms that actually last.',
    harmonious:
      'Structure and innovation cooperate in your life. You can introduce change in a practical, sustainable way, and you have a knack for modernising systems without destroying what works. People trust your progressive ideas because they are grounded. This makes you a quietly effective reformer in any institution you join.',
    challenging:
      'Old and new can pull hard against each other in you. You may swing between clinging to safety and breaking free suddenly, or clash with authority over the right to live your own way. Generational tensions may echo in your family. Learning to change at a steady pace lets you honour both stability and freedom.',
  },
  saturn_neptune: {
    conjunction:
      'Dreams and reality meet in you. Saturn joined with Neptune, a contact you share with many born around your time, asks you to give form to ideals, turning vision into something solid. You may wrestle with disillusion. Your gift is the patience to build spiritual or artistic work that endures, long after the first inspiration has faded.',
    harmonious:
      'Vision and discipline support each other in your life. You can make imaginative ideas practical and bring compassion into structures such as institutions, healthcare or the arts. You are both dreamer and builder. This rare combination lets your ideals take lasting form without losing their soul.',
    challenging:
      'Reality and ideals may seem at odds. You might feel disillusioned, swing between cynicism and escapism, or struggle to make your dreams concrete, and fears can be vague yet persistent. This aspect teaches patient faith. Grounding your spirituality in daily practice brings both peace and achievement.',
  },
  saturn_pluto: {
    conjunction:
      'Endurance and power are intertwined in you. Saturn joined with Pluto, shared with your generation, gives you an extraordinary capacity to persevere through hardship and rebuild from the ground up. Life may test you seriously. What survives those tests in you is unbreakable, and others come to rely on that strength.',
    harmonious:
      'You have great staying power and strategic depth. You understand how power and structure work, and you can transform systems patiently and effectively. Crises do not break you; if anything, they reveal what you are made of. Your resilience and quiet authority make you a stabilising force when others panic.',
    challenging:
      'Pressure and control may be recurring themes. You may face heavy responsibilities, power struggles with institutions or a deep fear of losing control, and times of collective hardship may shape your outlook. This aspect forges tremendous strength. Facing limits with courage, instead of tightening your grip, slowly transforms fear into mastery.',
  },
  saturn_true_node: {
    conjunction:
      'Responsibility is central to your life path. Saturn near the North Node suggests that your growth comes through discipline, maturity and taking on real commitments, perhaps earlier than others. The road may be slow but it is solid. Each step you earn brings you closer to your purpose.',
    harmonious:
      'Structure supports your growth. Mentors, commitments and steady effort help you move in the direction your soul seeks, and you build your path on solid ground. Patience pays off for you. Long projects, serious study or responsible roles become stepping stones to a meaningful life.',
    challenging:
      'Fear or old duties may hold back your growth. You may cling to responsibility or safety when your path asks you to risk something new. Learning that maturity includes taking chances, and that not every duty is yours to carry, helps you move forward toward what you are really here to do.',
  },
  saturn_chiron: {
    conjunction:
      'Your wound is bound up with authority, responsibility or limitation. Saturn joined with Chiron may reflect early hardships or a harsh inner critic. Over time, you turn these experiences into a disciplined, compassionate strength, and you may become a mentor for those facing similar trials.',
    harmonious:
      'Discipline supports your healing. You can face pain with patience and structure, and you may have a gift for helping others through long recoveries. Your maturity is healing in itself, offering a steady hand to anyone who needs to rebuild their life slowly and surely.',
    challenging:
      'Limitations and wounds can feel intertwined. You may feel held back by old pain, or fear deep down that you are not good enough. Accepting your limits with compassion, rather than punishing yourself for them, is the turning point. Then your endurance becomes a source of wisdom, and others draw strength from your example.',
  },
  saturn_asc: {
    conjunction:
      'Seriousness marks your presence. Saturn near the Ascendant makes you reserved, responsible and often older than your years in manner, and you may have faced challenges early. People respect your steadiness. Over time, you grow lighter and more confident, and your quiet authority becomes a real asset.',
    harmonious:
      'Reliability and maturity come across in your manner. People trust you and see you as capable, and you approach life with patience and realism. This steady presence opens doors over time, especially with older people and institutions. You may well become more relaxed and playful as the years go by, not less.',
    challenging:
      'You may feel self-conscious or blocked in how you present yourself. Early criticism or responsibility may have made you guarded. With time and self-acceptance, you learn to present yourself with dignity and ease, and the seriousness that once felt like a burden becomes quiet gravitas.',
  },
  saturn_mc: {
    conjunction:
      'Career and achievement matter deeply to you. Saturn near the Midheaven brings a strong drive for authority and long-term success, though the path may be slow and demanding. You earn every position you hold, and shortcuts rarely work for you. Your reputation, once built, is solid and enduring, and you may reach your peak later than your peers.',
    harmonious:
      'Discipline supports your career. You build your professional life steadily, earn respect through reliability and take on responsibility without fuss. Patience rewards you far more than luck does. Your long-term vision helps you reach lasting positions of trust and authority, and you tend to keep them once you arrive.',
    challenging:
      'Career progress may feel slow, blocked or weighed down by duty. You may face obstacles from people in authority, a fear of failure, or responsibilities that arrived too early. This tension builds real strength. Persistence, integrity and a willingness to start again after setbacks eventually bring lasting, well-earned success.',
  },
};
