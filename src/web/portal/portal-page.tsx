import { Anchor, Box, Container, Group, List, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from '../api/use-query';
import { LoadState } from '../components/load-state';

type PublicOrganisation = {
  fullName: string;
  shortName: string;
  headTitle: string;
  postalAddress: string;
  phones: { label: string; number: string }[];
  email: string;
  site: string;
  workingHours: { days: string; hours: string; break?: string }[];
  receptionHours: string | null;
  procedureLinks: { title: string; reference: string }[];
};

/** PUB-4: the public portal — contacts, hours and the procedure. Appeal forms come with the portal issue. */
export function PortalPage() {
  const query = useQuery<PublicOrganisation>('/api/public/organisation');
  return (
    <Box bg="gray.0" mih="100vh">
      <a className="skip-link" href="#content">
        Перейти к содержанию
      </a>
      <Box component="header" bg="blue.8" c="white" py="md">
        <Container size="lg">
          <Group justify="space-between">
            <Text fw={700} size="lg">
              {query.data?.shortName ?? 'Приёмная'}
            </Text>
            <Anchor component={Link} to="/app" c="white" underline="always">
              Вход для сотрудников
            </Anchor>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="xl" component="main" id="content">
        <LoadState query={query}>
          {(org) => (
            <Stack gap="lg">
              <div>
                <Title order={1} size="h2">
                  Обращения граждан
                </Title>
                <Text c="dimmed">{org.fullName}</Text>
              </div>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
                <Paper p="lg" withBorder component="section" aria-labelledby="contacts">
                  <Title order={2} size="h4" id="contacts" mb="sm">
                    Контакты
                  </Title>
                  <Stack gap={6}>
                    <Text>
                      <b>Почтовый адрес:</b> {org.postalAddress}
                    </Text>
                    {org.phones.length === 0 && <Text c="dimmed">Телефоны уточняются.</Text>}
                    {org.phones.map((p) => (
                      <Text key={`${p.label}${p.number}`}>
                        <b>{p.label || 'Телефон'}:</b> <Anchor href={`tel:${p.number.replace(/[^\d+]/g, '')}`}>{p.number}</Anchor>
                      </Text>
                    ))}
                    {org.email && (
                      <Text>
                        <b>Электронная почта:</b> <Anchor href={`mailto:${org.email}`}>{org.email}</Anchor>
                      </Text>
                    )}
                    {org.site && (
                      <Text>
                        <b>Официальный сайт:</b> <Anchor href={org.site}>{org.site}</Anchor>
                      </Text>
                    )}
                  </Stack>
                </Paper>
                <Paper p="lg" withBorder component="section" aria-labelledby="hours">
                  <Title order={2} size="h4" id="hours" mb="sm">
                    Часы работы
                  </Title>
                  <Table>
                    <Table.Tbody>
                      {org.workingHours.map((h) => (
                        <Table.Tr key={h.days}>
                          <Table.Th scope="row">{h.days}</Table.Th>
                          <Table.Td>
                            {h.hours}
                            {h.break ? `, перерыв ${h.break}` : ''}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                  {org.receptionHours && (
                    <Text mt="sm">
                      <b>Приём обращений:</b> {org.receptionHours}
                    </Text>
                  )}
                </Paper>
              </SimpleGrid>
              <Paper p="lg" withBorder component="section" aria-labelledby="procedure">
                <Title order={2} size="h4" id="procedure" mb="sm">
                  Порядок рассмотрения обращений
                </Title>
                <Text mb="sm">
                  Обращение регистрируется в течение трёх дней со дня поступления и рассматривается в течение 30 дней со дня регистрации
                  (статьи 8 и 12 Федерального закона от 02.05.2006 № 59-ФЗ).
                </Text>
                <List spacing="xs">
                  {org.procedureLinks.map((l) => (
                    <List.Item key={l.title}>
                      {l.reference.startsWith('http') ? <Anchor href={l.reference}>{l.title}</Anchor> : <>{l.title}{l.reference ? ` — ${l.reference}` : ''}</>}
                    </List.Item>
                  ))}
                </List>
              </Paper>
              <Paper p="lg" withBorder component="section" aria-labelledby="published-answers">
                <Title order={2} size="h4" id="published-answers" mb="sm">
                  Ответы на обращения, затрагивающие интересы неопределенного круга лиц
                </Title>
                <Text mb="sm">Ответы, размещённые в соответствии с частью 4 статьи 10 Федерального закона от 02.05.2006 № 59-ФЗ.</Text>
                <Anchor component={Link} to="/answers">
                  Перейти к ответам
                </Anchor>
              </Paper>
            </Stack>
          )}
        </LoadState>
      </Container>
    </Box>
  );
}
