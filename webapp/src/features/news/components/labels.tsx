import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import { tk } from '@/i18n';
import type { PostAudience, PostKind, PostStatus } from '../api/posts';

export const KIND_LABEL: Record<PostKind, string> = {
  news: tk('news.kind.news'),
  announcement: tk('news.kind.announcement'),
  event: tk('news.kind.event'),
};

export const STATUS_LABEL: Record<PostStatus, string> = {
  draft: tk('news.status.draft'),
  scheduled: tk('news.status.scheduled'),
  published: tk('news.status.published'),
  unpublished: tk('news.status.unpublished'),
};

export const AUDIENCE_LABEL: Record<PostAudience, string> = {
  public: tk('news.audience.public'),
  members: tk('news.audience.members'),
  internal: tk('news.audience.internal'),
};

// The dot variant keeps the label in the text colour (WCAG AA contrast); the dot carries the colour.
const STATUS_COLOR: Record<PostStatus, string> = {
  draft: 'gray',
  scheduled: 'violet',
  published: 'teal',
  unpublished: 'dark',
};

export function PostStatusBadge({ status }: { status: PostStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge color={STATUS_COLOR[status]} testId="post-status" value={status}>
      {t(STATUS_LABEL[status])}
    </StatusBadge>
  );
}
