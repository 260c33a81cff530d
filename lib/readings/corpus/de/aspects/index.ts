import type { Corpus } from '../../types';
import { jupiter } from './jupiter';
import { mars } from './mars';
import { mercury } from './mercury';
import { moon } from './moon';
import { neptune } from './neptune';
import { pluto } from './pluto';
import { saturn } from './saturn';
import { sun } from './sun';
import { trueNode } from './true-node';
import { uranus } from './uranus';
import { venus } from './venus';

export const aspect: Corpus['aspect'] = {
  ...sun,
  ...moon,
  ...mercury,
  ...venus,
  ...mars,
  ...jupiter,
  ...saturn,
  ...uranus,
  ...neptune,
  ...pluto,
  ...trueNode,
};
