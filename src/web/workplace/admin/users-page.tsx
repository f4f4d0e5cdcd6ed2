import { useState } from 'react';
import { Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showApiError, showSuccess } from '../../components/form-errors';
import { roleLabels } from '../../../domain/org/roles';
import { useSession } from '../../session/session';
import type { GeneratedPassword, UserView } from './types';
import { useDialog } from './use-dialog';
import { Tag } from './tag';
import { useStructure } from './use-structure';
import { UserForm } from './user-form';
import { showGeneratedPassword } from './generated-password';

/** ADM-1: the staff's accounts — who may sign in, with which roles. */
export function UsersPage() {
  const users = useQuery<UserView[]>('/api/admin/users');
  const { units, positions } = useStructure();
  const dialog = useDialog<UserView>();
  const [search, setSearch] = useState('');
  const ownId = useSession().session?.user?.id;

  function saved(message: string) {
    dialog.close();
    showSuccess(message);
    users.reload();
  }

  async function run(action: () => Promise<unknown>, success: string) {
    try {
      await action();
      showSuccess(success);
    } catch (e) {
      showApiError(e);
    } finally {
      users.reload();
    }
  }

  function resetPassword(u: UserView) {
    modals.openConfirmModal({
      title: 'Сброс пароля',
      children: <Text size="sm">Сбросить пароль пользователя {u.fullName} ({u.login})? Действующий пароль перестанет подходить; будет сформирован временный пароль, который пользователь сменит при первом входе.</Text>,
      labels: { confirm: 'Сбросить пароль', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () =>
        void run(async () => {
          const r = await api<GeneratedPassword>('POST', `/api/admin/users/${u.id}/reset-password`);
          showGeneratedPassword({ title: 'Пароль сброшен', login: r.user.login, name: r.user.fullName, password: r.password });
        }, 'Пароль сброшен.'),
    });
  }

  function deactivate(u: UserView) {
    modals.openConfirmModal({
      title: 'Отключение учётной записи',
      children: <Text size="sm">Отключить учётную запись {u.fullName} ({u.login})? Пользователь не сможет войти в систему, его сеансы и назначенные ему замещения будут прекращены. Сведения о пользователе и история его действий сохранятся.</Text>,
      labels: { confirm: 'Отключить', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () => void run(() => api('POST', `/api/admin/users/${u.id}/deactivate`), `Учётная запись ${u.login} отключена.`),
    });
  }

  const needle = normalise(search.trim());
  const filter = (list: UserView[]) => (needle ? list.filter((u) => normalise(`${u.fullName} ${u.login}`).includes(needle)) : list);

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <TextInput label="Поиск" placeholder="Фамилия, имя или имя пользователя" type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={{ base: '100%', sm: 360 }} />
        <Button onClick={() => dialog.open(null)}>Добавить пользователя</Button>
      </Group>
      <LoadState query={users} isEmpty={(d) => d.length === 0} empty="Пользователей пока нет. Добавьте первого пользователя кнопкой «Добавить пользователя».">
        {(list) => {
          const shown = filter(list);
          if (shown.length === 0) return <Text c="dimmed" py="lg" ta="center">По запросу «{search.trim()}» пользователи не найдены.</Text>;
          return (
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover verticalSpacing="xs">
                <Table.Caption>Пользователей: {shown.length}{shown.length !== list.length ? ` из ${list.length}` : ''}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>ФИО</Table.Th>
                    <Table.Th>Имя пользователя</Table.Th>
                    <Table.Th>Должность, подразделение</Table.Th>
                    <Table.Th>Роли</Table.Th>
                    <Table.Th>Состояние</Table.Th>
                    <Table.Th>Действия</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((u) => (
                    <Table.Tr key={u.id} c={u.active ? undefined : 'dimmed'}>
                      <Table.Td>{u.fullName}</Table.Td>
                      <Table.Td>{u.login}</Table.Td>
                      <Table.Td>
                        {u.positionName ?? '—'}
                        {u.unitName && (
                          <Text size="xs" c="dimmed">
                            {u.unitName}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {u.roles.map((r) => (
                            <Tag key={r}>
                              {roleLabels[r]}
                            </Tag>
                          ))}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <UserState user={u} />
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <Button size="compact-sm" variant="subtle" aria-label={`Изменить: ${u.fullName}`} onClick={() => dialog.open(u)}>
                            Изменить
                          </Button>
                          <Button size="compact-sm" variant="subtle" aria-label={`Сбросить пароль: ${u.fullName}`} onClick={() => resetPassword(u)} disabled={!u.active}>
                            Сбросить пароль
                          </Button>
                          {u.active ? (
                            <Button size="compact-sm" variant="subtle" color="red" aria-label={`Отключить: ${u.fullName}`} onClick={() => deactivate(u)} disabled={u.id === ownId} title={u.id === ownId ? 'Собственную учётную запись отключить нельзя' : undefined}>
                              Отключить
                            </Button>
                          ) : (
                            <Button size="compact-sm" variant="subtle" color="green" aria-label={`Включить: ${u.fullName}`} onClick={() => void run(() => api('POST', `/api/admin/users/${u.id}/activate`), `Учётная запись ${u.login} включена.`)}>
                              Включить
                            </Button>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          );
        }}
      </LoadState>
      <Modal opened={dialog.opened} onClose={dialog.close} closeButtonProps={{ 'aria-label': 'Закрыть' }} title={dialog.target ? `Изменение пользователя: ${dialog.target.fullName}` : 'Новый пользователь'} size="xl">
        <LoadState query={units}>
          {(unitList) => (
            <LoadState query={positions}>
              {(positionList) => (
                <UserForm
                  key={dialog.key}
                  user={dialog.target}
                  units={unitList}
                  positions={positionList}
                  onCancel={dialog.close}
                  onUpdated={(u) => saved(`Сведения о пользователе ${u.login} сохранены.`)}
                  onCreated={(r) => {
                    saved(`Пользователь ${r.user.login} создан.`);
                    showGeneratedPassword({ title: 'Пользователь создан', login: r.user.login, name: r.user.fullName, password: r.password });
                  }}
                />
              )}
            </LoadState>
          )}
        </LoadState>
      </Modal>
    </Stack>
  );
}

function UserState({ user }: { user: UserView }) {
  if (!user.active) return <Tag color="gray">Отключён</Tag>;
  if (user.locked) return <Tag color="red">Заблокирован</Tag>;
  if (user.mustChangePassword) return <Tag color="yellow">Ожидает смены пароля</Tag>;
  return <Tag color="green">Действует</Tag>;
}

/** Case- and ё-insensitive search. */
function normalise(s: string): string {
  return s.toLocaleLowerCase('ru').replaceAll('ё', 'е');
}
