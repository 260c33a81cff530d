'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UsageDay } from '@/lib/api-usage/usage-per-day';

/** Bars of API calls per UTC day; the table below it is the accessible equivalent. */
export function UsageChart({
  series,
  label,
  callsLabel,
}: {
  series: UsageDay[];
  label: string;
  callsLabel: string;
}) {
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: 260 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={series} margin={{ top: 8, right: 8, bottom: 8, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
          <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} />
          <Tooltip
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
            labelStyle={{ color: 'var(--text)' }}
            cursor={{ fill: 'var(--border)' }}
          />
          <Bar
            dataKey="count"
            name={callsLabel}
            fill="var(--accent)"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
