import { setTimeout as delay } from 'node:timers/promises';

/** Time, behind a port so waits and dates can be driven by tests. */
export interface Clock {
  /** Wall-clock time. */
  now(): Date;
  /** Milliseconds from an arbitrary origin, for durations. */
  monotonic(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => new Date(),
  monotonic: () => performance.now(),
  sleep: (ms) => delay(ms).then(() => undefined),
};
