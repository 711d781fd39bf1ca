// Preloaded into the bench's API server (`node --import`): SIGUSR2 starts the V8 CPU profiler,
// the next SIGUSR2 writes the profile to $BENCH_CPU_PROFILE, so start-up and warm-up stay out of it.
// In a cluster the primary only hands connections over, so it passes the signal on to its
// workers (the preload is in their execArgv too) and the serving process is the one profiled;
// the bench runs one worker, so one profile covers every request.
import cluster from 'node:cluster';
import { renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const target = process.env.BENCH_CPU_PROFILE;
if (target) {
  let session;
  let profiling = false;
  process.on('SIGUSR2', () => {
    const workers = cluster.isPrimary ? Object.values(cluster.workers ?? {}) : [];
    if (workers.length > 0) {
      for (const worker of workers) worker?.process.kill('SIGUSR2');
      return;
    }
    if (!profiling) {
      profiling = true;
      session ??= new Session();
      session.connect();
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    profiling = false;
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      // Renamed into place whole: the bench polls for the file.
      writeFileSync(`${target}.part`, JSON.stringify(result.profile));
      renameSync(`${target}.part`, target);
      session.disconnect();
    });
  });
}
