import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../context.ts';
import { Link, navigate, useLocation } from '../router.ts';
import { TextField } from '../ui/field.tsx';
import { ProblemNotice } from '../ui/problem-notice.tsx';
import { useAction } from '../ui/use-load.ts';

function AuthCard({ title, children }: { title: string; children: preact.ComponentChildren }) {
  return (
    <section class="auth-card" aria-labelledby="auth-title">
      <h1 id="auth-title" tabIndex={-1}>
        {title}
      </h1>
      {children}
    </section>
  );
}

function useLocalAuth() {
  const { auth } = useApp();
  if (auth.mode !== 'local') throw new Error('this screen is for the local sign-in');
  return auth.local;
}

export function SignInScreen() {
  const { auth } = useApp();
  const { query } = useLocation();
  const action = useAction();
  const [email, setEmail] = useState(query.get('email') ?? '');
  const [password, setPassword] = useState('');
  if (auth.mode === 'hosted') {
    return (
      <AuthCard title="Sign in to Tasklane">
        <ProblemNotice problem={action.problem} />
        <button type="button" class="primary" onClick={() => void action.run(() => auth.hosted.signIn())}>
          Continue to sign in
        </button>
      </AuthCard>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(() => auth.local.signIn(email, password));
    if (ok) navigate(query.get('next') ?? '/', { replace: true });
  };
  return (
    <AuthCard title="Sign in to Tasklane">
      {query.get('notice') ? (
        <p class="notice" role="status">
          {query.get('notice')}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        <ProblemNotice problem={action.problem} />
        <TextField
          label="E-mail"
          error={action.fields.email}
          type="email"
          autocomplete="username"
          required
          value={email}
          onValue={setEmail}
        />
        <TextField
          label="Password"
          error={action.fields.password}
          type="password"
          autocomplete="current-password"
          required
          value={password}
          onValue={setPassword}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          Sign in
        </button>
      </form>
      <p>
        <Link href="/forgot">Forgot your password?</Link> · <Link href="/signup">Create an account</Link>
      </p>
    </AuthCard>
  );
}

export function SignUpScreen() {
  const local = useLocalAuth();
  const action = useAction();
  const [form, setForm] = useState({ name: '', email: '', password: '' });
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(() => local.signUp(form.email, form.password, form.name || undefined));
    if (ok) navigate(`/confirm?email=${encodeURIComponent(form.email)}`);
  };
  return (
    <AuthCard title="Create your account">
      <form onSubmit={submit} noValidate>
        <ProblemNotice problem={action.problem} />
        <TextField
          label="Name (optional)"
          error={action.fields.name}
          autocomplete="name"
          value={form.name}
          onValue={(value) => setForm({ ...form, name: value })}
        />
        <TextField
          label="E-mail"
          error={action.fields.email}
          type="email"
          autocomplete="email"
          value={form.email}
          onValue={(value) => setForm({ ...form, email: value })}
        />
        <TextField
          label="Password"
          error={action.fields.password}
          hint="At least 8 characters."
          type="password"
          autocomplete="new-password"
          value={form.password}
          onValue={(value) => setForm({ ...form, password: value })}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          Sign up
        </button>
      </form>
      <p>
        Already have an account? <Link href="/signin">Sign in</Link>
      </p>
    </AuthCard>
  );
}

export function ConfirmScreen() {
  const local = useLocalAuth();
  const { query } = useLocation();
  const action = useAction();
  const resend = useAction();
  const [email, setEmail] = useState(query.get('email') ?? '');
  const [code, setCode] = useState('');
  const [resent, setResent] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(() => local.confirm(email, code));
    if (ok)
      navigate(
        `/signin?email=${encodeURIComponent(email)}&notice=${encodeURIComponent('Account confirmed: sign in.')}`,
      );
  };
  return (
    <AuthCard title="Confirm your e-mail">
      <p>We sent a code to your e-mail address.</p>
      <form onSubmit={submit} noValidate>
        <ProblemNotice problem={action.problem ?? resend.problem} />
        <TextField
          label="E-mail"
          error={action.fields.email}
          type="email"
          autocomplete="email"
          value={email}
          onValue={setEmail}
        />
        <TextField
          label="Code"
          error={action.fields.code}
          inputMode="numeric"
          autocomplete="one-time-code"
          value={code}
          onValue={setCode}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          Confirm
        </button>{' '}
        <button
          type="button"
          onClick={() => void resend.run(() => local.resendCode(email)).then((ok) => setResent(ok))}
        >
          Send the code again
        </button>
        {resent ? <p role="status">A new code is on its way.</p> : null}
      </form>
    </AuthCard>
  );
}

export function ForgotPasswordScreen() {
  const local = useLocalAuth();
  const action = useAction();
  const [email, setEmail] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(() => local.forgotPassword(email));
    if (ok) navigate(`/reset?email=${encodeURIComponent(email)}`);
  };
  return (
    <AuthCard title="Reset your password">
      <form onSubmit={submit} noValidate>
        <ProblemNotice problem={action.problem} />
        <TextField
          label="E-mail"
          error={action.fields.email}
          type="email"
          autocomplete="email"
          value={email}
          onValue={setEmail}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          Send me a code
        </button>
      </form>
      <p>
        <Link href="/signin">Back to sign in</Link>
      </p>
    </AuthCard>
  );
}

export function ResetPasswordScreen() {
  const local = useLocalAuth();
  const { query } = useLocation();
  const action = useAction();
  const [form, setForm] = useState({ email: query.get('email') ?? '', code: '', newPassword: '' });
  const submit = async (event: Event) => {
    event.preventDefault();
    const ok = await action.run(() => local.resetPassword(form.email, form.code, form.newPassword));
    if (ok) {
      navigate(
        `/signin?email=${encodeURIComponent(form.email)}&notice=${encodeURIComponent('Password changed: sign in with the new one.')}`,
      );
    }
  };
  return (
    <AuthCard title="Choose a new password">
      <p>If the address has an account, a code is on its way to it.</p>
      <form onSubmit={submit} noValidate>
        <ProblemNotice problem={action.problem} />
        <TextField
          label="E-mail"
          error={action.fields.email}
          type="email"
          autocomplete="email"
          value={form.email}
          onValue={(value) => setForm({ ...form, email: value })}
        />
        <TextField
          label="Code"
          error={action.fields.code}
          autocomplete="one-time-code"
          value={form.code}
          onValue={(value) => setForm({ ...form, code: value })}
        />
        <TextField
          label="New password"
          error={action.fields.newPassword}
          type="password"
          autocomplete="new-password"
          value={form.newPassword}
          onValue={(value) => setForm({ ...form, newPassword: value })}
        />
        <button type="submit" class="primary" disabled={action.busy}>
          Change password
        </button>
      </form>
    </AuthCard>
  );
}

/** The Hosted UI comes back here with ?code=…&state=…; PKCE finishes the exchange. */
export function CallbackScreen() {
  const { auth } = useApp();
  const action = useAction();
  useEffect(() => {
    if (auth.mode !== 'hosted') {
      navigate('/', { replace: true });
      return;
    }
    void action.run(() => auth.hosted.completeSignIn()).then((ok) => ok && navigate('/', { replace: true }));
  }, [auth, action.run]);
  return (
    <AuthCard title="Signing you in…">
      <ProblemNotice problem={action.problem} />
      {action.problem ? <Link href="/signin">Try again</Link> : <p role="status">One moment.</p>}
    </AuthCard>
  );
}
