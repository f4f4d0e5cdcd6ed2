import { Alert, Stack, Title } from '@mantine/core';
import { sections, type SectionKey } from '../../domain/access/policy';

const what: Record<Exclude<SectionKey, 'admin' | 'deadlines' | 'resolution'>, string> = {
  registration: 'приём и регистрация обращений, регистрационная карточка, уведомление о регистрации',
  journal: 'журнал регистрации обращений с фильтрами, поиском и выгрузкой',
  assignments: 'поручения исполнителю: сроки, соисполнители, подготовка ответов',
  control: 'контроль сроков, продление, снятие с контроля',
  reception: 'график и запись на личный приём, карточки личного приёма',
  reports: 'отчёты в ССТУ.РФ, сводные таблицы и аналитика',
};

/** A section of the shell whose capability is not built yet: said plainly, not faked. */
export function SectionPlaceholder({ sectionKey }: { sectionKey: Exclude<SectionKey, 'admin' | 'deadlines' | 'resolution'> }) {
  const title = sections.find((s) => s.key === sectionKey)?.title ?? '';
  return (
    <Stack>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Alert color="gray" title="Раздел ещё не введён в эксплуатацию">
        Здесь будет: {what[sectionKey]}. Доступ к разделу для ваших ролей уже настроен.
      </Alert>
    </Stack>
  );
}
