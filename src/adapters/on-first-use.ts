/** A member that returns a promise: a call can wait for the adapter's module to load. */
type AsyncMember = (...args: never[]) => Promise<unknown>;

/** The members of T that are async functions (optional ones too). */
export type AsyncKeys<T> = { [K in keyof T]-?: NonNullable<T[K]> extends AsyncMember ? K : never }[keyof T];

/**
 * An adapter whose module loads on first use (src/adapters/index.ts): each async member waits for
 * `load()` (once per process; a failed load is tried again on the next call) and calls the loaded
 * adapter's own with the same arguments. `members` names every async member, so the type checker keeps
 * the list whole; `now` gives the other members (data, functions that answer at once) as they are.
 * A command that never calls the adapter never loads its module, nor what the module imports.
 */
export function onFirstUse<T extends object>(
  load: () => Promise<T>,
  members: Record<AsyncKeys<T>, true>,
  now: Omit<T, AsyncKeys<T>>,
): T {
  const loaded = loadOnce(load);
  const adapter: Record<PropertyKey, unknown> = { ...now };
  for (const key of Object.keys(members)) {
    adapter[key] = async (...args: unknown[]) => {
      const target = (await loaded()) as Record<string, (...a: unknown[]) => Promise<unknown>>;
      const member = target[key];
      if (typeof member !== 'function') throw new Error(`adapter member "${key}" is not a function once loaded`);
      return member.apply(target, args);
    };
  }
  return adapter as T;
}

/** `load` run once and its promise kept; after a failure the next call runs it again. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
