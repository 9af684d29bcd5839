import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { notifySuccess } from '@/components/notify';
import { QueryState } from '@/components/page-states';
import { ProblemAlert } from '@/components/problem-alert';
import { useVersionedEdit } from '@/components/use-versioned-edit';
import {
  fromPartner,
  partnerFieldErrors,
  storedSecretsOf,
  toPartnerInput,
  type PartnerFormErrors,
} from '../api/partner-form-model';
import { usePartner, useUpdatePartner, type Partner } from '../api/partners';
import { PartnerForm } from '../components/partner-form';
import { paths } from '@/config/paths';

/** Edits a partner (admin): If-Match with the version opened; write-only secrets stay when left empty. */
export default function PartnerEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const detail = usePartner(id);
  if (!detail.isSuccess) return <QueryState query={detail} />;
  const partner = detail.data;
  const back = () => void navigate(paths.partners.detail.getHref(partner.id));

  return (
    <Stack gap="md">
      <Title order={1}>{t('partners.form.editTitle')}</Title>
      <Text fw={600} data-testid="partner-title">
        {partner.name}
      </Text>
      <PartnerEditor
        key={partner.version}
        initial={partner}
        reload={async () => (await detail.refetch()).data}
        onDone={back}
      />
    </Stack>
  );
}

function PartnerEditor({
  initial,
  reload,
  onDone,
}: {
  initial: Partner;
  reload: () => Promise<Partner | undefined>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const edit = useVersionedEdit<Partner, PartnerFormErrors>(initial, reload);
  const update = useUpdatePartner(edit.base.id);
  return (
    <Stack gap="sm">
      {edit.error ? <ProblemAlert error={edit.error} /> : null}
      <PartnerForm
        key={edit.formKey}
        initial={fromPartner(edit.base)}
        stored={storedSecretsOf(edit.base)}
        submitting={update.isPending}
        submitLabel={t('partners.form.save')}
        serverErrors={edit.serverErrors}
        onCancel={onDone}
        onSubmit={(values) => {
          edit.clearError();
          update.mutate(
            { body: toPartnerInput(values), version: edit.base.version },
            {
              onSuccess: (saved) => {
                notifySuccess(t('partners.form.saved', { name: saved.name }));
                onDone();
              },
              onError: (e) => edit.failed(e, (problem) => partnerFieldErrors(problem.fieldErrors()).byField),
            },
          );
        }}
      />
      {edit.conflictDialog}
    </Stack>
  );
}
