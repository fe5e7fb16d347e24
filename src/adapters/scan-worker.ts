import { parentPort, workerData } from 'node:worker_threads';
import type { SecretScanJob } from '../scan/secret-job.js';
import { scanClaimed, threadScanner } from './secret-scan-thread.js';

/*
 * A worker thread of the secret scan (bundled as dist/scan-worker.js): claims
 * chunks of files from the shared counter, reads and scans them, and posts
 * back only the skipped files and the hits, never the files' bytes.
 */
interface WorkerInput {
  dir: string;
  files: string[];
  job: SecretScanJob;
  counter: SharedArrayBuffer;
}

const input = workerData as WorkerInput;
const result = scanClaimed(input.files, threadScanner(input.dir, input.job), new Int32Array(input.counter), {
  chunks: [],
  notable: [],
});
parentPort?.postMessage(result);
