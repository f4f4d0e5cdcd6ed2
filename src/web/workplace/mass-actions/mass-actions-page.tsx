import { useCallback, useState } from 'react';
import { Alert, Button, Checkbox, Group, Pagination, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import type { MassActionView } from '../../../server/features/mass-actions/schemas';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { DateField } from '../../components/date-field';
import { ExternalBodySelect } from '../../components/external-body-select';
import { showSuccess } from '../../components/form-errors';
import { useSubmit } from '../../components/use-submit';
import { useSession } from '../../session/session';
import { formatDateRu, localDate } from '../../../domain/time/local-date';
import { appealsCount } from '../../../domain/documents/plural';
import { MassActionProgress, statusLabels } from './mass-action-progress';

type Candidate = { totkCode: string; totkName: string; count: number };
type Selection = { count: number; redirectDue: string; redirectOverdue: boolean; appeals: { id: number; number: string; registrationDate: string; author: string; address: string; annotation: string }[] };
type Summary = Omit<MassActionView, 'pending' | 'notices' | 'redirectDue' | 'letters' | 'errors'>;

const PAGE = 50;
/** HMR 7.14: the procedure speaks of more than a thousand appeals in one day. */
const CLAUSE_THRESHOLD = 1000;

/**
 * «Одномоментные акции» (REG-12, HMR 7.14): the registrar picks the day and the subject, sees the
 * appeals and may leave some out, names the competent body and — after confirming — launches the
 * action; its progress, registry and cover letter are shown below, with the actions held before.
 */
export function MassActionsPage() {
  const { session } = useSession();
  // The organisation's time zone, as on the other pages of the workplace.
  const timeZone = session?.organisation?.timeZone ?? 'Europe/Moscow';
  const [date, setDate] = useState<string>(() => localDate(new Date(), timeZone));
  const [totkCode, setTotkCode] = useState<string | null>(null);
  const [excluded, setExcluded] = useState<Set<number>>(new Set());
  const [bodyId, setBodyId] = useState<number | null>(null);
  const [bodyName, setBodyName] = useState('');
  const [page, setPage] = useState(1);
  const [current, setCurrent] = useState<number | null>(null);
  const submit = useSubmit('Одномоментная акция не создана. Повторите действие.');

  const candidates = useQuery<Candidate[]>(date ? `/api/mass-actions/candidates?date=${date}` : null);
  const selection = useQuery<Selection>(date && totkCode ? `/api/mass-actions/selection?date=${date}&totkCode=${encodeURIComponent(totkCode)}` : null);
  const actions = useQuery<Summary[]>('/api/mass-actions');
  const reloadActions = actions.reload;
  const onChanged = useCallback(() => reloadActions(), [reloadActions]);

  function pickDate(d: string | null) {
    if (!d) return;
    setDate(d);
    setTotkCode(null);
    setExcluded(new Set());
    setPage(1);
  }

  function toggle(id: number, include: boolean) {
    setExcluded((s) => {
      const next = new Set(s);
      if (include) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function launch(sel: Selection) {
    // Exactly the appeals the registrar sees ticked: one registered after he opened the list is not taken.
    const appealIds = sel.appeals.filter((a) => !excluded.has(a.id)).map((a) => a.id);
    const question = candidates.data?.find((c) => c.totkCode === totkCode)?.totkName ?? totkCode;
    modals.openConfirmModal({
      title: 'Проведение одномоментной акции',
      children: (
        <Stack gap="xs">
          <Text size="sm">
            Направить по компетенции в {bodyName} обращения, зарегистрированные {formatDateRu(date)}, по вопросу «{question}»: {appealsCount(appealIds.length)}?
          </Text>
          {sel.redirectOverdue && <Text size="sm" c="orange.8">{overdueText(sel.redirectDue)}</Text>}
          <Text size="sm">
            Каждое обращение получит результат «Направлено по компетенции», каждому автору будет подготовлено уведомление о переадресации; по окончании будут составлены реестр обращений и одно
            сопроводительное письмо с запросом результатов рассмотрения. Отменить направление нельзя.
          </Text>
        </Stack>
      ),
      labels: { confirm: 'Провести акцию', cancel: 'Отмена' },
      closeButtonProps: { 'aria-label': 'Закрыть' },
      onConfirm: () =>
        void submit
          .run(async () => {
            const created = await api<{ id: number; total: number; redirectDue: string; redirectOverdue: boolean }>('POST', '/api/mass-actions', { registrationDate: date, totkCode, bodyId, appealIds });
            showSuccess(`Одномоментная акция запущена: ${appealsCount(created.total)}.${created.redirectOverdue ? ` ${overdueText(created.redirectDue)}` : ''}`);
            setCurrent(created.id);
            setTotkCode(null);
            setExcluded(new Set());
            candidates.reload();
            actions.reload();
          })
          // The list changed meanwhile (the server says which way): show it as it is now.
          .then((ok) => !ok && selection.reload()),
    });
  }

  return (
    <Stack>
      <Title order={1} size="h2">
        Одномоментные акции
      </Title>
      <Text c="dimmed" size="sm">
        Если в один день поступает более тысячи обращений по одному вопросу (одномоментная акция), обращения направляются по компетенции одним сопроводительным письмом с реестром и запросом
        результатов рассмотрения, а всем авторам направляются уведомления (п. 7.14 Порядка).
      </Text>

      {current !== null && (
        <Paper withBorder p="md">
          <MassActionProgress id={current} onChanged={onChanged} />
        </Paper>
      )}

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Новая акция
          </Title>
          <DateField label="Дата регистрации обращений" required value={date} onChange={(d) => pickDate(typeof d === 'string' ? d : null)} maw={260} />
          <LoadState query={candidates} isEmpty={(list) => list.length === 0} empty="За эту дату нет зарегистрированных обращений, ещё не направленных на рассмотрение.">
            {(list) => (
              <Radio.Group label="Вопрос (по ТОТК)" description="Число обращений, зарегистрированных за дату и ещё не направленных на рассмотрение" value={totkCode} onChange={(v) => { setTotkCode(v); setExcluded(new Set()); setPage(1); }}>
                <Stack gap={6} mt="xs">
                  {list.map((c) => (
                    <Radio key={c.totkCode} value={c.totkCode} label={`${c.totkName} (${c.totkCode}) — ${c.count}`} />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          </LoadState>
          {totkCode && (
            <LoadState query={selection} isEmpty={(s) => s.count === 0} empty="Обращений по этому вопросу нет.">
              {(sel) => {
                const count = sel.appeals.filter((a) => !excluded.has(a.id)).length;
                const rows = sel.appeals.slice((page - 1) * PAGE, page * PAGE);
                return (
                  <Stack gap="sm">
                    <Text size="sm" aria-live="polite">
                      Отобрано обращений: {sel.count}; исключено: {sel.count - count}; будет направлено: {count}.
                    </Text>
                    {sel.redirectOverdue && (
                      <Alert color="orange" title="Срок направления по компетенции истёк">
                        {overdueText(sel.redirectDue)}
                      </Alert>
                    )}
                    {sel.count <= CLAUSE_THRESHOLD && (
                      <Alert color="yellow" title="Обращений не более тысячи">
                        Порядок предусматривает реестр для одномоментной акции, когда в один день поступает более тысячи обращений. Убедитесь, что обращения нельзя направить в обычном порядке.
                      </Alert>
                    )}
                    <Table.ScrollContainer minWidth={900}>
                      <Table striped verticalSpacing="xs" aria-label="Обращения одномоментной акции">
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th>Включить</Table.Th>
                            <Table.Th>Номер и дата</Table.Th>
                            <Table.Th>Автор</Table.Th>
                            <Table.Th>Адрес</Table.Th>
                            <Table.Th>Содержание</Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {rows.map((a) => (
                            <Table.Tr key={a.id}>
                              <Table.Td>
                                <Checkbox aria-label={`Включить обращение № ${a.number}`} checked={!excluded.has(a.id)} onChange={(e) => toggle(a.id, e.currentTarget.checked)} />
                              </Table.Td>
                              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                                № {a.number} от {formatDateRu(a.registrationDate)}
                              </Table.Td>
                              <Table.Td>{a.author}</Table.Td>
                              <Table.Td>{a.address || '—'}</Table.Td>
                              <Table.Td>{a.annotation}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </Table.ScrollContainer>
                    {sel.count > PAGE && <Pagination total={Math.ceil(sel.count / PAGE)} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': { first: 'Первая страница', previous: 'Предыдущая страница', next: 'Следующая страница', last: 'Последняя страница' }[control] })} />}
                    <ExternalBodySelect label="Орган, в компетенцию которого входит решение вопроса" required value={bodyId} onChange={(id, b) => { setBodyId(id); setBodyName(b?.name ?? ''); }} error={submit.fieldErrors.bodyId} />
                    {submit.error && (
                      <Alert color="red" role="alert" title="Акция не создана">
                        {submit.error}
                      </Alert>
                    )}
                    <Group>
                      <Button onClick={() => launch(sel)} disabled={count === 0 || bodyId === null} loading={submit.busy}>
                        Провести акцию
                      </Button>
                    </Group>
                  </Stack>
                );
              }}
            </LoadState>
          )}
        </Stack>
      </Paper>

      <Title order={2} size="h4">
        Проведённые акции
      </Title>
      <LoadState query={actions} isEmpty={(list) => list.length === 0} empty="Одномоментных акций ещё не проводилось.">
        {(list) => (
          <Table striped aria-label="Одномоментные акции" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Дата регистрации</Table.Th>
                <Table.Th>Вопрос</Table.Th>
                <Table.Th>Орган</Table.Th>
                <Table.Th>Состояние</Table.Th>
                <Table.Th>Направлено / всего</Table.Th>
                <Table.Th>Ошибки</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{formatDateRu(a.registrationDate)}</Table.Td>
                  <Table.Td>{a.totkName}</Table.Td>
                  <Table.Td>{a.bodyName}</Table.Td>
                  <Table.Td>{statusLabels[a.status]}</Table.Td>
                  <Table.Td>
                    {a.done} / {a.total}
                  </Table.Td>
                  <Table.Td>{a.failed}</Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" onClick={() => setCurrent(a.id)} aria-label={`Подробнее: ход акции от ${formatDateRu(a.registrationDate)}, ${a.totkName}`}>
                      Подробнее
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </LoadState>
    </Stack>
  );
}

/** ROU-7 (59-ФЗ ст. 8 ч. 3): a warning, not a block — the appeals still have to go. */
function overdueText(due: string): string {
  return `Срок направления обращений по компетенции (7 дней со дня регистрации, 59-ФЗ ст. 8 ч. 3) истёк: последний день — ${formatDateRu(due)}. Обращения будут направлены с нарушением срока.`;
}
