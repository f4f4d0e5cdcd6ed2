import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage({ forbidden = false }: { forbidden?: boolean }) {
  return (
    <Stack>
      <Title order={1} size="h3">
        {forbidden ? 'Нет доступа' : 'Страница не найдена'}
      </Title>
      <Text>{forbidden ? 'Этот раздел недоступен для ваших ролей. Если доступ нужен для работы, обратитесь к администратору.' : 'Проверьте адрес или вернитесь на главную страницу.'}</Text>
      <Anchor component={Link} to="/app">
        На главную
      </Anchor>
    </Stack>
  );
}
