import { useState, type FormEvent } from 'react';
import { ActionIcon, Alert, Button, Checkbox, FileInput, Group, Modal, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api, uploadFiles } from '../../api/client';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { DateField } from '../../components/date-field';
import { useSubmit } from '../../components/use-submit';
import { LoadState } from '../../components/load-state';
import { ExternalBodySelect } from '../../components/external-body-select';
import { useQuery } from '../../api/use-query';
import { formatDateRu } from '../../../domain/time/local-date';
import type { StatementRow } from './statement-model';

type Kind = StatementRow['kind'];
const kinds: { value: Kind; label: string; description: string }[] = [
  { value: 'not-sent', label: 'SPC-8. Заявление об отсутствии факта направления обращения', description: 'Гражданин сообщает, что обращение не направлял. Сопоставление — в течение 3 рабочих дней со дня поступления (HMR 6.3).' },
  { value: 'withdrawal', label: 'SPC-9. Заявление о прекращении рассмотрения обращения', description: 'Сопоставление — в течение 3 рабочих дней со дня поступления (HMR 6.5).' },
  { value: 'additional-documents', label: 'SPC-10. Дополнительные документы и материалы (ст. 5 ч. 1 59-ФЗ)', description: 'Приобщаются к обращению; если ответ уже направлен — регистрируется новое обращение (HMR 6.2).' },
];

type Registered = { number: string; route: string; comparisonDue: string | null; forwardingDue: string | null; newAppealNumber?: string; documents: { outgoingNumber: string }[] };
type Paper = { description: string; pages: number | '' };

/** SPC-8…10: «Зарегистрировать заявление» — what arrived, from whom, when; for SPC-10 the documents. Nothing typed is lost on a refusal. */
export function RegisterStatementDialog({ appealId, appealNumber, opened, onClose, onDone }: { appealId: number; appealNumber: string; opened: boolean; onClose: () => void; onDone: () => void }) {
  const [kind, setKind] = useState<Kind | null>(null);
  const [receivedDate, setReceivedDate] = useState<string | null>(null);
  const [form, setForm] = useState<'written' | 'electronic'>('written');
  const [person, setPerson] = useState({ surname: '', firstName: '', patronymic: '', postalAddress: '', email: '' });
  const [gender, setGender] = useState<string | null>(null);
  const [content, setContent] = useState('');
  const [comment, setComment] = useState('');
  const [paper, setPaper] = useState<Paper[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Заявление не зарегистрировано. Повторите действие.');
  // The value is read while the event is current: the state updater runs later, when currentTarget is null.
  const set = (k: keyof typeof person) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setPerson((p) => ({ ...p, [k]: value }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!kind) missing.kind = 'Выберите вид заявления.';
    if (!receivedDate) missing.receivedDate = 'Укажите дату поступления (ДД.ММ.ГГГГ).';
    if (!person.surname.trim()) missing.surname = 'Укажите фамилию заявителя.';
    if (!person.firstName.trim()) missing.firstName = 'Укажите имя заявителя.';
    if (!person.postalAddress.trim() && !person.email.trim()) missing.postalAddress = 'Укажите почтовый адрес или адрес электронной почты заявителя: по нему направляется уведомление.';
    if (content.trim().length < 3) missing.content = 'Изложите кратко содержание заявления.';
    paper.forEach((p, i) => {
      if (!p.description.trim()) missing[`paperDocuments.${i}.description`] = 'Опишите документ.';
      if (p.pages === '' || p.pages < 1) missing[`paperDocuments.${i}.pages`] = 'Укажите число листов.';
    });
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    await run(async () => {
      const statement = { kind, receivedDate, form, ...person, gender, content, comment, paperDocuments: paper.map((p) => ({ description: p.description, pages: Number(p.pages) })) };
      // The files go with the registration itself: on a refusal none of them stays in the case.
      let r: Registered;
      if (files.length > 0) {
        const data = new FormData();
        data.append('statement', JSON.stringify(statement));
        for (const f of files) data.append('files', f, f.name);
        r = await uploadFiles<Registered>(`/api/appeals/${appealId}/statements/files`, data);
      } else {
        r = await api<Registered>('POST', `/api/appeals/${appealId}/statements`, statement);
      }
      const what =
        r.route === 'forwarded' ? ` Направлено вслед за обращением по компетенции (исх. № ${r.documents.map((d) => d.outgoingNumber).join(', ')}).`
        : r.route === 'new-appeal' ? ` Ответ на обращение уже направлен: зарегистрировано новое обращение № ${r.newAppealNumber}.`
        : r.comparisonDue ? ` Срок сопоставления — ${formatDateRu(r.comparisonDue)}.` : ' Документы приобщены к обращению.';
      showSuccess(`Заявление зарегистрировано: № ${r.number}.${what}`);
      onClose();
      onDone();
    }, { fields: (f) => f });
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Заявление по обращению № ${appealNumber}`} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="xl">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Radio.Group label="Что поступило" value={kind} onChange={(v) => setKind(v as Kind)} error={fieldErrors.kind} required>
            <Stack gap={6} mt="xs">
              {kinds.map((k) => (
                <Radio key={k.value} value={k.value} label={k.label} description={k.description} data-testid={`statement-kind-${k.value}`} />
              ))}
            </Stack>
          </Radio.Group>
          <Group grow align="flex-start">
            <DateField label="Дата поступления" value={receivedDate} onChange={(v) => setReceivedDate(v ? String(v).slice(0, 10) : null)} error={fieldErrors.receivedDate} required />
            <Select label="Форма" data={[{ value: 'written', label: 'Письменное' }, { value: 'electronic', label: 'В форме электронного документа' }]} value={form} onChange={(v) => setForm((v as 'written' | 'electronic') ?? 'written')} allowDeselect={false} />
          </Group>
          <SimpleGrid cols={3}>
            <TextInput label="Фамилия" value={person.surname} onChange={set('surname')} error={fieldErrors.surname} required />
            <TextInput label="Имя" value={person.firstName} onChange={set('firstName')} error={fieldErrors.firstName} required />
            <TextInput label="Отчество" value={person.patronymic} onChange={set('patronymic')} error={fieldErrors.patronymic} />
          </SimpleGrid>
          <Select label="Пол (для обращения в уведомлении)" placeholder="не указан" data={[{ value: 'm', label: 'мужской' }, { value: 'f', label: 'женский' }]} value={gender} onChange={setGender} clearable />
          <TextInput label="Почтовый адрес" value={person.postalAddress} onChange={set('postalAddress')} error={fieldErrors.postalAddress} />
          <TextInput label="Адрес электронной почты" value={person.email} onChange={set('email')} error={fieldErrors.email} />
          <Textarea label="Краткое содержание" autosize minRows={2} maxLength={4000} value={content} onChange={(e) => setContent(e.currentTarget.value)} error={fieldErrors.content} required />
          {kind && (
            <Stack gap="xs">
              <Text size="sm" fw={500}>{kind === 'additional-documents' ? 'Документы и материалы' : 'Приложения к заявлению'}</Text>
              {paper.map((p, i) => (
                <Group key={i} align="flex-start">
                  <TextInput style={{ flex: 1 }} aria-label="Документ" placeholder="Наименование документа" value={p.description} onChange={(e) => { const v = e.currentTarget.value; setPaper((l) => l.map((x, j) => (j === i ? { ...x, description: v } : x))); }} error={fieldErrors[`paperDocuments.${i}.description`]} />
                  <NumberInput w={120} aria-label="Листов" placeholder="листов" min={1} value={p.pages} onChange={(v) => setPaper((l) => l.map((x, j) => (j === i ? { ...x, pages: typeof v === 'number' ? v : '' } : x)))} error={fieldErrors[`paperDocuments.${i}.pages`]} />
                  <ActionIcon variant="subtle" color="red" aria-label="Убрать документ" onClick={() => setPaper((l) => l.filter((_, j) => j !== i))} mt={4}>
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <div>
                <Button size="xs" variant="light" onClick={() => setPaper((l) => [...l, { description: '', pages: '' }])}>
                  Добавить бумажный документ
                </Button>
              </div>
              <FileInput label="Файлы" description="Скан заявления, документы. Сохраняются вместе с регистрацией заявления и попадают в приложения обращения." multiple value={files} onChange={setFiles} error={fieldErrors.attachmentIds ?? fieldErrors.files} clearable />
            </Stack>
          )}
          <Textarea label="Пояснение" description="Необязательно. Войдёт в текст письма, если заявление направляется по компетенции." autosize minRows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={fieldErrors.comment} />
          <DialogFooter error={error} errorTitle="Заявление не зарегистрировано" errorTestId="statement-refusal" busy={busy} onCancel={onClose} submitLabel="Зарегистрировать" />
        </Stack>
      </form>
    </Modal>
  );
}

type Decided = { outcome: string; status: string; documents: { outgoingNumber: string }[]; dispositionDocuments: { id: number }[]; warnings: string[] };
type CardAuthor = { id: number; name: string; postalAddress: string; email: string; role: 'author' | 'signatory' | 'representative'; receivesAnswer: boolean };

const roleLabels: Record<CardAuthor['role'], string> = { author: 'автор', signatory: 'подписант', representative: 'представитель' };

/** What the decision will do (59-ФЗ ст. 11 ч. 1; HMR 6.3, 6.5, 7.1): for the one author, for a co-author, with a state body. */
function consequence(kind: Kind, isAuthor: boolean, o: { coAuthors: boolean; unlawfulAct: boolean }): string {
  if (kind === 'not-sent') {
    if (isAuthor) return 'Обращение рассматривается в установленном порядке.';
    if (o.coAuthors) return 'У обращения есть другие авторы: оно не признаётся анонимным и рассматривается в установленном порядке; автор, от имени которого оно поступило, исключается из получателей ответа.';
    return o.unlawfulAct
      ? 'Обращение признаётся анонимным: ответ не даётся; как содержащее сведения о противоправном деянии, оно с сопроводительным письмом направляется в выбранный государственный орган не позднее 3 рабочих дней (59-ФЗ ст. 11 ч. 1; HMR 7.1; статус ССТУ «Направлено по компетенции»), поручения отменяются.'
      : 'Обращение признаётся анонимным: ответ не даётся, рассмотрение прекращается, поручения отменяются, обращение снимается с контроля (59-ФЗ ст. 11 ч. 1; статус ССТУ «Оставлено без ответа автору», вопрос ТОТК 0001.0002.0027.0127).';
  }
  if (!isAuthor) return 'Рассмотрение обращения не прекращается.';
  return o.coAuthors
    ? 'У обращения есть другие авторы: рассмотрение продолжается в отношении них; заявитель исключается из получателей ответа.'
    : 'Рассмотрение обращения прекращается: поручения отменяются, обращение снимается с контроля (статус ССТУ «Дан ответ автору», вопрос ТОТК 0001.0002.0027.0131).';
}

/** SPC-8, SPC-9 (HMR 6.3, 6.5): the result of the comparison with the appeal's authors in view, confirmed before it is carried out. */
export function DecideStatementDialog({ statement, appealId, appealNumber, onClose, onDone }: { statement: StatementRow; appealId: number; appealNumber: string; onClose: () => void; onDone: () => void }) {
  const card = useQuery<{ authors: CardAuthor[] }>(`/api/appeals/${appealId}`);
  const [isAuthor, setIsAuthor] = useState<string | null>(null);
  const [authorId, setAuthorId] = useState<string | null>(null);
  const [unlawfulAct, setUnlawfulAct] = useState(false);
  const [bodyId, setBodyId] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Решение не принято. Повторите действие.');
  const authors = card.data?.authors ?? [];
  const people = authors.filter((a) => a.role !== 'representative');
  const several = people.length > 1;
  const concerns = isAuthor !== null && (statement.kind === 'not-sent' ? isAuthor === 'no' : isAuthor === 'yes');
  // 59-ФЗ ст. 11 ч. 1: only an appeal that becomes anonymous (no other author) can go to a state body.
  const anonymous = statement.kind === 'not-sent' && isAuthor === 'no' && !several;
  const reset = () => {
    setConfirming(false);
    setFieldErrors({});
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (isAuthor === null) missing.isAuthor = 'Укажите результат сопоставления.';
    if (several && concerns && !authorId) missing.authorId = statement.kind === 'not-sent' ? 'Укажите, от имени какого автора поступило обращение.' : 'Укажите, каким из авторов является заявитель.';
    if (anonymous && unlawfulAct && !bodyId) missing.bodyId = 'Выберите государственный орган.';
    if (Object.keys(missing).length > 0) {
      setFieldErrors(missing);
      return;
    }
    if (!confirming) {
      setConfirming(true);
      return;
    }
    const ok = await run(async () => {
      const r = await api<Decided>('POST', `/api/statements/${statement.id}/decision`, {
        isAuthor: isAuthor === 'yes', comment, authorId: authorId ? Number(authorId) : null, bodyId: anonymous && unlawfulAct ? bodyId : null,
      });
      const forwarded = r.dispositionDocuments.length > 0 ? ' Сопроводительное письмо в государственный орган поставлено в очередь отправки.' : '';
      showSuccess(`Решение по заявлению № ${statement.number} принято. Уведомление заявителю: исх. № ${r.documents.map((d) => d.outgoingNumber).join(', ')}, поставлено в очередь отправки.${forwarded} Ответственное должностное лицо проинформировано.`);
      if (r.warnings.length > 0) notifications.show({ color: 'yellow', title: 'Решение принято с предупреждением', message: r.warnings.join(' '), autoClose: false });
      onClose();
      onDone();
    }, { fields: (f) => f });
    if (!ok) setConfirming(false);
  }

  return (
    <Modal opened onClose={onClose} title={`Сопоставление: заявление № ${statement.number} по обращению № ${appealNumber}`} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">
            {statement.kindTitle}. Заявитель: {statement.citizen}{[statement.postalAddress, statement.email].filter(Boolean).length > 0 ? ` (${[statement.postalAddress, statement.email].filter(Boolean).join(', ')})` : ''}. {statement.content}
          </Text>
          <Stack gap={4} data-testid="statement-appeal-authors">
            <Text size="sm" fw={500}>Авторы обращения № {appealNumber}</Text>
            <LoadState query={card}>
              {(c) =>
                several ? (
                  <Radio.Group value={authorId} onChange={(v) => { setAuthorId(v); reset(); }} error={fieldErrors.authorId} label={statement.kind === 'not-sent' ? 'От имени какого автора поступило обращение' : 'Каким из авторов является заявитель'} required={concerns}>
                    <Stack gap={6} mt="xs">
                      {c.authors.map((a) => (
                        <Radio key={a.id} value={String(a.id)} disabled={a.role === 'representative'} label={`${a.name} (${roleLabels[a.role]})`} description={[a.postalAddress, a.email].filter(Boolean).join(', ') || 'адрес не указан'} />
                      ))}
                    </Stack>
                  </Radio.Group>
                ) : (
                  <Stack gap={2}>
                    {c.authors.map((a) => (
                      <Text size="sm" key={a.id}>
                        {a.name} ({roleLabels[a.role]}): {[a.postalAddress, a.email].filter(Boolean).join(', ') || 'адрес не указан'}
                      </Text>
                    ))}
                  </Stack>
                )
              }
            </LoadState>
          </Stack>
          <Radio.Group label="Результат сопоставления автора обращения с заявителем" value={isAuthor} onChange={(v) => { setIsAuthor(v); reset(); }} error={fieldErrors.isAuthor} required>
            <Stack gap={6} mt="xs">
              <Radio value="yes" label="Заявитель является автором обращения" data-testid="statement-author-yes" />
              <Radio value="no" label="Заявитель не является автором обращения" data-testid="statement-author-no" />
            </Stack>
          </Radio.Group>
          {anonymous && (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                Обращение, поступившее от имени заявителя, признаётся анонимным. Если в нём содержатся сведения о подготавливаемом, совершаемом или совершённом противоправном деянии, а также о лице, его подготавливающем, совершающем или совершившем, оно подлежит направлению в государственный орган в соответствии с его компетенцией не позднее 3 рабочих дней (59-ФЗ ст. 11 ч. 1; HMR 7.1).
              </Text>
              <Checkbox label="Обращение содержит сведения о противоправном деянии — направить в государственный орган" checked={unlawfulAct} onChange={(e) => { setUnlawfulAct(e.currentTarget.checked); reset(); }} data-testid="statement-unlawful-act" />
              {unlawfulAct && <ExternalBodySelect label="Государственный орган" value={bodyId} onChange={(id) => { setBodyId(id); reset(); }} error={fieldErrors.bodyId} required />}
            </Stack>
          )}
          <Textarea label="Пояснение" description="Необязательно. Войдёт в текст уведомления заявителю." autosize minRows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={fieldErrors.comment} />
          {confirming && isAuthor !== null && (
            <Alert color="orange" title="Подтвердите решение" data-testid="statement-confirm">
              <Stack gap={4}>
                <Text size="sm">{consequence(statement.kind, isAuthor === 'yes', { coAuthors: several, unlawfulAct: anonymous && unlawfulAct })}</Text>
                <Text size="sm">Заявителю направляется уведомление о принятом решении; должностное лицо, ответственное за рассмотрение обращения, информируется. Решение не отменяется.</Text>
              </Stack>
            </Alert>
          )}
          <DialogFooter error={error} errorTitle="Решение не принято" errorTestId="statement-decision-refusal" busy={busy} onCancel={onClose} submitLabel={confirming ? 'Подтвердить решение' : 'Принять решение'} submitColor={confirming ? 'red.9' : undefined} />
        </Stack>
      </form>
    </Modal>
  );
}
