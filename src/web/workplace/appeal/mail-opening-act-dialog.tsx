import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Fieldset, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import { DialogFooter } from '../../components/dialog-footer';
import { useSubmit, type FieldErrors } from '../../components/use-submit';
import { routeLabels } from '../../../domain/documents/delivery-route';
import { formatDateRu } from '../../../domain/time/local-date';
import type { DrawnUpActView } from '../../../server/features/mail-opening-acts/schemas';
import { discrepancyKinds, discrepancyTexts, MAX_DESCRIPTION, MAX_NOTE, type Discrepancy, type DiscrepancyKind } from '../../../domain/intake/mail-opening-act';
import type { AppealCard } from '../registration/form-model';

type Props = { card: AppealCard; opened: boolean; onClose: () => void; onDrawnUp: (act: DrawnUpActView) => void };

type Picked = Record<DiscrepancyKind, { checked: boolean; description: string }>;

const empty = (): Picked => Object.fromEntries(discrepancyKinds.map((k) => [k, { checked: false, description: '' }])) as Picked;

const groups = [
  { key: 'missing', legend: 'Недостает (при ссылке на это в тексте обращения)' },
  { key: 'found', legend: 'Обнаружено в почтовом отправлении' },
] as const;

/**
 * INT-4 (HMR 2.6, DUKI 2.3): «Составить акт вскрытия». The registrar ticks what is missing or found,
 * describes each, confirms; the server makes the act from its template, attaches one copy to the
 * appeal and queues the author's copy where the procedure sends one.
 */
export function MailOpeningActDialog({ card, opened, onClose, onDrawnUp }: Props) {
  const [picked, setPicked] = useState<Picked>(empty);
  const [note, setNote] = useState('');
  const [step, setStep] = useState<'form' | 'confirm'>('form');
  const { busy, error, fieldErrors, setFieldErrors, reset: forgetRefusal, run } = useSubmit('Акт не составлен. Повторите действие.');

  const chosen: Discrepancy[] = discrepancyKinds.filter((k) => picked[k].checked).map((k) => ({ kind: k, description: picked[k].description.trim() }));

  function reset() {
    setPicked(empty());
    setNote('');
    setStep('form');
    forgetRefusal();
  }

  function close() {
    if (busy) return;
    reset();
    onClose();
  }

  function update(kind: DiscrepancyKind, patch: Partial<Picked[DiscrepancyKind]>) {
    setPicked((p) => ({ ...p, [kind]: { ...p[kind], ...patch } }));
    setFieldErrors((e) => {
      const { [kind]: _drop, list: _list, ...rest } = e;
      return rest;
    });
  }

  function next(e: FormEvent) {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (chosen.length === 0) errs.list = 'Отметьте хотя бы одно: чего недостает в почтовом отправлении или что в нём обнаружено.';
    for (const d of chosen) if (!d.description) errs[d.kind] = 'Опишите, что именно выявлено.';
    forgetRefusal(errs);
    if (Object.keys(errs).length === 0) setStep('confirm');
  }

  async function submit() {
    const drawnUp = await run(
      async () => {
        const act = await api<DrawnUpActView>('POST', `/api/appeals/${card.id}/mail-opening-act`, { discrepancies: chosen, note });
        reset();
        onDrawnUp(act);
      },
      { fields: fieldsOfFindings },
    );
    if (!drawnUp) setStep('form');
  }

  // The server names a finding by its place in the list: map it back to the kind.
  function fieldsOfFindings(fields: FieldErrors): FieldErrors {
    const errs: Record<string, string> = {};
    for (const [path, message] of Object.entries(fields)) {
      const m = /^discrepancies\.(\d+)\./.exec(path);
      const kind = m ? chosen[Number(m[1])]?.kind : undefined;
      if (kind) errs[kind] = message;
      else if (path === 'discrepancies') errs.list = message;
      else if (path === 'note') errs.note = message;
    }
    return errs;
  }

  return (
    <Modal opened={opened} onClose={close} title={`Акт о вскрытии почтового отправления: обращение № ${card.number}`} closeButtonProps={{ 'aria-label': 'Закрыть' }} size="lg">
      {step === 'form' ? (
        <form onSubmit={next} noValidate>
          <Stack>
            <Text size="sm">
              Акт составляется, если при вскрытии почтового отправления недостает листов, приложений или информации на носителе, на которые есть ссылка в тексте обращения, либо
              обнаружены посторонние вложения, деньги, ценности или подлинники документов. Отметьте выявленное и опишите каждое.
            </Text>
            {groups.map((g) => (
              <Fieldset key={g.key} legend={g.legend}>
                <Stack gap="sm">
                  {discrepancyKinds
                    .filter((k) => discrepancyTexts[k].group === g.key)
                    .map((k, i) => (
                      <Stack key={k} gap={4}>
                        <Checkbox
                          label={discrepancyTexts[k].label}
                          checked={picked[k].checked}
                          onChange={(e) => update(k, { checked: e.currentTarget.checked })}
                          data-autofocus={g.key === 'missing' && i === 0 ? true : undefined}
                        />
                        {picked[k].checked && (
                          <Textarea
                            label={`Описание: ${discrepancyTexts[k].label.toLowerCase()}`}
                            description={`Например: ${discrepancyTexts[k].example}`}
                            required
                            autosize
                            minRows={1}
                            maxLength={MAX_DESCRIPTION}
                            value={picked[k].description}
                            onChange={(e) => update(k, { description: e.currentTarget.value })}
                            error={fieldErrors[k]}
                            ml="xl"
                          />
                        )}
                      </Stack>
                    ))}
                </Stack>
              </Fieldset>
            ))}
            {fieldErrors.list && (
              <Text size="sm" c="red.8" role="alert">
                {fieldErrors.list}
              </Text>
            )}
            <Textarea label="Примечание" description="Необязательно; войдёт в текст акта" autosize minRows={2} maxLength={MAX_NOTE} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldErrors.note} />
            <DialogFooter error={error} errorTitle="Акт не составлен" busy={busy} onCancel={close} submitLabel="Далее" />
          </Stack>
        </form>
      ) : (
        <Stack>
          <Text size="sm" fw={600}>
            Составить акт о вскрытии почтового отправления по обращению № {card.number}?
          </Text>
          <List size="sm" type="ordered">
            {chosen.map((d) => (
              <List.Item key={d.kind}>
                {discrepancyTexts[d.kind].act}: {d.description}
              </List.Item>
            ))}
          </List>
          {note.trim() && <Text size="sm">Примечание: {note.trim()}</Text>}
          <Text size="sm">
            Акт будет приобщён к обращению; если порядок организации предусматривает направление экземпляра автору, он будет поставлен в очередь отправки. Акт нельзя изменить
            после составления.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setStep('form')} disabled={busy} data-autofocus>
              Назад
            </Button>
            <Button onClick={() => void submit()} loading={busy}>
              Составить акт
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

/** After the act: what happened to its copies, and what the registrar should do next (warnings stay until closed). */
export function announceDrawnUpAct(act: DrawnUpActView) {
  const copy = act.authorCopy
    ? ` Экземпляр автору (${routeLabels[act.authorCopy.route].toLowerCase()}) поставлен в очередь отправки${act.authorCopy.dueDate ? `, срок отправки — ${formatDateRu(act.authorCopy.dueDate)}` : ''}.`
    : '';
  notifications.show({ color: 'green', title: 'Акт составлен', message: `Акт о вскрытии почтового отправления от ${formatDateRu(act.actDate)} приобщён к обращению.${copy}`, autoClose: 8000 });
  for (const warning of act.warnings) notifications.show({ color: 'yellow', title: 'Обратите внимание', message: warning, autoClose: false });
}
