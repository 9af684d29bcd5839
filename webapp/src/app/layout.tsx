import { Anchor, AppShell, Burger, Button, Group, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { LoadingState } from '@/components/page-states';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { TopProgress } from '@/components/top-progress';
import { useAuth } from '@/lib/auth/auth-context';
import { paths } from '@/config/paths';

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

  const items: NavItem[] = [
    { to: paths.home.getHref(), label: t('nav.home'), show: true, end: true },
    { to: paths.news.list.getHref(), label: t('nav.news'), show: true },
    { to: paths.associations.directory.getHref(), label: t('nav.directory'), show: true },
    { to: paths.dashboard.getHref(), label: t('nav.dashboard'), show: signedIn },
    { to: paths.associations.list.getHref(), label: t('nav.associations'), show: signedIn, end: true },
    {
      to: paths.programs.list.getHref(),
      label: t('nav.programs'),
      show: signedIn && auth.hasRole('admin', 'staff', 'association-officer'),
    },
    { to: paths.calendar.month.getHref(), label: t('nav.calendar'), show: true },
    { to: paths.calendar.events.getHref(), label: t('nav.events'), show: true },
    { to: paths.experts.directory.getHref(), label: t('nav.experts'), show: true },
    { to: paths.bulletins.archive.getHref(), label: t('nav.bulletins'), show: true },
    { to: paths.partners.bulletins.getHref(), label: t('nav.partnerBulletins'), show: true },
    { to: paths.contests.current.getHref(), label: t('nav.contests'), show: true },
    {
      to: paths.contests.entries.getHref(),
      label: t('nav.contestEntries'),
      show: signedIn && auth.hasRole('admin', 'staff', 'contest-coordinator'),
    },
    {
      to: paths.contests.board.getHref(),
      label: t('nav.contestBoard'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: paths.consultations.board.getHref(),
      label: t('nav.consultations'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: paths.news.board.getHref(),
      label: t('nav.newsBoard'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: paths.bulletins.board.getHref(),
      label: t('nav.bulletinBoard'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: paths.distribution.issues.getHref(),
      label: t('nav.distribution'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: paths.registry.list.getHref(),
      label: t('nav.registry'),
      show: signedIn && auth.hasRole('admin', 'staff', 'association-officer'),
    },
    {
      to: paths.registry.myDocuments.getHref(),
      label: t('registry.handling.nav.mine'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: paths.registry.handling.getHref(),
      label: t('registry.handling.nav.office'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: paths.consultations.myAssignments.getHref(),
      label: t('nav.myAssignments'),
      show: signedIn && auth.hasRole('expert'),
    },
    {
      to: paths.judging.mine.getHref(),
      label: t('nav.judging'),
      show: signedIn && auth.hasRole('judge', 'expert'),
    },
    {
      to: paths.experts.myProfile.getHref(),
      label: t('nav.myExpertProfile'),
      show: signedIn && auth.hasRole('expert'),
    },
    {
      to: paths.partners.list.getHref(),
      label: t('nav.partners'),
      show: signedIn && auth.hasRole('admin', 'staff'),
    },
    {
      to: paths.partners.myDeliveries.getHref(),
      label: t('nav.myPartnerDeliveries'),
      show: signedIn && auth.hasRole('partner'),
    },
    { to: paths.audit.getHref(), label: t('nav.audit'), show: signedIn && auth.hasRole('admin') },
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
            <Anchor component={Link} to={paths.home.getHref()} underline="never" c="inherit" fw={700}>
              <Text span fw={700} visibleFrom="xs">
                {t('app.name')}
              </Text>
              <Text span fw={700} hiddenFrom="xs">
                {t('app.shortName')}
              </Text>
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
      </AppShell.Main>
    </AppShell>
  );
}
