import { Alert, Anchor, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { requiredContentWarnings } from '../../../domain/appeal/required-content';
import { isBlankAuthor, type AppealFormValues } from './form-model';
import { fieldLabel, focusField } from './field-labels';

/** LAW art. 7 (INT-9) checked as the registrar types: shown, never blocking — the appeal is registered with them. */
export function contentWarnings(v: AppealFormValues) {
  const warnings = requiredContentWarnings({
    form: v.form ?? 'written',
    channel: v.channel ?? '',
    receivedDate: v.receivedDate ?? '',
    addressee: v.addressee,
    authors: v.authors.filter((a) => !isBlankAuthor(a)).map((a) => ({ kind: a.kind, surname: a.surname, firstName: a.firstName, postalAddress: a.postalAddress, email: a.email, role: a.role })),
    collective: v.collective,
    authorityDocument: v.authorityDocument,
    annotation: v.annotation,
  });
  if (v.multiplicity !== 'primary' && v.previous === null) warnings.push({ code: 'no-previous', message: 'Обращение отмечено как повторное, но предыдущее обращение не указано (REG-5).' });
  return warnings;
}

export function ContentWarnings({ values }: { values: AppealFormValues }) {
  const warnings = contentWarnings(values);
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" title="Проверьте содержание обращения (59-ФЗ ст. 7)" data-testid="content-warnings">
      <List size="sm" spacing={2}>
        {warnings.map((w) => (
          <List.Item key={w.code}>{w.message}</List.Item>
        ))}
      </List>
      <Text size="xs" mt={6}>
        Регистрация не запрещается: обращение будет зарегистрировано с этими отметками.
      </Text>
    </Alert>
  );
}

export type Conflict = { number: string; id: number | null };

/**
 * What the server refused: its message, every field message with a link that takes the keyboard
 * to the field, and for REG-6 («уже зарегистрировано: № …») a link to that appeal.
 */
export function ErrorSummary({ message, fields, conflict, title }: { message: string; fields: Record<string, string>; conflict: Conflict | null; title: string }) {
  const entries = Object.entries(fields);
  return (
    <Alert color="red" title={title} role="alert" data-testid="error-summary">
      <Text size="sm">{message}</Text>
      {conflict && conflict.id !== null && (
        <Anchor component={Link} to={`/app/appeals/${conflict.id}`} target="_blank" size="sm" fw={600} c="inherit">
          Открыть обращение № {conflict.number}
        </Anchor>
      )}
      {entries.length > 0 && (
        <List size="sm" spacing={2} mt={6}>
          {entries.map(([path, text]) => (
            <List.Item key={path}>
              <Anchor
                href={`#${path}`}
                size="sm"
                c="inherit"
                fw={600}
                onClick={(e) => {
                  e.preventDefault();
                  focusField(path);
                }}
              >
                {fieldLabel(path)}
              </Anchor>
              : {text}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
