import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { renderWithMantine } from '@/test/render';
import { ProblemAlert } from './problem-alert';

describe('ProblemAlert', () => {
  it("shows the API's 403 message and request id, never a blank page", () => {
    const error = new ApiError(403, {
      type: 'urn:problem-type:lhh:forbidden',
      title: 'Không có quyền',
      status: 403,
      detail: 'Bạn chỉ được quản lý hội mà bạn phụ trách.',
      requestId: 'req-1',
    });
    renderWithMantine(<ProblemAlert error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-status')).toBe('403');
    expect(alert.textContent).toContain('Bạn chỉ được quản lý hội mà bạn phụ trách.');
    expect(alert.textContent).toContain('req-1');
  });

  it('explains a network failure', () => {
    renderWithMantine(<ProblemAlert error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert').textContent).toContain('Không kết nối được');
  });
});
