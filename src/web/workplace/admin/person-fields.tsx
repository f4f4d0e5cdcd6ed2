import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { Position, Unit } from './types';
import { positionSelectData, unitSelectData } from './structure-options';

/** The fields an official and a user share: name, position, unit, contacts. */
export type PersonValues = {
  surname: string;
  firstName: string;
  patronymic: string;
  positionId: number | null;
  unitId: number | null;
  phone: string;
  email: string;
};

type PersonSource = { surname: string; firstName: string; patronymic: string | null; positionId: number | null; unitId: number | null; phone: string | null; email: string | null };

export function personValues(p: PersonSource | null): PersonValues {
  return {
    surname: p?.surname ?? '',
    firstName: p?.firstName ?? '',
    patronymic: p?.patronymic ?? '',
    positionId: p?.positionId ?? null,
    unitId: p?.unitId ?? null,
    phone: p?.phone ?? '',
    email: p?.email ?? '',
  };
}

/** The request body part: empty optional fields are sent as null. */
export function personBody(v: PersonValues) {
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return { surname: v.surname, firstName: v.firstName, patronymic: orNull(v.patronymic), positionId: v.positionId, unitId: v.unitId, phone: orNull(v.phone), email: orNull(v.email) };
}

type Props = {
  values: PersonValues;
  patch: (p: Partial<PersonValues>) => void;
  error: (key: string) => string | undefined;
  units: readonly Unit[];
  positions: readonly Position[];
  /** The values the record had when the form opened: an inactive position or unit stays selectable. */
  initial: PersonValues;
  autoFocus?: boolean;
};

export function PersonFields({ values, patch, error, units, positions, initial, autoFocus }: Props) {
  const unitData = unitSelectData(units, { keep: [initial.unitId] });
  function choosePosition(id: number | null) {
    // A position usually belongs to a unit: fill the unit in if it is still empty.
    const unitId = positions.find((p) => p.id === id)?.unitId ?? null;
    patch(values.unitId === null && unitId !== null ? { positionId: id, unitId } : { positionId: id });
  }
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="Фамилия" required data-autofocus={autoFocus ? true : undefined} autoComplete="off" value={values.surname} error={error('surname')} onChange={(e) => patch({ surname: e.currentTarget.value })} />
        <TextInput label="Имя" required autoComplete="off" value={values.firstName} error={error('firstName')} onChange={(e) => patch({ firstName: e.currentTarget.value })} />
        <TextInput label="Отчество" description="Если есть" autoComplete="off" value={values.patronymic} error={error('patronymic')} onChange={(e) => patch({ patronymic: e.currentTarget.value })} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select<number>
          label="Должность"
          placeholder="Выберите должность"
          searchable
          clearable
          nothingFoundMessage="Должность не найдена"
          data={positionSelectData(positions, units, initial.positionId)}
          value={values.positionId}
          error={error('positionId')}
          onChange={choosePosition}
        />
        <Select<number>
          label="Подразделение"
          placeholder="Выберите подразделение"
          searchable
          clearable
          nothingFoundMessage="Подразделение не найдено"
          data={unitData.data}
          renderOption={unitData.renderOption}
          value={values.unitId}
          error={error('unitId')}
          onChange={(v) => patch({ unitId: v })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label="Телефон" type="tel" autoComplete="off" value={values.phone} error={error('phone')} onChange={(e) => patch({ phone: e.currentTarget.value })} />
        <TextInput label="Электронная почта" type="email" autoComplete="off" value={values.email} error={error('email')} onChange={(e) => patch({ email: e.currentTarget.value })} />
      </SimpleGrid>
    </>
  );
}
