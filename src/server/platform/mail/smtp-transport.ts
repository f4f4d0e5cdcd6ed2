import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config';
import { MailDeliveryError, type MailTransport } from './mail-transport';

/** Long enough for a slow municipal server, short enough to stay well inside a job's 5-minute lease. */
const timeouts = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

/**
 * Sends through the organisation's SMTP server (nodemailer). One connection per letter: letters are
 * few and a pooled connection would outlive a server's idle timeout. Nothing is read from files or
 * URLs while composing (the attachment is the stored .docx itself).
 */
export function smtpTransport(config: SmtpConfig): MailTransport {
  const transporter = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    ...(config.user ? { auth: { user: config.user, pass: config.password ?? '' } } : {}),
    ...timeouts,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    send: async (m) => {
      try {
        const info = await transporter.sendMail({
          from: config.from,
          to: m.to.name ? { name: m.to.name, address: m.to.address } : m.to.address,
          subject: m.subject,
          text: m.text,
          ...(m.date ? { date: m.date } : {}),
          attachments: m.attachments.map((a) => ({ filename: a.fileName, content: Buffer.from(a.content), contentType: a.contentType })),
        });
        return { messageId: info.messageId };
      } catch (err) {
        throw deliveryError(err, config);
      }
    },
    close: () => transporter.close(),
  };
}

type NodemailerError = { code?: string; responseCode?: number; response?: string; rejected?: unknown[] };

/** The registrar reads why a letter did not leave, in Russian, with the server's own answer. */
export function deliveryError(err: unknown, config: Pick<SmtpConfig, 'host' | 'port'>): MailDeliveryError {
  const e = (typeof err === 'object' && err !== null ? err : {}) as NodemailerError;
  const server = `${config.host}:${config.port}`;
  let reason: string;
  switch (e.code) {
    case 'EENVELOPE':
      reason = Array.isArray(e.rejected) && e.rejected.length > 0 ? 'Почтовый сервер отклонил адрес получателя. Проверьте адрес электронной почты автора.' : 'Почтовый сервер не принял адрес отправителя (MAIL_FROM) или получателя.';
      break;
    case 'EMESSAGE':
      reason = 'Почтовый сервер отказался принять письмо.';
      break;
    case 'EAUTH':
    case 'ENOAUTH':
      reason = `Почтовый сервер ${server} не принял имя пользователя или пароль (SMTP_USER, SMTP_PASSWORD).`;
      break;
    case 'ETLS':
      reason = `Не удалось установить защищённое соединение (TLS) с почтовым сервером ${server}.`;
      break;
    case 'ECONNECTION':
    case 'ESOCKET':
    case 'EDNS':
    case 'ETIMEDOUT':
      reason = `Нет связи с почтовым сервером ${server}.`;
      break;
    default:
      reason = 'Письмо не отправлено: ошибка при обращении к почтовому серверу.';
  }
  const reply = e.response?.replace(/\s+/g, ' ').trim().slice(0, 300);
  return new MailDeliveryError(reply ? `${reason} Ответ сервера: «${reply}».` : reason, e.code, e.responseCode);
}
