import type { ReactNode } from 'react';
import { Alert, Anchor, AppShell, Badge, Burger, Button, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, useLocation } from 'react-router';
import { roleLabels } from '../../domain/org/roles';
import { useSession, type SessionUser } from '../session/session';
import { api } from '../api/client';
import { showApiError } from '../components/form-errors';
import { DeliveryAlert } from '../components/delivery-alert';

/** The workplace frame: the role's sections on the left, who is working (and for whom) on top. */
export function Shell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure();
  const { session, logout, refresh } = useSession();
  const location = useLocation();

  async function actFor(userId: number | null) {
    try {
      await api('POST', '/api/auth/acting-for', { userId });
      await refresh();
    } catch (e) {
      showApiError(e);
    }
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#main">
        Перейти к содержанию
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Меню разделов" />
            <Text component={Link} to="/app" fw={700}>
              Приёмная
            </Text>
            <Text c="dimmed" size="sm" visibleFrom="md" truncate>
              {session?.organisation?.shortName}
            </Text>
          </Group>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <UnstyledButton aria-label={`Пользователь: ${user.name}`} data-testid="user-menu">
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {user.name}
                  </Text>
                  {user.actingFor && (
                    <Badge color="yellow" variant="filled" size="sm">
                      И. о.
                    </Badge>
                  )}
                </Group>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>{user.roles.map((r) => roleLabels[r]).join(', ')}</Menu.Label>
              {user.substitutions.length > 0 && <Menu.Label>Режим замещения</Menu.Label>}
              {user.substitutions.map((s) => (
                <Menu.Item key={s.userId} onClick={() => void actFor(s.userId)} disabled={user.actingFor?.userId === s.userId}>
                  Действовать за: {s.name}
                </Menu.Item>
              ))}
              {user.actingFor && <Menu.Item onClick={() => void actFor(null)}>Вернуться к своим полномочиям</Menu.Item>}
              <Menu.Divider />
              <Menu.Item component={Link} to="/app/password">
                Сменить пароль
              </Menu.Item>
              <Menu.Item color="red" onClick={() => void logout()}>
                Выйти
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Разделы">
        {user.sections.map((s) => (
          <NavLink key={s.key} component={Link} to={s.path} label={s.title} active={location.pathname.startsWith(s.path)} onClick={close} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {user.actingFor && (
          <Alert color="yellow" mb="md" title="Режим замещения" role="status">
            <Group justify="space-between">
              <Text size="sm">
                Вы действуете с полномочиями: {user.actingFor.name}. В журнале событий записывается, кто действовал фактически.
              </Text>
              <Button size="xs" variant="white" onClick={() => void actFor(null)}>
                Завершить замещение
              </Button>
            </Group>
          </Alert>
        )}
        {user.unconfirmedCalendarYears.length > 0 && (
          <Alert color="yellow" mb="md" title="Производственный календарь не подтверждён" role="status">
            <Text size="sm">
              Календарь на {user.unconfirmedCalendarYears.join(' и ')} г. не сверен с постановлением Правительства о переносе выходных дней: сроки, приходящиеся на этот период,
              могут быть рассчитаны неверно.{' '}
              <Anchor component={Link} to="/app/admin/calendar">
                Проверить и подтвердить
              </Anchor>
            </Text>
          </Alert>
        )}
        {/* ANS-7: letters that could not be sent by e-mail, for the registrar to resend. */}
        <DeliveryAlert user={user} />
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
