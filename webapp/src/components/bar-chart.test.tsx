import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';

describe('BarChart', () => {
  it('is an image with a text alternative listing every value', () => {
    render(
      <BarChart
        title="Đại hội"
        data={[
          { key: 'due', label: 'Đến hạn', value: 3, color: '#e8590c' },
          { key: 'overdue', label: 'Quá hạn', value: 0, color: '#c92a2a' },
        ]}
      />,
    );
    const chart = screen.getByRole('img');
    expect(chart.textContent).toContain('Đến hạn 3');
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
  });
});
