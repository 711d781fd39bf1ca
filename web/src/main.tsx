import { render } from 'preact';
import { createApi } from './api.ts';
import { App } from './app.tsx';
import { createLocalAuth } from './auth/local-auth.ts';
import { Session } from './auth/session.ts';
import { loadSettings } from './config.ts';
import type { Auth } from './context.ts';
import './styles.css';

async function start(root: HTMLElement): Promise<void> {
  const settings = await loadSettings();
  const session = new Session();
  const api = createApi(settings, () => session.accessToken);
  let auth: Auth;
  if (settings.auth.mode === 'hosted') {
    const { createHostedAuth } = await import('./auth/hosted-auth.ts');
    auth = { mode: 'hosted', hosted: await createHostedAuth(api, session, settings.auth) };
  } else {
    auth = { mode: 'local', local: createLocalAuth(api, session) };
  }
  // A call answered 401 (token revoked or expired while asleep) ends the session: back to sign-in.
  api.use({
    onResponse({ response, request }) {
      if (response.status === 401 && !new URL(request.url).pathname.startsWith('/v1/auth/')) session.clear();
      return response;
    },
  });
  root.textContent = '';
  render(<App services={{ api, session, auth }} />, root);
}

const root = document.getElementById('app');
if (root) {
  start(root).catch((error: unknown) => {
    // Never a blank screen: say what failed.
    root.innerHTML = '';
    const heading = document.createElement('h1');
    heading.textContent = 'Tasklane could not start';
    const detail = document.createElement('p');
    detail.setAttribute('role', 'alert');
    detail.textContent = error instanceof Error ? error.message : String(error);
    root.append(heading, detail);
  });
}
