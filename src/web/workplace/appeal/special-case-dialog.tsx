import { useState, type FormEvent } from 'react';
import { Alert, Group, Modal, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import type { Official, Position } from '../admin/types';
import { showSuccess } from '../../components/form-errors';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit } from '../../components/use-submit';
import { DeadlineDate, type ExplanationStepView } from '../../components/deadline-explanation';
import { ExternalBodySelect } from '../../components/external-body-select';
import { formatDateRu } from '../../../domain/time/local-date';

/** One case the user may choose (GET /api/special-cases/catalogue). */
export type DispositionChoice = {
  code: string;
  spc: string;
  title: string;
  effect: string;
  legalGround: string;
  rolesSource: string;
  notice: { kind: string; title: string; to: 'author' | 'body'; when: 'always' | 'if-address' } | null;
  sstuStatus: string;
  sstuLabel: string;
  totk: { code: string; name: string } | null;
  needsBody: boolean;
  /** SPC-7 (HMR 7.6 абз. 2): the official the letter is passed to for information. */
  needsOfficial: boolean;
  deadline: { ruleId: string; date: string; steps: ExplanationStepView[]; late: boolean } | null;
  obstacle: string | null;
};

type Result = { status: string; outgoingNumber: string | null; outgoingDate: string | null; documents: { route: string; address: string }[]; warnings: string[] };

type Props = { appealId: number; appealNumber: string; choices: DispositionChoice[]; opened: boolean; onClose: () => void; onDone: () => void };

/**
 * Issue 6 (SPC-1…13; 59-ФЗ ст. 11): «Особый случай (ст. 11)». The user sees only the cases his
 * procedure gives him; for the chosen one — its ground, what will happen, the notice, the ССТУ status
 * and ТОТК question, the term from the engine with «Как рассчитан срок» — an optional explanation that
 * goes into the letter, the competent body for SPC-1 forwarding, and confirms.
 */
export function SpecialCaseDialog({ appealId, appealNumber, choices, opened, onClose, onDone }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Особый случай (ст. 11): обращение № ${appealNumber}`} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="xl">
      <DispositionForm appealId={appealId} choices={choices} onClose={onClose} onDone={onDone} />
    </Modal>
  );
}

function DispositionForm({ appealId, choices, onClose, onDone }: Omit<Props, 'opened' | 'appealNumber'>) {
  const [code, setCode] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [bodyId, setBodyId] = useState<number | null>(null);
  const [officialUserId, setOfficialUserId] = useState<number | null>(null);
  const { busy, error, fieldErrors, setFieldErrors, run } = useSubmit('Решение не принято. Повторите действие.');
  const chosen = choices.find((c) => c.code === code) ?? null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!chosen) {
      setFieldErrors({ code: 'Выберите особый случай.' });
      return;
    }
    await run(async () => {
      const r = await api<Result>('POST', `/api/appeals/${appealId}/disposition`, { code: chosen.code, comment, ...(chosen.needsBody ? { bodyId } : {}), ...(chosen.needsOfficial ? { officialUserId } : {}) });
      const registered = r.outgoingNumber && r.outgoingDate ? ` Документ зарегистрирован: исх. № ${r.outgoingNumber} от ${formatDateRu(r.outgoingDate)}, поставлен в очередь отправки.` : ' Уведомление не направляется.';
      showSuccess(`Решение принято: ${chosen.title}.${registered}`);
      if (r.warnings.length > 0) notifications.show({ color: 'yellow', title: 'Решение принято с предупреждением', message: r.warnings.join(' '), autoClose: false });
      onClose();
      onDone();
    });
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Radio.Group
          label="Особый случай"
          description="Перечислены случаи, решение по которым вправе принять вы (по порядку организации)."
          value={code}
          onChange={(v) => {
            setCode(v);
            setFieldErrors({});
          }}
          error={fieldErrors.code}
          required
        >
          <Stack gap={6} mt="xs">
            {choices.map((c) => (
              <Radio key={c.code} value={c.code} disabled={c.obstacle !== null} label={`${c.spc}. ${c.title}`} description={c.obstacle ?? undefined} data-testid={`special-case-${c.code}`} />
            ))}
          </Stack>
        </Radio.Group>

        {chosen && (
          <Alert color="blue" title="Что произойдёт" data-testid="special-case-effect">
            <Stack gap={4}>
              <Text size="sm">{chosen.effect}</Text>
              <Text size="sm">Основание: {chosen.legalGround}.</Text>
              <Text size="sm">{chosen.notice ? `Документ: ${chosen.notice.title} — регистрируется с исходящим номером и направляется ${chosen.notice.to === 'body' ? 'в выбранный орган' : 'автору по электронной почте, если обращение поступило в электронной форме, иначе почтой'}.` : 'Документ не формируется.'}</Text>
              <Text size="sm">
                Статус ССТУ: «{chosen.sstuLabel}»{chosen.totk ? `; вопрос ТОТК ${chosen.totk.code} «${chosen.totk.name}» добавляется к вопросам обращения` : ''}. Неисполненные поручения отменяются.
              </Text>
              {chosen.deadline && (
                <Group gap="xs" data-testid="special-case-due">
                  <Text size="sm">Срок:</Text>
                  <DeadlineDate date={chosen.deadline.date} steps={chosen.deadline.steps} />
                  {chosen.deadline.late && (
                    <Text size="sm" c="red.9" fw={700}>
                      срок истёк — решение будет принято с отметкой о пропуске срока
                    </Text>
                  )}
                </Group>
              )}
            </Stack>
          </Alert>
        )}

        {chosen?.needsBody && (
          <ExternalBodySelect
            label="Государственный орган, в который направляется сообщение"
            description="Орган, в компетенцию которого входит проверка сообщения о противоправном деянии (59-ФЗ ст. 11 ч. 1)."
            value={bodyId}
            onChange={(id) => {
              setBodyId(id);
              setFieldErrors({});
            }}
            error={fieldErrors.bodyId}
            required
          />
        )}

        {chosen?.needsOfficial && (
          <InformedOfficialSelect
            value={officialUserId}
            onChange={(id) => {
              setOfficialUserId(id);
              setFieldErrors({});
            }}
            error={fieldErrors.officialUserId}
          />
        )}

        <Textarea
          label="Пояснение"
          description="Необязательно. Войдёт в текст документа."
          autosize
          minRows={2}
          maxLength={2000}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          error={fieldErrors.comment}
        />
        <DialogFooter error={error} errorTitle="Решение не принято" errorTestId="special-case-refusal" busy={busy} onCancel={onClose} submitLabel="Принять решение" />
      </Stack>
    </form>
  );
}

/**
 * SPC-7 (HMR 7.6 абз. 2): the official the letter is passed to «в соответствии с компетенцией для
 * ознакомления» — those with a login (he sees it in «Мои поручения» and may open the case).
 */
function InformedOfficialSelect({ value, onChange, error }: { value: number | null; onChange: (userId: number | null) => void; error?: string }) {
  const officials = useQuery<Official[]>('/api/structure/officials');
  const positions = useQuery<Position[]>('/api/structure/positions');
  const positionName = new Map((positions.data ?? []).map((p) => [p.id, p.name]));
  const options = (officials.data ?? [])
    .filter((o) => o.active && o.userId !== null)
    .map((o) => {
      const position = o.positionId ? positionName.get(o.positionId) : undefined;
      return { value: o.userId!, label: position ? `${o.fullName}, ${position}` : o.fullName };
    });
  const loadError = officials.error ?? positions.error;
  return (
    <Stack gap={4}>
      <Select<number>
        label="Должностное лицо, которому письмо передаётся для ознакомления"
        description="В соответствии с компетенцией. Письмо появится у него в разделе «Мои поручения» («Для ознакомления»); должностное лицо указывается в уведомлении автору."
        placeholder={officials.data ? 'Выберите должностное лицо' : 'Загрузка списка…'}
        searchable
        nothingFoundMessage="Не найдено"
        data={options}
        value={value}
        onChange={onChange}
        error={error}
        required
        data-testid="special-case-official"
      />
      {loadError && (
        <Alert color="red" role="alert" title="Список должностных лиц не загрузился">
          {loadError.message}
        </Alert>
      )}
    </Stack>
  );
}
