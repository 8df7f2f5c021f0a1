import { useEffect, useState } from 'react';

interface PlatformServices { services: { name: string; available: boolean }[] }

let known: Promise<Set<string>> | null = null;

/** The services this platform runs (`GET /api/platform/services`), asked once per page load. */
function deployedServices(): Promise<Set<string>> {
  known ??= fetch('/api/platform/services', { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? (response.json() as Promise<PlatformServices>) : { services: [] }))
    .then((body) => new Set(body.services.map((s) => s.name)))
    .catch(() => {
      known = null;
      return new Set<string>();
    });
  return known;
}

/** Whether the platform runs `name` (false until known). */
export function useServiceDeployed(name: string): boolean {
  const [deployed, setDeployed] = useState(false);
  useEffect(() => {
    let live = true;
    void deployedServices().then((services) => {
      if (live) setDeployed(services.has(name));
    });
    return () => {
      live = false;
    };
  }, [name]);
  return deployed;
}
