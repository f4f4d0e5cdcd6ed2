import { useMemo, useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import { formFromCard, type AppealBody, type AppealCard, type AppealFormValues } from '../registration/form-model';
import { AppealFormView } from '../registration/appeal-form';
import { describeChanges, type Change } from './card-changes';
import { ChangesTable } from './appeal-timeline';

type Props = { card: AppealCard; timeZone: string; officialName: (id: number) => string; onSaved: (card: AppealCard) => void; onCancel: () => void };

/**
 * «Исправить карточку»: the registration form opened on the card; before saving, the registrar
 * sees what changes and confirms. Number, registration date and consideration deadline stay.
 */
export function CorrectCard({ card, timeZone, officialName, onSaved, onCancel }: Props) {
  const original = useMemo(() => formFromCard(card, timeZone), [card, timeZone]);
  const [confirm, setConfirm] = useState<{ changes: Change[]; resolve: (ok: boolean) => void } | null>(null);

  async function save(body: AppealBody, values: AppealFormValues) {
    const changes = describeChanges(original, values, officialName);
    if (changes.length === 0) {
      notifications.show({ color: 'gray', message: 'Изменений нет: карточка не сохранялась.', autoClose: 4000 });
      return;
    }
    const ok = await new Promise<boolean>((resolve) => setConfirm({ changes, resolve }));
    setConfirm(null);
    if (!ok) return;
    const updated = await api<AppealCard>('PUT', `/api/appeals/${card.id}`, body);
    onSaved(updated);
  }

  return (
    <>
      <AppealFormView
        mode="correct"
        initial={() => formFromCard(card, timeZone)}
        timeZone={timeZone}
        registrationDate={card.registrationDate}
        submitLabel="Сохранить исправления"
        failureTitle="Исправления не сохранены"
        onSubmit={save}
        onCancel={onCancel}
      />
      <Modal opened={confirm !== null} onClose={() => confirm?.resolve(false)} title="Подтвердите исправление карточки" size="xl" closeButtonProps={{ 'aria-label': 'Закрыть' }}>
        {confirm && (
          <Stack>
            <Text size="sm">
              В карточке обращения № {card.number} будут изменены поля ({confirm.changes.length}). Номер, дата регистрации и срок рассмотрения не меняются; исправление с прежними
              значениями записывается в ход работы.
            </Text>
            <ChangesTable changes={confirm.changes} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => confirm.resolve(false)}>
                Вернуться к карточке
              </Button>
              <Button onClick={() => confirm.resolve(true)} data-autofocus>
                Сохранить исправления
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
