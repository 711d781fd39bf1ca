import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from './api.ts';
import type { HostedAuth } from './auth/hosted-auth.ts';
import type { LocalAuth } from './auth/local-auth.ts';
import type { Session } from './auth/session.ts';

export type Auth = { mode: 'local'; local: LocalAuth } | { mode: 'hosted'; hosted: HostedAuth };

export interface AppServices {
  api: Api;
  session: Session;
  auth: Auth;
}

export const AppContext = createContext<AppServices | undefined>(undefined);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside the app');
  return services;
}
