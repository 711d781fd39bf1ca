import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '#test/support/eventually';
import { DEMO_PASSWORD } from '../../../scripts/local/demo-users.ts';
import { freePort } from '../../../scripts/local/processes.ts';
import { launchChromium } from '../../e2e/support/browser.ts';

/**
 * `npm start` as a user runs it: the real script, real stand-ins, real ports.
 * Linux-only checks read /proc to find every descendant by PID.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'tasklane-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startScript(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(started: Started, text: string, timeoutMs = 240_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (Date.now() > deadline || started.child.exitCode !== null) {
      throw new Error(`never printed "${text}". Output:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const walk = (id: number) => {
    for (const child of children.get(id) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return String(pid);
  }
}

async function settle<T>(read: () => T[], withinMs: number): Promise<T[]> {
  const deadline = Date.now() + withinMs;
  let current = read();
  while (current.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    current = read();
  }
  return current;
}

async function ports() {
  return {
    PORT: String(await freePort()),
    DYNAMODB_PORT: String(await freePort()),
    COGNITO_PORT: String(await freePort()),
    S3_PORT: String(await freePort()),
    WEB_PORT: String(await freePort()),
    TASKLANE_DATA_DIR: dataDir,
    LOG_LEVEL: 'WARN',
  };
}

describe('npm start', () => {
  it('starts the whole stack, prints the banner, serves, and ends every child on SIGTERM', async () => {
    const env = await ports();
    const first = startScript(env);
    try {
      await waitFor(first, 'Tasklane is ready');
      expect(first.output()).toContain('first start');
      expect(first.output()).toMatch(/Demo project {2}"Launch plan" \([0-9A-Z]{26}\), seeded now/);
      expect(first.output()).toContain(`http://localhost:${env.PORT}/docs`);
      expect(first.output()).toContain('alice@example.com');
      expect((await fetch(`http://localhost:${env.PORT}/health`)).status).toBe(200);
      // The web app: its URL in the banner, its config naming this API, any path answered by index.html.
      const appUrl = `http://localhost:${env.WEB_PORT}`;
      expect(first.output()).toContain(`App        ${appUrl}`);
      const page = await fetch(`${appUrl}/projects/some-project`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain(
        `connect-src 'self' http://localhost:${env.PORT}`,
      );
      const html = await page.text();
      expect(html).toContain('<div id="app">');
      const script = html.match(/<script type="module"[^>]*src="([^"]+)"/)?.[1] ?? '';
      expect((await fetch(`${appUrl}${script}`)).headers.get('content-type')).toMatch(/javascript/);
      expect(await (await fetch(`${appUrl}/config.json`)).json()).toEqual({
        apiUrl: `http://localhost:${env.PORT}`,
        auth: { mode: 'local' },
      });
      // The API lets the app's origin call it.
      const preflight = await fetch(`http://localhost:${env.PORT}/v1/auth/login`, {
        method: 'OPTIONS',
        headers: { origin: appUrl, 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe(appUrl);
      // A demo user signs in at once, in a real browser, and finds the seeded project.
      const chromium = await launchChromium();
      try {
        const browserPage = await chromium.browser.newPage();
        await browserPage.goto(appUrl);
        await browserPage.getByLabel('E-mail').fill('alice@example.com');
        await browserPage.getByLabel('Password').fill(DEMO_PASSWORD);
        await browserPage.getByRole('button', { name: 'Sign in' }).click();
        await browserPage.getByRole('link', { name: 'Launch plan' }).waitFor({ timeout: 60_000 });
      } finally {
        await chromium.close();
      }
      expect((await fetch(`http://localhost:${env.PORT}/ready`)).status).toBe(200);
      // `npm run -s token -- alice` finds this stack through .data/local-env.json.
      const envFile = path.join(dataDir, 'local-env.json');
      expect(JSON.parse(readFileSync(envFile, 'utf8'))).not.toHaveProperty('secretAccessKey');
      const token = await new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          ['--import', 'tsx', 'scripts/token.ts', 'alice'],
          { env: { ...process.env, TASKLANE_DATA_DIR: dataDir } },
          (error, stdout) => (error ? reject(error) : resolve(stdout.trim())),
        ),
      );
      const me = await fetch(`http://localhost:${env.PORT}/v1/me`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ email: 'alice@example.com', groups: [] });
      // The stream worker indexed the seeded tasks: searching "launch" finds the demo project's task.
      await eventually(async () => {
        const search = await fetch(`http://localhost:${env.PORT}/v1/search?q=launch`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const body = (await search.json()) as {
          items: Array<{ task: { title: string }; project: { name: string } }>;
        };
        expect(body.items).toContainEqual(
          expect.objectContaining({
            task: expect.objectContaining({ title: 'Write the launch post' }),
            project: expect.objectContaining({ name: 'Launch plan' }),
          }),
        );
      });
      const children = descendants(first.child.pid ?? 0);
      expect(children.length).toBeGreaterThanOrEqual(3);
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(existsSync(path.join(dataDir, 'local-env.json'))).toBe(false);
      // tsx's own esbuild helper leaves when its pipe closes, a moment after the parent.
      const survivors = await settle(() => children.filter(alive).map(commandLine), 2000);
      expect(survivors).toEqual([]);
    } finally {
      first.child.kill('SIGKILL');
    }

    const second = startScript(await ports());
    try {
      await waitFor(second, 'Tasklane is ready');
      expect(second.output()).toContain('reused .data/');
      expect(second.output()).toMatch(/Demo project {2}"Launch plan" \([0-9A-Z]{26}\):/);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });

  it('says what to install, and exits non-zero, when Java is missing', async () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'tasklane-nojava-'));
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const started = startScript({ ...(await ports()), PATH: bin });
    const code = await started.exited;
    rmSync(bin, { recursive: true, force: true });
    expect(code).not.toBe(0);
    expect(started.output()).toMatch(/DynamoDB Local needs Java 17 or newer/);
    expect(started.output()).not.toMatch(/\n\s+at /);
  });

  it('names the port and the variable to change when a port is taken', async () => {
    const env = await ports();
    const blocker = (await import('node:net')).createServer().listen(Number(env.DYNAMODB_PORT), '127.0.0.1');
    try {
      const started = startScript(env);
      expect(await started.exited).toBe(1);
      expect(started.output()).toContain(`Port ${env.DYNAMODB_PORT} (dynamodb) is already in use`);
      expect(started.output()).toContain('DYNAMODB_PORT=');
    } finally {
      blocker.close();
    }
  });
});
