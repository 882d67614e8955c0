/**
 * Outbox chaos benchmark: many randomized trials of crashes (at every point of an attempt),
 * lost answers, late arrivals and outages over the real outbox store and sender, on real
 * SQLite files (tests/fakes/outbox-chaos.ts). Prints the figures; asserts nothing.
 *
 *   npm run bench -- outbox-chaos            # 20,000 trials, seed 1
 *   node --import tsx tests/bench/outbox-chaos.bench.ts 100000 7   # trials, seed
 */
import { rmSync } from 'node:fs';
import { chaosDir, runOutboxChaos } from '../fakes/outbox-chaos';

const trials = Number(process.argv[2] ?? 20_000);
const seed = Number(process.argv[3] ?? 1);
const dir = chaosDir();
const started = performance.now();
try {
  const figures = await runOutboxChaos({ trials, seed, dir });
  const seconds = (performance.now() - started) / 1000;
  const line = (label: string, value: number | string) =>
    console.log(`${label.padEnd(28)} ${String(value).padStart(10)}`);
  line('trials', figures.trials);
  line('seed', seed);
  line('writes stored', figures.writes);
  line('  sent (confirmed)', figures.sent);
  line('  refused (ticket not found)', figures.refused);
  line('duplicates', figures.duplicates);
  line('lost', figures.lost);
  line('out of order', figures.outOfOrder);
  line('crashes', figures.crashes);
  line('lost answers', figures.lostAnswers);
  line('late arrivals', figures.lateArrivals);
  line('outages', figures.outages);
  line('send attempts', figures.attempts);
  line('time (s)', seconds.toFixed(1));
  line('trials per second', (figures.trials / seconds).toFixed(0));
  for (const problem of figures.problems) console.log(`problem: ${problem}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
