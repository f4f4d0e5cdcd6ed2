import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { DeadlineDate, DeadlineExplanation, formatDeadline } from '../../components/deadline-explanation';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { isOpen } from '../../../domain/appeal/lifecycle';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { Facts } from './facts';
import { formatMoment, type ConsiderationView } from './consideration-model';
import { ExtensionDecisionDialog, ExtensionRequestDialog, type ExtensionOutcome, type ExtensionView } from './extension-dialogs';

type Props = { appealId: number; label: string; view: ConsiderationView; timeZone: string; onChanged: () => void };

/**
 * «Продление срока рассмотрения» (DL-2; 59-ФЗ ст. 12 ч. 2): the responsible executor's memos and the
 * decisions on them. The responsible executor files a memo; the head or a deputy decides and sees the
 * new deadline with the engine's explanation and any warning (control by a higher body).
 */
export function ExtensionSection({ appealId, label, view, timeZone, onChanged }: Props) {
  const query = useQuery<ExtensionView[]>(`/api/appeals/${appealId}/extensions`);
  const { session } = useSession();
  const roles = session?.user?.roles ?? [];
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState<ExtensionView | null>(null);
  const [outcome, setOutcome] = useState<{ memoId: number; result: ExtensionOutcome } | null>(null);
  const memos = query.data ?? [];
  // Once per appeal (59-ФЗ ст. 12 ч. 2): a new memo only after a refusal.
  const canRequest = view.viewer === 'responsible' && can(roles, 'assignments.work') && isOpen(view.status) && query.data !== undefined && memos.every((m) => m.decision === 'rejected');
  const canDecide = can(roles, 'appeals.resolve') && isOpen(view.status);
  if (!query.error && memos.length === 0 && !canRequest) return null;

  const changed = () => {
    query.reload();
    onChanged();
  };

  return (
    <Stack gap="xs" data-testid="extensions">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Продление срока рассмотрения
        </Title>
        {canRequest && (
          <Button variant="light" onClick={() => setRequesting(true)}>
            Продлить срок рассмотрения
          </Button>
        )}
      </Group>
      <LoadState query={query}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              Срок рассмотрения не продлевался.
            </Text>
          ) : (
            list.map((m) => (
              <MemoCard key={m.id} memo={m} timeZone={timeZone} outcome={outcome?.memoId === m.id ? outcome.result : null} canDecide={canDecide && m.decision === null} onDecide={() => setDeciding(m)} />
            ))
          )
        }
      </LoadState>
      {canRequest && <ExtensionRequestDialog appealId={appealId} label={label} deadline={view.considerationDeadline} opened={requesting} onClose={() => setRequesting(false)} onDone={changed} />}
      {deciding && (
        <ExtensionDecisionDialog
          memo={deciding}
          label={label}
          opened
          onClose={() => setDeciding(null)}
          onDecided={(result) => {
            setOutcome({ memoId: deciding.id, result });
            changed();
          }}
        />
      )}
    </Stack>
  );
}

type MemoProps = { memo: ExtensionView; timeZone: string; outcome: ExtensionOutcome | null; canDecide: boolean; onDecide: () => void };

function MemoCard({ memo: m, timeZone, outcome, canDecide, onDecide }: MemoProps) {
  const titleId = `extension-${m.id}-title`;
  const decision =
    m.decision === 'approved' ? (
      <Group gap={4} wrap="nowrap">
        <Tag color="green">срок продлён до {m.newDeadline ? formatDateRu(m.newDeadline) : '—'}</Tag>
        {m.newDeadline && m.newDeadlineSteps.length > 0 && <DeadlineDate date={m.newDeadline} steps={m.newDeadlineSteps} label="Как рассчитан новый срок" />}
      </Group>
    ) : m.decision === 'rejected' ? (
      <Tag color="red">в продлении отказано</Tag>
    ) : (
      <Tag color="yellow">ожидает решения главы</Tag>
    );
  const facts: [string, ReactNode][] = [
    ['Причины', `в связи с ${m.reasons}`],
    ['Продлить на', `${m.days} дн.`],
    ['Срок рассмотрения до продления', formatDateRu(m.deadlineBefore)],
    ['Подать записку не позднее', formatDateRu(m.requestDue)],
    ['Решение', <span key="d" data-testid="extension-decision">{decision}</span>],
  ];
  if (m.decidedAt) facts.push(['Решение принято', formatMoment(m.decidedAt, timeZone)]);
  if (m.comment) facts.push(['Комментарий', m.comment]);

  return (
    <Card withBorder padding="sm" component="section" aria-labelledby={titleId} data-testid="extension">
      <Stack gap="sm">
        <Title order={4} size="h6" id={titleId}>
          Служебная записка от {formatMoment(m.requestedAt, timeZone)}
        </Title>
        <Facts items={facts} />
        {outcome && <OutcomeView outcome={outcome} />}
        {canDecide && (
          <Group>
            <Button onClick={onDecide}>Принять решение о продлении</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** Right after the decision: the new deadline with the engine's explanation (issue «deadline engine») and the server's warnings. */
function OutcomeView({ outcome }: { outcome: ExtensionOutcome }) {
  return (
    <Stack gap="xs" data-testid="extension-outcome">
      {outcome.decision === 'approved' ? (
        <Alert color="blue" title="Срок рассмотрения продлён">
          <Stack gap="xs">
            <Text size="sm">
              Новый срок рассмотрения — <span data-testid="extension-new-deadline">{formatDeadline(outcome.newDeadline)}</span>. Автору направляется уведомление о продлении срока.
            </Text>
            <Text size="sm" fw={600}>
              Как рассчитан срок
            </Text>
            <DeadlineExplanation steps={outcome.steps} />
          </Stack>
        </Alert>
      ) : (
        <Alert color="gray" title="В продлении отказано">
          <Text size="sm">Срок рассмотрения не изменился.</Text>
        </Alert>
      )}
      {outcome.warnings.map((w) => (
        <Alert key={w} color="yellow" role="status" title="Обратите внимание">
          <Text size="sm">{w}</Text>
        </Alert>
      ))}
    </Stack>
  );
}
