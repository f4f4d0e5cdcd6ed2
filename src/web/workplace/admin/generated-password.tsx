import { useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';

const modalId = 'generated-password';

/** Shows a generated password once, after the user is created or the password is reset. */
export function showGeneratedPassword({ title, login, name, password }: { title: string; login: string; name: string; password: string }) {
  modals.open({
    modalId,
    title,
    closeOnClickOutside: false,
    closeButtonProps: { 'aria-label': 'Закрыть' },
    size: 'md',
    children: <GeneratedPassword login={login} name={name} password={password} onClose={() => modals.close(modalId)} />,
  });
}

function GeneratedPassword({ login, name, password, onClose }: { login: string; name: string; password: string; onClose: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      // Without a secure context (http on a local network) the clipboard API is absent: select the text instead.
      input.current?.select();
      setCopied(false);
    }
  }

  return (
    <Stack>
      <Text size="sm">
        Пользователь: <b>{name}</b>
        <br />
        Имя пользователя: <b>{login}</b>
      </Text>
      <Group align="flex-end" wrap="nowrap">
        <TextInput
          ref={input}
          label="Временный пароль"
          readOnly
          value={password}
          onFocus={(e) => e.currentTarget.select()}
          styles={{ input: { fontFamily: 'ui-monospace, monospace', fontSize: 18 } }}
          style={{ flex: 1 }}
        />
        <Button variant="light" onClick={() => void copy()} color={copied ? 'teal' : undefined}>
          {copied ? 'Скопировано' : 'Скопировать'}
        </Button>
      </Group>
      {copied === false && (
        <Text size="sm" c="dimmed" role="status">
          Браузер не разрешил копирование: пароль выделен, скопируйте его сочетанием клавиш Ctrl+C.
        </Text>
      )}
      <Alert color="yellow" title="Пароль показывается один раз">
        Передайте пароль пользователю лично. При первом входе в систему пользователь обязан сменить его на собственный.
      </Alert>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          Готово
        </Button>
      </Group>
    </Stack>
  );
}
