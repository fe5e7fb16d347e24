import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { jobAllowPatterns, jobRules, type FileScan, type SecretScanJob } from '../scan/secret-job.js';
import { scanBytes } from '../scan/secrets/engine.js';

/*
 * The secret scan's inner loop, the same on the main thread and in a worker
 * (src/adapters/scan-worker.ts): claim the next chunk of files from a shared
 * counter, read each file once into one reused buffer, scan its bytes, keep
 * only what is not "scanned, nothing found".
 */

/** Files claimed per step of the shared counter. */
export const CHUNK_FILES = 16;
const BINARY_SNIFF_BYTES = 8000;
/** Opening with O_NOFOLLOW fails on a link (ELOOP): one system call instead of an lstat per file. */
const NOFOLLOW = constants.O_NOFOLLOW as number | undefined;

/** What one thread did: the chunks it claimed (their first file index) and the files that were not clean. */
export interface ThreadResult {
  chunks: number[];
  /** [file index, the scan] for files skipped or with hits. */
  notable: [number, FileScan][];
}

/** A thread's scanner: its reused read buffer and the job's compiled rules. */
export function threadScanner(dir: string, job: SecretScanJob): (rel: string) => FileScan {
  const rules = jobRules(job);
  const allow = jobAllowPatterns(job);
  let buffer = Buffer.allocUnsafeSlow(1 << 20);
  return (rel) => {
    const full = path.join(dir, rel);
    let fd: number;
    try {
      if (NOFOLLOW === undefined && lstatSync(full).isSymbolicLink()) return { path: rel, skipped: 'symlink' };
      fd = openSync(full, constants.O_RDONLY | (NOFOLLOW ?? 0));
    } catch (error) {
      return { path: rel, skipped: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink' : 'unreadable' };
    }
    try {
      const size = fstatSync(fd).size;
      if (size > job.maxBytes) return { path: rel, skipped: 'too-large' };
      if (size + 1 > buffer.length) buffer = Buffer.allocUnsafeSlow(Math.max(size + 1, buffer.length * 2));
      // Read until end of file (a file may grow between fstat and read: at most the buffer).
      let length = 0;
      for (;;) {
        const n = readSync(fd, buffer, length, buffer.length - length, null);
        if (n === 0 || length + n >= buffer.length) {
          length += n;
          break;
        }
        length += n;
      }
      if (length > job.maxBytes) return { path: rel, skipped: 'too-large' };
      const bytes = buffer.subarray(0, length);
      if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { path: rel, skipped: 'binary' };
      return { path: rel, hits: scanBytes(bytes, rules, allow) };
    } catch {
      return { path: rel, skipped: 'unreadable' };
    } finally {
      closeSync(fd);
    }
  };
}

/**
 * Scan chunks claimed from `counter` (an Int32Array over shared memory, slot 0: the next file index)
 * until none are left, or until `shouldPause` says to stop after a chunk (the main thread pauses to
 * start workers).
 */
export function scanClaimed(
  files: readonly string[],
  scan: (rel: string) => FileScan,
  counter: Int32Array,
  into: ThreadResult,
  afterChunk?: () => void,
): ThreadResult {
  for (;;) {
    const start = Atomics.add(counter, 0, CHUNK_FILES);
    if (start >= files.length) return into;
    into.chunks.push(start);
    const end = Math.min(files.length, start + CHUNK_FILES);
    for (let i = start; i < end; i += 1) {
      const result = scan(files[i] as string);
      if (result.skipped || result.hits?.length) into.notable.push([i, result]);
    }
    afterChunk?.();
  }
}
