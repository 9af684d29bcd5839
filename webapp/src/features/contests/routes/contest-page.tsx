import { Anchor, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { QueryState } from '@/components/page-states';
import { useCurrentEdition, useEdition, useEditions } from '../api/editions';
import { EditionOverview } from '../components/edition-overview';
import { PHASE_LABEL } from '../components/labels';
import { paths } from '@/config/paths';

/** The public contest page: the current edition (/contests) or any published one (/contests/:editionId). */
export default function ContestPage() {
  const { editionId } = useParams();
  return editionId ? <OneEdition id={editionId} /> : <CurrentEdition />;
}

function CurrentEdition() {
  const { t } = useTranslation();
  const current = useCurrentEdition();
  if (!current.isSuccess) return <QueryState query={current} />;
  if (!current.data) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('contests.public.title')}</Title>
        <Text c="dimmed" data-testid="no-edition">
          {t('contests.public.none')}
        </Text>
        <PastEditions />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <EditionOverview edition={current.data} />
      <PastEditions exclude={current.data.id} />
    </Stack>
  );
}

function OneEdition({ id }: { id: string }) {
  const edition = useEdition(id);
  if (!edition.isSuccess) return <QueryState query={edition} />;
  return (
    <Stack gap="lg">
      <EditionOverview edition={edition.data} />
      <PastEditions exclude={id} />
    </Stack>
  );
}

/** The other published editions, newest first. */
function PastEditions({ exclude }: { exclude?: string }) {
  const { t } = useTranslation();
  const editions = useEditions('public');
  const others = (editions.data ?? []).filter((e) => e.id !== exclude);
  if (others.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="other-editions">
      <Title order={2} size="h3" id="other-editions" mb="sm">
        {t('contests.public.otherEditions')}
      </Title>
      <List spacing="xs" data-testid="other-editions">
        {others.map((e) => (
          <List.Item key={e.id}>
            <Anchor component={Link} to={paths.contests.edition.getHref(e.id)}>
              {t('contests.public.editionLink', { year: e.year, name: e.name })}
            </Anchor>{' '}
            <Text span size="sm" c="dimmed">
              ({t(PHASE_LABEL[e.phase])})
            </Text>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
