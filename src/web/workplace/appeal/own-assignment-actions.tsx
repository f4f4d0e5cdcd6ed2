import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, List, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api } from '../../api/client';
import { useQuery, type QueryState } from '../../api/use-query';
import { showSuccess } from '../../components/form-errors';
import { ListLoadError } from '../../components/load-state';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { formatDateRu } from '../../../domain/time/local-date';
import { assignmentRoleLabels, personLabel, type AssignmentView, type StaffPerson } from './consideration-model';

type Unit = { id: number; name: string; kind: 'body' | 'department'; parentId: number | null; active: boolean; sortOrder: number };
type Outcome = { due: string; warnings: string[] };

type Props = { assignments: AssignmentView[]; userId: number; onChanged: () => void };

/**
 * ROU-4, ROU-5: the user's own open assignments on the appeal — return one as outside his
 * competence, and (for the responsible executor) name who drafts the answer.
 */
export function OwnAssignmentActions({ assignments, userId, onChanged }: Props) {
  const mine = assignments.filter((a) => a.executorUserId === userId && a.status === 'open');
  const [dialog, setDialog] = useState<{ kind: 'return' | 'drafter'; assignment: AssignmentView } | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  if (mine.length === 0 && warnings.length === 0) return null;
  const close = () => setDialog(null);
  const done = (w: string[]) => {
    setWarnings(w);
    onChanged();
  };
  return (
    <Stack gap="sm">
      {warnings.length > 0 && (
        <Alert color="yellow" title="Действие выполнено с замечаниями" withCloseButton closeButtonLabel="Скрыть замечания" onClose={() => setWarnings([])} data-testid="assignment-warnings">
          <List size="sm">
            {warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {mine.map((a) => (
        <Card key={a.id} withBorder padding="sm" data-testid="own-assignment">
          <Stack gap="xs">
            <Title order={3} size="h6">
              Ваше поручение (пункт {a.part}, {assignmentRoleLabels[a.role]}) — срок {formatDateRu(a.deadline)}
            </Title>
            <Group gap="sm">
              {a.role === 'responsible' && (
                <Button variant="light" onClick={() => setDialog({ kind: 'drafter', assignment: a })}>
                  {a.drafterUserId ? 'Сменить исполнителя проекта ответа' : 'Назначить исполнителя проекта ответа'}
                </Button>
              )}
              <Button variant="light" color="orange" onClick={() => setDialog({ kind: 'return', assignment: a })}>
                Не по компетенции
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      <Modal opened={dialog?.kind === 'return'} onClose={close} title="Возврат поручения как не относящегося к компетенции" closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
        {dialog?.kind === 'return' && <ReturnForm assignment={dialog.assignment} onClose={close} onDone={done} />}
      </Modal>
      <Modal opened={dialog?.kind === 'drafter'} onClose={close} title="Исполнитель проекта ответа" closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
        {dialog?.kind === 'drafter' && <DrafterForm assignment={dialog.assignment} onClose={close} onDone={done} />}
      </Modal>
    </Stack>
  );
}


const placeholder = (q: QueryState<unknown>, ready: string) => (q.error ? 'Список не загрузился' : q.data ? ready : 'Загрузка списка…');

function ReturnForm({ assignment: a, onClose, onDone }: { assignment: AssignmentView; onClose: () => void; onDone: (warnings: string[]) => void }) {
  const people = useQuery<StaffPerson[]>('/api/answers/approvers');
  const units = useQuery<Unit[]>('/api/structure/units');
  const [reason, setReason] = useState('');
  const [proposedUserId, setProposedUserId] = useState<number | null>(null);
  const [proposedUnitId, setProposedUnitId] = useState<number | null>(null);
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Поручение не возвращено. Повторите действие.');

  function clear(key: string) {
    setFieldErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (reason.trim().length < 5) {
      setFieldErrors({ reason: 'Укажите, почему вопрос не относится к Вашей компетенции.' });
      return;
    }
    modals.openConfirmModal({
      title: 'Подтверждение возврата поручения',
      children: (
        <Text size="sm">
          Вернуть поручение как не относящееся к Вашей компетенции? Отменить возврат будет нельзя
          {a.role === 'responsible' ? '; обращение вернётся на резолюцию к тому, кто её вынес.' : '.'}
        </Text>
      ),
      labels: { confirm: 'Вернуть', cancel: 'Отмена' },
      confirmProps: { color: 'orange' },
      onConfirm: () =>
        void run(async () => {
          const res = await api<Outcome & { status: string | null }>('POST', `/api/assignments/${a.id}/return`, { reason, proposedUserId, proposedUnitId });
          showSuccess(a.role === 'responsible' ? 'Поручение возвращено. Обращение возвращено на резолюцию.' : 'Поручение возвращено.');
          onClose();
          onDone(res.warnings);
        }),
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          Поручение возвращается в установленный срок с указанием причины. В зависимости от порядка, принятого в организации, предложите исполнителя или укажите подразделение,
          к компетенции которых относится вопрос.
        </Text>
        <Textarea
          label="Причина возврата"
          required
          autosize
          minRows={3}
          maxLength={2000}
          data-autofocus
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
            clear('reason');
          }}
          error={fieldErrors.reason}
        />
        <Select<number>
          label="Предлагаемый исполнитель"
          searchable
          clearable
          placeholder={placeholder(people, 'Выберите должностное лицо')}
          data={(people.data ?? []).filter((p) => p.userId !== a.executorUserId).map((p) => ({ value: p.userId, label: personLabel(p) }))}
          value={proposedUserId}
          onChange={(v) => {
            setProposedUserId(v);
            clear('proposedUserId');
          }}
          error={fieldErrors.proposedUserId}
        />
        <ListLoadError query={people} title="Список исполнителей не загрузился" />
        <Select<number>
          label="Подразделение, к компетенции которого относится вопрос"
          searchable
          clearable
          placeholder={placeholder(units, 'Выберите подразделение')}
          data={(units.data ?? []).filter((u) => u.active).map((u) => ({ value: u.id, label: u.name }))}
          value={proposedUnitId}
          onChange={(v) => {
            setProposedUnitId(v);
            clear('proposedUnitId');
          }}
          error={fieldErrors.proposedUnitId}
        />
        <ListLoadError query={units} title="Список подразделений не загрузился" />
        <DialogFooter error={error} errorTitle="Поручение не возвращено" errorTestId="return-refusal" busy={busy} onCancel={onClose} submitLabel="Вернуть поручение" submitColor="red.9" />
      </Stack>
    </form>
  );
}

function DrafterForm({ assignment: a, onClose, onDone }: { assignment: AssignmentView; onClose: () => void; onDone: (warnings: string[]) => void }) {
  const people = useQuery<StaffPerson[]>('/api/answers/approvers');
  const [userId, setUserId] = useState<number | null>(a.drafterUserId);
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Исполнитель проекта ответа не назначен. Повторите действие.');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (userId === null) {
      setFieldErrors({ userId: 'Выберите исполнителя из списка.' });
      return;
    }
    await run(async () => {
      const res = await api<Outcome>('POST', `/api/assignments/${a.id}/drafter`, { userId });
      const name = people.data?.find((p) => p.userId === userId)?.name ?? '';
      showSuccess(`Исполнитель проекта ответа назначен${name ? `: ${name}` : ''}.`);
      onClose();
      onDone(res.warnings);
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Text size="sm">Ответственный исполнитель назначает должностное лицо, которое готовит проект ответа заявителю.</Text>
        <Select<number>
          label="Исполнитель проекта ответа"
          required
          data-autofocus
          placeholder={placeholder(people, 'Выберите должностное лицо')}
          data={(people.data ?? []).map((p) => ({ value: p.userId, label: personLabel(p) }))}
          value={userId}
          onChange={(v) => {
            setUserId(v);
            setFieldErrors({});
          }}
          error={fieldErrors.userId}
        />
        <ListLoadError query={people} title="Список исполнителей не загрузился" />
        <DialogFooter error={error} errorTitle="Исполнитель проекта ответа не назначен" busy={busy} onCancel={onClose} submitLabel="Назначить" />
      </Stack>
    </form>
  );
}

/** Names for the people and units the assignments point to (drafter, proposed executor and unit), loaded only when some assignment points to one. */
export type AssignmentNames = { person: (userId: number) => string | null; unit: (unitId: number) => string | null };

export function useAssignmentNames(assignments: AssignmentView[], canReadStaff: boolean): AssignmentNames {
  const needPeople = canReadStaff && assignments.some((a) => a.drafterUserId !== null || a.proposedUserId !== null);
  const needUnits = assignments.some((a) => a.proposedUnitId !== null);
  const people = useQuery<StaffPerson[]>(needPeople ? '/api/answers/approvers' : null);
  const units = useQuery<Unit[]>(needUnits ? '/api/structure/units' : null);
  return {
    person: (id) => people.data?.find((p) => p.userId === id)?.name ?? null,
    unit: (id) => units.data?.find((u) => u.id === id)?.name ?? null,
  };
}
