import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { QueryState } from '../api/use-query';

/** The loading, error and empty states every screen shows the same way. */
export function LoadState<T>({ query, empty, isEmpty, children }: { query: QueryState<T>; empty?: ReactNode; isEmpty?: (d: T) => boolean; children: (data: T) => ReactNode }) {
  if (query.error) {
    return (
      <Alert color="red" title="Не удалось загрузить данные" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{query.error.message}</Text>
          <Button size="xs" variant="light" onClick={query.reload}>
            Повторить
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (query.data === undefined) {
    return (
      <Center py="xl" aria-live="polite">
        <Loader aria-label="Загрузка" />
      </Center>
    );
  }
  if (isEmpty?.(query.data)) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {empty ?? 'Записей нет.'}
      </Text>
    );
  }
  return <>{children(query.data)}</>;
}

/** A list a form chooses from did not load: its message and «Повторить», beside the field. */
export function ListLoadError({ query, title }: { query: QueryState<unknown>; title: string }) {
  if (!query.error) return null;
  return (
    <Alert color="red" role="alert" title={title}>
      <Group gap="sm">
        <Text size="sm">{query.error.message}</Text>
        <Button size="xs" variant="light" onClick={query.reload}>
          Повторить
        </Button>
      </Group>
    </Alert>
  );
}
