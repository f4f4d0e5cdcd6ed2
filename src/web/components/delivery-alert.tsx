import { useEffect, useRef, useState } from 'react';
import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import type { DeliveryStatusView } from '../../server/features/delivery/schemas';
import type { OutgoingDocumentView } from '../../server/features/notices/schemas';
import { can } from '../../domain/access/policy';
import { api } from '../api/client';
import { useQuery } from '../api/use-query';
import type { SessionUser } from '../session/session';
import { showApiError, showSuccess } from './form-errors';

/** Send an e-mail document again after its delivery failed (ANS-7); the caller reloads what it shows. */
export function resendDocument(id: number): Promise<void> {
  return api('POST', `/api/outgoing-documents/${id}/resend`)
    .then(() => showSuccess('Документ поставлен в очередь на повторную отправку по электронной почте.'))
    .catch(showApiError);
}

/**
 * ANS-7: the workplace's alert about e-mail delivery. A registrar sees every letter that could not
 * be sent after all attempts — the appeal, the recipient, the reason in Russian — and sends it
 * again; an administrator is told that letters wait because no SMTP server is configured.
 * Refreshed whenever the user moves to another page.
 */
export function DeliveryAlert({ user }: { user: SessionUser }) {
  const registrar = can(user.roles, 'appeals.register');
  const administrator = user.roles.includes('administrator');
  const status = useQuery<DeliveryStatusView>(registrar || administrator ? '/api/delivery/status' : null);
  const failedCount = registrar ? (status.data?.failed ?? 0) : 0;
  const failed = useQuery<OutgoingDocumentView[]>(failedCount > 0 ? '/api/outgoing-documents?status=failed&route=email&limit=20' : null);
  const [busy, setBusy] = useState<number | null>(null);

  const { pathname } = useLocation();
  const first = useRef(true);
  const { reload } = status;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [pathname, reload]);

  function resend(id: number) {
    setBusy(id);
    void resendDocument(id).finally(() => {
      setBusy(null);
      status.reload();
      failed.reload();
    });
  }

  const s = status.data;
  return (
    <>
      {failedCount > 0 && (
        <Alert color="red" mb="md" title={`Не удалось отправить по электронной почте: ${failedCount}`} role="status" data-testid="delivery-failed-alert">
          <Text size="sm" mb="xs">
            Проверьте адрес электронной почты автора (или попросите администратора проверить настройки почты) и отправьте документ повторно.
          </Text>
          <List size="sm" spacing="xs">
            {(failed.data ?? []).map((d) => (
              <List.Item key={d.id}>
                <Group gap="xs" wrap="wrap" align="baseline">
                  <Anchor component={Link} to={`/app/appeals/${d.appealId}`} size="sm" c="dark.9" underline="always">
                    Обращение № {d.appealNumber}
                  </Anchor>
                  <Text size="sm">
                    {d.kindTitle}: {d.recipientName || 'получатель не указан'}, {d.recipientAddress}
                  </Text>
                  <Button size="compact-xs" variant="white" color="red" loading={busy === d.id} onClick={() => resend(d.id)} aria-label={`Отправить повторно: ${d.kindTitle}, обращение № ${d.appealNumber}`}>
                    Отправить повторно
                  </Button>
                </Group>
                {d.error && (
                  <Text size="xs" c="red.9">
                    {d.error}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {administrator && s && !s.emailConfigured && s.waiting > 0 && (
        <Alert color="yellow" mb="md" title="Письма не отправляются" role="status">
          <Text size="sm">
            {s.note} Ожидают отправки по электронной почте: {s.waiting}. Укажите почтовый сервер в параметрах запуска (SMTP_HOST, MAIL_FROM и при необходимости SMTP_USER, SMTP_PASSWORD) и перезапустите
            Приёмную — ожидающие письма будут отправлены.
          </Text>
        </Alert>
      )}
    </>
  );
}
