/** Lifecycle scripts npm runs on the user's machine when the package is installed. */
export const INSTALL_TIME_SCRIPTS = ['preinstall', 'install', 'postinstall'] as const;

export interface InstallScript {
  name: string;
  command: string;
}

/**
 * The install-time scripts of a manifest. `prepare`, `prepack`, `prepublishOnly`
 * do not run when a user installs from the registry; a `binding.gyp` without an
 * install script makes npm run `node-gyp rebuild` implicitly.
 */
export function installScripts(manifest: Record<string, unknown>, packedFiles: readonly string[]): InstallScript[] {
  const scripts = (manifest.scripts && typeof manifest.scripts === 'object' ? manifest.scripts : {}) as Record<
    string,
    unknown
  >;
  const out: InstallScript[] = [];
  for (const name of INSTALL_TIME_SCRIPTS) {
    const command = scripts[name];
    if (typeof command === 'string' && command.trim()) out.push({ name, command });
  }
  if (
    !out.some((s) => s.name === 'install' || s.name === 'preinstall') &&
    packedFiles.includes('binding.gyp') &&
    manifest.gypfile !== false
  ) {
    out.push({ name: 'install (implicit)', command: 'node-gyp rebuild' });
  }
  return out;
}

/** Packages in package-lock.json that run install scripts (`hasInstallScript: true`), production first. */
export function dependenciesWithInstallScripts(lockfile: unknown): { name: string; dev: boolean }[] {
  const packages = (
    lockfile && typeof lockfile === 'object' ? (lockfile as { packages?: unknown }).packages : undefined
  ) as Record<string, Record<string, unknown>> | undefined;
  if (!packages) return [];
  const out: { name: string; dev: boolean }[] = [];
  for (const [key, entry] of Object.entries(packages)) {
    if (key === '' || !entry.hasInstallScript) continue;
    const name = key.replace(/^.*node_modules\//, '');
    out.push({ name: `${name}@${String(entry.version ?? '?')}`, dev: entry.dev === true });
  }
  return out.sort((a, b) => Number(a.dev) - Number(b.dev) || a.name.localeCompare(b.name));
}

/**
 * Scripts that run when the package is installed from git (`npm install
 * github:owner/repo`): npm installs its dependencies and runs `prepare` before
 * packing it ("NOTE: If a package being installed through git contains a
 * `prepare` script ...", https://docs.npmjs.com/cli/v11/using-npm/scripts#life-cycle-scripts).
 * A registry install never runs them ("does not run when installing specific
 * packages like npm install express"), so they are judged only for what they
 * do (network, a shell fed from a download), not for being there.
 */
export const GIT_INSTALL_SCRIPTS = ['preprepare', 'prepare', 'postprepare'] as const;

export function gitInstallScripts(manifest: Record<string, unknown>): InstallScript[] {
  const scripts = (manifest.scripts && typeof manifest.scripts === 'object' ? manifest.scripts : {}) as Record<
    string,
    unknown
  >;
  return GIT_INSTALL_SCRIPTS.flatMap((name) => {
    const command = scripts[name];
    return typeof command === 'string' && command.trim() ? [{ name, command }] : [];
  });
}

/** What in a script's command line reaches the network or runs downloaded code, or undefined. */
const COMMAND_SIGNALS: { what: string; test: RegExp }[] = [
  {
    what: 'pipes into a shell or interpreter',
    test: /(?<!\|)\|(?!\|)\s*(sudo\s+)?((ba|z|da|k)?sh|node|python3?|perl|ruby|iex)(?![\w-])/,
  },
  { what: 'downloads with curl', test: /(^|[\s;&|(`$])curl(\.exe)?\s/ },
  { what: 'downloads with wget', test: /(^|[\s;&|(`$])wget\s/ },
  {
    what: 'downloads with PowerShell',
    test: /\b(Invoke-WebRequest|Invoke-RestMethod|Start-BitsTransfer|DownloadString|DownloadFile)\b|(^|[\s;&|(])(iwr|irm)\s/i,
  },
  {
    // These fetch a prebuilt binary from a host (GitHub releases, a bucket) before falling back to a local build.
    what: 'downloads a prebuilt binary',
    test: /(^|[\s;&|(])(prebuild-install|(@mapbox\/)?node-pre-gyp\s+install|prebuildify-ci\s+download)(?![\w-])/,
  },
  { what: 'contacts a host (nc/telnet/ssh/scp)', test: /(^|[\s;&|(])(nc|ncat|netcat|telnet|ssh|scp)\s/ },
  { what: 'makes an HTTP request', test: /\bhttps?\.(get|request)\s*\(|\bnet\.(connect|createConnection)\s*\(/ },
  { what: 'names a URL', test: /\b(https?|ftp):\/\/[^\s'"`)]+/i },
  { what: 'evaluates a downloaded string', test: /\beval\b.*\b(curl|wget|fetch|https?:|iwr|irm)\b/i },
];

/** Why a script's command line is a network or remote-code action, or undefined. */
export function commandNetworkUse(command: string): string | undefined {
  const hits = [...COMMAND_SIGNALS, ...FILE_SIGNALS].filter((s) => s.test.test(command)).map((s) => s.what);
  return hits.length ? hits.join(', ') : undefined;
}

/** What in a JavaScript file reaches the network: request APIs and networking modules, not a URL in a comment. */
const FILE_SIGNALS: { what: string; test: RegExp }[] = [
  { what: 'calls fetch()', test: /(^|[^\w.])fetch\s*\(/m },
  {
    what: 'loads a networking module',
    test: /\b(require\s*\(\s*|from\s+|import\s*\(\s*)['"](node:)?(https?|http2|net|tls|dgram|dns)['"]/,
  },
  {
    what: 'loads an HTTP client',
    test: /\b(require\s*\(\s*|from\s+|import\s*\(\s*)['"](axios|got|node-fetch|undici|request|superagent|needle|ky|cross-fetch|isomorphic-fetch)['"]/,
  },
  { what: 'opens a socket', test: /\bnew\s+(WebSocket|XMLHttpRequest)\b/ },
  { what: 'runs curl or wget', test: /['"`]\s*(curl|wget)\s/ },
];

/** Why a JavaScript file run at install reaches the network (with the first URL it names), or undefined. */
export function fileNetworkUse(text: string): string | undefined {
  const hits = FILE_SIGNALS.filter((s) => s.test.test(text)).map((s) => s.what);
  if (!hits.length) return undefined;
  const url = /['"`]((https?|wss?):\/\/[^'"`\s]+)/.exec(text)?.[1];
  return `${hits.join(', ')}${url ? ` (${url.slice(0, 120)})` : ''}`;
}

/** Largest script file read to see what it does; a bigger one is a bundle, judged by its command alone. */
export const MAX_SCRIPT_FILE = 256 * 1024;

/**
 * The packed JavaScript file a script runs with node (`node scripts/setup.js`,
 * `node ./install.cjs --quiet`), or undefined. Only files the tarball holds:
 * anything else is not what the user's machine runs.
 */
export function scriptFileOf(command: string, packed: readonly string[]): string | undefined {
  const m = /(?:^|[;&|]\s*)node\s+(?:--?[\w-]+(?:=\S+)?\s+)*["']?([^\s"';&|]+\.(?:c|m)?js)\b/.exec(command);
  const rel = m?.[1]?.replace(/^\.\//, '');
  return rel && packed.includes(rel) ? rel : undefined;
}

export interface AllowedScript {
  script: string;
  reason: string;
}

/** One judged script: present at install (registry or git), what it does on the network, and whether it is allowed. */
export interface ScriptVerdict {
  script: InstallScript;
  /** Runs on every registry install (preinstall/install/postinstall/implicit node-gyp), not only from git. */
  registry: boolean;
  network?: string;
  /** The packed file the command runs, when read. */
  file?: string;
  allowed?: AllowedScript;
}

/**
 * Every install-time script with what it does. `files` holds the text of the
 * packed JS files the scripts run (from `scriptFileOf`), read by the caller.
 */
export function judgeInstallScripts(
  manifest: Record<string, unknown>,
  packed: readonly string[],
  files: Readonly<Record<string, string>> = {},
  allow: readonly AllowedScript[] = [],
): ScriptVerdict[] {
  const judged = [
    ...installScripts(manifest, packed).map((script) => ({ script, registry: true })),
    ...gitInstallScripts(manifest).map((script) => ({ script, registry: false })),
  ];
  const out: ScriptVerdict[] = [];
  for (const { script, registry } of judged) {
    const file = scriptFileOf(script.command, packed);
    const text = file !== undefined ? files[file] : undefined;
    const inCommand = commandNetworkUse(script.command);
    const inFile = text !== undefined ? fileNetworkUse(text) : undefined;
    const network = [inCommand, inFile !== undefined ? `${file} ${inFile}` : undefined].filter(Boolean).join('; ');
    // prepare and friends matter only for what they do: a registry install never runs them.
    if (!registry && !network) continue;
    const name = script.name.replace(/ \(implicit\)$/, '');
    const allowed = allow.find((a) => a.script === name);
    out.push({
      script,
      registry,
      ...(network ? { network } : {}),
      ...(file !== undefined && text !== undefined ? { file } : {}),
      ...(allowed ? { allowed } : {}),
    });
  }
  return out;
}

/** The packed JS files the install-time scripts run, to be read for `judgeInstallScripts`. */
export function installScriptFiles(manifest: Record<string, unknown>, packed: readonly string[]): string[] {
  const scripts = [...installScripts(manifest, packed), ...gitInstallScripts(manifest)];
  return [
    ...new Set(
      scripts.flatMap((s) => {
        const file = scriptFileOf(s.command, packed);
        return file === undefined ? [] : [file];
      }),
    ),
  ];
}
