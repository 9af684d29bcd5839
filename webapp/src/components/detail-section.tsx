import { Card, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A titled part of a detail page (a card with a level-2 heading). With an id, the heading gets it and
 * names the section (aria-labelledby).
 */
export function Section({
  title,
  id,
  testId,
  children,
}: {
  title: string;
  id?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** One labelled value in a definition list (<dl>); "—" when there is none. */
export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} data-testid={testId}>
        {children || '—'}
      </Text>
    </div>
  );
}
