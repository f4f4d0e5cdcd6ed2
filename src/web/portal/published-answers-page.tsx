import type { ReactNode } from 'react';
import { Anchor, Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from '../api/use-query';
import { LoadState } from '../components/load-state';

type PublicAnswer = { id: number; title: string; publishedDate: string; questions: { code: string; name: string }[]; text: string; url: string };

const SECTION = 'Ответы на обращения, затрагивающие интересы неопределенного круга лиц';

/** The portal's frame: the skip link, the header with the way back, the main landmark. */
function PortalFrame({ children }: { children: ReactNode }) {
  return (
    <Box bg="gray.0" mih="100vh">
      <a className="skip-link" href="#content">
        Перейти к содержанию
      </a>
      <Box component="header" bg="blue.8" c="white" py="md">
        <Container size="lg">
          <Group justify="space-between">
            <Anchor component={Link} to="/" c="white" fw={700} size="lg">
              Обращения граждан
            </Anchor>
            <Anchor component={Link} to="/app" c="white" underline="always">
              Вход для сотрудников
            </Anchor>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="xl" component="main" id="content">
        {children}
      </Container>
    </Box>
  );
}

function AnswerBody({ answer }: { answer: PublicAnswer }) {
  return (
    <>
      <Text size="sm" c="dimmed">
        Размещено {answer.publishedDate}
      </Text>
      <Text size="sm">
        <b>Вопрос:</b> {answer.questions.map((q) => q.name).join('; ')}
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{answer.text}</Text>
    </>
  );
}

/**
 * SPC-11 (59-ФЗ ст. 10 ч. 4; HMR 7.9): the public section «Ответы на обращения, затрагивающие интересы
 * неопределенного круга лиц» — title, date, question and text, never the appeal or its author (SEC-5).
 */
export function PublishedAnswersPage() {
  const query = useQuery<PublicAnswer[]>('/api/public/answers');
  return (
    <PortalFrame>
      <Stack gap="lg">
        <Title order={1} size="h2">
          {SECTION}
        </Title>
        <LoadState query={query}>
          {(answers) =>
            answers.length === 0 ? (
              <Text>Ответы пока не размещались.</Text>
            ) : (
              <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {answers.map((a) => (
                  <Paper key={a.id} component="li" p="lg" withBorder>
                    <Stack gap="xs">
                      <Title order={2} size="h4">
                        <Anchor component={Link} to={`/answers/${a.id}`}>
                          {a.title}
                        </Anchor>
                      </Title>
                      <AnswerBody answer={a} />
                    </Stack>
                  </Paper>
                ))}
              </Stack>
            )
          }
        </LoadState>
      </Stack>
    </PortalFrame>
  );
}

/** One published answer: the page whose address later appeals on the question are sent (59-ФЗ ст. 11 ч. 5.1). */
export function PublishedAnswerPage() {
  const { id } = useParams();
  const query = useQuery<PublicAnswer>(`/api/public/answers/${Number(id) || 0}`);
  return (
    <PortalFrame>
      <Stack gap="md">
        <Anchor component={Link} to="/answers">
          ← {SECTION}
        </Anchor>
        <LoadState query={query}>
          {(a) => (
            <Paper p="lg" withBorder component="article" aria-labelledby="answer-title">
              <Stack gap="xs">
                <Title order={1} size="h2" id="answer-title">
                  {a.title}
                </Title>
                <AnswerBody answer={a} />
              </Stack>
            </Paper>
          )}
        </LoadState>
      </Stack>
    </PortalFrame>
  );
}
