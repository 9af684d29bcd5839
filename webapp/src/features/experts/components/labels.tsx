import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { tk } from '@/i18n';
import { formatDate } from '@/lib/format';
import type { Availability, Membership, Visibility } from '../api/experts';
import type { VisibilityGroup } from '../api/expert-form-model';
import type { FilterKey } from '../api/search-params';

export const AVAILABILITY_LABEL: Record<Availability, string> = {
  available: tk('experts.availability.available'),
  busy: tk('experts.availability.busy'),
  retired: tk('experts.availability.retired'),
};

export const MEMBERSHIP_LABEL: Record<Membership, string> = {
  proposed: tk('experts.membership.proposed'),
  active: tk('experts.membership.active'),
};

export const VISIBILITY_LABEL: Record<Visibility, string> = {
  public: tk('experts.visibility.level.public'),
  partners: tk('experts.visibility.level.partners'),
  internal: tk('experts.visibility.level.internal'),
};

/** What each group of fields holds: the sentence under its visibility select. */
export const VISIBILITY_GROUP_LABEL: Record<VisibilityGroup, string> = {
  profile: tk('experts.visibility.group.profile'),
  biography: tk('experts.visibility.group.biography'),
  contact: tk('experts.visibility.group.contact'),
  availability: tk('experts.visibility.group.availability'),
};

export const VISIBILITY_GROUP_HELP: Record<VisibilityGroup, string> = {
  profile: tk('experts.visibility.help.profile'),
  biography: tk('experts.visibility.help.biography'),
  contact: tk('experts.visibility.help.contact'),
  availability: tk('experts.visibility.help.availability'),
};

/** The headings of the facet panels and the names of the filters on the chips. */
export const FILTER_LABEL: Record<FilterKey, string> = {
  field: tk('experts.facets.fields'),
  qualification: tk('experts.facets.qualifications'),
  associationId: tk('experts.facets.associations'),
  availability: tk('experts.facets.availability'),
  membership: tk('experts.facets.membership'),
};

// The dot variant keeps the label in the text colour (WCAG AA contrast); the dot carries the colour.
const AVAILABILITY_COLOR: Record<Availability, string> = {
  available: 'teal',
  busy: 'orange',
  retired: 'gray',
};

/** "Sẵn sàng", or "Đang bận đến 31/03/2027". */
export function AvailabilityBadge({
  availability,
  busyUntil,
}: {
  availability: Availability;
  busyUntil?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="dot"
      color={AVAILABILITY_COLOR[availability]}
      style={{ textTransform: 'none' }}
      data-testid="availability"
    >
      {availability === 'busy' && busyUntil
        ? t('experts.availability.busyUntil', { date: formatDate(busyUntil) })
        : t(AVAILABILITY_LABEL[availability])}
    </Badge>
  );
}

export function ProposedBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="outline" color="orange.9" style={{ textTransform: 'none' }} data-testid="proposed">
      {t(MEMBERSHIP_LABEL.proposed)}
    </Badge>
  );
}

/** The UI language, for names the API gives in both languages (fields, titles and degrees). */
export function useLanguage(): 'vi' | 'en' {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
}
