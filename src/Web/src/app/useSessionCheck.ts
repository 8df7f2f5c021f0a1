import { useEffect } from 'react';
import { authApi } from '../api/endpoints';
import { useSession } from '../api/session';

/**
 * On start, and whenever another tab signs in, asks the auth service who we are: the role may have changed, the
 * account may be deactivated (the API client then ends the session), and the tokens are refreshed if they ran out.
 */
export function useSessionCheck(): void {
  const userId = useSession((s) => s.session?.user.id ?? null);
  useEffect(() => {
    if (userId === null) return;
    const controller = new AbortController();
    authApi.me(controller.signal).then(
      (user) => useSession.getState().setUser(user),
      () => undefined, // network trouble keeps the session; a refused token already ended it
    );
    return () => controller.abort();
  }, [userId]);
}
