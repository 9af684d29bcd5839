import { Anchor, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The top of a page below a list or board: the way back to it, the page's heading and its introduction. */
export function PageHeader({
  back,
  title,
  intro,
}: {
  back?: { to: string; label: string };
  title: ReactNode;
  intro?: ReactNode;
}) {
  return (
    <>
      {back && (
        <Text size="sm">
          <Anchor component={Link} to={back.to}>
            {back.label}
          </Anchor>
        </Text>
      )}
      <Title order={1}>{title}</Title>
      {intro && (
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
      )}
    </>
  );
}
