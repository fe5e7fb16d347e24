/**
 * Concurrency groups across every run of the world. Docs: "Control the concurrency of workflows
 * and jobs" (https://docs.github.com/en/actions/how-tos/writing-workflows/choosing-what-your-workflow-does/control-the-concurrency-of-workflows-and-jobs):
 * at most one running and one pending job or run per group; a newly queued one cancels the
 * pending one and takes its place; cancel-in-progress also cancels the running one; group names
 * are case-insensitive. A job waiting for an environment approval holds its group (it has started).
 */
export interface Holder {
  label: string;
  cancel(): void;
}

interface Group {
  running?: Holder;
  pending?: { holder: Holder; resolve: (outcome: 'acquired' | 'cancelled') => void };
}

export class Concurrency {
  private groups = new Map<string, Group>();

  acquire(name: string, holder: Holder, cancelInProgress: boolean): Promise<'acquired' | 'cancelled'> {
    const key = name.toLowerCase();
    const group = this.groups.get(key) ?? {};
    this.groups.set(key, group);
    if (!group.running) {
      group.running = holder;
      return Promise.resolve('acquired');
    }
    if (group.pending) group.pending.resolve('cancelled');
    if (cancelInProgress) group.running.cancel();
    return new Promise((resolve) => {
      group.pending = { holder, resolve };
    });
  }

  release(name: string, holder: Holder): void {
    const group = this.groups.get(name.toLowerCase());
    if (!group || group.running !== holder) return;
    group.running = undefined;
    const next = group.pending;
    group.pending = undefined;
    if (next) {
      group.running = next.holder;
      next.resolve('acquired');
    }
  }

  /** Drop a pending holder that was cancelled for another reason. */
  withdraw(name: string, holder: Holder): void {
    const group = this.groups.get(name.toLowerCase());
    if (group?.pending?.holder === holder) {
      group.pending.resolve('cancelled');
      group.pending = undefined;
    }
  }
}
