import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import net from 'node:net';

/**
 * Children this process started. Each is ended by its PID — never by name — on
 * `stop()`, and as a last resort when this process exits (DynamoDB Local's Java
 * process would otherwise outlive us).
 */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

export interface ManagedProcess {
  name: string;
  pid: number;
  /** The last lines the child printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

export function spawnManaged(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions = {},
): ManagedProcess {
  installExitHook();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  running.add(child);
  const tail: string[] = [];
  const remember = (chunk: Buffer) => {
    tail.push(chunk.toString());
    if (tail.length > 40) tail.shift();
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => running.delete(child));
  const pid = child.pid;
  return {
    name,
    pid,
    output: () => tail.join(''),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killPid(pid, 'SIGTERM');
      const killed = await Promise.race([exited.then(() => true), delay(3000).then(() => false)]);
      if (!killed) {
        killPid(pid, 'SIGKILL');
        await exited;
      }
    },
  };
}

function killPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of running) if (child.pid !== undefined) killPid(child.pid, 'SIGKILL');
  });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** True when something already accepts connections on the port. */
export function portInUse(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Polls `probe` until it resolves true, or fails with the child's last output. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  child: ManagedProcess,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await delay(50);
  }
  throw new Error(`${what} did not become ready within ${timeoutMs} ms. Its output:\n${child.output()}`);
}
