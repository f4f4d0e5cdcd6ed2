import { useState, type FormEvent } from 'react';
import { Alert, Anchor, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useSession } from '../session/session';
import { ApiError } from '../api/client';

export function LoginPage() {
  const { login, session } = useSession();

  const [values, setValues] = useState({ login: '', password: '' });
  const [error, setError] = useState<string>();
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setFields({});
    try {
      // The workplace then leaves the login page for the page the user came from (workplace.tsx).
      await login(values.login, values.password);
    } catch (err) {
      const apiError = err instanceof ApiError ? err : undefined;
      setFields(apiError?.fields ?? {});
      setError(apiError?.message ?? 'Не удалось войти. Повторите попытку.');
      setValues((v) => ({ ...v, password: '' }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" bg="gray.0" component="main">
      <Paper withBorder p="xl" w={380} shadow="sm">
        <form onSubmit={submit} noValidate aria-labelledby="login-title">
          <Stack>
            <div>
              <Title order={1} size="h3" id="login-title">
                Вход в рабочее место
              </Title>
              <Text c="dimmed" size="sm">
                {session?.organisation?.shortName ?? 'Приёмная'}
              </Text>
            </div>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput label="Имя пользователя" name="username" autoComplete="username" autoFocus required value={values.login} error={fields.login} onChange={(e) => setValues({ ...values, login: e.currentTarget.value })} />
            <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Показать или скрыть пароль' }} label="Пароль" name="password" autoComplete="current-password" required value={values.password} error={fields.password} onChange={(e) => setValues({ ...values, password: e.currentTarget.value })} />
            <Button type="submit" loading={busy} fullWidth>
              Войти
            </Button>
            <Text size="xs" c="dimmed">
              Забыли пароль? Обратитесь к администратору системы. <Anchor component={Link} to="/" size="xs">На портал</Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
