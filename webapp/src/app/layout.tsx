import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { LoadingState } from '@/components/page-states';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { UnionBrand } from '@/features/union/components/union-brand';
import { UnionFooter } from '@/features/union/components/union-footer';
import { useDocumentTitle } from '@/features/union/components/use-document-title';
import { TopProgress } from '@/components/top-progress';
import { useAuth } from '@/lib/auth/auth-context';

interface NavItem {
  to: string;
  label: string;
  show: boolean;
  end?: boolean;
}

export function Layout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const signedIn = auth.status === 'authenticated';
  useDocumentTitle();

  const items: NavItem[] = [
    { to: '/', label: t('nav.home'), show: true, end: true },
    { to: '/news', label: t('nav.news'), show: true },
    { to: '/directory', label: t('nav.directory'), show: true },
    { to: '/dashboard', label: t('nav.dashboard'), show: signedIn },
    { to: '/associations', label: t('nav.associations'), show: signedIn, end: true },
    {
      to: '/programs',
      label: t('nav.programs'),
      show: signedIn && auth.hasRole('admin', 'staff', 'association-officer'),
    },
    { to: '/calendar', label: t('nav.calendar'), show: true },
    { to: '/events', label: t('nav.events'), show: true },
    { to: '/experts', label: t('nav.experts'), show: true },
    { to: '/bulletins', label: t('nav.bulletins'), show: true },
    { to: '/partner-bulletins', label: t('nav.partnerBulletins'), show: true },
    { to: '/contests', label: t('nav.contests'), show: true },
    {
      to: '/contest-entries',
      label: t('nav.contestEntries'),
      show: signedIn && auth.hasRole('admin', 'staff', 'contest-coordinator'),
    },
    { to: '/contest-board', label: t('nav.contestBoard'), show: signedIn && auth.hasRole('admin', 'staff') },
    { to: '/consultations', label: t('nav.consultations'), show: signedIn && auth.hasRole('admin', 'staff') },
    { to: '/news-board', label: t('nav.newsBoard'), show: signedIn && auth.hasRole('admin', 'staff') },
    {
      to: '/bulletin-board',
      label: t('nav.bulletinBoard'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: '/distribution',
      label: t('nav.distribution'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: '/registry',
      label: t('nav.registry'),
      show: signedIn && auth.hasRole('admin', 'staff', 'association-officer'),
    },
    {
      to: '/registry/my-documents',
      label: t('registry.handling.nav.mine'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: '/registry/handling',
      label: t('registry.handling.nav.office'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    { to: '/my-assignments', label: t('nav.myAssignments'), show: signedIn && auth.hasRole('expert') },
    { to: '/judging', label: t('nav.judging'), show: signedIn && auth.hasRole('judge', 'expert') },
    { to: '/me/expert-profile', label: t('nav.myExpertProfile'), show: signedIn && auth.hasRole('expert') },
    { to: '/partners', label: t('nav.partners'), show: signedIn && auth.hasRole('admin', 'staff') },
    {
      to: '/me/partner-deliveries',
      label: t('nav.myPartnerDeliveries'),
      show: signedIn && auth.hasRole('partner'),
    },
    { to: '/audit', label: t('nav.audit'), show: signedIn && auth.hasRole('admin') },
    { to: '/admin/union', label: t('nav.unionSettings'), show: signedIn && auth.hasRole('admin') },
  ];

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
            <Anchor component={Link} to="/" underline="never" c="inherit" fw={700}>
              <UnionBrand />
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
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
                onClick={() => void auth.login(location.pathname === '/' ? '/dashboard' : undefined)}
                loading={auth.status === 'loading'}
              >
                {t('auth.login')}
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
        <Stack gap={2}>
          {items
            .filter((i) => i.show)
            .map((i) => (
              <NavLink
                key={i.to}
                component={RouterNavLink}
                to={i.to}
                end={i.end}
                label={i.label}
                onClick={close}
              />
            ))}
        </Stack>
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
