import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Box, Button, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { api, ApiError } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { Facts } from './facts';
import { effectiveUserId, formatMoment, type ConsiderationView } from './consideration-model';
import { answerStatusColors, currentVersion, lastReturn, stepDecisionLabel, turnStep, type AnswerView } from './answers-model';
import { AnswerTextDialog, type AnswerTextMode } from './answer-text-dialog';
import { AnswerRouteDialog } from './answer-route-dialog';
import { AnswerDecisionDialog, type ApprovalMode } from './answer-decision-dialog';
import { AnswerDispatchDialog } from './answer-dispatch-dialog';

type Props = { appealId: number; label: string; view: ConsiderationView; timeZone: string; onChanged: () => void };

/**
 * «Ответ автору» on the case page (ANS-3…7): the answer's versions with their .docx, the approval
 * route with each decision, the signature, the outgoing number and date — and the step the user may
 * take: the drafter prepares, changes and sends the draft on its route; the approver whose turn it is
 * approves or returns it; the signer signs; the registrar registers and dispatches the signed answer.
 */
export function AnswersSection({ appealId, label, view, timeZone, onChanged }: Props) {
  const query = useQuery<AnswerView[]>(`/api/appeals/${appealId}/answers`);
  const { session } = useSession();
  const user = session?.user;
  const roles = user?.roles ?? [];
  const [drafting, setDrafting] = useState(false);
  // ANS-3 (HMR 6.7): the responsible executor, or the head or a deputy.
  const mayDraft = roles.includes('head') || roles.includes('deputy') || view.viewer === 'responsible';
  const answers = query.data ?? [];
  const canCreate = mayDraft && can(roles, 'assignments.work') && view.status === 'in-work' && query.data !== undefined && answers.every((a) => a.status === 'dispatched');
  if (!query.error && answers.length === 0 && !canCreate) return null;

  const changed = () => {
    query.reload();
    onChanged();
  };

  return (
    <Stack gap="xs" data-testid="answers">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Ответ автору
        </Title>
        {canCreate && <Button onClick={() => setDrafting(true)}>Подготовить проект ответа</Button>}
      </Group>
      <LoadState query={query}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              Проект ответа ещё не подготовлен.
            </Text>
          ) : (
            list.map((a) => (
              <AnswerCard key={a.id} answer={a} appealId={appealId} label={label} timeZone={timeZone} mayDraft={mayDraft} userId={user ? effectiveUserId(user) : null} isRegistrar={can(roles, 'appeals.register')} onChanged={changed} />
            ))
          )
        }
      </LoadState>
      {canCreate && <AnswerTextDialog mode="draft" appealId={appealId} answerId={null} initial="" label={label} opened={drafting} onClose={() => setDrafting(false)} onDone={changed} />}
    </Stack>
  );
}

type CardProps = { answer: AnswerView; appealId: number; label: string; timeZone: string; mayDraft: boolean; userId: number | null; isRegistrar: boolean; onChanged: () => void };
type Dialog = { kind: 'text'; mode: AnswerTextMode } | { kind: 'route' } | { kind: 'decision'; mode: ApprovalMode } | { kind: 'dispatch' } | null;

function AnswerCard({ answer: a, appealId, label, timeZone, mayDraft, userId, isRegistrar, onChanged }: CardProps) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [refusal, setRefusal] = useState<{ title: string; message: string }>();
  const [busy, setBusy] = useState(false);
  const version = currentVersion(a);
  const turn = turnStep(a);
  const myTurn = turn !== undefined && turn.approverUserId === userId;
  const returned = lastReturn(a);
  const signer = a.route.find((s) => s.signs);
  const titleId = `answer-${a.id}-title`;

  async function run(title: string, action: () => Promise<void>) {
    setBusy(true);
    setRefusal(undefined);
    try {
      await action();
    } catch (err) {
      setRefusal({ title, message: err instanceof ApiError ? err.message : 'Действие не выполнено. Повторите его.' });
    } finally {
      setBusy(false);
      onChanged();
    }
  }

  function sign() {
    modals.openConfirmModal({
      title: 'Подписание ответа',
      children: (
        <Text size="sm">
          Подписать ответ{label ? ` по обращению ${label}` : ''} (версия {a.version})? Подписанный ответ не изменяется: исправить его можно только новой редакцией, которая пройдёт
          согласование и подписание заново.
        </Text>
      ),
      labels: { confirm: 'Подписать', cancel: 'Отмена' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () =>
        void run('Ответ не подписан', async () => {
          await api('POST', `/api/answers/${a.id}/decision`, { decision: 'approved', comment: '' });
          showSuccess('Ответ подписан. Регистратор зарегистрирует его и направит автору.');
        }),
    });
  }

  const facts: [string, ReactNode][] = [
    ['Состояние', <Tag key="s" color={answerStatusColors[a.status]}><span data-testid="answer-status">{a.statusLabel}</span></Tag>],
    ['Версия', String(a.version)],
  ];
  if (a.signedAt) facts.push(['Подписан', `${signer ? `${signer.approverName}, ` : ''}${formatMoment(a.signedAt, timeZone)}`]);
  if (a.outgoingNumber && a.outgoingDate) facts.push(['Исходящий', <span key="o" data-testid="answer-outgoing">исх. № {a.outgoingNumber} от {formatDateRu(a.outgoingDate)}</span>]);
  if (turn) facts.push([turn.signs ? 'На подписании' : 'На согласовании', turn.approverName]);

  const actions: ReactNode[] = [];
  if (mayDraft && a.status === 'draft') {
    actions.push(
      <Button key="route" onClick={() => setDialog({ kind: 'route' })}>
        Направить на согласование
      </Button>,
      <Button key="edit" variant="light" onClick={() => setDialog({ kind: 'text', mode: 'edit' })}>
        Изменить проект
      </Button>,
    );
  }
  if (myTurn && turn.signs) {
    actions.push(
      <Button key="sign" color="green" onClick={sign} loading={busy}>
        Подписать
      </Button>,
    );
  } else if (myTurn) {
    actions.push(
      <Button key="approve" onClick={() => setDialog({ kind: 'decision', mode: 'approve' })}>
        Согласовать
      </Button>,
    );
  }
  if (myTurn) {
    actions.push(
      <Button key="return" variant="light" color="red" onClick={() => setDialog({ kind: 'decision', mode: 'return' })}>
        Вернуть на доработку
      </Button>,
    );
  }
  if (a.status === 'signed' && isRegistrar) {
    actions.push(
      <Button key="dispatch" onClick={() => setDialog({ kind: 'dispatch' })}>
        Зарегистрировать и направить
      </Button>,
    );
  }
  if (a.status === 'signed' && mayDraft) {
    actions.push(
      <Button key="edition" variant="light" onClick={() => setDialog({ kind: 'text', mode: 'edition' })}>
        Новая редакция
      </Button>,
    );
  }

  return (
    <Card withBorder padding="sm" component="section" aria-labelledby={titleId} data-testid="answer">
      <Stack gap="sm">
        <Title order={4} size="h6" id={titleId}>
          {a.outgoingNumber ? `Ответ исх. № ${a.outgoingNumber}` : 'Ответ на обращение'}
        </Title>
        <Facts items={facts} />
        {returned && (
          <Alert color="yellow" title="Возвращено на доработку" data-testid="answer-returned">
            <Text size="sm">
              {returned.approverName}: {returned.comment}
            </Text>
          </Alert>
        )}
        {version && (
          <Box>
            <Text size="sm" fw={600} mb={4}>
              Текст ответа (версия {version.version})
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="answer-body">
              {version.body}
            </Text>
          </Box>
        )}
        <Box>
          <Text size="sm" fw={600} mb={4} id={`${titleId}-versions`}>
            Версии
          </Text>
          <List size="sm" spacing={2} aria-labelledby={`${titleId}-versions`}>
            {a.versions.map((v) => (
              <List.Item key={v.id}>
                <Anchor href={`/api/answer-versions/${v.id}/file`} download={v.fileName} size="sm">
                  Версия {v.version} (.docx)
                </Anchor>{' '}
                — {formatMoment(v.createdAt, timeZone)}
              </List.Item>
            ))}
          </List>
        </Box>
        {a.route.length > 0 && <RouteTable answer={a} timeZone={timeZone} />}
        {a.status === 'signed' && !isRegistrar && (
          <Text size="sm" c="dimmed">
            Подписанный ответ регистрирует как исходящий и направляет автору регистратор.
          </Text>
        )}
        {refusal && (
          <Alert color="red" role="alert" title={refusal.title} withCloseButton closeButtonLabel="Скрыть сообщение" onClose={() => setRefusal(undefined)} data-testid="answer-refusal">
            <Text size="sm">{refusal.message}</Text>
          </Alert>
        )}
        {actions.length > 0 && <Group gap="sm">{actions}</Group>}
      </Stack>
      {dialog?.kind === 'text' && (
        <AnswerTextDialog mode={dialog.mode} appealId={appealId} answerId={a.id} initial={version?.body ?? ''} label={label} opened onClose={() => setDialog(null)} onDone={onChanged} />
      )}
      {dialog?.kind === 'route' && <AnswerRouteDialog answerId={a.id} label={label} opened onClose={() => setDialog(null)} onDone={onChanged} />}
      {dialog?.kind === 'dispatch' && <AnswerDispatchDialog answerId={a.id} label={label} timeZone={timeZone} opened onClose={() => setDialog(null)} onDone={onChanged} />}
      {dialog?.kind === 'decision' && <AnswerDecisionDialog mode={dialog.mode} answerId={a.id} label={label} opened onClose={() => setDialog(null)} onDone={onChanged} />}
    </Card>
  );
}

/** The route of the current version: who approves in which order, who signs (the last step), each decision and remark. */
function RouteTable({ answer: a, timeZone }: { answer: AnswerView; timeZone: string }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" withTableBorder aria-label={`Маршрут согласования, версия ${a.version}`} data-testid="answer-route">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>№</Table.Th>
            <Table.Th>Согласует</Table.Th>
            <Table.Th>Решение</Table.Th>
            <Table.Th>Комментарий</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {a.route.map((s) => (
            <Table.Tr key={s.step} style={{ verticalAlign: 'top' }}>
              <Table.Td>{s.step}</Table.Td>
              <Table.Td>
                {s.approverName}
                {s.signs && (
                  <Text span size="sm" c="dimmed">
                    {' '}
                    — подписывает
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {stepDecisionLabel(a, s)}
                {s.decidedAt && (
                  <Text size="xs" c="dimmed">
                    {formatMoment(s.decidedAt, timeZone)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{s.comment}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
