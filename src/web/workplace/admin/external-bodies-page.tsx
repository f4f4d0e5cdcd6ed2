import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Switch, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showApiError, showSuccess } from '../../components/form-errors';
import { externalBodyKindLabels, externalBodyKindOptions, type ExternalBody, type ExternalBodyKind } from '../../components/external-body-select';
import { useDialog } from './use-dialog';
import { Tag } from './tag';
import { EditCell, FormActions } from './table-cells';
import { useForm } from './use-form';

function listUrl(q: string, kind: ExternalBodyKind | null): string {
  const query = new URLSearchParams({ limit: '1000' });
  if (q.trim()) query.set('q', q.trim());
  if (kind) query.set('kind', kind);
  return `/api/external-bodies?${query.toString()}`;
}

const bodyOf = (b: ExternalBody) => ({ name: b.name, kind: b.kind, postalAddress: b.postalAddress, email: b.email, note: b.note, active: b.active });

/**
 * ADM-3: the directory of external bodies — where appeals come from (REG-3) and where they are redirected
 * (59-FZ art. 8 ч. 3) or documents requested (art. 10 ч. 2). Bodies are switched off, never deleted.
 */
export function ExternalBodiesPage() {
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<ExternalBodyKind | null>(null);
  const [debounced] = useDebouncedValue(search, 300);
  const bodies = useQuery<ExternalBody[]>(listUrl(debounced, kind));
  const dialog = useDialog<ExternalBody>();
  const filtered = debounced.trim() !== '' || kind !== null;

  async function setActive(b: ExternalBody, active: boolean) {
    try {
      await api<ExternalBody>('PUT', `/api/admin/external-bodies/${b.id}`, { ...bodyOf(b), active });
      showSuccess(active ? `«${b.name}» снова предлагается при выборе.` : `«${b.name}» больше не предлагается при выборе.`);
    } catch (e) {
      showApiError(e);
    } finally {
      bodies.reload();
    }
  }

  return (
    <Stack>
      <Text c="dimmed" size="sm">
        Органы и организации, из которых поступают обращения и в которые они направляются по компетенции. Недействующие записи не предлагаются при выборе, но сохраняются в ранее зарегистрированных обращениях.
      </Text>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <TextInput label="Поиск по наименованию" placeholder="Например: прокуратура" type="search" value={search} onChange={(e) => setSearch(e.currentTarget.value)} w={{ base: '100%', sm: 320 }} />
          <Select<ExternalBodyKind> label="Вид" placeholder="Все виды" clearable data={externalBodyKindOptions} value={kind} onChange={setKind} w={{ base: '100%', sm: 280 }} />
        </Group>
        <Button onClick={() => dialog.open(null)}>Добавить орган или организацию</Button>
      </Group>
      <LoadState
        query={bodies}
        isEmpty={(d) => d.length === 0}
        empty={filtered ? 'По заданным условиям записи не найдены.' : 'Справочник пуст. Добавьте орган кнопкой «Добавить орган или организацию».'}
      >
        {(list) => (
          <Table.ScrollContainer minWidth={960}>
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Caption>Записей: {list.length}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Наименование</Table.Th>
                  <Table.Th>Вид</Table.Th>
                  <Table.Th>Почтовый адрес</Table.Th>
                  <Table.Th>Электронная почта</Table.Th>
                  <Table.Th>Состояние</Table.Th>
                  <Table.Th>Действия</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      {b.name}
                      {b.note && (
                        <Text size="xs" c="dimmed">
                          {b.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Tag color="gray">{externalBodyKindLabels[b.kind]}</Tag>
                    </Table.Td>
                    <Table.Td>{b.postalAddress || '—'}</Table.Td>
                    <Table.Td>{b.email || '—'}</Table.Td>
                    <Table.Td>
                      <Switch label="Действует" aria-label={`Действует: ${b.name}`} checked={b.active} onChange={(e) => void setActive(b, e.currentTarget.checked)} />
                    </Table.Td>
                    <EditCell name={b.name} onEdit={() => dialog.open(b)} />
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </LoadState>
      <Modal opened={dialog.opened} onClose={dialog.close} closeButtonProps={{ 'aria-label': 'Закрыть' }} title={dialog.target ? 'Изменение сведений об органе' : 'Новый орган или организация'} size="lg">
        <ExternalBodyForm
          key={dialog.key}
          body={dialog.target}
          onCancel={dialog.close}
          onSaved={(b) => {
            dialog.close();
            showSuccess(`Сведения об органе «${b.name}» сохранены.`);
            bodies.reload();
          }}
        />
      </Modal>
    </Stack>
  );
}

function ExternalBodyForm({ body, onSaved, onCancel }: { body: ExternalBody | null; onSaved: (b: ExternalBody) => void; onCancel: () => void }) {
  const form = useForm<{ name: string; kind: ExternalBodyKind | null; postalAddress: string; email: string; note: string; active: boolean }>(
    body ? bodyOf(body) : { name: '', kind: null, postalAddress: '', email: '', note: '', active: true },
  );
  const { values, set, error } = form;
  const submit = form.submit(async (v) => {
    onSaved(await api<ExternalBody>(body ? 'PUT' : 'POST', body ? `/api/admin/external-bodies/${body.id}` : '/api/admin/external-bodies', v));
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Textarea label="Полное наименование" description="Как в официальных письмах, в именительном падеже" required data-autofocus autosize minRows={2} value={values.name} error={error('name')} onChange={(e) => set('name', e.currentTarget.value)} />
        <Select<ExternalBodyKind> label="Вид" required placeholder="Выберите вид" data={externalBodyKindOptions} value={values.kind} error={error('kind')} onChange={(v) => set('kind', v)} />
        <Textarea label="Почтовый адрес" description="Улица, дом, населённый пункт, регион, индекс" autosize minRows={2} value={values.postalAddress} error={error('postalAddress')} onChange={(e) => set('postalAddress', e.currentTarget.value)} />
        <TextInput label="Электронная почта" type="email" autoComplete="off" value={values.email} error={error('email')} onChange={(e) => set('email', e.currentTarget.value)} />
        <Textarea label="Примечание" autosize minRows={2} value={values.note} error={error('note')} onChange={(e) => set('note', e.currentTarget.value)} />
        <Switch label="Действует" description="Недействующий орган не предлагается при выборе" checked={values.active} error={error('active')} onChange={(e) => set('active', e.currentTarget.checked)} />
        <FormActions busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
