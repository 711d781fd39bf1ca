// Preloaded into the bench's API server (`node --import`): SIGUSR2 starts the V8 CPU profiler,
// the next SIGUSR2 writes the profile to $BENCH_CPU_PROFILE, so start-up and warm-up stay out of it.
import { renameSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const target = process.env.BENCH_CPU_PROFILE;
if (target) {
  const session = new Session();
  session.connect();
  let profiling = false;
  process.on('SIGUSR2', () => {
    if (!profiling) {
      profiling = true;
      session.post('Profiler.enable', () => session.post('Profiler.start'));
      return;
    }
    profiling = false;
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      // Renamed into place whole: the bench polls for the file.
      writeFileSync(`${target}.part`, JSON.stringify(result.profile));
      renameSync(`${target}.part`, target);
    });
  });
}
