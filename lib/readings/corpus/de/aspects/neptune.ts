import type { AspectTexts, PairKeysOf } from '../../types';

export const neptune: Record<PairKeysOf<'neptune'>, AspectTexts> = {
  neptune_pluto: {
    conjunction:
      'Diese Konjunktion ereignet sich nur etwa alle fünf Jahrhunderte; zeigt dein Horoskop sie, gehörst du zu einer seltenen Ära tiefgreifender kollektiver Erneuerung. Die Träume und die tiefen Kräfte deiner Zeit sind miteinander verschmolzen. Deine Rolle ist es, dieses Gefühl gewaltigen Wandels in eine mitfühlende, geerdete Lebensweise einfließen zu lassen.',
    harmonious:
      'Diese langanhaltende harmonische Verbindung teilen mehrere Generationen, und sie schenkt ein Grundgefühl, dass spirituelles Wachstum und Wandlung zusammenwirken können. Dir persönlich bietet sie eine stille Fähigkeit, Altes loszulassen und darauf zu vertrauen, dass an seiner Stelle etwas Bedeutsames wächst. Schöpfe in Zeiten des Wandels daraus.',
    challenging:
      'Eine Spannung zwischen kollektiven Idealen und tiefer Wandlung bildet einen Grundton für deine Generation. Vielleicht spürst du beides: die Notwendigkeit von Veränderung und Verwirrung darüber, wie sie gelingen kann. Persönlich hilft es dir, dein spirituelles Leben zu erden und harten Wahrheiten mit Mitgefühl zu begegnen, um gut durch Zeiten kollektiver Umwälzung zu kommen.',
  },
  neptune_true_node: {
    conjunction:
      'Dein Weg führt zu Mitgefühl, Fantasie oder Spiritualität. Neptun nahe dem Mondknoten deutet darauf hin, dass Wachstum durch Kunst, Dienst, Spiritualität oder das Vertrauen ins Unsichtbare geschieht. Der Weg kann sich zeitweise unklar anfühlen. Folgst du achtsam deinen tiefsten Eingebungen, führen sie dich zu deiner Bestimmung.',
    harmonious:
      'Intuition fördert dein Wachstum. Kreative, spirituelle oder mitfühlende Erfahrungen helfen dir, dich auf deine Bestimmung zuzubewegen, und vielleicht findest du Führung in Träumen oder Synchronizitäten. Vertraust du den leisen Zeichen deines Lebens, dem wiederkehrenden Traum, der zufälligen Begegnung, dem Lied, das genau zur rechten Zeit erklingt, bleibst du auf Kurs, auch wenn die Landkarte unklar ist.',
    challenging:
      'Illusion oder Weltflucht können dich von deinem Weg wegziehen. Vielleicht idealisierst du Menschen oder Situationen oder weichst der Klarheit aus, die dein Wachstum verlangt. Lernst du zu unterscheiden, was wirklich ist, und hältst dabei deine Fantasie und deine Güte lebendig, bewegst du dich in die Richtung, die deine Seele wirklich sucht.',
  },
  neptune_chiron: {
    conjunction:
      'Deine Wunde hat eine spirituelle Dimension. Neptun in Konjunktion mit Chiron spiegelt vielleicht eine Empfindsamkeit für kollektives Leid, Erfahrungen von Verlust oder das Gefühl, verloren zu sein. Womöglich hast du schon als Kind eine Trauer gespürt, die größer war als dein eigenes Leben. Daraus erwachsen tiefes Mitgefühl und eine Gabe, durch Kunst, Musik, Spiritualität oder schlichte Gegenwart zu heilen.',
    harmonious:
      'Mitgefühl und Heilung fließen durch dich hindurch. Vielleicht hast du eine Gabe für spirituelle oder künstlerische Formen der Heilung, und du kannst anderen helfen, im Leiden Sinn zu finden. Deine Einfühlung ist sanft und weise, nie aufgedrängt, und Menschen fühlen sich nach einer Zeit mit dir meist weniger allein.',
    challenging:
      'Deine Empfindsamkeit kann alte Wunden überwältigend erscheinen lassen, oder du suchst Flucht vor dem Schmerz. Grenzen können sich auflösen, und der Schmerz anderer fühlt sich womöglich an wie dein eigener. Heilung kommt, wenn du dein Mitgefühl erdest und Praktiken findest, die deine Seele nähren, ohne dass du im Leid anderer verschwindest.',
  },
  neptune_asc: {
    conjunction:
      'Etwas Verträumtes und schwer Fassbares umgibt dich. Neptun nahe dem Aszendenten schenkt dir eine sanfte, mitfühlende und künstlerische Ausstrahlung, und andere projizieren womöglich ihre Ideale auf dich. Deine Umgebung nimmst du ungefiltert in dich auf, im Guten wie im Schwierigen. Klare Grenzen und regelmäßige Zeit für dich helfen dir, du selbst zu bleiben, während du deine Empfindsamkeit teilst.',
    harmonious:
      'Deine Persönlichkeit strahlt Sanftheit und Fantasie aus. Andere erleben dich als mitfühlend und künstlerisch, und du verstehst Menschen auf intuitive Weise. Deine Gegenwart kann beruhigend wirken. Diese Gabe passt wunderbar zu kreativen, heilenden oder fürsorglichen Aufgaben, in denen eine leise Berührung mehr zählt als eine laute Stimme.',
    challenging:
      'Andere lesen dich vielleicht falsch, oder du bist dir deiner eigenen Identität nicht sicher. Womöglich passt du dich zu sehr an oder versteckst dich hinter einer vagen Fassade. Ein klares Selbstgefühl hilft dir, deine Empfindsamkeit selbstbewusst zu zeigen, sodass Menschen dir begegnen und nicht ihrer Vorstellung von dir.',
  },
  neptune_mc: {
    conjunction:
      'Inspiration leitet deine Berufung. Neptun nahe dem Medium Coeli zieht dich zu Kunst, Heilung, Spiritualität oder Dienst am Menschen, und dein öffentliches Bild ist vielleicht glamourös oder geheimnisvoll. Dein Weg kann verschlungen und anderen schwer zu erklären sein. Folgst du deinen Idealen und behältst dabei einen Fuß auf praktischem Boden, findest du die erfüllendste Laufbahn.',
    harmonious:
      'Fantasie fördert deine Laufbahn. Vielleicht findest du Erfolg in kreativen, heilenden oder mitfühlenden Bereichen, und deine Intuition leitet deine beruflichen Entscheidungen. Andere spüren deinen Idealismus. Vertraue deiner Vision und halte deine Verträge klar, dann kann dein öffentliches Leben zu einer echten Quelle der Inspiration für andere werden.',
    challenging:
      'Deine berufliche Richtung fühlt sich vielleicht lange unklar an. Womöglich ringst du darum, deine Berufung zu finden, treibst zwischen Rollen hin und her oder bist von Arbeit ernüchtert, die mehr Sinn versprach, als sie gab. Verankerst du deine Ideale in praktischen Schritten und bleibst in beruflichen Dingen ehrlich, baust du eine Laufbahn auf, die deine Träume wirklich widerspiegelt.',
  },
};
