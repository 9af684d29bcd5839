import { STATUSES } from '@/features/dashboard/api/dashboard';
export const x = STATUSES;
