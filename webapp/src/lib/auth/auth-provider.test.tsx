import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { theme } from '@/app/theme';
import { RequireAuth } from '@/components/require-auth';
import { AuthProvider } from './auth-provider';

// Keycloak is down: reading its discovery document fails as fetch does when nothing answers.
const signinRedirect = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
vi.mock('./user-manager', () => ({
  hasStoredSession: () => false,
  loadUserManager: () => Promise.resolve({ signinRedirect }),
  onUserManager: () => () => {},
  safeReturnTo: (value: string) => value,
}));

function renderProtectedPage() {
  return render(
    <MantineProvider theme={theme}>
      <Notifications />
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/dashboard']}>
          <AuthProvider>
            <RequireAuth>
              <p>secret page</p>
            </RequireAuth>
          </AuthProvider>
        </MemoryRouter>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

describe('login when the login server cannot be reached', () => {
  it('says so clearly instead of waiting for a redirect that never comes, and can try again', async () => {
    renderProtectedPage();
    const alert = await screen.findByTestId('login-unavailable');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Không kết nối được máy chủ đăng nhập');
    expect(alert.textContent).toContain('các trang công khai vẫn dùng được');
    expect(screen.queryByText('secret page')).toBeNull();
    // the notification says it too, wherever the login was asked for
    expect(
      (await screen.findAllByText(/Máy chủ đăng nhập \(Keycloak\) hiện không trả lời/)).length,
    ).toBeGreaterThan(0);
    const calls = signinRedirect.mock.calls.length;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Thử lại' }));
      await Promise.resolve();
    });
    expect(signinRedirect.mock.calls.length).toBeGreaterThan(calls);
    expect(screen.getByTestId('login-unavailable')).toBeTruthy();
  });
});
