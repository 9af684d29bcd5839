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

  it('explains a 429 in plain words, with when to try again from Retry-After', () => {
    const error = new ApiError(
      429,
      {
        type: 'urn:problem-type:lhh:too-many-requests',
        title: 'Too Many Requests',
        status: 429,
        detail: 'Quá 300 yêu cầu mỗi phút',
        requestId: 'req-429',
      },
      42,
    );
    renderWithMantine(<ProblemAlert error={error} />);
    const alert = screen.getByRole('alert');
    expect(alert.getAttribute('data-status')).toBe('429');
    expect(alert.textContent).toContain('Quá nhiều yêu cầu');
    expect(alert.textContent).toContain('Vui lòng thử lại sau 42 giây.');
    expect(alert.textContent).toContain('req-429');
  });

  it('asks to wait a moment when a 429 gives no Retry-After', () => {
    const error = new ApiError(429, { type: 'about:blank', title: 'Too Many Requests', status: 429 });
    renderWithMantine(<ProblemAlert error={error} />);
    expect(screen.getByRole('alert').textContent).toContain('Vui lòng đợi một lát rồi thử lại.');
  });

  it('explains a network failure', () => {
    renderWithMantine(<ProblemAlert error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert').textContent).toContain('Không kết nối được');
  });
});
