import { useEffect, useState } from 'react';
import { api } from './client';

/** Asked once per page load: the services this platform runs (GET /api/platform/services). */
let running: Promise<ReadonlySet<string>> | null = null;

export function platformServices(signal?: AbortSignal): Promise<ReadonlySet<string>> {
  running ??= api
    .get<{ services: { name: string }[] }>('/api/platform/services', undefined, signal)
    .then((answer) => new Set(answer.services.map((service) => service.name)) as ReadonlySet<string>)
    .catch(() => {
      running = null; // ask again next time: the gateway may just have been restarting
      return new Set<string>();
    });
  return running;
}

/** The services the platform runs; empty until the gateway has answered, so optional areas appear, never vanish. */
export function usePlatformServices(): ReadonlySet<string> {
  const [services, setServices] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    void platformServices().then((answer) => live && setServices(answer));
    return () => {
      live = false;
    };
  }, []);
  return services;
}
