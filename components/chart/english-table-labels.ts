import { ENGLISH_LABELS } from '@/lib/chart-wheel/english-labels';
import type { ChartTableLabels } from './table-labels';

/** English table labels: the reference for the message catalogue, and the tests' labels. */
export const ENGLISH_TABLE_LABELS: ChartTableLabels = {
  bodies: ENGLISH_LABELS.bodies,
  signs: ENGLISH_LABELS.signs,
  aspects: ENGLISH_LABELS.aspects,
  axes: ENGLISH_LABELS.axes,
  axisMarks: ENGLISH_LABELS.axisMarks,
  elements: ENGLISH_LABELS.elements,
  modalities: ENGLISH_LABELS.modalities,
  patterns: ENGLISH_LABELS.patterns,
  patternList: {
    caption: 'Aspect patterns',
    none: 'No major aspect pattern.',
    withElement: '{pattern} in {element}',
    withApex: '{pattern}, apex {apex}',
    inSign: '{pattern} in {sign}',
    inHouse: '{pattern} in house {house}',
  },
  retrograde: ENGLISH_LABELS.retrograde,
  positions: {
    caption: 'Positions',
    body: 'Body',
    sign: 'Sign',
    position: 'Position',
    house: 'House',
    motion: 'Motion',
  },
  houses: {
    caption: 'Houses ({system})',
    house: 'House',
    sign: 'Sign',
    cusp: 'Cusp',
    timeUnknown: 'Houses need the birth time, which is unknown.',
    fallback: '{from} houses are undefined at this latitude; {to} houses are shown.',
    systems: {
      placidus: 'Placidus',
      koch: 'Koch',
      equal: 'Equal',
      whole_sign: 'Whole Sign',
      porphyry: 'Porphyry',
      regiomontanus: 'Regiomontanus',
      campanus: 'Campanus',
    },
  },
  aspectGrid: {
    caption: 'Aspects',
    cell: '{a} {aspect} {b}, orb {orb}, {motion}',
    motions: { applying: 'applying', separating: 'separating', exact: 'exact', fixed: 'fixed' },
    motionMarks: { applying: 'a', separating: 's', exact: '', fixed: '' },
  },
  balance: {
    elements: 'Elements',
    modalities: 'Modalities',
    group: 'Group',
    points: 'Points',
    score: 'Score',
    share: 'Share',
  },
};
