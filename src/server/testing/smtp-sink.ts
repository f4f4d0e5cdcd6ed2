import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';

/** A letter as the receiving server got it: the SMTP envelope, the parsed message and its raw bytes. */
export type ReceivedMail = { envelope: { from: string; to: string[] }; parsed: ParsedMail; raw: Buffer };

export type SmtpSink = {
  host: string;
  port: number;
  /** Every letter accepted so far, oldest first. */
  messages: ReceivedMail[];
  /** Recipients the server refused (while `refuse` was on). */
  refused: string[];
  /** The variables that point the application at this server (SMTP_HOST, SMTP_PORT, MAIL_FROM…). */
  env: Record<string, string>;
  /** From now on refuse every recipient with this reply (e.g. 550 «Mailbox unavailable»). */
  refuse: (code?: number, message?: string) => void;
  /** Accept letters again. */
  accept: () => void;
  /** Resolves with the letters once at least `count` have arrived (the browser journeys wait for mail). */
  waitFor: (count: number, timeoutMs?: number) => Promise<ReceivedMail[]>;
  close: () => Promise<void>;
};

export const SINK_FROM = 'Администрация района <priem@example.ru>';

/**
 * A real SMTP server in the test process (smtp-server on a random local port) that keeps every
 * letter it receives, parsed with mailparser — for integration tests and browser journeys of
 * e-mail delivery (ANS-7). No STARTTLS; with `auth` it requires that user and password.
 */
export async function startSmtpSink(opts: { auth?: { user: string; password: string } } = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const refused: string[] = [];
  let refusal: { code: number; message: string } | null = null;
  const waiters: { count: number; resolve: (m: ReceivedMail[]) => void }[] = [];

  const server = new SMTPServer({
    logger: false,
    disabledCommands: opts.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !opts.auth,
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => {
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.password) return callback(null, { user: auth.username });
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onRcptTo: (address: SMTPServerAddress, _session, callback) => {
      if (!refusal) return callback();
      refused.push(address.address);
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
            messages.push({ envelope: { from, to: session.envelope.rcptTo.map((r) => r.address) }, parsed, raw });
            for (const w of waiters.filter((x) => messages.length >= x.count)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve([...messages]);
            }
            callback();
          })
          .catch((err: Error) => callback(err));
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;

  return {
    host: '127.0.0.1',
    port,
    messages,
    refused,
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_SECURE: 'false',
      MAIL_FROM: SINK_FROM,
      ...(opts.auth ? { SMTP_USER: opts.auth.user, SMTP_PASSWORD: opts.auth.password } : {}),
    },
    refuse: (code = 550, message = '5.1.1 Mailbox unavailable') => {
      refusal = { code, message };
    },
    accept: () => {
      refusal = null;
    },
    waitFor: (count, timeoutMs = 10_000) =>
      messages.length >= count
        ? Promise.resolve([...messages])
        : new Promise((resolve, reject) => {
            const waiter = { count, resolve };
            waiters.push(waiter);
            setTimeout(() => {
              const i = waiters.indexOf(waiter);
              if (i < 0) return;
              waiters.splice(i, 1);
              reject(new Error(`SMTP: за ${timeoutMs} мс получено писем: ${messages.length}, ожидалось ${count}`));
            }, timeoutMs).unref();
          }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
