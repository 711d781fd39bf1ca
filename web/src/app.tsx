import type { JSX } from 'preact';
import { useEffect, useErrorBoundary, useRef, useState } from 'preact/hooks';
import { AppContext, type AppServices } from './context.ts';
import { Link, matchPath, navigate, useLocation } from './router.ts';
import {
  CallbackScreen,
  ConfirmScreen,
  ForgotPasswordScreen,
  ResetPasswordScreen,
  SignInScreen,
  SignUpScreen,
} from './screens/auth-screens.tsx';
import { BoardScreen } from './screens/board.tsx';
import { MembersScreen } from './screens/members.tsx';
import { MyTasksScreen } from './screens/my-tasks.tsx';
import { ProjectsScreen } from './screens/projects.tsx';
import { SearchScreen } from './screens/search.tsx';
import { TaskScreen } from './screens/task.tsx';

const PUBLIC_SCREENS: Record<string, (() => JSX.Element) | undefined> = {
  '/signin': SignInScreen,
  '/signup': SignUpScreen,
  '/confirm': ConfirmScreen,
  '/forgot': ForgotPasswordScreen,
  '/reset': ResetPasswordScreen,
  '/callback': CallbackScreen,
};

/** The Hosted UI has its own sign-up, confirmation and reset pages: here they all lead to it. */
const HOSTED_UI_FLOWS = new Set(['/signup', '/confirm', '/forgot', '/reset']);

/** A screen that throws while rendering is replaced by this, never by a blank page. */
function Guarded({ path, children }: { path: string; children: preact.ComponentChildren }) {
  const [error, reset] = useErrorBoundary();
  useEffect(() => reset(), [path]);
  if (!error) return <>{children}</>;
  return (
    <section role="alert">
      <h1 tabIndex={-1}>Something went wrong on this screen</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <button type="button" onClick={reset}>
        Try again
      </button>{' '}
      <Link href="/">Back to your projects</Link>
    </section>
  );
}

function Screen({ path }: { path: string }) {
  const project = matchPath('/projects/:projectId', path);
  if (project?.projectId) return <BoardScreen projectId={project.projectId} />;
  const members = matchPath('/projects/:projectId/members', path);
  if (members?.projectId) return <MembersScreen projectId={members.projectId} />;
  const task = matchPath('/projects/:projectId/tasks/:taskId', path);
  if (task?.projectId && task.taskId) return <TaskScreen projectId={task.projectId} taskId={task.taskId} />;
  if (path === '/my-tasks') return <MyTasksScreen />;
  if (path === '/search') return <SearchScreen />;
  if (path === '/' || path === '/projects') return <ProjectsScreen />;
  return (
    <section>
      <h1 tabIndex={-1}>Not found</h1>
      <p>
        Nothing lives at this address. <Link href="/">Back to your projects</Link>
      </p>
    </section>
  );
}

function Header({ services, path }: { services: AppServices; path: string }) {
  const me = services.session.me;
  const [query, setQuery] = useState('');
  const signOut = () =>
    void (services.auth.mode === 'local' ? services.auth.local.signOut() : services.auth.hosted.signOut());
  const current = (href: string) => (path === href ? 'page' : undefined);
  return (
    <header class="top">
      <nav aria-label="Main">
        <Link href="/" aria-current={current('/')}>
          Projects
        </Link>
        <Link href="/my-tasks" aria-current={current('/my-tasks')}>
          My tasks
        </Link>
      </nav>
      <search>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            navigate(`/search?q=${encodeURIComponent(query)}`);
          }}
        >
          <label for="global-search" class="visually-hidden">
            Search tasks
          </label>
          <input
            id="global-search"
            type="search"
            placeholder="Search tasks"
            value={query}
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          />
        </form>
      </search>
      <span class="who">{me?.email}</span>
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </header>
  );
}

/** Moves focus to the new screen's heading, so a screen reader hears where it landed. */
function useFocusOnNavigate(path: string, main: { current: HTMLElement | null }) {
  useEffect(() => {
    const heading = main.current?.querySelector<HTMLElement>('h1');
    heading?.focus({ preventScroll: false });
  }, [path, main]);
}

export function App({ services }: { services: AppServices }) {
  const { path, query } = useLocation();
  const [, setVersion] = useState(0);
  const main = useRef<HTMLElement>(null);
  useEffect(() => services.session.subscribe(() => setVersion((value) => value + 1)), [services.session]);
  const signedIn = services.session.me !== undefined;
  const PublicScreen =
    services.auth.mode === 'hosted' && HOSTED_UI_FLOWS.has(path) ? SignInScreen : PUBLIC_SCREENS[path];
  useEffect(() => {
    if (!signedIn && !PublicScreen) {
      const next = path === '/' ? '' : `?next=${encodeURIComponent(path + (query.size ? `?${query}` : ''))}`;
      navigate(`/signin${next}`, { replace: true });
    } else if (signedIn && PublicScreen && path !== '/callback') {
      navigate(query.get('next') ?? '/', { replace: true });
    }
  }, [signedIn, PublicScreen, path, query]);
  useFocusOnNavigate(path, main);
  return (
    <AppContext.Provider value={services}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      {signedIn ? <Header services={services} path={path} /> : null}
      <main id="main" ref={main}>
        <Guarded path={path}>
          {PublicScreen ? <PublicScreen /> : signedIn ? <Screen path={path} /> : null}
        </Guarded>
      </main>
    </AppContext.Provider>
  );
}
