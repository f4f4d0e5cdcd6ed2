import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { CalendarRangeError, isoDate } from '../../../domain/calendar';
import { computeDeadline, deadlineRules, DeadlineError, internetRegistrationDay, startEventLabels, type DeadlineRule } from '../../../domain/deadlines';
import { cutoffBody, cutoffResponse, previewBody, previewResponse, ruleView } from './schemas';

const tags = ['Сроки'];

const present = (r: DeadlineRule) => ({ id: r.id, title: r.title, source: r.source, amount: r.amount, unit: r.unit, direction: r.direction, from: r.from, fromLabel: startEventLabels[r.from], maxAmount: r.maxAmount ?? null });

/** The deadline engine for people: the rules of the organisation's profile and a preview with the explanation. */
export const deadlineRoutes: Feature = (api, deps) => {
  api.get('/deadlines/rules', {
    config: { access: 'deadlines.preview' },
    schema: { tags, summary: 'Сроки, установленные законом и порядком организации', response: { 200: z.array(ruleView), ...errorResponses } },
    handler: async () => [...deadlineRules(deps.profile()).values()].map(present),
  });

  api.post('/deadlines/preview', {
    config: { access: 'deadlines.preview' },
    schema: { tags, summary: 'Рассчитать срок с объяснением', body: previewBody, response: { 200: previewResponse, ...errorResponses } },
    handler: async (req) => {
      const profile = deps.profile();
      const rule = deadlineRules(profile).get(req.body.ruleId);
      if (!rule) throw errors.invalid(`Этот срок не применяется в порядке организации (профиль ${profile.code}).`, { ruleId: 'Не применяется в профиле организации.' });
      // DL-5: a shorter control term may be set; a longer one only where the law allows a choice (extension).
      // DL-5: a control term may be made shorter, a lead time ("no later than N days before") only
      // longer — either way the date can only move earlier; more only where the law lets a person choose.
      const amount = req.body.amount;
      if (amount !== undefined && rule.direction === 'before' && amount < rule.amount) {
        throw errors.invalid(`Срок представления не может быть меньше установленного: ${rule.amount} дн. до срока.`, { amount: `Не менее ${rule.amount}.` });
      }
      if (amount !== undefined && rule.direction === 'after' && rule.maxAmount === undefined && amount > rule.amount) {
        throw errors.invalid(`Срок не может быть больше установленного: ${rule.amount} дн.`, { amount: `Не более ${rule.amount}.` });
      }
      try {
        const d = computeDeadline(rule, req.body.start, profile, await deps.calendar.get(), req.body.amount === undefined ? {} : { amount: req.body.amount });
        return { rule: present(rule), date: d.date, steps: d.steps, unconfirmedYears: d.unconfirmedYears };
      } catch (e) {
        if (e instanceof DeadlineError || e instanceof CalendarRangeError) throw errors.invalid(e.message, { start: e.message });
        throw e;
      }
    },
  });

  api.post('/deadlines/internet-registration', {
    config: { access: 'deadlines.preview' },
    schema: { tags, summary: 'День регистрации обращения из интернет-приёмной (REG-1)', body: cutoffBody, response: { 200: cutoffResponse, ...errorResponses } },
    handler: async (req) => {
      const cutoff = deps.profile().params.registration.internetCutoff;
      try {
        const r = internetRegistrationDay(new Date(req.body.receivedAt), deps.timeZone(), cutoff.value, await deps.calendar.get(), cutoff.source);
        return { date: isoDate(r.day), receivedTime: r.receivedTime, beforeCutoff: r.beforeCutoff, cutoff: cutoff.value, text: r.text };
      } catch (e) {
        if (e instanceof CalendarRangeError) throw errors.invalid(e.message, { receivedAt: e.message });
        throw e;
      }
    },
  });
};
