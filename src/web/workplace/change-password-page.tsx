import { useState, type FormEvent } from 'react';
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../api/client';
import { useSession } from '../session/session';
import { showSuccess } from '../components/form-errors';

/** The user's own password; `forced` after a generated password (first login or reset). */
export function ChangePasswordPage({ forced = false }: { forced?: boolean }) {
  const { refresh, logout } = useSession();
  const navigate = useNavigate();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', repeat: '' });
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    if (values.newPassword !== values.repeat) {
      setFields({ repeat: 'Пароли не совпадают.' });
      return;
    }
    setFields({});
    setBusy(true);
    try {
      await api('POST', '/api/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      showSuccess('Пароль изменён.');
      await refresh();
      navigate('/app', { replace: true });
    } catch (err) {
      const apiError = err instanceof ApiError ? err : undefined;
      setFields(apiError?.fields ?? {});
      setError(apiError?.message ?? 'Пароль не изменён.');
    } finally {
      setBusy(false);
    }
  }

  const form = (
    <form onSubmit={submit} noValidate aria-labelledby="password-title">
      <Stack maw={420}>
        <Title order={1} size="h3" id="password-title">
          Смена пароля
        </Title>
        {forced && <Text size="sm">Пароль выдан администратором. Прежде чем продолжить, задайте собственный пароль: не менее 10 символов, буквы и цифры.</Text>}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Показать или скрыть пароль' }} label="Текущий пароль" autoComplete="current-password" required autoFocus value={values.currentPassword} error={fields.currentPassword} onChange={(e) => setValues({ ...values, currentPassword: e.currentTarget.value })} />
        <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Показать или скрыть пароль' }} label="Новый пароль" description="Не менее 10 символов, буквы и цифры" autoComplete="new-password" required value={values.newPassword} error={fields.newPassword} onChange={(e) => setValues({ ...values, newPassword: e.currentTarget.value })} />
        <PasswordInput visibilityToggleButtonProps={{ 'aria-label': 'Показать или скрыть пароль' }} label="Новый пароль ещё раз" autoComplete="new-password" required value={values.repeat} error={fields.repeat} onChange={(e) => setValues({ ...values, repeat: e.currentTarget.value })} />
        <Button type="submit" loading={busy}>
          Сменить пароль
        </Button>
        {forced && (
          <Button variant="subtle" onClick={() => void logout()}>
            Выйти
          </Button>
        )}
      </Stack>
    </form>
  );
  if (!forced) return form;
  return (
    <Center mih="100vh" bg="gray.0" component="main">
      <Paper withBorder p="xl" shadow="sm">
        {form}
      </Paper>
    </Center>
  );
}
