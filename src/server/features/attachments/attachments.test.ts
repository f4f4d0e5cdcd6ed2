import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../testing/test-app';
import { buildAppealInput, ensureTestTotk, TOTK_PENSIONS } from '../../testing/factories';
import { multipartBody, type FormPart } from '../../testing/multipart';
import { fakeExe, minimalDocx, minimalPdf, minimalPng } from '../../testing/sample-files';
import { getProfile } from '../../../domain/profiles';
import { uploadAttachments, type UploadPart } from './upload-attachments';
import { originalsHandling } from './queries';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe.each(testDatabaseKinds)('attachments of an appeal on %s', (kind) => {
  let t: TestApp;
  let reg: Session;
  let analyst: Session;
  let exec: Session;
  let appealId: number;
  const pdf = minimalPdf();
  const png = minimalPng();

  const filesRoot = () => join(t.deps.config.dataDir, 'files');
  const storedFiles = (): string[] => (existsSync(filesRoot()) ? (readdirSync(filesRoot(), { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name)) : []);
  const upload = (s: Session, id: number, parts: FormPart[]) => {
    const { payload, headers } = multipartBody(parts);
    return s.request('POST', `/api/appeals/${id}/attachments`, payload, headers);
  };
  const countRows = async () => (await t.database.db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const countEvents = async (action: string) => (await t.database.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', action).executeTakeFirstOrThrow()).n;

  beforeAll(async () => {
    // 64 КБ instead of 25 МБ: the limit is configuration (ATTACHMENT_MAX_MB), no big buffers in tests.
    t = await createTestApp(kind, { now: '2026-11-20T06:00:00Z', env: { ATTACHMENT_MAX_MB: '0.0625' } });
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'reg', roles: ['registrar'], surname: 'Регистраторова' });
    await buildUser(t, { login: 'analyst', roles: ['analyst'] });
    await buildUser(t, { login: 'exec', roles: ['executor'] });
    reg = await loginAs(t, 'reg');
    analyst = await loginAs(t, 'analyst');
    exec = await loginAs(t, 'exec');
    const res = await reg.request('POST', '/api/appeals', buildAppealInput());
    expect(res.statusCode, res.body).toBe(200);
    appealId = res.json().id;
  });
  afterAll(() => t.close());

  it('uploads a PDF and a PNG in one request: content-detected formats, sizes, sha256, events, random storage keys', async () => {
    const res = await upload(reg, appealId, [
      { name: 'description', value: 'Скан письма и фотография' },
      { name: 'files', fileName: 'Скан заявления.pdf', content: pdf, contentType: 'application/pdf' },
      { name: 'files', fileName: 'C:\\Users\\Иванов\\фото двора.png', content: png, contentType: 'image/png' },
    ]);
    expect(res.statusCode, res.body).toBe(200);
    const { attachments } = res.json();
    expect(attachments).toMatchObject([
      { kind: 'file', fileName: 'Скан заявления.pdf', mimeType: 'application/pdf', format: 'PDF', sizeBytes: pdf.length, sha256: sha256(pdf), inline: true, description: 'Скан письма и фотография', isOriginal: false, originals: null, createdBy: 'Регистраторова Тест Тестович', removedAt: null },
      { kind: 'file', fileName: 'фото двора.png', mimeType: 'image/png', format: 'PNG', sizeBytes: png.length, sha256: sha256(png), inline: true },
    ]);
    expect(await countEvents('attachment.added')).toBe(2);
    const event = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'attachment.added').orderBy('id').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ entity_type: 'appeal', entity_id: String(appealId) });
    expect(event.after).toMatchObject({ attachmentId: attachments[0].id, fileName: 'Скан заявления.pdf', sha256: sha256(pdf), format: 'PDF' });
    const keys = await t.database.db.selectFrom('attachments').select('storage_key').where('appeal_id', '=', appealId).execute();
    for (const { storage_key } of keys) expect(storage_key).toMatch(/^appeals\/2026\/[0-9a-f-]{36}$/);
    expect(storedFiles()).toHaveLength(2);

    const list = await analyst.request('GET', `/api/appeals/${appealId}/attachments`);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((a: { fileName: string }) => a.fileName)).toEqual(['Скан заявления.pdf', 'фото двора.png']);
  });

  it('gives the same bytes back with the detected type, inline for PDF and images, sandboxed, with the Russian name', async () => {
    const [first, second] = (await analyst.request('GET', `/api/appeals/${appealId}/attachments`)).json();
    const res = await analyst.request('GET', first.fileUrl);
    expect(res.statusCode).toBe(200);
    expect(sha256(res.rawPayload)).toBe(sha256(pdf));
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-length']).toBe(String(pdf.length));
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe('sandbox');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-disposition']).toBe(`inline; filename="____ _________.pdf"; filename*=UTF-8''${encodeURIComponent('Скан заявления.pdf')}`);
    const image = await analyst.request('GET', second.fileUrl);
    expect(image.headers['content-type']).toBe('image/png');
    expect(sha256(image.rawPayload)).toBe(sha256(png));
  });

  it('downloads other formats as attachments, without the sandbox header', async () => {
    const docx = minimalDocx();
    const res = await upload(reg, appealId, [{ name: 'file', fileName: "Ответ (проект) 'v2'.docx", content: docx }]);
    expect(res.statusCode, res.body).toBe(200);
    const [a] = res.json().attachments;
    expect(a).toMatchObject({ format: 'DOCX', inline: false });
    const file = await reg.request('GET', a.fileUrl);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename=".*\.docx"; filename\*=UTF-8''%D0%9E%D1%82%D0%B2%D0%B5%D1%82%20%28%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82%29%20%27v2%27\.docx$/);
    expect(file.headers['content-security-policy']).toBeUndefined();
    expect(sha256(file.rawPayload)).toBe(sha256(docx));
  });

  it('refuses an HTML page named .pdf, and a program among good files — nothing is stored or recorded', async () => {
    const [rows, events, files] = [await countRows(), await countEvents('attachment.added'), storedFiles().length];
    const html = await upload(reg, appealId, [{ name: 'file', fileName: 'письмо.pdf', content: Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'), contentType: 'application/pdf' }]);
    expect(html.statusCode).toBe(400);
    expect(html.json().error.message).toBe('Файл «письмо.pdf» не принят: содержимое не соответствует допустимым форматам (PDF, JPEG, PNG, TIFF, DOC, DOCX, ODT, RTF, TXT).');

    const mixed = await upload(reg, appealId, [
      { name: 'files', fileName: 'скан.pdf', content: pdf },
      { name: 'files', fileName: 'скан-2.pdf', content: fakeExe() },
      { name: 'files', fileName: 'фото.png', content: png },
    ]);
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.message).toMatch(/^Файл «скан-2\.pdf» не принят: .* Остальные файлы не сохранены/);
    expect([await countRows(), await countEvents('attachment.added'), storedFiles().length]).toEqual([rows, events, files]);
  });

  it('refuses a file over the size limit with a clear message', async () => {
    const big = Buffer.concat([pdf, Buffer.alloc(70 * 1024, 0x20)]);
    const res = await upload(reg, appealId, [{ name: 'file', fileName: 'большой скан.pdf', content: big }]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('Файл «большой скан.pdf» не принят: размер больше допустимых 64 КБ.');
    const empty = await upload(reg, appealId, [{ name: 'description', value: 'нет файла' }]);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe('Выберите хотя бы один файл.');
  });

  it('records a paper enclosure by its pages; an original shows the return deadline of the profile (INT-6, HMR 2.6)', async () => {
    const res = await reg.request('POST', `/api/appeals/${appealId}/attachments/paper`, { description: 'Копия паспорта и подлинник справки', pages: 3, isOriginal: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'paper', fileName: null, fileUrl: null, pages: 3, isOriginal: true,
      // registered Friday 20.11.2026; 3 working days from the next day: 23, 24, 25.11
      originals: { handling: 'return-within-deadline', source: 'HMR 2.6', dueDate: '2026-11-25' },
    });
    expect(res.json().originals.steps.at(-1).kind).toBe('result');
    const bad = await reg.request('POST', `/api/appeals/${appealId}/attachments/paper`, { description: '', pages: 0 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['description', 'pages']);
  });

  it('knows profiles that keep originals: no return date (KHV 3.9.5)', async () => {
    const khv = getProfile('KHV')!;
    expect(originalsHandling(khv, await t.deps.calendar.get(), '2026-11-20')).toEqual({ handling: 'keep-unless-requested', source: 'KHV 3.9.5', dueDate: null, steps: [] });
  });

  it('removes with a reason: the row is marked, the file stays and still opens, the event keeps the reason', async () => {
    const [first] = (await reg.request('GET', `/api/appeals/${appealId}/attachments`)).json();
    const noReason = await reg.request('POST', `/api/attachments/${first.id}/remove`, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.reason).toBe('Укажите причину исключения.');
    const byAnalyst = await analyst.request('POST', `/api/attachments/${first.id}/remove`, { reason: 'Ошибочно' });
    expect(byAnalyst.statusCode).toBe(403);

    const res = await reg.request('POST', `/api/attachments/${first.id}/remove`, { reason: 'Приложен файл другого обращения' });
    expect(res.statusCode, res.body).toBe(200);
    const list = (await reg.request('GET', `/api/appeals/${appealId}/attachments`)).json();
    expect(list.map((a: { id: number }) => a.id)).not.toContain(first.id);
    const all = (await reg.request('GET', `/api/appeals/${appealId}/attachments?includeRemoved=true`)).json();
    expect(all.find((a: { id: number }) => a.id === first.id)).toMatchObject({ removedAt: '2026-11-20T06:00:00.000Z', removedReason: 'Приложен файл другого обращения' });

    const row = await t.database.db.selectFrom('attachments').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(await t.deps.storage.exists(row.storage_key!)).toBe(true);
    expect(sha256((await reg.request('GET', first.fileUrl)).rawPayload)).toBe(sha256(pdf));
    const event = await t.database.db.selectFrom('events').selectAll().where('action', '=', 'attachment.removed').executeTakeFirstOrThrow();
    expect(event).toMatchObject({ entity_type: 'appeal', entity_id: String(appealId) });
    expect(event.after).toMatchObject({ attachmentId: first.id, reason: 'Приложен файл другого обращения' });
    expect(event.before).toMatchObject({ fileName: 'Скан заявления.pdf' });
    expect((await reg.request('POST', `/api/attachments/${first.id}/remove`, { reason: 'Ещё раз' })).statusCode).toBe(409);
  });

  it('lets only the registrar change attachments and only staff who read appeals see them', async () => {
    const part: FormPart[] = [{ name: 'file', fileName: 'скан.pdf', content: pdf }];
    const byExecutor = await upload(exec, appealId, part);
    expect(byExecutor.statusCode).toBe(403);
    expect((await upload(analyst, appealId, part)).statusCode).toBe(403);
    const { payload, headers } = multipartBody(part);
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/appeals/${appealId}/attachments`, payload, headers });
    expect(anonymous.statusCode).toBe(401);
    const [a] = (await reg.request('GET', `/api/appeals/${appealId}/attachments`)).json();
    expect((await t.app.inject({ method: 'GET', url: a.fileUrl })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/appeals/${appealId}/attachments` })).statusCode).toBe(401);
    // An executor reads an appeal only through his own assignment on it; otherwise it is not there for him.
    expect((await exec.request('GET', `/api/appeals/${appealId}/attachments`)).statusCode).toBe(404);
    expect((await exec.request('GET', a.fileUrl)).statusCode).toBe(404);
  });

  it('answers clearly for a missing appeal, an annulled one and a request without files', async () => {
    const part: FormPart[] = [{ name: 'file', fileName: 'скан.pdf', content: pdf }];
    const missing = await upload(reg, 999_999, part);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Обращение не найдено.');
    expect((await reg.request('GET', '/api/appeals/999999/attachments')).statusCode).toBe(404);
    expect((await reg.request('GET', '/api/attachments/999999/file')).statusCode).toBe(404);
    const json = await reg.request('POST', `/api/appeals/${appealId}/attachments`, { file: 'x' });
    expect(json.statusCode).toBe(415);

    const other = (await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: '2026-11-18T06:00:00Z', questions: [{ totkCode: TOTK_PENSIONS, annotation: 'Пенсия' }] }))).json();
    await t.database.db.updateTable('appeals').set({ status: 'annulled' }).where('id', '=', other.id).execute();
    const annulled = await upload(reg, other.id, part);
    expect(annulled.statusCode).toBe(409);
    expect((await reg.request('POST', `/api/appeals/${other.id}/attachments/paper`, { description: 'Справка', pages: 1 })).statusCode).toBe(409);
  });

  it('removes the stored bytes again when the transaction fails', async () => {
    const before = storedFiles().length;
    const rows = await countRows();
    async function* parts(): AsyncGenerator<UploadPart> {
      yield { type: 'file', fileName: 'скан.pdf', read: async () => pdf };
    }
    // An actor who is not a user: the insert violates the foreign key and the transaction rolls back.
    const ctx = { db: t.database.db, clock: t.clock, requestId: 'test', config: t.deps.config, actor: { userId: 987_654, officialId: 1, login: 'ghost', name: 'Призрак', roles: ['registrar' as const], ownRoles: ['registrar' as const], supervisedUnitIds: [], actingFor: null, mustChangePassword: false, sessionId: 's', csrfToken: 'c' } };
    await expect(uploadAttachments(ctx, appealId, parts(), { storage: t.deps.storage, maxFileBytes: 1024 * 1024, profile: t.deps.profile(), calendar: await t.deps.calendar.get() })).rejects.toThrow();
    expect(storedFiles().length).toBe(before);
    expect(await countRows()).toBe(rows);
  });
});
