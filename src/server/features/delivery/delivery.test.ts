import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../testing/factories';
import { startSmtpSink, SINK_FROM, type SmtpSink } from '../../testing/smtp-sink';
import { docxText } from '../../platform/documents/docx-text';
import { DOCX_MIME } from '../../platform/documents/docx-template';
import { buildApp } from '../../platform/http/app';
import { prepare } from '../../bootstrap';
import type { OutgoingDocumentView } from '../notices/schemas';
import type { DeliveryStatusView } from './schemas';
import { DELIVERY_ATTEMPTS } from './deliver-email-job';
import { multipartBody } from '../../testing/multipart';
import { minimalPdf } from '../../testing/sample-files';

const NOW = '2026-11-20T06:00:00Z'; // Friday 20.11.2026, 11:00 in Khanty-Mansiysk
const ivanov = buildAppealInput().authors[0]!;
const electronicAuthor = (surname: string, email: string) => ({ ...ivanov, surname, firstName: 'Елена', patronymic: 'Викторовна', gender: null, email, postalAddress: 'г. Ханты-Мансийск, ул. Мира, д. 3' });

async function registerElectronic(t: TestApp, s: Session, surname: string, email: string, receivedAt: string) {
  const res = await s.request('POST', '/api/appeals', buildAppealInput({ form: 'electronic', channel: 'internet-reception', receivedAt, authors: [electronicAuthor(surname, email)] }));
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: number; number: string };
}

const documentsOf = async (s: Session, appealId: number) => (await s.request('GET', `/api/appeals/${appealId}/documents`)).json() as OutgoingDocumentView[];
const eventsOf = (t: TestApp, documentId: number) => t.database.db.selectFrom('events').selectAll().where('entity_type', '=', 'outgoing_document').where('entity_id', '=', String(documentId)).orderBy('id').execute();
const deliveryJobs = (t: TestApp) => t.database.db.selectFrom('jobs').selectAll().where('name', '=', 'deliver-email').orderBy('id').execute();

describe.each(testDatabaseKinds)('delivery by e-mail (ANS-7) on %s', (kind) => {
  let sink: SmtpSink;
  let t: TestApp;
  let reg: Session;
  beforeAll(async () => {
    sink = await startSmtpSink({ auth: { user: 'priem', password: 'секрет-smtp' } });
    t = await createTestApp(kind, { now: NOW, env: sink.env });
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    await buildUser(t, { login: 'exec', roles: ['executor'] });
    await buildUser(t, { login: 'analyst', roles: ['analyst'] });
    await buildUser(t, { login: 'boss', roles: ['administrator'] });
    reg = await loginAs(t, 'reg');
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('sends the registration notice of an electronic appeal to the author\'s e-mail, the .docx attached', async () => {
    const appeal = await registerElectronic(t, reg, 'Сидорова', 'sidorova@example.ru', '2026-11-20T04:00:00Z');
    expect(sink.messages).toHaveLength(0); // nothing leaves before the jobs run (after the commit)
    expect(await t.drainJobs()).toBe(2); // the notice, then its delivery
    expect(sink.messages).toHaveLength(1);
    const mail = sink.messages[0]!;
    expect(mail.envelope).toEqual({ from: 'priem@example.ru', to: ['sidorova@example.ru'] });
    expect(mail.parsed.from?.value).toEqual([{ address: 'priem@example.ru', name: 'Администрация района' }]); // MAIL_FROM
    expect(mail.parsed.to && !Array.isArray(mail.parsed.to) ? mail.parsed.to.value[0] : null).toEqual({ address: 'sidorova@example.ru', name: 'Сидорова Елена Викторовна' });
    expect(mail.parsed.subject).toBe(`Обращение № ${appeal.number} от 20.11.2026: уведомление о регистрации обращения`);
    expect(mail.parsed.date?.toISOString()).toBe('2026-11-20T06:00:00.000Z'); // the clock's time, not the machine's
    const text = mail.parsed.text ?? '';
    expect(text).toMatch(/^Уважаемая Елена Викторовна!\n\nАдминистрация Ханты-Мансийского района направляет Вам уведомление о регистрации Вашего обращения № /);
    // HMR: a plain e-mail is no appeal since 547-FZ — the letter names the legal channels.
    expect(text).toContain('не является обращением в форме электронного документа');
    expect(text).toContain('С уважением,\nАдминистрация Ханты-Мансийского района');

    const [doc] = await documentsOf(reg, appeal.id);
    expect(doc).toMatchObject({ route: 'email', status: 'sent', sentAt: '2026-11-20T06:00:00.000Z', error: null });
    expect(mail.parsed.attachments).toHaveLength(1);
    const attachment = mail.parsed.attachments[0]!;
    expect(attachment.filename).toBe(doc!.fileName);
    expect(attachment.contentType).toBe(DOCX_MIME);
    const file = await reg.request('GET', `/api/outgoing-documents/${doc!.id}/file`);
    expect(Buffer.compare(attachment.content, file.rawPayload)).toBe(0); // the registered document itself (ANS-6)
    expect(docxText(attachment.content)).toContain('Уважаемая Елена Викторовна!');

    const events = await eventsOf(t, doc!.id);
    expect(events.map((e) => e.action)).toEqual(['notice.queued', 'document.sent']);
    expect(events[1]).toMatchObject({ actor_user_id: null, legal_ground: '59-ФЗ ст. 10 ч. 4' });
    expect(events[1]!.after).toMatchObject({ appealId: appeal.id, status: 'sent', attempt: 1 });
    const timeline = (await reg.request('GET', `/api/appeals/${appeal.id}/timeline`)).json() as { action: string }[];
    expect(timeline.map((e) => e.action)).toContain('document.sent');

    // Done is done: nothing is sent twice.
    expect(await t.drainJobs()).toBe(0);
    expect(sink.messages).toHaveLength(1);
  });

  it('sends nothing by e-mail for a written appeal (its notice goes by post)', async () => {
    const before = (await deliveryJobs(t)).length;
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-19T05:00:00Z', authors: [{ ...ivanov, surname: 'Почтовый', email: 'post@example.ru' }] }));
    expect(res.statusCode, res.body).toBe(200);
    expect(await t.drainJobs()).toBe(1);
    const [doc] = await documentsOf(reg, res.json().id);
    expect(doc).toMatchObject({ route: 'post', status: 'queued' });
    expect(await deliveryJobs(t)).toHaveLength(before);
    expect(sink.messages).toHaveLength(1);
  });

  it('sends the author\'s copy of a mail-opening act by e-mail when the author gave only an e-mail', async () => {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-19T04:00:00Z', authors: [{ ...ivanov, surname: 'Конвертов', postalAddress: '', email: 'konvertov@example.ru' }] }));
    expect(res.statusCode, res.body).toBe(200);
    const appeal = res.json() as { id: number; number: string };
    await t.drainJobs(); // its notice by e-mail (the only address)
    const sent = sink.messages.length;
    const act = await reg.request('POST', `/api/appeals/${appeal.id}/mail-opening-act`, { discrepancies: [{ kind: 'missing-pages', description: 'отсутствует лист 2' }], note: '' });
    expect(act.statusCode, act.body).toBe(200);
    expect(act.json().authorCopy).toMatchObject({ route: 'email', recipientAddress: 'konvertov@example.ru' });
    expect(await t.drainJobs()).toBe(1);
    expect(sink.messages).toHaveLength(sent + 1);
    const mail = sink.messages.at(-1)!;
    expect(mail.envelope.to).toEqual(['konvertov@example.ru']);
    expect(mail.parsed.subject).toBe(`Обращение № ${appeal.number} от 20.11.2026: акт о вскрытии почтового отправления`);
    expect(mail.parsed.text).toContain('направляет Вам экземпляр акта о вскрытии почтового отправления');
    expect(docxText(mail.parsed.attachments[0]!.content)).toContain('отсутствует лист 2');
    const copy = (await documentsOf(reg, appeal.id)).find((d) => d.id === act.json().authorCopy.documentId);
    expect(copy).toMatchObject({ status: 'sent' });
  });

  it('stops retrying once the appeal is annulled: its letter never leaves', async () => {
    sink.refuse(451, '4.3.0 Try again later');
    try {
      const appeal = await registerElectronic(t, reg, 'Аннулированная', 'annulled@example.ru', '2026-11-20T03:00:00Z');
      expect(await t.drainJobs()).toBe(2); // the notice and a refused first attempt
      const boss = await loginAs(t, 'boss');
      expect((await boss.request('POST', `/api/appeals/${appeal.id}/annul`, { reason: 'Зарегистрировано дважды по ошибке' })).statusCode).toBe(200);
      sink.accept();
      t.clock.advance(61 * 60_000);
      expect(await t.drainJobs()).toBe(1); // the retry finds the document cancelled
      const [doc] = await documentsOf(boss, appeal.id);
      expect(doc!.status).toBe('cancelled');
      expect(sink.refused.filter((a) => a === 'annulled@example.ru')).toHaveLength(1);
      expect(sink.messages.some((m) => m.envelope.to.includes('annulled@example.ru'))).toBe(false);
      expect((await eventsOf(t, doc!.id)).map((e) => e.action)).toEqual(['notice.queued', 'document.delivery-attempt-failed']);
    } finally {
      sink.accept();
      t.clock.set(NOW);
      reg = await loginAs(t, 'reg');
    }
  });

  it('retries a refused letter, marks it failed with the Russian error and an event, and the registrar resends it', async () => {
    sink.refuse(550, '5.1.1 Mailbox unavailable');
    const sent = sink.messages.length;
    const appeal = await registerElectronic(t, reg, 'Орлова', 'orlova@example.ru', '2026-11-20T05:00:00Z');
    expect(await t.drainJobs()).toBe(2); // the notice and the first attempt
    let [doc] = await documentsOf(reg, appeal.id);
    expect(doc!.status).toBe('queued');
    expect(doc!.error).toBe(`Попытка 1 из ${DELIVERY_ATTEMPTS} не удалась. Почтовый сервер отклонил адрес получателя. Проверьте адрес электронной почты автора. Ответ сервера: «550 5.1.1 Mailbox unavailable». Письмо будет отправлено повторно автоматически.`);
    expect(await t.drainJobs()).toBe(0); // the retry waits for its time

    try {
      for (let attempt = 2; attempt <= DELIVERY_ATTEMPTS; attempt++) {
        t.clock.advance(61 * 60_000); // past the longest pause between attempts
        expect(await t.drainJobs()).toBe(1);
      }
      t.clock.advance(61 * 60_000);
      expect(await t.drainJobs()).toBe(0); // no attempt after the last
      expect(sink.refused.filter((a) => a === 'orlova@example.ru')).toHaveLength(DELIVERY_ATTEMPTS);
      expect(sink.messages).toHaveLength(sent);

      reg = await loginAs(t, 'reg'); // the morning's session has expired
      [doc] = await documentsOf(reg, appeal.id);
      expect(doc!.status).toBe('failed');
      expect(doc!.error).toBe(`Письмо не отправлено (попыток: ${DELIVERY_ATTEMPTS}). Почтовый сервер отклонил адрес получателя. Проверьте адрес электронной почты автора. Ответ сервера: «550 5.1.1 Mailbox unavailable». Проверьте адрес и настройки почты и отправьте документ повторно.`);
      const events = await eventsOf(t, doc!.id);
      expect(events.filter((e) => e.action === 'document.delivery-attempt-failed')).toHaveLength(DELIVERY_ATTEMPTS - 1);
      const failed = events.find((e) => e.action === 'document.delivery-failed')!;
      expect(failed).toMatchObject({ actor_user_id: null, legal_ground: '59-ФЗ ст. 10 ч. 4' });
      expect(failed.after).toMatchObject({ status: 'failed', attempt: DELIVERY_ATTEMPTS, code: 'EENVELOPE', responseCode: 550 });
      // The job keeps only the codes: no address, no name goes where the log goes.
      const job = (await deliveryJobs(t)).find((j) => j.key === `deliver-email:${doc!.id}`)!;
      expect(job).toMatchObject({ status: 'failed', attempts: DELIVERY_ATTEMPTS, last_error: 'SMTP: EENVELOPE 550' });

      // The registrar is alerted: the failed list and the status count.
      const failedList = (await reg.request('GET', '/api/outgoing-documents?status=failed&route=email')).json() as OutgoingDocumentView[];
      expect(failedList.map((d) => [d.id, d.error])).toEqual([[doc!.id, doc!.error]]);
      const status = (await reg.request('GET', '/api/delivery/status')).json() as DeliveryStatusView;
      expect(status).toMatchObject({ emailConfigured: true, note: null, failed: 1 });

      // Only the registrar resends.
      const exec = await loginAs(t, 'exec');
      expect((await exec.request('POST', `/api/outgoing-documents/${doc!.id}/resend`)).statusCode).toBe(403);
      expect((await exec.request('GET', '/api/delivery/status')).statusCode).toBe(403);
      const analyst = await loginAs(t, 'analyst');
      expect((await analyst.request('POST', `/api/outgoing-documents/${doc!.id}/resend`)).statusCode).toBe(403);
      expect((await deliveryJobs(t)).find((j) => j.id === job.id)!.status).toBe('failed');

      sink.accept();
      const resent = await reg.request('POST', `/api/outgoing-documents/${doc!.id}/resend`);
      expect(resent.statusCode, resent.body).toBe(200);
      expect(resent.json()).toEqual({ ok: true, jobQueued: true });
      [doc] = await documentsOf(reg, appeal.id);
      expect(doc).toMatchObject({ status: 'queued', error: null });
      const resendEvent = (await eventsOf(t, doc!.id)).find((e) => e.action === 'document.resend')!;
      expect(resendEvent.actor_user_id).not.toBeNull();
      expect(resendEvent.before).toMatchObject({ status: 'failed' });

      expect(await t.drainJobs()).toBe(1);
      expect(sink.messages).toHaveLength(sent + 1);
      expect(sink.messages.at(-1)!.envelope.to).toEqual(['orlova@example.ru']);
      [doc] = await documentsOf(reg, appeal.id);
      expect(doc).toMatchObject({ status: 'sent', error: null });

      const again = await reg.request('POST', `/api/outgoing-documents/${doc!.id}/resend`);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.message).toBe('Документ не отправлен повторно: состояние документа — «Отправлено».');
      const postal = (await reg.request('GET', '/api/outgoing-documents?status=queued&route=post')).json() as OutgoingDocumentView[];
      const notEmail = await reg.request('POST', `/api/outgoing-documents/${postal[0]!.id}/resend`);
      expect(notEmail.statusCode).toBe(409);
      expect(notEmail.json().error.message).toBe('Повторная отправка выполняется только для документов, направляемых по электронной почте.');
      expect((await reg.request('POST', '/api/outgoing-documents/999999/resend')).statusCode).toBe(404);
    } finally {
      sink.accept();
      t.clock.set(NOW);
    }
  });

  it('sends a letter forwarding the appeal with its copy and its files (59-ФЗ ст. 11 ч. 1, ст. 8 ч. 3)', async () => {
    const text = 'Сообщаю, что на участке у реки ведётся незаконная рубка леса.';
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ text, annotation: 'О незаконной рубке леса', authors: [{ ...ivanov, surname: '', firstName: '', patronymic: '', postalAddress: '', phone: '' }] }));
    expect(res.statusCode, res.body).toBe(200);
    const appeal = res.json() as { id: number; number: string };
    const pdf = minimalPdf('Фото места рубки');
    const { payload, headers } = multipartBody([{ name: 'file', fileName: 'фото.pdf', content: pdf, contentType: 'application/pdf' }]);
    expect((await reg.request('POST', `/api/appeals/${appeal.id}/attachments`, payload, headers)).statusCode).toBe(200);
    const body = await t.database.db.insertInto('external_bodies').values({ name: 'ОМВД России по Ханты-Мансийскому району', kind: 'police', postal_address: '', email: 'omvd@example.ru' }).returning('id').executeTakeFirstOrThrow();
    const disposed = await reg.request('POST', `/api/appeals/${appeal.id}/disposition`, { code: 'anonymous-unlawful-act', comment: '', bodyId: body.id });
    expect(disposed.statusCode, disposed.body).toBe(200);
    const before = sink.messages.length;
    await t.drainJobs();
    const mail = sink.messages.slice(before).find((m) => m.envelope.to.includes('omvd@example.ru'))!;
    expect(mail).toBeDefined();
    expect(mail.parsed.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/^Сопроводительное письмо о направлении анонимного сообщения/), `Копия обращения № ${appeal.number}.txt`, 'фото.pdf']);
    const copy = mail.parsed.attachments[1]!.content.toString('utf8');
    expect(copy).toContain(`зарегистрировано: 20.11.2026 за № ${appeal.number}`);
    expect(copy).toContain(text);
    expect(copy).toContain('фото.pdf — файл приложен к письму');
    expect(Buffer.compare(mail.parsed.attachments[2]!.content, pdf)).toBe(0);
  });

  it('sends a statement following the redirected appeal with the statement\'s copy and its file, not the appeal again (HMR 6.4)', async () => {
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ text: 'Прошу отремонтировать дорогу.', annotation: 'О ремонте дороги' }));
    expect(res.statusCode, res.body).toBe(200);
    const appeal = res.json() as { id: number; number: string };
    const body = await t.database.db.insertInto('external_bodies').values({ name: 'Департамент дорожного хозяйства', kind: 'regional', postal_address: '', email: 'roads@example.ru' }).returning('id').executeTakeFirstOrThrow();
    const questions = await t.database.db.selectFrom('appeal_questions').select('id').where('appeal_id', '=', appeal.id).execute();
    expect((await reg.request('POST', `/api/appeals/${appeal.id}/redirect`, { targets: [{ bodyId: body.id, questionIds: questions.map((q) => q.id) }] })).statusCode).toBe(200);
    await t.drainJobs();
    const before = sink.messages.length;
    const scan = minimalPdf('Заявление Иванова');
    const statement = { kind: 'not-sent', receivedDate: '2026-11-20', surname: 'Иванов', firstName: 'Иван', patronymic: 'Петрович', postalAddress: ivanov.postalAddress, content: 'Обращение о ремонте дороги я не направлял.' };
    const { payload, headers } = multipartBody([{ name: 'statement', value: JSON.stringify(statement) }, { name: 'files', fileName: 'заявление.pdf', content: scan, contentType: 'application/pdf' }]);
    const registered = await reg.request('POST', `/api/appeals/${appeal.id}/statements/files`, payload, headers);
    expect(registered.statusCode, registered.body).toBe(200);
    expect(registered.json()).toMatchObject({ route: 'forwarded', documents: [{ kind: 'statement-forwarding-letter', route: 'email', address: 'roads@example.ru' }, { kind: 'statement-forwarding-notice', route: 'post' }] });
    await t.drainJobs();
    const mail = sink.messages.slice(before).find((m) => m.envelope.to.includes('roads@example.ru'))!;
    expect(mail).toBeDefined();
    const number = registered.json().number as string;
    expect(mail.parsed.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/^Сопроводительное письмо о направлении заявления/), `Копия заявления № ${number}.txt`, 'заявление.pdf']);
    const copy = mail.parsed.attachments[1]!.content.toString('utf8');
    expect(copy).toContain('Заявление об отсутствии факта направления обращения');
    expect(copy).toContain(`зарегистрировано: 20.11.2026 за № ${number}`);
    expect(copy).toContain('Заявитель: Иванов Иван Петрович');
    expect(copy).toContain(statement.content);
    expect(copy).toContain('заявление.pdf — файл приложен к письму');
    expect(Buffer.compare(mail.parsed.attachments[2]!.content, scan)).toBe(0);
    expect(mail.parsed.attachments.some((a) => a.filename?.startsWith('Копия обращения'))).toBe(false);
  });
});

describe.each(testDatabaseKinds)('e-mail without an SMTP server on %s', (kind) => {
  let t: TestApp;
  let reg: Session;
  let sink: SmtpSink;
  beforeAll(async () => {
    t = await createTestApp(kind, { now: NOW });
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    reg = await loginAs(t, 'reg');
    sink = await startSmtpSink();
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('keeps the e-mail notice waiting, says why, and sends it once SMTP is configured and the server restarts', async () => {
    expect(t.deps.mail).toBeNull();
    const appeal = await registerElectronic(t, reg, 'Ждущая', 'waiting@example.ru', '2026-11-20T04:00:00Z');
    expect(await t.drainJobs()).toBe(1); // the notice only: no delivery job, nothing spinning
    expect(await deliveryJobs(t)).toEqual([]);
    const [doc] = await documentsOf(reg, appeal.id);
    expect(doc).toMatchObject({ route: 'email', status: 'queued', error: null, sentAt: null });
    const status = (await reg.request('GET', '/api/delivery/status')).json() as DeliveryStatusView;
    expect(status).toEqual({ emailConfigured: false, note: 'Почтовый сервер не настроен: письмо будет отправлено, когда администратор укажет SMTP.', waiting: 1, failed: 0 });

    // The administrator sets SMTP and restarts: the same database, a new application.
    const config = { ...t.deps.config, smtp: { host: sink.host, port: sink.port, secure: false, user: undefined, password: undefined, from: SINK_FROM } };
    const { deps } = await prepare(config, t.database, t.clock);
    const restarted = await buildApp({ ...deps, logger: false, runJobs: false });
    try {
      await restarted.ready(); // queues the letters that waited for SMTP
      expect((await deliveryJobs(t)).map((j) => [j.key, j.status])).toEqual([[`deliver-email:${doc!.id}`, 'queued']]);
      expect(await deps.jobs.drain()).toBe(1);
      expect(sink.messages.map((m) => m.envelope.to)).toEqual([['waiting@example.ru']]);
      expect((await documentsOf(reg, appeal.id))[0]).toMatchObject({ status: 'sent' });
    } finally {
      await restarted.close();
    }
  });
});
