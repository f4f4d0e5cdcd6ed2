import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { testDatabaseKinds } from '../../../testing/databases';
import { buildUser, createTestApp, loginAs, type Session, type TestApp } from '../../../testing/test-app';
import { buildAppealInput, ensureTestTotk } from '../../../testing/factories';
import { docxText } from '../../../platform/documents/docx-text';
import { DOCX_MIME } from '../../../platform/documents/docx-template';
import { ensureTemplates } from './ensure-templates';
import type { TemplateView } from './schemas';

async function customTemplate(...runs: TextRun[]): Promise<string> {
  const doc = new Document({ sections: [{ children: [new Paragraph('Наш особый бланк'), new Paragraph({ children: runs })] }] });
  return (await Packer.toBuffer(doc)).toString('base64');
}

describe.each(testDatabaseKinds)('document templates (ADM-4) on %s', (kind) => {
  let t: TestApp;
  let admin: Session;
  let reg: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await ensureTestTotk(t.database.db);
    await buildUser(t, { login: 'admin', roles: ['administrator'] });
    await buildUser(t, { login: 'reg', roles: ['registrar'] });
    admin = await loginAs(t, 'admin');
    reg = await loginAs(t, 'reg');
  });
  afterAll(() => t.close());

  const templates = async () => (await admin.request('GET', '/api/admin/templates')).json() as TemplateView[];
  const events = async (action: string) => t.database.db.selectFrom('events').selectAll().where('entity_type', '=', 'document_template').where('action', '=', action).execute();
  let registered = 0;
  const lastNoticeText = async () => {
    registered += 1;
    const res = await reg.request('POST', '/api/appeals', buildAppealInput({ receivedAt: `2026-11-1${registered}T06:00:00Z`, authors: [{ ...buildAppealInput().authors[0]!, surname: `Шаблонов-${registered}` }] }));
    expect(res.statusCode, res.body).toBe(200);
    await t.drainJobs();
    const [doc] = (await reg.request('GET', `/api/appeals/${res.json().id}/documents`)).json() as { id: number }[];
    return docxText((await reg.request('GET', `/api/outgoing-documents/${doc!.id}/file`)).rawPayload);
  };

  it('creates the default templates at the first start, once, with the fields each uses', async () => {
    const list = await templates();
    expect(list.map((x) => x.kind)).toEqual(['registration-notice', 'mail-opening-act', 'extension-notice', 'redirect-cover-letter', 'redirect-notice', 'documents-request', 'control-report', 'answer', 'complaint-return', 'additional-control-notice', 'translation-request-letter', 'anonymous-forwarding-letter', 'court-decision-return', 'abuse-of-right-notice', 'unreadable-notice', 'substance-undetermined-notice', 'state-secret-notice', 'not-an-appeal-notice', 'courtesy-letter-notice', 'representative-authority-notice', 'correspondence-termination-notice', 'published-answer-notice', 'correspondence-terminated-reminder', 'statement-not-sent-notice', 'statement-withdrawal-notice', 'statement-forwarding-letter', 'statement-forwarding-notice', 'mass-action-cover-letter']);
    expect(list[0]).toMatchObject({ kind: 'registration-notice', title: 'Уведомление о регистрации обращения', fileName: 'Уведомление о регистрации обращения.docx', isDefault: true, updatedBy: null });
    expect(list[0]!.placeholders).toEqual(expect.arrayContaining(['организация', 'адресат_дательный', 'обращение', 'номер', 'дата_регистрации']));
    // INT-4: the mail-opening act, with its own fields
    expect(list[1]).toMatchObject({ kind: 'mail-opening-act', title: 'Акт о вскрытии почтового отправления', fileName: 'Акт о вскрытии почтового отправления.docx', source: 'HMR 2.6, DUKI 2.3, KHV 3.2.4 (INT-4)', isDefault: true, updatedBy: null });
    expect(list[1]!.placeholders).toEqual(expect.arrayContaining(['организация', 'дата_акта', 'перечень_несоответствий', 'экземпляров', 'распределение_экземпляров', 'номер', 'дата_регистрации', 'автор', 'составитель']));
    expect(list[0]!.placeholders).not.toContain('перечень_несоответствий');
    // DL-2, ROU-7, ANS-3: the extension notice, the redirect letters and the answer, each with its own fields
    expect(list.find((x) => x.kind === 'answer')!.placeholders).toEqual(expect.arrayContaining(['текст_ответа', 'номер', 'обращение', 'исполнитель']));
    expect(list.find((x) => x.kind === 'extension-notice')!.placeholders).toEqual(expect.arrayContaining(['новый_срок', 'причины_продления']));
    expect(list.find((x) => x.kind === 'redirect-notice')!.placeholders).toEqual(expect.arrayContaining(['орган', 'вопросы_переадресации']));
    expect(list[0]!.placeholders).not.toContain('текст_ответа');
    // ROU-8, CTL-1: the return of a complaint and the additional control notice
    expect(list.find((x) => x.kind === 'complaint-return')!.placeholders).toEqual(expect.arrayContaining(['обжалуемое', 'причина_возврата', 'номер', 'обращение']));
    expect(list.find((x) => x.kind === 'additional-control-notice')!.placeholders).toEqual(expect.arrayContaining(['контрольный_срок', 'обещанное_решение', 'ответ_автору', 'автор_обращения']));
    // SPC-5: the correspondence-termination letters, with the question and the earlier answers.
    expect(list.find((x) => x.kind === 'correspondence-termination-notice')!.placeholders).toEqual(expect.arrayContaining(['вопрос_переписки', 'ранее_данные_ответы', 'пояснение']));
    expect(list.find((x) => x.kind === 'correspondence-terminated-reminder')!.placeholders).toEqual(expect.arrayContaining(['решение_о_прекращении', 'ранее_данные_ответы']));
    // SPC-7 (HMR 7.6 абз. 2): the notice that a courtesy letter was passed on names the official.
    expect(list.find((x) => x.kind === 'courtesy-letter-notice')!.placeholders).toEqual(expect.arrayContaining(['должностное_лицо', 'пояснение']));
    expect(await events('template.created')).toHaveLength(28);
    expect(await ensureTemplates(t.database.db, new Date())).toEqual([]); // a second start adds nothing
    const file = await admin.request('GET', '/api/admin/templates/registration-notice/file');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe(DOCX_MIME);
    expect(String(file.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('Уведомление о регистрации обращения.docx')}`);
  });

  it('gives an existing install the default of a new kind on start, leaving the others alone', async () => {
    // An install from before INT-4 has no act template: the next start adds it.
    await t.database.db.deleteFrom('document_templates').where('kind', '=', 'mail-opening-act').execute();
    expect((await templates()).map((x) => x.kind)).not.toContain('mail-opening-act');
    expect(await ensureTemplates(t.database.db, new Date('2026-12-01T00:00:00Z'))).toEqual(['mail-opening-act']);
    const list = await templates();
    expect(list.map((x) => x.kind).sort()).toEqual(['abuse-of-right-notice', 'additional-control-notice', 'anonymous-forwarding-letter', 'answer', 'complaint-return', 'control-report', 'correspondence-terminated-reminder', 'correspondence-termination-notice', 'court-decision-return', 'courtesy-letter-notice', 'documents-request', 'extension-notice', 'mail-opening-act', 'mass-action-cover-letter', 'not-an-appeal-notice', 'published-answer-notice', 'redirect-cover-letter', 'redirect-notice', 'registration-notice', 'representative-authority-notice', 'state-secret-notice', 'statement-forwarding-letter', 'statement-forwarding-notice', 'statement-not-sent-notice', 'statement-withdrawal-notice', 'substance-undetermined-notice', 'translation-request-letter', 'unreadable-notice']);
    expect(list.find((x) => x.kind === 'mail-opening-act')).toMatchObject({ isDefault: true, updatedAt: '2026-12-01T00:00:00.000Z' });
    expect(await events('template.created')).toHaveLength(29);
    const file = await admin.request('GET', '/api/admin/templates/mail-opening-act/file');
    expect(file.statusCode).toBe(200);
    expect(docxText(file.rawPayload)).toContain('о вскрытии почтового отправления');
  });

  it('accepts the act\'s own fields only in the act template', async () => {
    const inNotice = await admin.request('PUT', '/api/admin/templates/registration-notice', { fileName: 'мой.docx', contentBase64: await customTemplate(new TextRun('№ {номер}: {перечень_несоответствий}')) });
    expect(inNotice.statusCode).toBe(400);
    expect(inNotice.json().error.message).toMatch(/^В шаблоне указано неизвестное поле \{перечень_несоответствий\}\. /);
    expect(inNotice.json().error.message).not.toContain('{дата_акта}');
    const inAct = await admin.request('PUT', '/api/admin/templates/mail-opening-act', { fileName: 'Акт (наш бланк).docx', contentBase64: await customTemplate(new TextRun('Акт от {дата_акта} к № {номер}: {перечень_несоответствий}')) });
    expect(inAct.statusCode, inAct.body).toBe(200);
    expect((inAct.json() as TemplateView[]).find((x) => x.kind === 'mail-opening-act')).toMatchObject({ isDefault: false, placeholders: ['дата_акта', 'номер', 'перечень_несоответствий'] });
    expect((await admin.request('POST', '/api/admin/templates/mail-opening-act/reset')).statusCode).toBe(200);
    expect((await events('template.replaced')).map((e) => e.entity_id)).toEqual(['mail-opening-act']);
  });

  it('refuses an unknown field, naming it, and a file that is not .docx — changing nothing', async () => {
    const unknown = await admin.request('PUT', '/api/admin/templates/registration-notice', { fileName: 'мой.docx', contentBase64: await customTemplate(new TextRun('№ {номерр}')) });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/^В шаблоне указано неизвестное поле \{номерр\}\. Допустимые поля: \{номер\}, /);
    const notDocx = await admin.request('PUT', '/api/admin/templates/registration-notice', { fileName: 'мой.docx', contentBase64: Buffer.from('просто текст').toString('base64') });
    expect(notDocx.statusCode).toBe(400);
    expect(notDocx.json().error.message).toMatch(/^Файл не является документом Word/);
    const wrongName = await admin.request('PUT', '/api/admin/templates/registration-notice', { fileName: 'мой.doc', contentBase64: await customTemplate(new TextRun('{номер}')) });
    expect(wrongName.statusCode).toBe(400);
    expect(wrongName.json().error.fields.fileName).toBe('Загрузите документ Word в формате .docx.');
    expect((await admin.request('PUT', '/api/admin/templates/no-such-kind', { fileName: 'a.docx', contentBase64: 'AA==' })).statusCode).toBe(400);
    expect((await templates())[0]!.isDefault).toBe(true);
    expect((await events('template.replaced')).filter((e) => e.entity_id === 'registration-notice')).toHaveLength(0);
  });

  it('takes the administrator\'s .docx (a field split over runs by Word) and uses it for the next notices', async () => {
    const content = await customTemplate(new TextRun('{обращение} Ваше обращение № {но'), new TextRun({ text: 'мер}', bold: true }), new TextRun(' от {дата_регистрации}.'));
    const res = await admin.request('PUT', '/api/admin/templates/registration-notice', { fileName: 'Уведомление (наш бланк).docx', contentBase64: content });
    expect(res.statusCode, res.body).toBe(200);
    const [view] = res.json() as TemplateView[];
    expect(view).toMatchObject({ fileName: 'Уведомление (наш бланк).docx', isDefault: false, placeholders: ['обращение', 'номер', 'дата_регистрации'], updatedBy: 'Тестов-admin Тест Тестович' });
    const event = (await events('template.replaced')).find((e) => e.entity_id === 'registration-notice');
    expect(event?.after).toMatchObject({ fileName: 'Уведомление (наш бланк).docx', placeholders: ['обращение', 'номер', 'дата_регистрации'] });
    const text = await lastNoticeText();
    expect(text).toContain('Наш особый бланк');
    expect(text).toMatch(/Уважаемый Иван Петрович! Ваше обращение № \d+ от 20\.11\.2026\./);
  });

  it('resets to the generated default, and lets only the administrator manage templates', async () => {
    expect((await reg.request('GET', '/api/admin/templates')).statusCode).toBe(403);
    expect((await reg.request('POST', '/api/admin/templates/registration-notice/reset')).statusCode).toBe(403);
    const res = await admin.request('POST', '/api/admin/templates/registration-notice/reset');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as TemplateView[])[0]).toMatchObject({ isDefault: true, fileName: 'Уведомление о регистрации обращения.docx' });
    expect((await events('template.reset')).map((e) => e.entity_id)).toEqual(['mail-opening-act', 'registration-notice']);
    const text = await lastNoticeText();
    expect(text).not.toContain('Наш особый бланк');
    expect(text).toContain('Уведомление о регистрации обращения');
  });
});
