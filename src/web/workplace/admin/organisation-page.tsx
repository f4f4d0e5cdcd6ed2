import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { api } from '../../api/client';
import { useQuery } from '../../api/use-query';
import { LoadState } from '../../components/load-state';
import { showSuccess } from '../../components/form-errors';
import { useSession } from '../../session/session';
import type { Organisation } from './types';
import { useForm } from './use-form';
import { HoursList, PhonesList } from './organisation-lists';
import { timeZoneOptions } from './time-zones';

/** ADM-1: the organisation's details shown on the portal and in letters. */
export function OrganisationPage() {
  const org = useQuery<Organisation>('/api/admin/organisation');
  return <LoadState query={org}>{(data) => <OrganisationForm organisation={data} />}</LoadState>;
}

function toValues(o: Organisation) {
  return {
    fullName: o.fullName,
    shortName: o.shortName,
    headTitle: o.headTitle,
    postalAddress: o.postalAddress,
    phones: o.phones.map((p) => ({ label: p.label, number: p.number })),
    email: o.email,
    site: o.site,
    timeZone: o.timeZone,
    workingHours: o.workingHours.map((w) => ({ days: w.days, hours: w.hours, break: w.break ?? '' })),
    receptionHours: o.receptionHours ?? '',
  };
}

function OrganisationForm({ organisation }: { organisation: Organisation }) {
  const form = useForm(toValues(organisation));
  const { values, set, error } = form;
  const { refresh } = useSession();

  const submit = form.submit(async (v) => {
    const body = {
      ...v,
      workingHours: v.workingHours.map((w) => ({ days: w.days, hours: w.hours, ...(w.break.trim() ? { break: w.break } : {}) })),
      receptionHours: v.receptionHours.trim() ? v.receptionHours : null,
    };
    const saved = await api<Organisation>('PUT', '/api/admin/organisation', body);
    form.setValues(toValues(saved));
    showSuccess('Реквизиты организации сохранены.');
    // The header shows the short name; the session also carries the time zone.
    void refresh();
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Реквизиты организации">
      <Stack maw={960}>
        <Alert color="gray" title="Профиль организации">
          <Text size="sm">
            {organisation.profileTitle} ({organisation.profileCode})
          </Text>
          <Text size="xs" c="dimmed">
            Профиль определяет порядок работы с обращениями; на этой странице он не изменяется.
          </Text>
        </Alert>
        <TextInput label="Полное наименование" required value={values.fullName} error={error('fullName')} onChange={(e) => set('fullName', e.currentTarget.value)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Краткое наименование" required value={values.shortName} error={error('shortName')} onChange={(e) => set('shortName', e.currentTarget.value)} />
          <TextInput label="Должность руководителя" required placeholder="Глава города" value={values.headTitle} error={error('headTitle')} onChange={(e) => set('headTitle', e.currentTarget.value)} />
        </SimpleGrid>
        <Textarea label="Почтовый адрес" required autosize minRows={2} value={values.postalAddress} error={error('postalAddress')} onChange={(e) => set('postalAddress', e.currentTarget.value)} />
        <PhonesList
          rows={values.phones}
          error={error}
          onChange={(rows) => set('phones', rows)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label="Электронная почта" type="email" value={values.email} error={error('email')} onChange={(e) => set('email', e.currentTarget.value)} />
          <TextInput label="Официальный сайт" placeholder="https://" value={values.site} error={error('site')} onChange={(e) => set('site', e.currentTarget.value)} />
        </SimpleGrid>
        <Select
          label="Часовой пояс"
          description="Сроки рассмотрения обращений исчисляются по местному времени организации"
          required
          searchable
          allowDeselect={false}
          nothingFoundMessage="Часовой пояс не найден"
          data={timeZoneOptions(values.timeZone)}
          value={values.timeZone}
          error={error('timeZone')}
          onChange={(v) => v && set('timeZone', v)}
        />
        <HoursList rows={values.workingHours} error={error} onChange={(rows) => set('workingHours', rows)} />
        <Textarea
          label="Часы личного приёма граждан"
          description="Например: вторник и четверг с 14:00 до 17:00"
          autosize
          minRows={2}
          value={values.receptionHours}
          error={error('receptionHours')}
          onChange={(e) => set('receptionHours', e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={form.busy}>
            Сохранить реквизиты
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
