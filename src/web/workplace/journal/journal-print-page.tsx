import { useEffect, useMemo, useState } from 'react';
import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { useSession } from '../../session/session';
import { formatDateRu } from '../../../domain/time/local-date';
import { describeConditions, describePeriod } from '../../../domain/appeal/journal-conditions';
import { conditionsOf, draftFromParams, queryString, typedConditions, type JournalPage, type JournalRow } from './journal-params';
import './journal-print.css';

/** A sheet of paper is not a spreadsheet: more than this goes to the Excel export. */
const PRINT_LIMIT = 1000;
const API_PAGE = 200;

type Loaded = { rows: JournalRow[]; more: boolean; names: { totk: string | null; forwardedBy: string | null } };

async function loadForPrint(conditions: Record<string, string>): Promise<Loaded> {
  const rows: JournalRow[] = [];
  let more = false;
  for (let page = 1; rows.length < PRINT_LIMIT; page++) {
    const data = await api<JournalPage>('GET', `/api/appeals${queryString(conditions, { page: String(page), pageSize: String(API_PAGE) })}`);
    rows.push(...data.rows);
    more = data.hasMore;
    if (!data.hasMore) break;
  }
  // The names behind the ids of the conditions, for the title; a failed look-up leaves the code.
  const totk = conditions.totk ? await api<{ name: string }>('GET', `/api/classifier/${encodeURIComponent(conditions.totk)}`).then((e) => e.name, () => null) : null;
  const forwardedBy = conditions.forwardedBy ? await api<{ name: string }[]>('GET', `/api/external-bodies?id=${encodeURIComponent(conditions.forwardedBy)}`).then((b) => b[0]?.name ?? null, () => null) : null;
  return { rows: rows.slice(0, PRINT_LIMIT), more: more || rows.length > PRINT_LIMIT, names: { totk, forwardedBy } };
}

/**
 * «Версия для печати» (REG-10, HMR app. 2): the journal under the current conditions, without the
 * workplace around it; the browser's print dialog opens on the button, not by itself.
 */
export function JournalPrintPage() {
  const [params] = useSearchParams();
  const key = params.toString();
  const draft = useMemo(() => draftFromParams(new URLSearchParams(key)), [key]);
  const conditions = useMemo(() => conditionsOf(draft), [draft]);
  const organisation = useSession().session?.organisation?.shortName ?? '';
  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setLoaded(undefined);
    setError(undefined);
    loadForPrint(conditions)
      .then((l) => !cancelled && setLoaded(l))
      .catch((e: unknown) => !cancelled && setError(e instanceof ApiError ? e.message : 'Не удалось загрузить журнал.'));
    return () => {
      cancelled = true;
    };
  }, [conditions, attempt]);

  const typed = typedConditions(draft);
  const described = loaded ? describeConditions(typed, loaded.names) : [];

  return (
    <main className="journal-print">
      <Group className="no-print" justify="space-between" mb="md">
        <Button component={Link} to={`/app/journal${queryString(conditions)}`} variant="default">
          Вернуться к журналу
        </Button>
        <Button onClick={() => window.print()} disabled={!loaded}>
          Печать
        </Button>
      </Group>
      <h1>Журнал регистрации обращений граждан</h1>
      <p className="journal-print-subtitle">{[organisation, describePeriod(typed)].filter(Boolean).join(', ')}</p>
      {described.length > 0 && <p className="journal-print-subtitle">Условия отбора: {described.join('; ')}</p>}
      {error && (
        <Alert color="red" role="alert" className="no-print" title="Не удалось загрузить журнал">
          <Text size="sm">{error}</Text>
          <Button size="xs" variant="light" mt="xs" onClick={() => setAttempt((n) => n + 1)}>
            Повторить
          </Button>
        </Alert>
      )}
      {!loaded && !error && (
        <Center py="xl" className="no-print">
          <Loader aria-label="Загрузка" />
        </Center>
      )}
      {loaded && loaded.more && (
        <Alert color="yellow" className="no-print" mb="sm">
          Показаны первые {loaded.rows.length.toLocaleString('ru-RU')} обращений. Полный журнал за период — в выгрузке в Excel.
        </Alert>
      )}
      {loaded && loaded.rows.length === 0 && <p>Обращений, отвечающих условиям отбора, нет.</p>}
      {loaded && loaded.rows.length > 0 && <PrintTable rows={loaded.rows} />}
    </main>
  );
}

/** The columns of HMR app. 2; «Кому отписано», «Результат рассмотрения», «Дата ответа» stay empty until routing and answers exist. */
function PrintTable({ rows }: { rows: JournalRow[] }) {
  return (
    <table aria-label="Журнал регистрации обращений граждан">
      <thead>
        <tr>
          <th scope="col">№ п/п</th>
          <th scope="col">Рег. номер</th>
          <th scope="col">Дата обращения</th>
          <th scope="col">Фамилия, имя, отчество и адрес заявителя</th>
          <th scope="col">Льготная категория</th>
          <th scope="col">Краткое содержание обращения</th>
          <th scope="col">Через какую организацию поступило</th>
          <th scope="col">Кому отписано</th>
          <th scope="col">Результат рассмотрения</th>
          <th scope="col">Дата ответа</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.id}>
            <td>{i + 1}</td>
            <td>{r.number}</td>
            <td>{formatDateRu(r.registrationDate)}</td>
            <td>
              {r.people.length === 0 && 'Автор не указан'}
              {r.people.map((p, j) => (
                <div key={j}>{[p.name, p.address].filter(Boolean).join(', ')}</div>
              ))}
            </td>
            <td>{r.benefitCategories.join(', ')}</td>
            <td>{r.annotation}</td>
            <td>{r.forwardedBy ?? ''}</td>
            <td />
            <td />
            <td />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
