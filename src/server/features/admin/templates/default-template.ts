import { defaultTemplateTexts, type DefaultText } from '../../../../domain/documents/default-texts';
import { placeholderNamesFor } from '../../../../domain/documents/placeholders';
import { templateKindOf, type TemplateKind } from '../../../../domain/documents/template-kinds';
import { checkTemplate } from '../../../platform/documents/docx-template';
import { buildLetterTemplate } from '../../../platform/documents/letter-template';
import { buildActTemplate } from '../../../platform/documents/act-template';

function build(text: DefaultText): Promise<Uint8Array> {
  return text.layout === 'act' ? buildActTemplate(text) : buildLetterTemplate(text);
}

/** ADM-4: the generated default of a kind — its .docx, file name and the fields it uses. */
export async function buildDefaultTemplate(kind: TemplateKind): Promise<{ title: string; fileName: string; content: Uint8Array; placeholders: string[] }> {
  const title = templateKindOf(kind)?.title ?? kind;
  const content = await build(defaultTemplateTexts[kind]);
  // The default passes the same check as an uploaded file: a typo in a default fails the start, not a letter.
  const placeholders = checkTemplate(content, placeholderNamesFor(kind));
  return { title, fileName: `${title}.docx`, content, placeholders };
}
