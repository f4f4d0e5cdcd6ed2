import { Stack, Tabs, Title } from '@mantine/core';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { UsersPage } from './users-page';
import { UnitsPage } from './units-page';
import { PositionsPage } from './positions-page';
import { OfficialsPage } from './officials-page';
import { OrganisationPage } from './organisation-page';
import { SubstitutionsPage } from './substitutions-page';
import { EventsPage } from './events-page';
import { CalendarPage } from './calendar-page';
import { ExternalBodiesPage } from './external-bodies-page';
import { TemplatesPage } from './templates-page';
import { CompetenceMapPage } from './competence-map-page';

const tabs = [
  { path: 'users', label: 'Пользователи', element: <UsersPage /> },
  { path: 'units', label: 'Подразделения', element: <UnitsPage /> },
  { path: 'positions', label: 'Должности', element: <PositionsPage /> },
  { path: 'officials', label: 'Должностные лица', element: <OfficialsPage /> },
  { path: 'substitutions', label: 'Замещения', element: <SubstitutionsPage /> },
  { path: 'organisation', label: 'Организация', element: <OrganisationPage /> },
  { path: 'calendar', label: 'Производственный календарь', element: <CalendarPage /> },
  { path: 'competence-map', label: 'Распределение вопросов по компетенции', element: <CompetenceMapPage /> },
  { path: 'external-bodies', label: 'Органы и организации', element: <ExternalBodiesPage /> },
  { path: 'templates', label: 'Шаблоны документов', element: <TemplatesPage /> },
  { path: 'events', label: 'Журнал событий', element: <EventsPage /> },
];

/** ADM-1: administration of users, structure, substitutes and the organisation's details. */
export function AdminRoutes() {
  const location = useLocation();
  const navigate = useNavigate();
  const current = tabs.find((t) => location.pathname.startsWith(`/app/admin/${t.path}`))?.path ?? 'users';
  return (
    <Stack>
      <Title order={1} size="h2">
        Администрирование
      </Title>
      <Tabs value={current} onChange={(v) => v && navigate(`/app/admin/${v}`)} keepMounted={false}>
        <Tabs.List aria-label="Разделы администрирования">
          {tabs.map((t) => (
            <Tabs.Tab key={t.path} value={t.path}>
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<Navigate to="users" replace />} />
        {tabs.map((t) => (
          <Route key={t.path} path={t.path} element={t.element} />
        ))}
      </Routes>
    </Stack>
  );
}
