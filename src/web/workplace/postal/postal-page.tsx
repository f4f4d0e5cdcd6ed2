import { useState } from 'react';
import { Stack, Tabs, Text, Title } from '@mantine/core';
import { PostalQueue } from './postal-queue';
import { PostalRegisters } from './postal-registers';

/**
 * «Почтовые отправления» (ANS-7, HMR 8.6, DUKI 5.21): a written appeal is answered by post. The
 * registrar prints the letters and their envelopes, forms the register of postal items (ф. 103)
 * for the post office; the registers formed stay here to print again.
 */
export function PostalPage() {
  const [tab, setTab] = useState<string>('queue');
  return (
    <Stack>
      <Title order={1} size="h2">
        Почтовые отправления
      </Title>
      <Text c="dimmed" size="sm">
        Письма по обращениям, направляемые почтой: напечатайте письмо и конверт, отметьте документы, сдаваемые в отделение почтовой связи, и сформируйте реестр почтовых отправлений.
      </Text>
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false}>
        <Tabs.List aria-label="Почтовые отправления">
          <Tabs.Tab value="queue">Ожидают отправки</Tabs.Tab>
          <Tabs.Tab value="registers">Реестры</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="queue" pt="md">
          <PostalQueue />
        </Tabs.Panel>
        <Tabs.Panel value="registers" pt="md">
          <PostalRegisters />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
