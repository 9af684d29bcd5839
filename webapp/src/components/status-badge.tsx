import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A state shown as a dot badge: the dot carries the colour, the label keeps the text colour (contrast).
 * testId and value let the e2e specs find it and read the state without depending on the language.
 */
export function StatusBadge({
  color,
  testId,
  value,
  valueAttribute = 'data-status',
  children,
}: {
  color: string;
  testId?: string;
  /** Put in data-status (or the attribute named by valueAttribute). */
  value?: string | boolean;
  valueAttribute?: 'data-status' | 'data-active';
  children: ReactNode;
}) {
  return (
    <Badge
      variant="dot"
      color={color}
      style={{ textTransform: 'none' }}
      data-testid={testId}
      {...{ [valueAttribute]: value === undefined ? undefined : String(value) }}
    >
      {children}
    </Badge>
  );
}
