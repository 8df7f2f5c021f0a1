import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../api/session';
import type { Role } from '../api/types';
import { NotFoundPage } from './NotFoundPage';

/** Pages for signed-in people send others to sign in, and bring them back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const signedIn = useSession((s) => s.session !== null);
  const location = useLocation();
  if (!signedIn) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <>{children}</>;
}

/** Only people of the role see the children (and load their code); everyone else gets the 404 page. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const user = useSession((s) => s.session?.user ?? null);
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  if (user.role !== role) return <NotFoundPage />;
  return <>{children}</>;
}
