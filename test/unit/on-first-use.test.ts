import { describe, expect, it } from 'vitest';
import { loadOnce, onFirstUse } from '../../src/adapters/on-first-use.js';

/** The adapters load their module on first use (src/adapters/index.ts): once, again after a failure, as if loaded. */
interface Greeter {
  greet(name: string, punctuation?: string): Promise<string>;
  count(): Promise<number>;
  label: string;
}

function realGreeter(): Greeter {
  return {
    label: 'real',
    async greet(name: string, punctuation = '!') {
      return `${this.label}: hello ${name}${punctuation}`;
    },
    async count() {
      return 1;
    },
  } as Greeter;
}

describe('onFirstUse', () => {
  it('loads nothing until a member is called, then once for every call, with the arguments and `this` of the loaded adapter', async () => {
    let loads = 0;
    const greeter = onFirstUse<Greeter>(
      async () => {
        loads += 1;
        return realGreeter();
      },
      { greet: true, count: true },
      { label: 'now' },
    );
    expect(loads).toBe(0);
    expect(greeter.label).toBe('now');
    expect(await Promise.all([greeter.greet('a'), greeter.greet('b', '?'), greeter.count()])).toEqual([
      'real: hello a!',
      'real: hello b?',
      1,
    ]);
    expect(loads).toBe(1);
  });

  it('a failed load fails the call and is tried again on the next one', async () => {
    let loads = 0;
    const greeter = onFirstUse<Greeter>(
      async () => {
        loads += 1;
        if (loads === 1) throw new Error('module missing');
        return realGreeter();
      },
      { greet: true, count: true },
      { label: 'now' },
    );
    await expect(greeter.greet('a')).rejects.toThrow('module missing');
    expect(await greeter.greet('a')).toBe('real: hello a!');
    expect(await greeter.count()).toBe(1);
    expect(loads).toBe(2);
  });

  it('a member the loaded module lacks is a clear error, not a TypeError', async () => {
    const greeter = onFirstUse<Greeter>(
      async () => ({ label: 'x', count: async () => 1 }) as unknown as Greeter,
      { greet: true, count: true },
      { label: 'now' },
    );
    await expect(greeter.greet('a')).rejects.toThrow('adapter member "greet" is not a function once loaded');
  });
});

describe('loadOnce', () => {
  it('shares one load between concurrent calls and keeps its value', async () => {
    let loads = 0;
    const load = loadOnce(async () => {
      loads += 1;
      return { n: loads };
    });
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(await load()).toBe(a);
    expect(loads).toBe(1);
  });
});
