import PizZip from 'pizzip';
import Docxtemplater from 'docxtemplater';
import { errors } from '../errors';

/**
 * ADM-4: Word templates with fields in braces, «{номер}». docxtemplater finds a field even when Word
 * has split it over several runs (a spell-check mark, a change of font in the middle of a word).
 * Only plain fields are allowed: loops {#…}, conditions {^…} and raw XML {@…} are refused — the
 * administrator edits letters, not programs, and raw XML would let a citizen's text into the markup.
 */

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Found = { name: string; module: string | null };

/** Opens a .docx; anything else is refused with a Russian message. */
export function openDocx(content: Uint8Array): PizZip {
  let zip: PizZip;
  try {
    zip = new PizZip(content);
  } catch {
    throw errors.invalid('Файл не является документом Word (.docx). Старый формат .doc не поддерживается: откройте файл в Word и сохраните как «Документ Word (.docx)».', { file: 'Не документ .docx.' });
  }
  if (!zip.file('word/document.xml')) {
    throw errors.invalid('Файл не является документом Word (.docx): в архиве нет основного текста документа (word/document.xml).', { file: 'Не документ .docx.' });
  }
  return zip;
}

function compile(content: Uint8Array): { doc: Docxtemplater<PizZip>; found: Found[] } {
  const zip = openDocx(content);
  const found: Found[] = [];
  // A module that only looks: after parsing it records every tag with the module that claimed it.
  const collector = {
    name: 'PlaceholderCollector',
    postparse(parsed: Docxtemplater.DXT.Part[]) {
      const walk = (parts: Docxtemplater.DXT.Part[]) => {
        for (const p of parts) {
          if (p.type !== 'placeholder') continue;
          found.push({ name: p.value.trim(), module: p.module ?? null });
          if (p.subparsed) walk(p.subparsed);
        }
      };
      walk(parsed);
      return parsed;
    },
  };
  try {
    const doc = new Docxtemplater(zip, {
      modules: [collector],
      paragraphLoop: true,
      linebreaks: true,
      errorLogging: false,
      parser: (tag: string) => ({ get: (scope: Record<string, unknown>) => scope[tag.trim()] }),
    });
    return { doc, found };
  } catch (e) {
    throw syntaxError(e);
  }
}

/** The fields a template uses, each once, in the order of first appearance. */
export function templatePlaceholders(content: Uint8Array): string[] {
  return unique(compile(content).found.map((f) => f.name));
}

/**
 * Checks a template against the catalogue: every field must be known and plain. Returns the fields
 * it uses. «В шаблоне указано неизвестное поле {номерр}. Допустимые поля: {номер}, …»
 */
export function checkTemplate(content: Uint8Array, known: readonly string[]): string[] {
  const { found } = compile(content);
  refuseUnsupported(found, known);
  return unique(found.map((f) => f.name));
}

/** Fills a template. Every field it uses must have a value (an empty string is a value). */
export function fillTemplate(content: Uint8Array, values: Readonly<Record<string, string>>): Uint8Array {
  const { doc, found } = compile(content);
  refuseUnsupported(found, Object.keys(values));
  try {
    doc.render({ ...values });
  } catch (e) {
    throw syntaxError(e);
  }
  return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
}

function refuseUnsupported(found: Found[], known: readonly string[]) {
  const special = found.find((f) => f.module !== null);
  if (special) {
    throw errors.invalid(`В шаблоне указана конструкция, которая не поддерживается: поле «${special.name}» со служебным знаком (#, /, ^ или @). Используйте только поля вида {номер}.`, { file: 'Неподдерживаемая конструкция.' });
  }
  const unknown = unique(found.map((f) => f.name).filter((n) => !known.includes(n)));
  if (unknown.length === 0) return;
  const list = unknown.map((n) => `{${n}}`).join(', ');
  const allowed = `Допустимые поля: ${known.map((n) => `{${n}}`).join(', ')}.`;
  const message = unknown.length === 1 ? `В шаблоне указано неизвестное поле ${list}. ${allowed}` : `В шаблоне указаны неизвестные поля ${list}. ${allowed}`;
  throw errors.invalid(message, { file: unknown.length === 1 ? `Неизвестное поле ${list}.` : `Неизвестные поля ${list}.` });
}

type TemplateErrorDetail = { properties?: { id?: string; context?: string; xtag?: string } };

/** docxtemplater explains in English; the administrator gets the place and the fix in Russian. */
function syntaxError(e: unknown): Error {
  const props = (e as { properties?: { errors?: TemplateErrorDetail[]; id?: string } }).properties;
  if (!props) return e instanceof Error ? e : new Error(String(e));
  const list: TemplateErrorDetail[] = props.errors ?? [e as TemplateErrorDetail];
  const details = list.map((d) => describe(d.properties?.id, (d.properties?.context ?? d.properties?.xtag ?? '').trim()));
  return errors.invalid(`Шаблон не принят: ошибка в фигурных скобках полей. ${unique(details).join(' ')}`, { file: 'Ошибка в фигурных скобках.' });
}

function describe(id: string | undefined, near: string): string {
  const at = near ? ` (рядом с «${near}»)` : '';
  switch (id) {
    case 'unclosed_tag':
      return `Поле не закрыто: нет закрывающей скобки «}»${at}.`;
    case 'unopened_tag':
      return `Закрывающая скобка «}» без открывающей${at}.`;
    case 'duplicate_open_tag':
      return `Две открывающие скобки подряд${at}.`;
    case 'duplicate_close_tag':
      return `Две закрывающие скобки подряд${at}.`;
    default:
      return `Разметка полей нарушена${at}; используйте только поля вида {номер}.`;
  }
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
