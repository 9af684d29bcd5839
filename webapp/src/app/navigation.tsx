import { NavLink, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { useAuth, type Role } from '@/lib/auth/auth-context';

interface Item {
  to: string;
  label: string;
  show: boolean;
  end?: boolean;
}

interface Section {
  key: string;
  label: string;
  items: Item[];
}

/** The section a path belongs to: the one holding the longest link that starts it. */
function currentSection(sections: Section[], pathname: string): string | undefined {
  let best: { key: string; length: number } | undefined;
  for (const s of sections) {
    for (const i of s.items) {
      const to = i.to.split('?')[0] ?? i.to;
      const matches = to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
      if (matches && (!best || to.length > best.length)) best = { key: s.key, length: to.length };
    }
  }
  return best?.key;
}

/**
 * The main navigation, by area of work: only the sections and entries the caller's roles can use. On a
 * desktop every section of the role is open; on a phone only the current one is, the others fold.
 */
export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const phone = useMediaQuery('(max-width: 48em)');
  const signedIn = auth.status === 'authenticated';
  const office = signedIn && auth.hasRole('admin', 'staff');
  const is = (...roles: Role[]) => signedIn && auth.hasRole(...roles);

  const sections: Section[] = [
    {
      key: 'overview',
      label: t('nav.section.overview'),
      items: [
        { to: paths.home.getHref(), label: t('nav.home'), show: true, end: true },
        { to: paths.dashboard.getHref(), label: t('nav.dashboard'), show: signedIn },
        { to: paths.news.list.getHref(), label: t('nav.news'), show: true },
      ],
    },
    {
      key: 'associations',
      label: t('nav.section.associations'),
      items: [
        { to: paths.associations.directory.getHref(), label: t('nav.directory'), show: true },
        { to: paths.associations.list.getHref(), label: t('nav.associations'), show: signedIn, end: true },
      ],
    },
    {
      key: 'program',
      label: t('nav.section.program'),
      items: [
        {
          to: paths.programs.list.getHref(),
          label: t('nav.programs'),
          show: is('admin', 'staff', 'association-officer'),
        },
        { to: paths.fund.calls.getHref(), label: t('nav.fund'), show: true },
      ],
    },
    {
      key: 'experts',
      label: t('nav.section.experts'),
      items: [
        { to: paths.experts.directory.getHref(), label: t('nav.experts'), show: true },
        { to: paths.experts.myProfile.getHref(), label: t('nav.myExpertProfile'), show: is('expert') },
        { to: paths.consultations.board.getHref(), label: t('nav.consultations'), show: office },
        {
          to: paths.consultations.myAssignments.getHref(),
          label: t('nav.myAssignments'),
          show: is('expert'),
        },
      ],
    },
    {
      key: 'bulletin',
      label: t('nav.section.bulletin'),
      items: [
        { to: paths.bulletins.archive.getHref(), label: t('nav.bulletins'), show: true },
        { to: paths.partners.bulletins.getHref(), label: t('nav.partnerBulletins'), show: true },
        { to: paths.bulletins.board.getHref(), label: t('nav.bulletinBoard'), show: office },
        { to: paths.distribution.issues.getHref(), label: t('nav.distribution'), show: office },
        { to: paths.partners.list.getHref(), label: t('nav.partners'), show: office },
        {
          to: paths.partners.myDeliveries.getHref(),
          label: t('nav.myPartnerDeliveries'),
          show: is('partner'),
        },
      ],
    },
    {
      key: 'contest',
      label: t('nav.section.contest'),
      items: [
        { to: paths.contests.current.getHref(), label: t('nav.contests'), show: true },
        {
          to: paths.contests.entries.getHref(),
          label: t('nav.contestEntries'),
          show: is('admin', 'staff', 'contest-coordinator'),
        },
        { to: paths.contests.board.getHref(), label: t('nav.contestBoard'), show: office },
        { to: paths.judging.mine.getHref(), label: t('nav.judging'), show: is('judge', 'expert') },
      ],
    },
    {
      key: 'office',
      label: t('nav.section.office'),
      items: [
        {
          to: paths.registry.list.getHref(),
          label: t('nav.registry'),
          show: is('admin', 'staff', 'association-officer'),
        },
        { to: paths.registry.myDocuments.getHref(), label: t('registry.handling.nav.mine'), show: office },
        { to: paths.registry.handling.getHref(), label: t('registry.handling.nav.office'), show: office },
        { to: paths.calendar.month.getHref(), label: t('nav.calendar'), show: true },
        { to: paths.calendar.events.getHref(), label: t('nav.events'), show: true },
        { to: paths.news.board.getHref(), label: t('nav.newsBoard'), show: office },
      ],
    },
    {
      key: 'administration',
      label: t('nav.section.administration'),
      items: [
        { to: paths.audit.getHref(), label: t('nav.audit'), show: is('admin') },
        { to: paths.union.settings.getHref(), label: t('nav.unionSettings'), show: is('admin') },
      ],
    },
  ]
    .map((s) => ({ ...s, items: s.items.filter((i) => i.show) }))
    .filter((s) => s.items.length > 0);

  const current = currentSection(sections, location.pathname);
  return (
    <Stack gap={2}>
      {sections.map((s) => (
        <NavLink
          key={`${s.key}-${phone ? 'phone' : 'desk'}`}
          component="button"
          label={s.label}
          defaultOpened={!phone || s.key === current}
          active={s.key === current}
          variant="subtle"
          fw={600}
          childrenOffset={0}
          data-testid={`nav-section-${s.key}`}
        >
          {s.items.map((i) => (
            <NavLink
              key={i.to}
              component={RouterNavLink}
              to={i.to}
              end={i.end}
              label={i.label}
              onClick={onNavigate}
            />
          ))}
        </NavLink>
      ))}
    </Stack>
  );
}
