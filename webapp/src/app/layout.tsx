import { Anchor, AppShell, Burger, Button, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { LoadingState } from '@/components/page-states';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { SearchBox } from '@/features/search/components/search-box';
import { UnionBrand } from '@/features/union/components/union-brand';
import { UnionFooter } from '@/features/union/components/union-footer';
import { useDocumentTitle } from '@/features/union/components/use-document-title';
import { TopProgress } from '@/components/top-progress';
import { useAuth } from '@/lib/auth/auth-context';
import { paths } from '@/config/paths';
import { Navigation } from './navigation';

export function Layout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const signedIn = auth.status === 'authenticated';
  useDocumentTitle();

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <TopProgress />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Anchor component={Link} to={paths.home.getHref()} underline="never" c="inherit" fw={700}>
              <UnionBrand />
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SearchBox />
            <LanguageSwitch />
            {signedIn ? (
              <Group gap="xs" wrap="nowrap">
                {!auth.hasRole('partner') && <NotificationBell />}
                <Text size="sm" visibleFrom="sm" data-testid="username">
                  {auth.me?.username ?? auth.user?.profile.preferred_username}
                </Text>
                <Button size="xs" variant="default" onClick={() => void auth.logout()}>
                  {t('auth.logout')}
                </Button>
              </Group>
            ) : (
              <Button
                size="xs"
                onClick={() =>
                  void auth.login(
                    location.pathname === paths.home.path ? paths.dashboard.getHref() : undefined,
                  )
                }
                loading={auth.status === 'loading'}
              >
                {t('auth.login')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      {/* the menu scrolls on its own: an office role's sections are taller than a laptop's screen */}
      <AppShell.Navbar p="sm" aria-label={t('nav.main')} style={{ overflowY: 'auto' }}>
        <Navigation onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense
          fallback={
            <>
              <TopProgress active />
              <LoadingState />
            </>
          }
        >
          <Outlet />
        </Suspense>
        <UnionFooter />
      </AppShell.Main>
    </AppShell>
  );
}
