import { randomBytes } from 'node:crypto';

export type FormPart = { name: string; value: string } | { name: string; fileName: string; content: Buffer; contentType?: string };

/**
 * A multipart/form-data body built by hand, as a browser sends it: file names as raw UTF-8 in
 * `filename="…"` (what Chromium and Firefox do), fields and files in the given order.
 */
export function multipartBody(parts: FormPart[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----priemnaya${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const head =
      'fileName' in p
        ? `Content-Disposition: form-data; name="${p.name}"; filename="${p.fileName.replaceAll('"', '%22')}"\r\nContent-Type: ${p.contentType ?? 'application/octet-stream'}\r\n`
        : `Content-Disposition: form-data; name="${p.name}"\r\n`;
    chunks.push(Buffer.from(`--${boundary}\r\n${head}\r\n`, 'utf8'), 'fileName' in p ? p.content : Buffer.from(p.value, 'utf8'), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
