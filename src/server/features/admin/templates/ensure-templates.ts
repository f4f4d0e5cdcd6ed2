import type { Kysely } from 'kysely';
import type { DB } from '../../../platform/db/schema';
import { recordEvent } from '../../../platform/events';
import { templateKinds } from '../../../../domain/documents/template-kinds';
import { buildDefaultTemplate } from './default-template';

/**
 * Start-up (ADM-4): every kind of outgoing document gets its generated default template when the
 * database has none. A template the administrator uploaded is never touched. Two instances starting
 * together insert one row: the loser's insert does nothing and records no event.
 */
export async function ensureTemplates(db: Kysely<DB>, now: Date): Promise<string[]> {
  const stored = new Set((await db.selectFrom('document_templates').select('kind').execute()).map((r) => r.kind));
  const created: string[] = [];
  for (const { kind, source } of templateKinds) {
    if (stored.has(kind)) continue;
    const t = await buildDefaultTemplate(kind);
    await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('document_templates')
        .values({ kind, title: t.title, file_name: t.fileName, content: t.content, placeholders: JSON.stringify(t.placeholders), updated_by: null, updated_at: now })
        .onConflict((oc) => oc.column('kind').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) return;
      await recordEvent(trx, { actor: null, at: now, entityType: 'document_template', entityId: kind, action: 'template.created', after: { fileName: t.fileName, placeholders: t.placeholders }, legalGround: source });
      created.push(kind);
    });
  }
  return created;
}
