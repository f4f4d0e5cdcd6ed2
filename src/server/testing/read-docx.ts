import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** LibreOffice on PATH (soffice or libreoffice), or null. */
export function findOffice(): string | null {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim()) return found.stdout.trim();
  }
  return null;
}

export function hasPdftotext(): boolean {
  return spawnSync('sh', ['-c', 'command -v pdftotext'], { encoding: 'utf8' }).status === 0;
}

/**
 * Reads a .docx as a person would see it: LibreOffice renders it to PDF, pdftotext reads the PDF.
 * Whitespace is collapsed (the PDF wraps lines where the page does). Null when LibreOffice cannot
 * open the file — e.g. only Calc is installed (no libreoffice-writer), which it reports with exit 0.
 */
export function readDocxThroughPdf(content: Uint8Array, office: string): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'priemnaya-docx-'));
  try {
    const input = join(dir, 'document.docx');
    writeFileSync(input, content);
    execFileSync(office, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'pipe', timeout: 120_000 });
    if (!existsSync(join(dir, 'document.pdf'))) return null;
    execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'document.pdf'), join(dir, 'document.txt')], { stdio: 'pipe' });
    return readFileSync(join(dir, 'document.txt'), 'utf8').replace(/\s+/g, ' ');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a PDF as pdftotext reads it, whitespace collapsed (callers check `hasPdftotext()` first). */
export function pdfText(content: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'priemnaya-pdf-'));
  try {
    writeFileSync(join(dir, 'document.pdf'), content);
    execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'document.pdf'), join(dir, 'document.txt')], { stdio: 'pipe' });
    return readFileSync(join(dir, 'document.txt'), 'utf8').replace(/\s+/g, ' ').trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
