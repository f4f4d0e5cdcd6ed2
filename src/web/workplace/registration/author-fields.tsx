import { Alert, Autocomplete, Badge, Button, Card, Group, Radio, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { emptyAuthor, genderFromPatronymic, keepsPersonalCategories, type AuthorRole, type AuthorValues } from './form-model';
import type { AppealFormState } from './use-appeal-form';
import { fieldId } from './field-labels';
import { FormSection } from './form-section';

const roleOptions: { value: AuthorRole; label: string }[] = [
  { value: 'author', label: 'Автор' },
  { value: 'signatory', label: 'Подписавший (коллективное)' },
  { value: 'representative', label: 'Представитель автора' },
];
const roleTitles: Record<AuthorRole, string> = { author: 'Автор', signatory: 'Подписавший', representative: 'Представитель' };

/** Suggestions only: the registrar may type other wording. */
const socialStatuses = ['Пенсионер', 'Работающий', 'Безработный', 'Учащийся, студент', 'Военнослужащий', 'Индивидуальный предприниматель', 'Домохозяйка'];
const benefitCategories = ['Инвалид I группы', 'Инвалид II группы', 'Инвалид III группы', 'Ветеран Великой Отечественной войны', 'Ветеран боевых действий', 'Ветеран труда', 'Многодетная семья', 'Участник специальной военной операции, член его семьи', 'Малоимущие'];

export const authorDisplayName = (a: AuthorValues) =>
  a.kind === 'organisation' ? a.organisationName.trim() : [a.surname, a.firstName, a.patronymic].map((s) => s.trim()).filter(Boolean).join(' ');

/** «Авторы» (REG-3, REG-4, INT-9): people or organisations, signatories of a collective appeal, a representative. */
export function AuthorFields({ state, historyFound = 0 }: { state: AppealFormState; historyFound?: number }) {
  const { values: v, patch, setAuthor, setRecipient, addAuthor, removeAuthor, error } = state;
  const hasRepresentative = v.authors.some((a) => a.role === 'representative');

  function setCollective(collective: boolean) {
    // REG-4: a collective appeal is signed by two or more; the answer goes to the one named.
    let authors = v.authors.map((a) => (a.role === 'representative' ? a : { ...a, role: (collective ? 'signatory' : 'author') as AuthorRole }));
    if (collective) {
      while (authors.filter((a) => a.role !== 'representative').length < 2) authors = [...authors, emptyAuthor('signatory')];
      if (!authors.some((a) => a.receivesAnswer)) authors = authors.map((a, i) => ({ ...a, receivesAnswer: i === 0 }));
    }
    patch({ collective, authors });
  }

  const recipient = v.authors.findIndex((a) => a.receivesAnswer);
  return (
    <FormSection title="Авторы" id="section-authors">
      <Switch
        id={fieldId('collective')}
        label="Коллективное обращение"
        description="Подписано двумя и более гражданами или направлено от имени коллектива (REG-4)"
        checked={v.collective}
        onChange={(e) => setCollective(e.currentTarget.checked)}
      />
      {error('authors') && (
        <Alert color="red" role="alert" p="xs" id={fieldId('authors')}>
          {error('authors')}
        </Alert>
      )}
      {v.authors.length === 0 && (
        <Text size="sm" c="dimmed">
          Автор не указан: обращение будет зарегистрировано как анонимное (59-ФЗ ст. 11 ч. 1).
        </Text>
      )}
      {v.authors.map((a, i) => (
        <AuthorCard key={a.key} index={i} author={a} personal={keepsPersonalCategories(v, a)} state={state} onRemove={() => removeAuthor(i)} onChange={(p) => setAuthor(i, p)} />
      ))}
      {historyFound > 0 && (
        // The history stands beside the form; from the keyboard it is one step away.
        <Group gap="xs" role="status">
          <Text size="sm">Автор, возможно, уже обращался (совпадений: {historyFound}).</Text>
          <Button variant="default" size="compact-sm" onClick={() => document.getElementById('history-title')?.focus()}>
            Перейти к истории автора
          </Button>
        </Group>
      )}
      <Group gap="xs">
        <Button variant="light" size="sm" onClick={() => addAuthor(v.collective ? 'signatory' : 'author')}>
          {v.collective ? 'Добавить подписавшего' : 'Добавить автора'}
        </Button>
        {!hasRepresentative && (
          <Button variant="subtle" size="sm" onClick={() => addAuthor('representative')}>
            Добавить представителя
          </Button>
        )}
      </Group>
      {v.authors.length > 1 && (
        <Radio.Group
          label="Кому направить ответ"
          description={v.collective ? 'Ответ направляется указанному подписавшему с просьбой довести его до остальных (REG-4, HMR 7.2)' : undefined}
          value={recipient >= 0 ? String(recipient) : '0'}
          onChange={(value) => setRecipient(Number(value))}
        >
          <Stack gap={6} mt={6}>
            {v.authors.map((a, i) => (
              <Radio key={a.key} value={String(i)} label={`${roleTitles[a.role]} ${i + 1}${authorDisplayName(a) ? `: ${authorDisplayName(a)}` : ''}`} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {hasRepresentative && (
        <TextInput
          id={fieldId('authorityDocument')}
          label="Документ, подтверждающий полномочия"
          description="Доверенность или иной документ представителя: вид, номер, дата (INT-9, KCSON 2.4)"
          autoComplete="off"
          value={v.authorityDocument}
          onChange={(e) => state.set('authorityDocument', e.currentTarget.value)}
          error={error('authorityDocument')}
        />
      )}
    </FormSection>
  );
}

type CardProps = { index: number; author: AuthorValues; personal: boolean; state: AppealFormState; onRemove: () => void; onChange: (p: Partial<AuthorValues>) => void };

function AuthorCard({ index, author: a, personal, state, onRemove, onChange }: CardProps) {
  const path = (field: string) => `authors.${index}.${field}`;
  const err = (field: string) => state.error(path(field));
  const title = `${roleTitles[a.role]} ${index + 1}`;
  type TextField = 'surname' | 'firstName' | 'patronymic' | 'organisationName' | 'postalAddress' | 'email' | 'phone' | 'territory';
  const text = (field: TextField, label: string, extra: { description?: string; type?: string; onValue?: (value: string) => void } = {}) => (
    <TextInput
      id={fieldId(path(field))}
      label={label}
      description={extra.description}
      type={extra.type}
      autoComplete="off"
      value={a[field]}
      error={err(field)}
      onChange={(e) => (extra.onValue ?? ((value: string) => onChange({ [field]: value })))(e.currentTarget.value)}
    />
  );
  const titleId = `author-${a.key}-title`;
  return (
    <Card withBorder padding="sm" role="group" aria-labelledby={titleId} data-testid={`author-${index}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="center">
          <Group gap="xs">
            <Text fw={600} id={titleId}>
              {title}
            </Text>
            {a.id !== null && (
              <Badge variant="light" color="indigo">
                из картотеки авторов
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            {a.id !== null && (
              <Button variant="subtle" size="compact-sm" onClick={() => onChange({ id: null })}>
                Не связывать с картотекой
              </Button>
            )}
            <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove} aria-label={`Удалить: ${title}`}>
              Удалить
            </Button>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Radio.Group label="Кто обратился" value={a.kind} onChange={(kind) => onChange({ kind: kind as AuthorValues['kind'] })} error={err('kind')}>
            <Group gap="md" mt={6}>
              <Radio value="person" label="Гражданин" />
              <Radio value="organisation" label="Организация (объединение)" />
            </Group>
          </Radio.Group>
          <Select<AuthorRole>
            id={fieldId(path('role'))}
            label="Роль"
            data={roleOptions}
            value={a.role}
            allowDeselect={false}
            onChange={(role) => role && onChange({ role })}
            error={err('role')}
          />
        </SimpleGrid>
        {a.kind === 'person' ? (
          <>
            <Text size="xs" c="dimmed">
              Фамилия, имя, отчество — в именительном падеже, как написано в обращении.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {text('surname', 'Фамилия')}
              {text('firstName', 'Имя')}
              {text('patronymic', 'Отчество (если есть)', {
                onValue: (patronymic) => {
                  const guessed = genderFromPatronymic(patronymic);
                  onChange({ patronymic, ...(a.gender === null && guessed ? { gender: guessed } : {}) });
                },
              })}
            </SimpleGrid>
            <Radio.Group label="Пол (для склонения имени в письмах)" value={a.gender ?? 'none'} onChange={(g) => onChange({ gender: g === 'none' ? null : (g as 'm' | 'f') })} error={err('gender')}>
              <Group gap="md" mt={6}>
                <Radio value="m" label="Мужской" />
                <Radio value="f" label="Женский" />
                <Radio value="none" label="Не указан" />
              </Group>
            </Radio.Group>
          </>
        ) : (
          text('organisationName', 'Наименование организации')
        )}
        {text('postalAddress', 'Почтовый адрес', { description: 'Для ответа на письменное обращение (59-ФЗ ст. 7 ч. 1)' })}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('email', 'Адрес электронной почты', { type: 'email' })}
          {text('phone', 'Телефон', { type: 'tel' })}
          {text('territory', 'Территория')}
        </SimpleGrid>
        {personal && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Autocomplete
              id={fieldId(path('socialStatus'))}
              label="Социальное положение"
              data={socialStatuses}
              value={a.socialStatus}
              onChange={(socialStatus) => onChange({ socialStatus })}
              error={err('socialStatus')}
              autoComplete="off"
            />
            <Autocomplete
              id={fieldId(path('benefitCategory'))}
              label="Льготная категория"
              data={benefitCategories}
              value={a.benefitCategory}
              onChange={(benefitCategory) => onChange({ benefitCategory })}
              error={err('benefitCategory')}
              autoComplete="off"
            />
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}
