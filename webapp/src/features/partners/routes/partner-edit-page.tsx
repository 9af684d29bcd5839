import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { QueryState } from '@/components/page-states';
import { VersionedEditForm } from '@/components/versioned-edit-form';
import { fromPartner, partnerFieldErrors, storedSecretsOf, toPartnerInput } from '../api/partner-form-model';
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
  const update = useUpdatePartner(initial.id);
  return (
    <VersionedEditForm
      record={initial}
      reload={reload}
      mutation={update}
      toBody={toPartnerInput}
      fieldErrors={(problem) => partnerFieldErrors(problem.fieldErrors()).byField}
      saved={(saved) => t('partners.form.saved', { name: saved.name })}
      onDone={onDone}
    >
      {({ base, ...form }) => (
        <PartnerForm
          {...form}
          initial={fromPartner(base)}
          stored={storedSecretsOf(base)}
          submitLabel={t('partners.form.save')}
        />
      )}
    </VersionedEditForm>
  );
}
