import { Center, Loader } from '@mantine/core';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { useSession } from '../session/session';
import { LoginPage } from './login-page';
import { ChangePasswordPage } from './change-password-page';
import { Shell } from './shell';
import { HomePage } from './home-page';
import { SectionPlaceholder } from './section-placeholder';
import { AdminRoutes } from './admin/admin-routes';
import { NotFoundPage } from './not-found-page';
import { DeadlinesPage } from './deadlines/deadlines-page';
import { JournalPage } from './journal/journal-page';
import { JournalPrintPage } from './journal/journal-print-page';
import { RegistrationPage } from './registration/registration-page';
import { AppealPage } from './appeal/appeal-page';
import { ResolutionQueuePage } from './consideration/resolution-queue-page';
import { MyAssignmentsPage } from './consideration/my-assignments-page';
import { ExecutorsPage } from './consideration/executors-page';
import { PostalPage } from './postal/postal-page';
import { MassActionsPage } from './mass-actions/mass-actions-page';

/** /app: login, the forced password change, then the navigation shell with the role's sections. */
export function Workplace() {
  const { session, loading } = useSession();
  const location = useLocation();
  if (loading && !session) {
    return (
      <Center h="100vh">
        <Loader aria-label="Загрузка" />
      </Center>
    );
  }
  const user = session?.user;
  if (!user) {
    return (
      <Routes>
        <Route path="login" element={<LoginPage />} />
        {/* After the session ends (idle timeout) the user comes back to the page he was on. */}
        <Route path="*" element={<Navigate to="/app/login" replace state={{ from: `${location.pathname}${location.search}` }} />} />
      </Routes>
    );
  }
  if (user.mustChangePassword) return <ChangePasswordPage forced />;
  const has = (key: string) => user.sections.some((s) => s.key === key);
  // REG-10: the print version of the journal is a sheet of paper, without the shell around it.
  if (/^\/app\/journal\/print\/?$/.test(location.pathname) && has('journal')) return <JournalPrintPage />;
  return (
    <Shell user={user}>
      <Routes>
        <Route index element={<HomePage user={user} />} />
        <Route path="login" element={<Navigate to={returnPath(location.state)} replace />} />
        <Route path="password" element={<ChangePasswordPage />} />
        {(['control', 'reception', 'reports'] as const).map((key) => (
          <Route key={key} path={key} element={has(key) ? <SectionPlaceholder sectionKey={key} /> : <NotFoundPage forbidden />} />
        ))}
        <Route path="registration" element={has('registration') ? <RegistrationPage /> : <NotFoundPage forbidden />} />
        <Route path="journal" element={has('journal') ? <JournalPage /> : <NotFoundPage forbidden />} />
        <Route path="postal" element={has('postal') ? <PostalPage /> : <NotFoundPage forbidden />} />
        <Route path="mass-actions" element={has('mass-actions') ? <MassActionsPage /> : <NotFoundPage forbidden />} />
        <Route path="resolution" element={has('resolution') ? <ResolutionQueuePage /> : <NotFoundPage forbidden />} />
        <Route path="assignments" element={has('assignments') ? <MyAssignmentsPage /> : <NotFoundPage forbidden />} />
        <Route path="executors" element={has('executors') ? <ExecutorsPage /> : <NotFoundPage forbidden />} />
        {/* The case of one appeal: for whoever keeps the registry or the journal, administrators (annulment), and executors (their assignments; the server scopes). */}
        <Route path="appeals/:id" element={has('journal') || has('registration') || has('assignments') || user.roles.includes('administrator') ? <AppealPage /> : <NotFoundPage forbidden />} />
        <Route path="deadlines" element={has('deadlines') ? <DeadlinesPage /> : <NotFoundPage forbidden />} />
        <Route path="admin/*" element={has('admin') ? <AdminRoutes /> : <NotFoundPage forbidden />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Shell>
  );
}

/** Where a user goes after logging in: back to the page he was on when his session ended. */
function returnPath(state: unknown): string {
  const from = (state as { from?: string } | null)?.from;
  return from && from.startsWith('/app/') && !from.startsWith('/app/login') ? from : '/app';
}
