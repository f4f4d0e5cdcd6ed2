import { z } from 'zod';
import type { Feature } from '../../platform/http/api';
import { errorResponses, staffCtxOf } from '../../platform/http/api';
import { errors } from '../../platform/errors';
import { exportYearXml } from '../../../domain/calendar';
import { localDate } from '../../../domain/time/local-date';
import { confirmBody, dayParams, importBody, setDayBody, yearParams, yearSummary, yearView as yearViewSchema } from './schemas';
import { yearView } from './queries';
import { setCalendarDay } from './set-calendar-day';
import { confirmCalendarYear } from './confirm-calendar-year';
import { importCalendarYear } from './import-calendar-year';

const tags = ['Производственный календарь'];

export const calendarRoutes: Feature = (api, deps) => {
  const stored = async () => new Set((await deps.db.selectFrom('calendar_years').select('year').execute()).map((r) => r.year));

  api.get('/calendar/years', {
    config: { access: 'calendar.read' },
    schema: { tags, summary: 'Годы производственного календаря и их состояние', response: { 200: z.array(yearSummary), ...errorResponses } },
    handler: async () => {
      const calendar = await deps.calendar.get();
      const have = await stored();
      const thisYear = Number(localDate(deps.clock.now(), deps.timeZone()).slice(0, 4));
      const years = new Set([...have, thisYear, thisYear + 1]);
      return [...years].sort().map((year) => ({ year, confirmed: calendar.isConfirmed(year), source: calendar.year(year)?.source ?? '', stored: have.has(year) }));
    },
  });

  api.get('/calendar/:year', {
    config: { access: 'calendar.read' },
    schema: { tags, summary: 'Год производственного календаря', params: yearParams, response: { 200: yearViewSchema, ...errorResponses } },
    handler: async (req) => yearView(await deps.calendar.get(), req.params.year, await stored()),
  });

  api.put('/admin/calendar/:year/days/:date', {
    config: { access: 'admin.calendar' },
    schema: { tags, summary: 'Изменить вид дня (с основанием)', params: dayParams, body: setDayBody, response: { 200: yearViewSchema, ...errorResponses } },
    handler: async (req) => {
      await setCalendarDay(staffCtxOf(req, deps), { ...req.params, ...req.body });
      deps.calendar.invalidate();
      return yearView(await deps.calendar.get(), req.params.year, await stored());
    },
  });

  api.post('/admin/calendar/:year/confirm', {
    config: { access: 'admin.calendar' },
    schema: { tags, summary: 'Подтвердить год по постановлению Правительства', params: yearParams, body: confirmBody, response: { 200: yearViewSchema, ...errorResponses } },
    handler: async (req) => {
      await confirmCalendarYear(staffCtxOf(req, deps), { year: req.params.year, source: req.body.source });
      deps.calendar.invalidate();
      return yearView(await deps.calendar.get(), req.params.year, await stored());
    },
  });

  api.post('/admin/calendar/import', {
    config: { access: 'admin.calendar' },
    schema: { tags, summary: 'Загрузить год из XML (формат <day d="ММ.ДД" t="1|2|3"/>)', body: importBody, response: { 200: yearViewSchema, ...errorResponses } },
    handler: async (req) => {
      const year = await importCalendarYear(staffCtxOf(req, deps), req.body.xml);
      deps.calendar.invalidate();
      return yearView(await deps.calendar.get(), year, await stored());
    },
  });

  api.get('/admin/calendar/:year/export', {
    config: { access: 'admin.calendar' },
    schema: { tags, summary: 'Выгрузить год в XML', params: yearParams, response: { 200: z.string().describe('XML'), ...errorResponses } },
    handler: async (req, reply) => {
      const data = (await deps.calendar.get()).year(req.params.year);
      if (!data) throw errors.notFound('Год календаря', 'm');
      reply.header('content-type', 'application/xml; charset=utf-8');
      reply.header('content-disposition', `attachment; filename="calendar-${req.params.year}.xml"`);
      return exportYearXml(data, localDate(deps.clock.now(), deps.timeZone()));
    },
  });
};
