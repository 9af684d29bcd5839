import { useState } from 'react';
import { isApiError, type ApiError } from '@/lib/api/problem';
import { ConflictDialog } from './conflict-dialog';

/**
 * The "changed by someone else" dialog for writes sent with If-Match. handle(error, onOther) opens it
 * on a 412 and passes any other error to onOther; its reload button runs reload (read the latest
 * version and reset what was based on the old one), then closes it. Render dialog once.
 */
export function useConflict(reload: () => Promise<unknown>) {
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [reloading, setReloading] = useState(false);

  const handle = (error: unknown, onOther?: (error: unknown) => void) => {
    if (isApiError(error, 412)) setConflict(error);
    else onOther?.(error);
  };

  const reloadLatest = async () => {
    setReloading(true);
    try {
      await reload();
      setConflict(null);
    } finally {
      setReloading(false);
    }
  };

  const dialog = (
    <ConflictDialog
      opened={conflict !== null}
      detail={conflict?.problem.detail}
      reloading={reloading}
      onReload={() => void reloadLatest()}
      onClose={() => setConflict(null)}
    />
  );
  return { handle, dialog };
}
