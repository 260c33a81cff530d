import { getTableColumns } from 'drizzle-orm';
import { charts, savedCharts, type StoredBirthData } from '@/db/schema';

/** A saved chart as its owner sees it: their name and tags, and how the chart was entered. */
export interface SavedChart {
  id: string;
  chartHash: string;
  name: string;
  tags: string[];
  birth: StoredBirthData;
  createdAt: Date;
  updatedAt: Date;
}

const { userId: _owner, ...ownColumns } = getTableColumns(savedCharts);

/** The select list that yields a `SavedChart` from saved_charts joined to charts. */
export const savedChartColumns = { ...ownColumns, birth: charts.birth };
