import semver from 'semver';

/**
 * Whether a publish can be sent in this process (the request npm sends, built
 * by publish-document.ts) or must run the npm CLI. In-process only where the
 * result is sure to be npm's: a token publish of a plain tarball with npm's
 * defaults. Anything npm does beyond building that request (trusted publishing's
 * OIDC exchange, provenance signing, staging, proxies, TLS settings, scoped
 * registries, other config) or refuses itself (private, a restricted unscoped
 * package) goes to npm. Pure: the caller reads the config files and the env.
 */

export interface PublishRouteFacts {
  /** The npm argv publish-plan chose for this step. */
  args: readonly string[];
  registry: string;
  /** A token is set (NODE_AUTH_TOKEN). */
  hasToken: boolean;
  /** An OIDC identity is available (GitHub Actions id-token, or NPM_ID_TOKEN). */
  oidc: boolean;
  /** The version of the npm that would run (recorded in the document as `_npmVersion`); undefined when unknown. */
  npmVersion: string | undefined;
  manifest: Record<string, unknown>;
  /** The process environment npm would get. */
  env: Readonly<Record<string, string | undefined>>;
  /** npm's builtin and global npmrc files that exist: path and text. */
  configFiles: readonly { file: string; text: string }[];
}

export type PublishRoute =
  | { inProcess: true; access: 'public' | 'restricted' | null }
  | { inProcess: false; reason: string };

/**
 * Settings that change nothing in a publish request: output, logging, caching, retries, scripts (a tarball
 * publish runs none), where config files are (the adapter reads the ones they name), and what `npm run` and
 * `npx` put in their children's environment (npm_config_user_agent, _local_prefix, _node_gyp...).
 */
const HARMLESS_KEYS = new Set([
  'audit',
  'fund',
  'update-notifier',
  'loglevel',
  'color',
  'progress',
  'unicode',
  'cache',
  'userconfig',
  'globalconfig',
  'logs-dir',
  'logs-max',
  'timing',
  'fetch-retries',
  'fetch-retry-factor',
  'fetch-retry-mintimeout',
  'fetch-retry-maxtimeout',
  'fetch-timeout',
  'foreground-scripts',
  'ignore-scripts',
  'script-shell',
  'engine-strict',
  'save-exact',
  'save-prefix',
  'user-agent',
  'noproxy',
  'prefix',
  'global-prefix',
  'local-prefix',
  'npm-version',
  'node-gyp',
  'nodedir',
  'yes',
  'package',
  'call',
  'allow-scripts',
  'omit-lockfile-registry-resolved',
]);
/** TLS settings: nothing to an http registry; npm's own TLS for an https one. */
const TLS_KEYS = new Set(['cafile', 'ca', 'strict-ssl', 'cert', 'key']);
/** @npmcli/agent reads these (any case) for every request npm makes. */
const PROXY_ENV = new Set(['http_proxy', 'https_proxy', 'proxy']);

export function publishRoute(facts: PublishRouteFacts): PublishRoute {
  const npm = (reason: string): PublishRoute => ({ inProcess: false, reason });
  const [command, , ...flags] = facts.args;
  if (command !== 'publish') return npm(`npm ${command} runs as npm`);
  const access = accessFlag(flags);
  if (access === undefined) return npm(`npm flags ${flags.join(' ')}`);
  if (facts.oidc) return npm('trusted publishing: npm exchanges the OIDC identity for a token');
  if (!facts.hasToken) return npm('no token');
  if (!facts.npmVersion) return npm("npm's version is unknown");
  const manifestReason = manifestNeedsNpm(facts.manifest, access);
  if (manifestReason) return npm(manifestReason);
  const https = facts.registry.startsWith('https:');
  for (const [name, value] of Object.entries(facts.env)) {
    if (value === undefined || value === '') continue;
    if (PROXY_ENV.has(name.toLowerCase())) return npm(`${name} is set (npm sends through the proxy)`);
    const key = /^npm_config_(.+)$/i.exec(name)?.[1];
    if (key === undefined) continue;
    const setting = key.startsWith('//') ? key : key.toLowerCase().replace(/_/g, '-');
    if (!settingIsHarmless(setting, https)) return npm(`${name} is set`);
  }
  for (const { file, text } of facts.configFiles)
    for (const setting of npmrcKeys(text))
      if (!settingIsHarmless(setting, https)) return npm(`${file} sets ${setting}`);
  const publishConfig = facts.manifest.publishConfig as Record<string, unknown> | undefined;
  return { inProcess: true, access: access ?? accessOf(publishConfig?.access) };
}

/** `--access public` (the only flag publish-plan adds besides tag and registry), null for none; undefined for anything else. */
function accessFlag(flags: readonly string[]): 'public' | null | undefined {
  const rest = [...flags];
  const take = (flag: string): string | undefined => {
    const at = rest.indexOf(flag);
    if (at < 0 || at + 1 >= rest.length) return undefined;
    return rest.splice(at, 2)[1];
  };
  if (take('--tag') === undefined || take('--registry') === undefined) return undefined;
  const access = take('--access');
  if (rest.length) return undefined;
  if (access === undefined) return null;
  return access === 'public' ? 'public' : undefined;
}

function accessOf(value: unknown): 'public' | 'restricted' | null {
  return value === 'public' || value === 'restricted' ? value : null;
}

function manifestNeedsNpm(manifest: Record<string, unknown>, access: 'public' | null): string | undefined {
  const name = manifest.name;
  const version = manifest.version;
  if (typeof name !== 'string' || typeof version !== 'string') return 'no name or version';
  if (manifest.private !== undefined && manifest.private !== false) return 'private: npm refuses it';
  if (semver.clean(version) !== version) return `version "${version}" is not as npm writes it`;
  // A "tag" field in package.json replaces npm's --tag in libnpmpublish.
  if ('tag' in manifest) return 'package.json has a "tag" field';
  const publishConfig = manifest.publishConfig;
  if (publishConfig !== undefined) {
    if (typeof publishConfig !== 'object' || publishConfig === null || Array.isArray(publishConfig))
      return 'publishConfig is not an object';
    // tag and registry are given as flags, which npm prefers to publishConfig; access is read here.
    const other = Object.keys(publishConfig).filter((k) => !['access', 'tag', 'registry'].includes(k));
    if (other.length) return `publishConfig.${other[0]}`;
    const configured = (publishConfig as Record<string, unknown>).access;
    if (configured !== undefined && accessOf(configured) === null)
      return `publishConfig.access "${String(configured)}"`;
    if (access === null && configured === 'restricted' && !name.startsWith('@'))
      return 'restricted access for an unscoped package: npm refuses it';
  }
  return undefined;
}

function settingIsHarmless(setting: string, https: boolean): boolean {
  if (HARMLESS_KEYS.has(setting) || setting.startsWith('init-')) return true;
  return TLS_KEYS.has(setting) && !https;
}

/** The setting names an npmrc assigns (ini `key = value` lines; comments, blanks and sections skipped). */
export function npmrcKeys(text: string): string[] {
  const keys: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';') || line.startsWith('[')) continue;
    const at = line.indexOf('=');
    keys.push((at < 0 ? line : line.slice(0, at)).trim());
  }
  return keys;
}
