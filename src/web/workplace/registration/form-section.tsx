import type { ReactNode } from 'react';
import { Card, Group, Stack, Title } from '@mantine/core';

/** A titled part of the registration card (a region a screen reader can jump to). */
export function FormSection({ title, id, actions, children }: { title: string; id: string; actions?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`${id}-title`}>
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Card>
  );
}
