import { useTranslation } from 'react-i18next';
import { HandlingTable } from '../components/handling-table';

/** The office's list of incoming documents by handling, overdue first. */
export default function HandlingListPage() {
  const { t } = useTranslation();
  return (
    <HandlingTable
      mine={false}
      title={t('registry.handling.title')}
      intro={t('registry.handling.officeIntro')}
    />
  );
}
