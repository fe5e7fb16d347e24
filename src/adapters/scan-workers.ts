import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileScan, SecretScanJob } from '../scan/secret-job.js';
import { CHUNK_FILES, scanClaimed, threadScanner, type ThreadResult } from './secret-scan-thread.js';

/*
 * The secret scan over many files, on as many threads as it is worth: the main
 * thread starts alone; when the scan is still running after `workersAfterMs`
 * (a large tree), it starts worker threads (one fewer than the cores, at most
 * `maxWorkers`) that claim the remaining chunks from the same shared counter.
 * A small tree never pays for a worker; a large one keeps every core reading
 * and scanning. Workers send back only skipped files and redacted hits.
 */

export interface SecretScanOptions {
  /** The worker script; default: scan-worker.js next to the bundle (dist/), none from sources (tests give one). */
  workerScript?: string | URL;
  /** Start workers when the scan has run this long on the main thread (default 30 ms). */
  workersAfterMs?: number;
  /** At most this many workers (default: cores - 1, at most 3). */
  maxWorkers?: number;
  /**
   * false: the main thread does not scan while workers can (it stays free for other work, such as
   * listing the package's files); it still scans whatever a failed worker left. Default true.
   */
  mainThread?: boolean;
  /**
   * The main thread has other work until this settles (listing what npm would pack): a large tree
   * starts its workers at once, and the main thread joins them when it is free. A small tree waits
   * and scans on the main thread alone (a worker costs more than it saves).
   */
  mainThreadBusyUntil?: Promise<unknown>;
}

export interface SecretScanResult {
  /** `files[i]` is the scan of the i-th file asked for. */
  files: FileScan[];
  /** Threads that scanned at least one chunk (1: the main thread alone). */
  threads: number;
}

const DEFAULT_WORKERS_AFTER_MS = 30;
/** With the main thread busy, trees of at least this many files start workers at once. */
const WORKERS_AT_ONCE_FILES = 400;

/** dist/scan-worker.js when running from the bundle. */
function bundledWorker(): string | undefined {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const script = path.join(here, 'scan-worker.js');
  return existsSync(script) ? script : undefined;
}

export async function scanFilesForSecrets(
  dir: string,
  files: readonly string[],
  job: SecretScanJob,
  options: SecretScanOptions = {},
): Promise<SecretScanResult> {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const script = options.workerScript ?? bundledWorker();
  const maxWorkers = options.maxWorkers ?? Math.min(3, Math.max(0, os.availableParallelism() - 1));
  const after = options.workersAfterMs ?? DEFAULT_WORKERS_AFTER_MS;
  // Measured from when the main thread starts scanning (after any wait below): a small tree it
  // finishes alone within `after` never starts a worker.
  let started = performance.now();
  const workers: Promise<ThreadResult | undefined>[] = [];
  const mainThread = options.mainThread ?? true;
  const startWorkers = (): void => {
    if (mainThread && performance.now() - started < after) return;
    startWorkersNow();
  };
  function startWorkersNow(): void {
    if (!script || workers.length || maxWorkers === 0) return;
    if (Atomics.load(counter, 0) >= files.length) return;
    for (let i = 0; i < maxWorkers; i += 1) {
      workers.push(
        new Promise((resolve) => {
          const worker = new Worker(script, {
            workerData: { dir, files, job, counter: counter.buffer },
          });
          let result: ThreadResult | undefined;
          worker.once('message', (message: ThreadResult) => (result = message));
          // A worker that fails leaves its chunks unreported: the main thread scans them after.
          worker.once('error', () => resolve(undefined));
          worker.once('exit', () => resolve(result));
        }),
      );
    }
  }
  const mine: ThreadResult = { chunks: [], notable: [] };
  if (!mainThread) startWorkers();
  if (options.mainThreadBusyUntil) {
    if (files.length >= WORKERS_AT_ONCE_FILES) startWorkersNow();
    await options.mainThreadBusyUntil.catch(() => undefined);
    started = performance.now();
  }
  const scan = threadScanner(dir, job);
  if (mainThread || !workers.length) scanClaimed(files, scan, counter, mine, startWorkers);
  const results = [mine, ...(await Promise.all(workers))];
  const out: FileScan[] = files.map((rel) => ({ path: rel }));
  const done = new Uint8Array(files.length);
  let threads = 0;
  for (const result of results) {
    if (!result) continue;
    if (result.chunks.length) threads += 1;
    for (const start of result.chunks) done.fill(1, start, Math.min(files.length, start + CHUNK_FILES));
    for (const [index, scan] of result.notable) out[index] = scan;
  }
  // Chunks a failed worker claimed.
  for (let i = 0; i < files.length; i += 1) {
    if (done[i]) continue;
    const result = scan(files[i] as string);
    if (result.skipped || result.hits?.length) out[i] = result;
  }
  return { files: out, threads };
}
