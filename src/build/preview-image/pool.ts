/**
 * Rendering many preview cards to files in child processes. At a thousand professions the cards
 * cost more CPU than every page together (about 50 ms each: satori's layout is JavaScript, sharp's
 * rasterising native). In child processes at a lower priority they use what Astro's mostly
 * single-threaded build leaves of the machine, instead of running inside its page loop. Processes,
 * not worker threads: workers share the main thread's libuv pool, where sharp's jobs made Astro's
 * file reads wait (its content sync took twice as long).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism, setPriority } from 'node:os';
import { CARD_SIZE, type CardNode } from '../../core/preview-card';

/** One card to render, and the file to write it to. */
export interface CardJob {
  card: CardNode;
  file: string;
}

/** Cards in flight per process: one being laid out while another is rasterised. */
const IN_FLIGHT = 2;

/** Nice value of the renderers: Astro's own work goes first, the cards take the rest. */
const LOWER_PRIORITY = 10;

/** Returns how many processes to use: one per core. */
function defaultProcesses(): number {
  return Math.max(1, availableParallelism());
}

/** Sends jobs to one child until none are left; rejects on the first failure, naming its file. */
function drain(child: ChildProcess, jobs: readonly CardJob[], take: () => number | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    let running = 0;
    const send = () => {
      for (let id = running < IN_FLIGHT ? take() : undefined; id !== undefined; id = running < IN_FLIGHT ? take() : undefined) {
        running++;
        child.send({ id, card: jobs[id]!.card, size: CARD_SIZE, file: jobs[id]!.file });
      }
      if (running === 0) resolve();
    };
    child.on('message', (reply: { id: number; error?: string }) => {
      if (reply.error) return reject(new Error(`preview image ${jobs[reply.id]!.file}: ${reply.error}`));
      running--;
      send();
    });
    child.on('error', reject);
    child.on('exit', (code) => running > 0 && reject(new Error(`preview-image renderer exited with code ${code}`)));
    send();
  });
}

/** Renders every job to its file; rejects with the first failure. */
export async function renderCardFiles(jobs: readonly CardJob[], processes = defaultProcesses()): Promise<void> {
  if (jobs.length === 0) return;
  const children = Array.from({ length: Math.min(processes, Math.ceil(jobs.length / IN_FLIGHT)) }, () =>
    fork(new URL('./worker.mjs', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  for (const child of children) {
    try {
      if (child.pid) setPriority(child.pid, LOWER_PRIORITY);
    } catch {
      // Not permitted here: the cards then share the machine evenly, which is slower but correct.
    }
  }
  let next = 0;
  const take = () => (next < jobs.length ? next++ : undefined);
  try {
    await Promise.all(children.map((child) => drain(child, jobs, take)));
  } finally {
    for (const child of children) child.kill();
  }
}
