import { z } from 'zod';
import { ruleIds } from '../../../domain/deadlines';

export const previewBody = z.object({
  ruleId: z.enum(ruleIds, { error: 'Выберите вид срока.' }),
  start: z.iso.date({ error: 'Укажите дату в формате ГГГГ-ММ-ДД.' }),
  /** A shorter control term (DL-5) or the extension chosen (DL-2). */
  amount: z.number().int('Укажите целое число дней.').min(0).max(365).optional(),
});

export const stepView = z.object({ kind: z.enum(['start', 'counted', 'roll', 'result', 'warning']), date: z.string().nullable(), text: z.string() });

export const ruleView = z.object({
  id: z.enum(ruleIds),
  title: z.string(),
  source: z.string(),
  amount: z.number(),
  unit: z.enum(['calendar', 'working']),
  direction: z.enum(['after', 'before']),
  from: z.string(),
  fromLabel: z.string(),
  maxAmount: z.number().nullable(),
});

export const previewResponse = z.object({ rule: ruleView, date: z.string(), steps: z.array(stepView), unconfirmedYears: z.array(z.number()) });

export const cutoffBody = z.object({ receivedAt: z.iso.datetime({ offset: true, error: 'Укажите дату и время поступления.' }) });
export const cutoffResponse = z.object({ date: z.string(), receivedTime: z.string(), beforeCutoff: z.boolean(), cutoff: z.string(), text: z.string() });
