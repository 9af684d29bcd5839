import { Anchor, Badge, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '@/components/list-page';
import { Link } from 'react-router';
import { Fact, Section } from '@/components/detail-section';
import type { Expert, ExpertVocabulary } from '../api/experts';
import { VISIBILITY_GROUPS } from '../api/expert-form-model';
import { qualificationName } from '../api/facets';
import {
  AvailabilityBadge,
  ProposedBadge,
  VISIBILITY_GROUP_LABEL,
  VISIBILITY_LABEL,
  useLanguage,
} from './labels';
import { paths } from '@/config/paths';

/**
 * A profile as the API returned it: a group the caller may not see comes back empty (null) and is
 * simply not shown. The caller adds its own buttons (actions).
 */
export function ExpertProfile({
  expert: e,
  vocabulary,
  actions,
}: {
  expert: Expert;
  vocabulary: ExpertVocabulary | undefined;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const qualifications = [e.titleCode, e.degreeCode]
    .filter((c): c is string => !!c)
    .map((c) => qualificationName(vocabulary, c, language));
  const showsBiography = e.publications != null || e.languages != null || e.biography != null;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} data-testid="expert-name">
            {e.displayName}
          </Title>
          <Group gap="xs">
            {e.availability != null && (
              <AvailabilityBadge availability={e.availability} busyUntil={e.busyUntil} />
            )}
            {e.membership === 'proposed' && <ProposedBadge />}
            {qualifications.length > 0 && <Text c="dimmed">{qualifications.join(', ')}</Text>}
          </Group>
        </Stack>
        {actions && <Group>{actions}</Group>}
      </Group>

      <Section title={t('experts.section.profile')} testId="expert-profile-section">
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
          <Fact label={t('experts.field.fullName')}>{e.fullName}</Fact>
          <Fact label={t('experts.field.position')}>{e.position}</Fact>
          <Fact label={t('experts.field.organisation')}>{e.organisation}</Fact>
          <Fact label={t('experts.field.fields')} testId="expert-fields">
            {e.fields.length > 0 && (
              <Group gap={4} component="span">
                {e.fields.map((f) => (
                  <Badge
                    key={f.code}
                    variant="light"
                    color="blue"
                    c="blue.9"
                    style={{ textTransform: 'none' }}
                  >
                    {language === 'en' ? f.nameEn : f.nameVi}
                  </Badge>
                ))}
              </Group>
            )}
          </Fact>
          <Fact label={t('experts.field.keywords')}>{e.keywords.join(', ')}</Fact>
          <Fact label={t('experts.field.associations')} testId="expert-associations">
            {e.associations.length > 0 && (
              <Group gap="xs" component="span">
                {e.associations.map((a) => (
                  <Anchor key={a.id} component={Link} to={paths.associations.detail.getHref(a.id)}>
                    {a.name}
                  </Anchor>
                ))}
              </Group>
            )}
          </Fact>
        </SimpleGrid>
      </Section>

      {showsBiography && (
        <Section title={t('experts.section.biography')} testId="expert-biography-section">
          {e.biography ? (
            <Text style={{ whiteSpace: 'pre-line' }} data-testid="expert-biography">
              {e.biography}
            </Text>
          ) : (
            <Text c="dimmed">{t('experts.profile.noBiography')}</Text>
          )}
          <Title order={3} size="h4" mt="md" mb="xs">
            {t('experts.field.publications')}
          </Title>
          {e.publications && e.publications.length > 0 ? (
            <List spacing={4} data-testid="expert-publications">
              {e.publications.map((p, i) => (
                <List.Item key={`${i}:${p.title}`}>
                  {p.url ? (
                    <Anchor href={p.url} target="_blank" rel="noopener noreferrer">
                      {p.title}
                    </Anchor>
                  ) : (
                    p.title
                  )}
                  {p.year != null && (
                    <Text span c="dimmed">
                      {' '}
                      ({p.year})
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          ) : (
            <Text c="dimmed">{t('experts.profile.noPublications')}</Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" mt="md" mb={0}>
            <Fact label={t('experts.field.orcid')}>
              {e.orcid && (
                <Anchor
                  href={`https://orcid.org/${e.orcid}`}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="expert-orcid"
                >
                  {`https://orcid.org/${e.orcid}`}
                </Anchor>
              )}
            </Fact>
            <Fact label={t('experts.field.languages')}>{(e.languages ?? []).join(', ')}</Fact>
          </SimpleGrid>
        </Section>
      )}

      {e.contact != null && (
        <Section title={t('experts.section.contact')} testId="expert-contact">
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
            <Fact label={t('experts.field.email')}>
              {e.contact.email && <Anchor href={`mailto:${e.contact.email}`}>{e.contact.email}</Anchor>}
            </Fact>
            <Fact label={t('experts.field.phone')}>
              {e.contact.phone && (
                <Anchor href={`tel:${e.contact.phone.replace(/[^0-9+]/g, '')}`}>{e.contact.phone}</Anchor>
              )}
            </Fact>
            <Fact label={t('experts.field.address')}>{e.contact.address}</Fact>
          </SimpleGrid>
        </Section>
      )}

      {(e.visibility != null || e.username != null) && (
        <Section title={t('experts.section.visibility')} testId="expert-visibility">
          {e.visibility != null && (
            <ListTable
              columns={[t('experts.visibility.groupColumn'), t('experts.visibility.levelColumn')]}
              minWidth={360}
              striped={false}
            >
              {VISIBILITY_GROUPS.map((g) => {
                const level = e.visibility?.[g];
                return (
                  <Table.Tr key={g}>
                    <Table.Th scope="row" fw={400}>
                      {t(VISIBILITY_GROUP_LABEL[g])}
                    </Table.Th>
                    <Table.Td>{level ? t(VISIBILITY_LABEL[level]) : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </ListTable>
          )}
          {e.username != null && (
            <Text size="sm" mt="sm" data-testid="expert-username">
              {t('experts.profile.linkedAccount', { username: e.username })}
            </Text>
          )}
        </Section>
      )}
    </Stack>
  );
}
