import os from 'node:os';
import path from 'node:path';

/** One line describing the machine a benchmark ran on, for the report. */
export function describeMachine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memory = (os.totalmem() / 1024 ** 3).toFixed(0);
  return `${cpus.length} × ${model}, ${memory} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/** Resident memory of a process in MiB, read from /proc (Linux). */
export async function residentMemoryMiB(pid: number): Promise<number | undefined> {
  try {
    const { readFile } = await import('node:fs/promises');
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Number.isFinite(kib) ? kib / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The live child processes of a process (every thread's), from /proc (Linux). */
async function childPids(pid: number): Promise<number[]> {
  const { readdir, readFile } = await import('node:fs/promises');
  const children: number[] = [];
  for (const task of await readdir(`/proc/${pid}/task`).catch(() => [] as string[])) {
    const list = await readFile(`/proc/${pid}/task/${task}/children`, 'utf8').catch(() => '');
    for (const child of list.trim().split(/\s+/)) if (child) children.push(Number(child));
  }
  return children;
}

/** `read` of a process plus the same of each live descendant; undefined when the process is gone. */
async function sumOverTree(
  pid: number,
  read: (pid: number) => Promise<number | undefined>,
): Promise<number | undefined> {
  const own = await read(pid);
  if (own === undefined) return undefined;
  let total = own;
  for (const child of await childPids(pid)) total += (await sumOverTree(child, read)) ?? 0;
  return total;
}

/**
 * CPU seconds a process and all its live descendants have used so far: the container's server
 * is a cluster primary whose workers do the serving, so its own CPU alone is only the dispatch.
 */
export function processTreeCpuSeconds(pid: number): Promise<number | undefined> {
  return sumOverTree(pid, processCpuSeconds);
}

/** Resident memory of a process and its live descendants in MiB (see {@link residentMemoryMiB}). */
export function processTreeMemoryMiB(pid: number): Promise<number | undefined> {
  return sumOverTree(pid, residentMemoryMiB);
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux; clock ticks of 1/100 s). */
export async function processCpuSeconds(pid: number): Promise<number | undefined> {
  try {
    const { readFile } = await import('node:fs/promises');
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** A process the bench measured and the Node it runs. */
export interface NodeProcess {
  pid: number;
  /** `process.version` of its executable, e.g. v24.1.0. */
  version: string;
}

const nodeVersionOfExecutable = new Map<string, string>();

/**
 * The Node version of a process and of each live descendant that is a Node process (a cluster's
 * workers), from the executable /proc/<pid>/exe points at (Linux). Others (Java) are left out.
 */
export async function processTreeNodeVersions(pid: number): Promise<NodeProcess[]> {
  const { readlink } = await import('node:fs/promises');
  const { execFileSync } = await import('node:child_process');
  const found: NodeProcess[] = [];
  const visit = async (id: number): Promise<void> => {
    const executable = await readlink(`/proc/${id}/exe`).catch(() => undefined);
    if (executable && /^node(js)?$/.test(path.basename(executable))) {
      let version = nodeVersionOfExecutable.get(executable);
      if (version === undefined) {
        version = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
        nodeVersionOfExecutable.set(executable, version);
      }
      found.push({ pid: id, version });
    }
    for (const child of await childPids(id)) await visit(child);
  };
  await visit(pid);
  return found;
}
