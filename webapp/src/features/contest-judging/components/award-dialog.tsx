import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { AWARDS, type Award, type RankingRow } from '../api/judging';
import { AWARD_LABEL, awardNameError } from '../api/ranking-model';

const NONE = 'none';

/** Changing one entry's award after confirmation: another award, a named special prize, or none. */
export function AwardDialog({
  row,
  busy,
  error,
  onSave,
  onClose,
}: {
  row: RankingRow | null;
  busy: boolean;
  error: unknown;
  onSave: (award: Award | null, awardName: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={row !== null}
      onClose={onClose}
      title={row ? t('contestJudging.award.title', { entry: `${row.code} · ${row.title}` }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {row && (
        <AwardForm key={row.entryId} row={row} busy={busy} error={error} onSave={onSave} onClose={onClose} />
      )}
    </Modal>
  );
}

function AwardForm({
  row,
  busy,
  error,
  onSave,
  onClose,
}: {
  row: RankingRow;
  busy: boolean;
  error: unknown;
  onSave: (award: Award | null, awardName: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [award, setAward] = useState<Award | null>(row.award ?? null);
  const [name, setName] = useState(row.awardName ?? '');
  const [nameError, setNameError] = useState<string>();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const problem = awardNameError(award, name);
        setNameError(problem ? t(problem) : undefined);
        if (!problem) onSave(award, name.trim());
      }}
      data-testid="award-form"
    >
      <Stack gap="sm">
        <Select
          label={t('contestJudging.award.label')}
          data={[
            { value: NONE, label: t('contestJudging.award.none') },
            ...AWARDS.map((a) => ({ value: a, label: t(AWARD_LABEL[a]) })),
          ]}
          value={award ?? NONE}
          onChange={(v) => setAward(!v || v === NONE ? null : (v as Award))}
          allowDeselect={false}
          data-testid="award-select"
        />
        {award === 'special' && (
          <TextInput
            label={t('contestJudging.award.name')}
            placeholder={t('contestJudging.award.namePlaceholder')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={nameError}
            maxLength={300}
            data-testid="award-name"
          />
        )}
        {error ? <ProblemAlert error={error} /> : null}
        <Group>
          <Button type="submit" loading={busy} data-testid="award-save">
            {t('contestJudging.save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
