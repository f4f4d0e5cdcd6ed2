import type { ReactNode } from 'react';
import { Alert, Button, Group, Text, type MantineColor } from '@mantine/core';

type Props = {
  /** The server's refusal (from `useSubmit`); the title says what did not happen. */
  error: string | undefined;
  errorTitle: string;
  /** Names the alert for the journeys, and for a form that moves the focus to it. */
  errorTestId?: string;
  /** More about the refusal, under its message. */
  children?: ReactNode;
  busy: boolean;
  onCancel: () => void;
  submitLabel: ReactNode;
  submitColor?: MantineColor;
};

/**
 * The foot of a dialog's form: the server's refusal, if any, then «Отмена» and the submit button;
 * «Отмена» waits while the request runs. The refusal can take the focus (tabIndex -1), so a form
 * may move keyboard users to it.
 */
export function DialogFooter({ error, errorTitle, errorTestId, children, busy, onCancel, submitLabel, submitColor }: Props) {
  return (
    <>
      {error && (
        <Alert color="red" role="alert" title={errorTitle} data-testid={errorTestId} tabIndex={-1}>
          <Text size="sm">{error}</Text>
          {children}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={busy}>
          Отмена
        </Button>
        <Button type="submit" loading={busy} color={submitColor}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
