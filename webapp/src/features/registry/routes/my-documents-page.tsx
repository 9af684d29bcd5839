import { useTranslation } from 'react-i18next';
import { HandlingTable } from '../components/handling-table';

/** "My documents": the incoming documents assigned to the signed-in handler, overdue first. */
export default function MyDocumentsPage() {
  const { t } = useTranslation();
  return (
    <HandlingTable mine title={t('registry.handling.mineTitle')} intro={t('registry.handling.mineIntro')} />
  );
}
