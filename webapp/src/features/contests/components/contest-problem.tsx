import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { contestProblemTitle } from './labels';

/** The API's problem with a heading naming the kind of contest rule that refused the request. */
export function ContestProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const title = contestProblemTitle(error);
  return <ProblemAlert error={error} title={title ? t(title) : undefined} />;
}
