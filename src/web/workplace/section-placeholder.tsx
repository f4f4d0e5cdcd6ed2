import { Alert, Stack, Title } from '@mantine/core';
import { sections, type SectionKey } from '../../domain/access/policy';

/** The sections that once were, or still are, only announced. */
type PlaceholderKey = Extract<SectionKey, 'registration' | 'journal' | 'assignments' | 'control' | 'reception' | 'reports'>;

const what: Record<PlaceholderKey, string> = {
  registration: 'приём и регистрация обращений, регистрационная карточка, уведомление о регистрации',
  journal: 'журнал регистрации обращений с фильтрами, поиском и выгрузкой',
  assignments: 'поручения исполнителю: сроки, соисполнители, подготовка ответов',
  control: 'контроль сроков, продление, снятие с контроля',
  reception: 'график и запись на личный приём, карточки личного приёма',
  reports: 'отчёты в ССТУ.РФ, сводные таблицы и аналитика',
};

/** A section of the shell whose capability is not built yet: said plainly, not faked. */
export function SectionPlaceholder({ sectionKey }: { sectionKey: PlaceholderKey }) {
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
