import { useState } from 'react';
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api } from '../../api/client';
import { useSession } from '../../session/session';
import { localDate } from '../../../domain/time/local-date';
import { emptyForm, type AppealCard } from './form-model';
import { AppealFormView } from './appeal-form';
import { RegistrationResult, type Registered } from './registration-result';
import { clearDraft, loadDraft, saveDraft, type Draft } from './draft';

/**
 * A key per form: a double click or a retry after a lost answer registers the appeal once
 * (ARCHITECTURE principle 9). `crypto.randomUUID` exists only on https and localhost; an office
 * network on plain http still has `getRandomValues`.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** «Регистрация» (REG-1…9): the registrar's main screen — the card, then the result with the scan upload. */
export function RegistrationPage() {
  const { session } = useSession();
  const timeZone = session?.organisation?.timeZone ?? 'Europe/Moscow';
  const userId = session?.user?.id ?? 0;
  // A card left unfinished in this tab (reload, session ended) comes back with its idempotency key.
  const [draft, setDraft] = useState<Draft | null>(() => loadDraft(userId));
  const [formKey, setFormKey] = useState(() => draft?.key ?? newIdempotencyKey());
  const [result, setResult] = useState<Registered | null>(null);

  async function register(body: object) {
    const r = await api<{ id: number; number: string; created: boolean }>('POST', '/api/appeals', { ...body, idempotencyKey: formKey });
    clearDraft(userId);
    setDraft(null);
    const card = await api<AppealCard>('GET', `/api/appeals/${r.id}`);
    setResult({ ...r, card });
  }

  function fresh() {
    clearDraft(userId);
    setDraft(null);
    setResult(null);
    setFormKey(newIdempotencyKey());
  }

  function clearForm() {
    modals.openConfirmModal({
      title: 'Очистить карточку',
      children: <Text size="sm">Всё введённое в карточку будет удалено. Продолжить?</Text>,
      labels: { confirm: 'Очистить', cancel: 'Отмена' },
      confirmProps: { color: 'red' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: fresh,
    });
  }

  return (
    <Stack>
      <Title order={1} size="h2">
        Регистрация обращения
      </Title>
      {result ? (
        <RegistrationResult result={result} onNext={fresh} />
      ) : (
        <>
          <Text c="dimmed" size="sm">
            Заполните регистрационную карточку в порядке полей. Обращение регистрируется в течение трёх дней с момента поступления (59-ФЗ ст. 8 ч. 2); номер и дата регистрации
            присваиваются автоматически.
          </Text>
          {draft && draft.key === formKey && (
            <Alert color="blue" title="Восстановлена незавершённая карточка" role="status">
              <Text size="sm">Карточка, которую вы заполняли в этой вкладке, восстановлена. Проверьте её и зарегистрируйте обращение или очистите карточку.</Text>
            </Alert>
          )}
          <AppealFormView
            key={formKey}
            mode="register"
            initial={() => (draft && draft.key === formKey ? draft.values : emptyForm(new Date(), timeZone))}
            timeZone={timeZone}
            registrationDate={localDate(new Date(), timeZone)}
            submitLabel="Зарегистрировать"
            failureTitle="Обращение не зарегистрировано"
            onSubmit={register}
            onValuesChange={(values) => saveDraft(userId, { key: formKey, values })}
            extraActions={
              <Button variant="default" onClick={clearForm}>
                Очистить карточку
              </Button>
            }
          />
        </>
      )}
    </Stack>
  );
}
