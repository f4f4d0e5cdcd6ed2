import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { roleLabels } from '../../domain/org/roles';
import type { SessionUser } from '../session/session';

export function HomePage({ user }: { user: SessionUser }) {
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          Добро пожаловать, {user.name}
        </Title>
        <Text c="dimmed">Ваши роли: {user.roles.map((r) => roleLabels[r]).join(', ')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {user.sections.map((s) => (
          <Card key={s.key} withBorder component={Link} to={s.path} padding="lg">
            <Text fw={600}>{s.title}</Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
