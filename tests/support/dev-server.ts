/**
 * `astro dev` on a content set of its own, for tests: a free port, Astro's cache in a temporary
 * folder (through a config that extends the site's), everything it prints kept, and the whole process
 * group ended on close, whatever happened.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './paths';

/** A running dev server. */
export interface DevServer {
  url: string;
  /** Everything the server printed so far (stdout and stderr, colours removed). */
  output: () => string;
  /** Ends the server and every process it started, and removes its temporary folder. */
  close: () => Promise<void>;
}

/** Returns a port no one listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The environment without the test runner's marks: under NODE_ENV=test Astro turns hot reload off
 * (create-vite.js), and the server must run as a writer's does.
 */
function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && name !== 'TEST' && !name.startsWith('VITEST')));
}

/** Colour codes, in case something prints them despite NO_COLOR. */
// eslint-disable-next-line no-control-regex -- the escape character is exactly what is looked for
const ANSI = /\u001b\[[0-9;]*m/g;

/** Ends a process group: politely, then for sure, and whatever of it outlived its leader. */
async function endGroup(child: ChildProcess): Promise<void> {
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signal('SIGTERM');
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000));
    if ((await Promise.race([exited, timeout])) === 'timeout') {
      signal('SIGKILL');
      await exited;
    }
  }
  signal('SIGKILL');
}

/** Starts `astro dev` with `CONTENT_DIR=contentDir` and waits until it serves pages. */
export async function startDevServer(contentDir: string, { timeoutMs = 120_000 } = {}): Promise<DevServer> {
  const work = mkdtempSync(join(tmpdir(), 'dev-server-'));
  const config = join(work, 'astro.config.mjs');
  // The site's config with a cache folder of its own, as bench/scale.ts does.
  writeFileSync(
    config,
    `import config from ${JSON.stringify(join(ROOT, 'astro.config.mjs'))};\nexport default { ...config, cacheDir: ${JSON.stringify(join(work, 'astro-cache/'))} };\n`,
  );
  const port = await freePort();
  const url = `http://localhost:${port}`;
  let output = '';
  // Astro reads --config relative to the project's root.
  const child = spawn(join(ROOT, 'node_modules/.bin/astro'), ['dev', '--config', relative(ROOT, config), '--port', String(port)], {
    cwd: ROOT,
    env: { ...withoutTestRunner(process.env), CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    // A process group of its own, so that closing ends every process it started.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString().replace(ANSI, '')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString().replace(ANSI, '')));
  // If the test run itself ends abruptly, the server still goes.
  const onExit = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', onExit);

  const close = async () => {
    process.off('exit', onExit);
    await endGroup(child);
    rmSync(work, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode}:\n${output}`);
      try {
        await fetch(url, { signal: AbortSignal.timeout(30_000) });
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`astro dev did not answer within ${timeoutMs} ms:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { url, output: () => output, close };
}
