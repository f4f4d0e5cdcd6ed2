/**
 * Outgoing mail (ANS-7: an electronic appeal is answered to its e-mail). A transport sends one
 * message; the SMTP implementation is `smtp-transport.ts`. Retries belong to the caller (a
 * background job), never to the transport.
 */
export type MailAttachment = { fileName: string; content: Uint8Array; contentType: string };

export type MailMessage = {
  to: { address: string; name?: string };
  subject: string;
  text: string;
  attachments: MailAttachment[];
  /** The letter's Date header: from the clock (ARCHITECTURE principle 2), not the machine's time. */
  date?: Date;
};

export type MailTransport = {
  send: (message: MailMessage) => Promise<{ messageId: string }>;
  close: () => void;
};

/**
 * A letter that did not leave. `reason` is the Russian explanation for the registrar (it may quote
 * the server's answer, which can name the recipient — it is stored with the document, never
 * logged); `message` holds only the error code and the server's reply code, safe for the log.
 */
export class MailDeliveryError extends Error {
  constructor(
    readonly reason: string,
    readonly code: string | undefined,
    readonly responseCode: number | undefined,
  ) {
    super(`SMTP: ${code ?? 'ошибка'}${responseCode ? ` ${responseCode}` : ''}`);
  }
}
