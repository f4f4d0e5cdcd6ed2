import { Button, Checkbox, Group, MultiSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { api } from '../../api/client';
import { isRole, roleLabels, roles, type Role } from '../../../domain/org/roles';
import type { GeneratedPassword, Position, Unit, UserView } from './types';
import { useForm } from './use-form';
import { PersonFields, personBody, personValues } from './person-fields';
import { unitSelectData } from './structure-options';

type Props = {
  /** null: a new user. */
  user: UserView | null;
  units: readonly Unit[];
  positions: readonly Position[];
  onCreated: (result: GeneratedPassword) => void;
  onUpdated: (user: UserView) => void;
  onCancel: () => void;
};

/** ADM-1: a user's personal data, position, roles and (for a deputy) the units he supervises. */
export function UserForm({ user, units, positions, onCreated, onUpdated, onCancel }: Props) {
  const initialPerson = personValues(user);
  const form = useForm({ ...initialPerson, login: user?.login ?? '', roles: user?.roles ?? ([] as Role[]), supervisedUnitIds: user?.supervisedUnitIds ?? [] });
  const { values, set, error } = form;
  const isDeputy = values.roles.includes('deputy');
  const supervised = unitSelectData(units, { keep: user?.supervisedUnitIds ?? [] });

  const submit = form.submit(async (v) => {
    const common = { ...personBody(v), roles: v.roles, supervisedUnitIds: v.roles.includes('deputy') ? v.supervisedUnitIds : [] };
    if (user) onUpdated(await api<UserView>('PUT', `/api/admin/users/${user.id}`, common));
    else onCreated(await api<GeneratedPassword>('POST', '/api/admin/users', { login: v.login.trim(), ...common }));
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {user ? (
          <Text size="sm">
            Имя пользователя: <b>{user.login}</b> (не изменяется)
          </Text>
        ) : (
          <TextInput
            label="Имя пользователя (логин)"
            description="Латинские буквы, цифры, точка, дефис, подчёркивание; не менее 3 символов"
            required
            data-autofocus
            autoComplete="off"
            spellCheck={false}
            value={values.login}
            error={error('login')}
            onChange={(e) => set('login', e.currentTarget.value)}
          />
        )}
        <PersonFields values={values} patch={form.patch} error={error} units={units} positions={positions} initial={initialPerson} autoFocus={user !== null} />
        <Checkbox.Group label="Роли" description="Можно назначить несколько ролей" required value={values.roles} error={error('roles')} onChange={(v) => set('roles', v.filter(isRole))}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
            {roles.map((r) => (
              <Checkbox key={r} value={r} label={roleLabels[r]} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        {isDeputy && (
          <MultiSelect<number>
            label="Курируемые подразделения"
            description="Подразделения, работу которых курирует заместитель руководителя"
            placeholder={values.supervisedUnitIds.length ? undefined : 'Выберите подразделения'}
            searchable
            clearable
            nothingFoundMessage="Подразделение не найдено"
            data={supervised.data}
            renderOption={supervised.renderOption}
            value={values.supervisedUnitIds}
            error={error('supervisedUnitIds')}
            onChange={(v) => set('supervisedUnitIds', v)}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Отмена
          </Button>
          <Button type="submit" loading={form.busy}>
            {user ? 'Сохранить' : 'Создать пользователя'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
