import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { ModalsProvider } from '@mantine/modals';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/ru';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './global.css';
import { cssVariablesResolver, theme } from './theme';
import { SessionProvider } from './session/session';
import { PortalPage } from './portal/portal-page';
import { PublishedAnswerPage, PublishedAnswersPage } from './portal/published-answers-page';
import { Workplace } from './workplace/workplace';

const root = document.getElementById('root');
if (!root) throw new Error('no #root');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: 'ru', firstDayOfWeek: 1 }}>
        <ModalsProvider labels={{ confirm: 'Подтвердить', cancel: 'Отмена' }}>
          <Notifications position="top-right" />
          <BrowserRouter>
            <Routes>
              <Route path="/app/*" element={<SessionProvider><Workplace /></SessionProvider>} />
              <Route path="/answers" element={<PublishedAnswersPage />} />
              <Route path="/answers/:id" element={<PublishedAnswerPage />} />
              <Route path="*" element={<PortalPage />} />
            </Routes>
          </BrowserRouter>
        </ModalsProvider>
      </DatesProvider>
    </MantineProvider>
  </StrictMode>,
);
