import type { Settings } from '../settings/settings.js';
import { systemClock, type Clock } from './clock.js';
import * as fs from './fs.js';
import * as processes from './process.js';

/**
 * Every way the kit touches the world, built once by the entries and handed to
 * commands in their context. A test swaps one member for a fake and runs the
 * command's logic without Verdaccio or GitHub.
 */
export interface Adapters {
  fs: typeof fs;
  process: typeof processes;
  clock: Clock;
}

export function createAdapters(_settings: Settings): Adapters {
  return { fs, process: processes, clock: systemClock };
}
