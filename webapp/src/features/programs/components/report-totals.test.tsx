import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '@/test/render';
import { ReportTotals } from './report-totals';

describe('ReportTotals', () => {
  it('shows the total, each status, late and at-risk counts with their labels', () => {
    renderWithMantine(
      <ReportTotals
        totals={{
          total: 1300,
          done: 4,
          inProgress: 5,
          notStarted: 2,
          postponed: 1,
          cancelled: 1,
          late: 3,
          atRisk: 2,
        }}
      />,
    );
    expect(screen.getByTestId('total-total').textContent).toBe('1.300');
    expect(screen.getByTestId('total-done').textContent).toBe('4');
    expect(screen.getByTestId('total-inProgress').textContent).toBe('5');
    expect(screen.getByTestId('total-late').textContent).toBe('3');
    expect(screen.getByTestId('total-atRisk').textContent).toBe('2');
    expect(screen.getByText('Tổng số nhiệm vụ')).toBeTruthy();
    expect(screen.getByText('Đã hoàn thành')).toBeTruthy();
    expect(screen.getByText('Trễ hạn')).toBeTruthy();
  });
});
