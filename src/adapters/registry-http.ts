import { packageStateOf, packumentUrl, versionRecordOf } from '../release/registry.js';
import type { PackageState, VersionRecord } from '../release/registry.js';
import {
  waitForVersion,
  type Probe,
  type RegistryWaitOptions,
  type RegistryWaitResult,
} from '../release/registry-wait.js';
import { expiryFromList, type TokenExpiry, type TokenListEntry } from '../release/token-expiry.js';
import type { Clock } from './clock.js';

/**
 * The npm registry over HTTP (never the npm CLI): the packument, one version's
 * document, the registry's signing keys and its token list. Tokens go in an
 * authorization header and nowhere else.
 */
export interface NpmRegistry {
  /** GET the packument; 404 is "not published yet". Network errors, 5xx and 429 are retried; other answers throw. */
  packageState(registry: string, name: string, token?: string, attempts?: number): Promise<PackageState>;
  /** The version's entry in the packument, or undefined when the registry does not list it (yet). */
  versionRecord(registry: string, name: string, version: string, token?: string): Promise<VersionRecord | undefined>;
  /** Served when `GET <registry>/<name>/<version>` answers 200 naming this version. */
  probeVersion: (version: string, token?: string) => Probe;
  /** Polls until the registry serves name@version or the wait runs out (the schedule of release/registry-wait). */
  waitForVersion(
    options: Omit<RegistryWaitOptions, 'clock' | 'probe'> & { token?: string },
  ): Promise<RegistryWaitResult>;
  /** How many signing keys the registry publishes, or why none can be used. */
  signingKeys(registry: string): Promise<number | string>;
  /** The token's expiry from `GET /-/npm/v1/tokens`; never throws (a reason says why it could not tell). */
  tokenExpiry(registry: string, token: string): Promise<TokenExpiry>;
}

const RETRYABLE = new Set([429, 500, 502, 503, 504]);
const headers = (token?: string) => ({
  accept: 'application/json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

export function createNpmRegistry(clock: Clock): NpmRegistry {
  const probeVersion =
    (version: string, token?: string): Probe =>
    async (url) => {
      try {
        const response = await fetch(url, { headers: headers(token), signal: AbortSignal.timeout(30_000) });
        if (response.status !== 200) {
          await response.body?.cancel();
          return { served: false, reason: `HTTP ${response.status}` };
        }
        const body = (await response.json().catch(() => undefined)) as { version?: unknown } | undefined;
        return body?.version === version
          ? { served: true }
          : { served: false, reason: `HTTP 200 without version ${version}` };
      } catch (error) {
        return { served: false, reason: (error as Error).message };
      }
    };

  return {
    async packageState(registry, name, token, attempts = 3) {
      let lastError = '';
      for (let attempt = 0; attempt < attempts; attempt += 1) {
        if (attempt > 0) await clock.sleep(250 * 2 ** attempt);
        try {
          const response = await fetch(packumentUrl(registry, name), {
            headers: headers(token),
            signal: AbortSignal.timeout(30_000),
          });
          if (response.status === 404) return { exists: false, versions: {}, distTags: {} };
          if (RETRYABLE.has(response.status)) {
            lastError = `HTTP ${response.status}`;
            continue;
          }
          if (!response.ok) throw new Error(`HTTP ${response.status} reading ${name} from ${registry}`);
          return packageStateOf((await response.json()) as Parameters<typeof packageStateOf>[0]);
        } catch (error) {
          if ((error as Error).message.startsWith('HTTP ')) throw error;
          lastError = (error as Error).message;
        }
      }
      throw new Error(`cannot read ${name} from ${registry}: ${lastError}`);
    },

    async versionRecord(registry, name, version, token) {
      const response = await fetch(packumentUrl(registry, name), {
        headers: headers(token),
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) {
        await response.body?.cancel();
        return undefined;
      }
      return versionRecordOf((await response.json()) as Parameters<typeof versionRecordOf>[0], version);
    },

    probeVersion,

    waitForVersion({ token, ...options }) {
      return waitForVersion({
        ...options,
        clock: { now: () => clock.monotonic(), sleep: (ms) => clock.sleep(ms) },
        probe: probeVersion(options.version, token),
      });
    },

    async signingKeys(registry) {
      try {
        const response = await fetch(new URL('-/npm/v1/keys', registry), {
          headers: { accept: 'application/json' },
          signal: AbortSignal.timeout(15_000),
        });
        if (!response.ok)
          return `${new URL(registry).host} publishes no signing keys (/-/npm/v1/keys answered HTTP ${response.status})`;
        const body = (await response.json().catch(() => ({}))) as { keys?: unknown[] };
        return Array.isArray(body.keys) && body.keys.length > 0
          ? body.keys.length
          : `${new URL(registry).host} lists no signing keys`;
      } catch (error) {
        return `the registry's signing keys could not be read (${(error as Error).message})`;
      }
    },

    async tokenExpiry(registry, token) {
      try {
        const response = await fetch(`${registry.replace(/\/+$/, '')}/-/npm/v1/tokens`, {
          headers: { accept: 'application/json', authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(15_000),
        });
        if (!response.ok) {
          await response.body?.cancel();
          return { known: false, why: `the registry's token list answered HTTP ${response.status}` };
        }
        const body = (await response.json()) as { objects?: TokenListEntry[] };
        return expiryFromList(body.objects ?? [], token);
      } catch (error) {
        return { known: false, why: `the registry's token list could not be read (${(error as Error).message})` };
      }
    },
  };
}
