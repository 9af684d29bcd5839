import { useId } from 'react';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  color: string;
}

/** A small accessible SVG bar chart (no chart library): one bar per datum, values shown as text. */
export function BarChart({
  data,
  title,
  formatValue = String,
  testId = 'bar-chart',
}: {
  data: BarDatum[];
  title: string;
  formatValue?: (n: number) => string;
  testId?: string;
}) {
  const titleId = useId();
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowHeight = 28;
  const labelWidth = 150;
  const width = 460;
  const barSpace = width - labelWidth - 50;
  const height = data.length * rowHeight + 8;
  return (
    <svg
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width, display: 'block' }}
      data-testid={testId}
    >
      <title id={titleId}>
        {title}: {data.map((d) => `${d.label} ${formatValue(d.value)}`).join(', ')}
      </title>
      {data.map((d, i) => {
        const y = 4 + i * rowHeight;
        const w = Math.round((d.value / max) * barSpace);
        return (
          <g key={d.key}>
            <text x={0} y={y + 18} fontSize={13} fill="currentColor">
              {d.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 4}
              width={Math.max(w, 2)}
              height={rowHeight - 10}
              rx={3}
              fill={d.color}
            />
            <text x={labelWidth + Math.max(w, 2) + 6} y={y + 18} fontSize={13} fill="currentColor">
              {formatValue(d.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
