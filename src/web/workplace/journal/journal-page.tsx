import { useMemo, useState, type MouseEvent } from 'react';
import { Button, Group, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showApiError } from '../../components/form-errors';
import { JournalFilters } from './journal-filters';
import { JournalTable } from './journal-table';
import { SavedFilters } from './saved-filters';
import { downloadFile } from './download-file';
import { conditionsOf, DEFAULT_SORT, draftFromParams, hasConditions, PAGE_SIZE, pageOf, queryString, type FilterDraft, type JournalCount, type JournalPage as JournalPageData } from './journal-params';

const sorts = [
  { value: 'date-desc', label: 'Сначала новые' },
  { value: 'date-asc', label: 'Сначала старые' },
  { value: 'deadline-asc', label: 'По сроку рассмотрения' },
];

const controlLabels = { first: 'Первая страница', previous: 'Предыдущая страница', next: 'Следующая страница', last: 'Последняя страница' };

/**
 * «Журнал» (REG-10): the registration journal with its conditions of selection, sorting, pages of 50,
 * saved filters, the Excel export and the print version. Everything is in the address, so a link
 * reproduces the view.
 */
export function JournalPage() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // The address string is the identity of the conditions: the form resets only when it changes.
  const applied = useMemo(() => draftFromParams(new URLSearchParams(key)), [key]);
  const conditions = useMemo(() => conditionsOf(applied), [applied]);
  const page = pageOf(params);
  const journal = useQuery<JournalPageData>(`/api/appeals${queryString(conditions, { page: String(page), pageSize: String(PAGE_SIZE) })}`);
  // The total is counted separately (on a large journal it takes longer than the page itself).
  const count = useQuery<JournalCount>(`/api/appeals/count${queryString(conditions)}`);
  const [exporting, setExporting] = useState(false);

  const show = (next: Record<string, string>, nextPage = 1) => setParams(new URLSearchParams({ ...next, ...(nextPage > 1 ? { page: String(nextPage) } : {}) }));
  const apply = (draft: FilterDraft) => show(conditionsOf(draft));
  const exportHref = `/api/appeals/export.xlsx${queryString(conditions)}`;

  async function exportXlsx(e: MouseEvent) {
    e.preventDefault();
    setExporting(true);
    try {
      await downloadFile(exportHref, 'journal.xlsx');
    } catch (err) {
      showApiError(err);
    } finally {
      setExporting(false);
    }
  }

  const total = count.data?.total;
  // Known total → its pages; otherwise as far as the pages seen so far reach.
  const pages = total !== undefined && count.data?.exact ? Math.max(1, Math.ceil(total / PAGE_SIZE)) : Math.max(page + (journal.data?.hasMore ? 1 : 0), total !== undefined ? Math.ceil(total / PAGE_SIZE) : 1);

  return (
    <Stack>
      <Title order={1} size="h2">
        Журнал регистрации обращений
      </Title>
      <JournalFilters applied={applied} onApply={apply} />
      <SavedFilters current={conditions} onPick={(query) => show(query)} />
      <Group justify="space-between" align="flex-end">
        <Text aria-live="polite" data-testid="journal-total">
          {total === undefined ? '' : `Найдено обращений: ${count.data?.exact === false ? 'более ' : ''}${total.toLocaleString('ru-RU')}`}
        </Text>
        <Group align="flex-end" gap="sm">
          <Select label="Сортировка" data={sorts} value={applied.sort || DEFAULT_SORT} onChange={(v) => show(conditionsOf({ ...applied, sort: v ?? DEFAULT_SORT }))} allowDeselect={false} w={230} />
          <Button component="a" href={exportHref} onClick={exportXlsx} loading={exporting} variant="light">
            Выгрузить в Excel
          </Button>
          <Button component={Link} to={`/app/journal/print${queryString(conditions)}`} variant="default">
            Версия для печати
          </Button>
        </Group>
      </Group>
      <LoadState
        query={journal}
        isEmpty={(d) => d.rows.length === 0 && page === 1}
        empty={hasConditions(applied) ? 'Обращений, отвечающих условиям отбора, нет.' : 'В журнале пока нет зарегистрированных обращений.'}
      >
        {(data) => (
          <Stack>
            <JournalTable rows={data.rows} />
            {pages > 1 && (
              <Group justify="space-between" component="nav" aria-label="Страницы журнала">
                <Text size="sm">
                  Страница {page} из {pages}
                </Text>
                <Pagination total={pages} value={Math.min(page, pages)} onChange={(p) => show(conditions, p)} getControlProps={(control) => ({ 'aria-label': controlLabels[control] })} />
              </Group>
            )}
          </Stack>
        )}
      </LoadState>
    </Stack>
  );
}
