import { useEffect, useRef, useState } from 'react';
import { Alert, Button, CloseButton, Group, List, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import { DeadlineDate, DeadlineExplanation, formatDeadline } from '../../components/deadline-explanation';
import { useSession } from '../../session/session';
import { can } from '../../../domain/access/policy';
import { appealStatusLabels, transition, type AppealStatus } from '../../../domain/appeal/lifecycle';
import { formatDateRu } from '../../../domain/time/local-date';
import { Tag } from '../admin/tag';
import { CaseSection } from './facts';
import type { ConsiderationView, QuestionView } from './consideration-model';
import { questionLabel, RedirectDialog, type RedirectResult, type RedirectRow } from './redirect-dialog';

type Props = { appealId: number; appealNumber: string; registrationDate: string; status: AppealStatus; timeZone: string; onChanged: () => void };
type Done = { result: RedirectResult; bodyNames: Map<number, string> };

/**
 * «Направление по компетенции» on the case page (ROU-7, ROU-10): where the appeal or its questions
 * went — the body, the questions, the cover letter's outgoing number and date, the term — and, for
 * the registrar, the head and a deputy while the appeal is open, «Направить по компетенции».
 */
export function RedirectSection({ appealId, appealNumber, registrationDate, status, timeZone, onChanged }: Props) {
  const { session } = useSession();
  const roles = session?.user?.roles ?? [];
  const redirects = useQuery<RedirectRow[]>(`/api/appeals/${appealId}/redirects`);
  // The questions with their ids and results (the card lists them without ids).
  const view = useQuery<ConsiderationView>(`/api/appeals/${appealId}/consideration`);
  const [opened, setOpened] = useState(false);
  const [done, setDone] = useState<Done | null>(null);

  // The card's state is the page's (other sections change it): the questions are read again when it moves.
  const seenStatus = useRef(status);
  const { reload: reloadView } = view;
  useEffect(() => {
    if (seenStatus.current === status) return;
    seenStatus.current = status;
    reloadView();
  }, [status, reloadView]);

  const current = status;
  const questions = view.data?.questions ?? [];
  const canRedirect = can(roles, 'appeals.redirect') && transition(current, 'redirect').ok && questions.length > 0;
  const label = `№ ${appealNumber}`;

  return (
    <CaseSection
      title="Направление по компетенции"
      id="case-redirects"
      actions={
        canRedirect && (
          <Button variant="light" onClick={() => setOpened(true)}>
            Направить по компетенции
          </Button>
        )
      }
    >
      {done && <RedirectOutcome done={done} onHide={() => setDone(null)} />}
      <LoadState query={redirects} isEmpty={(rows) => rows.length === 0} empty="Обращение по компетенции не направлялось.">
        {(rows) => <RedirectList rows={rows} questions={questions} status={current} />}
      </LoadState>
      {canRedirect && redirects.data && (
        <RedirectDialog
          appealId={appealId}
          label={label}
          registrationDate={registrationDate}
          timeZone={timeZone}
          questions={questions}
          redirects={redirects.data}
          opened={opened}
          onClose={() => setOpened(false)}
          onDone={(result, bodyNames) => {
            setDone({ result, bodyNames });
            showSuccess(result.status === 'redirected' ? `Обращение ${label} направлено по компетенции.` : `Вопросы обращения ${label} направлены по компетенции.`);
            redirects.reload();
            view.reload();
            onChanged();
          }}
        />
      )}
    </CaseSection>
  );
}

function RedirectList({ rows, questions, status }: { rows: RedirectRow[]; questions: QuestionView[]; status: AppealStatus }) {
  const questionText = (id: number) => {
    const q = questions.find((x) => x.id === id);
    return q ? questionLabel(q) : `вопрос (код записи ${id})`;
  };
  const sent = new Set(rows.flatMap((r) => r.questionIds));
  const staying = questions.filter((q) => !sent.has(q.id));
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="xs" data-testid="redirects">
          <Table.Caption>Органов: {new Set(rows.map((r) => r.bodyId)).size}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Орган</Table.Th>
              <Table.Th>Направленные вопросы</Table.Th>
              <Table.Th>Сопроводительное письмо</Table.Th>
              <Table.Th>Срок направления</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id} data-testid="redirect-row">
                <Table.Td>
                  <Text size="sm">{r.bodyName}</Text>
                  {r.migration && <Tag color="orange">миграционное законодательство</Tag>}
                </Table.Td>
                <Table.Td>
                  <List size="sm" spacing={2}>
                    {r.questionIds.map((id) => (
                      <List.Item key={id}>{questionText(id)}</List.Item>
                    ))}
                  </List>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {r.outgoingNumber ? `исх. № ${r.outgoingNumber}` : 'не зарегистрировано'}
                    {r.outgoingDate ? ` от ${formatDateRu(r.outgoingDate)}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.dueSteps.length > 0 ? <DeadlineDate date={r.dueDate} steps={r.dueSteps} label="Как рассчитан срок направления" /> : formatDeadline(r.dueDate)}</Text>
                  <Text size="xs" c="dimmed">
                    {r.migration ? '5 дней, 59-ФЗ ст. 8 ч. 3.1' : '7 дней, 59-ФЗ ст. 8 ч. 3'}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {staying.length > 0 && status !== 'redirected' && (
        <Text size="sm" c="dimmed">
          Не направлялись вопросы {staying.map((q) => `№ ${q.position}`).join(', ')}: они рассматриваются в организации (состояние обращения — «{appealStatusLabels[status]}»).
        </Text>
      )}
    </Stack>
  );
}

/** What the redirect did: the term with its explanation, the registered cover letters, the author's notice, the warnings. */
function RedirectOutcome({ done: { result, bodyNames }, onHide }: { done: Done; onHide: () => void }) {
  const notices = result.targets.reduce((n, t) => n + t.noticeIds.length, 0);
  return (
    <Alert
      // Blue, not green: Mantine's green title on its light background is below WCAG 1.4.3 contrast.
      color="blue"
      role="status"
      data-testid="redirect-result"
      title={result.status === 'redirected' ? 'Обращение направлено по компетенции' : 'Вопросы направлены по компетенции'}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text size="sm" data-testid="redirect-due">
            Срок направления:{' '}
            <Text span size="sm" fw={700}>
              {formatDeadline(result.dueDate)}
            </Text>
          </Text>
          <CloseButton aria-label="Скрыть сведения о направлении" onClick={onHide} />
        </Group>
        <Text size="sm">Как рассчитан срок:</Text>
        <DeadlineExplanation steps={result.dueSteps} />
        <Text size="sm" fw={600}>
          Зарегистрированы сопроводительные письма:
        </Text>
        <List size="sm" spacing={2}>
          {result.targets.map((t) => (
            <List.Item key={t.coverLetterId}>
              {bodyNames.get(t.bodyId) || 'орган'} — исх. № {t.outgoingNumber}
            </List.Item>
          ))}
        </List>
        <Text size="sm">
          {notices > 0
            ? `Уведомлений автору о переадресации: ${notices}. Письма и уведомления поставлены в очередь отправки (раздел «Документы»).`
            : 'Письма поставлены в очередь отправки (раздел «Документы»). Уведомление автору не сформировано: в карточке нет адреса для ответа.'}
        </Text>
        {result.warnings.map((w) => (
          <Alert key={w} color="yellow" p="xs" title="Обратите внимание">
            <Text size="sm">{w}</Text>
          </Alert>
        ))}
      </Stack>
    </Alert>
  );
}
