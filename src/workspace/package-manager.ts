/*
 * Which package manager a repository uses, and how each one is asked to
 * install, run a script, pack and audit. Pure: the commands read the root's
 * package.json and which files exist, and pass them in.
 */

export const PACKAGE_MANAGERS = ['npm', 'pnpm', 'yarn', 'bun'] as const;
export type PackageManagerName = (typeof PACKAGE_MANAGERS)[number];

/** What detection reads at a repository root. */
export interface RootFacts {
  /** The root package.json, when readable. */
  manifest?: Record<string, unknown>;
  /** Names of the files present at the root (only the ones detection asks about matter). */
  files: readonly string[];
  /** The first bytes of yarn.lock, when there is one (berry lockfiles start with `__metadata:`). */
  yarnLockHead?: string;
}

export interface DetectedManager {
  name: PackageManagerName;
  /** The version `packageManager` declares ("pnpm@10.20.0+sha512..." -> "10.20.0"). */
  version?: string;
  /** The lockfile, relative to the root. */
  lockfile?: string;
  source: 'packageManager' | 'lockfile' | 'default';
  /** yarn only: classic (1.x) rather than berry (2+), which the kit does not drive. */
  yarnClassic?: boolean;
}

/** Lockfiles by manager, in the order they are looked for. */
const LOCKFILES: readonly { file: string; name: PackageManagerName }[] = [
  { file: 'pnpm-lock.yaml', name: 'pnpm' },
  { file: 'yarn.lock', name: 'yarn' },
  { file: 'bun.lock', name: 'bun' },
  { file: 'bun.lockb', name: 'bun' },
  { file: 'package-lock.json', name: 'npm' },
  { file: 'npm-shrinkwrap.json', name: 'npm' },
];

/** The files a detection (and the root search) asks about. */
export const ROOT_MARKER_FILES: readonly string[] = [
  ...LOCKFILES.map((l) => l.file),
  'pnpm-workspace.yaml',
  '.yarnrc.yml',
  'package.json',
];

/**
 * `packageManager` ("<name>@<version>[+<hash>]", the field corepack reads:
 * https://nodejs.org/api/packages.html#packagemanager), parsed; a value naming no
 * known manager is a problem for the caller to report.
 */
export function parsePackageManagerField(
  value: unknown,
): { name: PackageManagerName; version: string } | { problem: string } | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return { problem: '"packageManager" must be a string like "pnpm@10.20.0"' };
  const match = /^(npm|pnpm|yarn|bun)@(\d+\.\d+\.\d+[^+\s]*)(\+[\w.-]+)?$/.exec(value.trim());
  if (!match)
    return {
      problem: `"packageManager": "${value.slice(0, 80)}" is not <npm|pnpm|yarn|bun>@<exact version> (see https://nodejs.org/api/packages.html#packagemanager)`,
    };
  return { name: match[1] as PackageManagerName, version: match[2] as string };
}

/**
 * The repository's manager: the root's `packageManager` field first, then its
 * lockfile, else npm. A yarn repository is berry (2+) when `.yarnrc.yml` exists,
 * the lockfile starts with `__metadata:` or `packageManager` says yarn@2 or later.
 */
export function detectPackageManager(facts: RootFacts): DetectedManager {
  const present = new Set(facts.files);
  const declared = parsePackageManagerField(facts.manifest?.packageManager);
  const lockOf = (name: PackageManagerName) => LOCKFILES.find((l) => l.name === name && present.has(l.file))?.file;
  let result: DetectedManager;
  if (declared && !('problem' in declared)) {
    const lockfile = lockOf(declared.name);
    result = {
      name: declared.name,
      version: declared.version,
      ...(lockfile ? { lockfile } : {}),
      source: 'packageManager',
    };
  } else {
    const found = LOCKFILES.find((l) => present.has(l.file));
    result = found
      ? { name: found.name, lockfile: found.file, source: 'lockfile' }
      : { name: 'npm', source: 'default' };
  }
  if (result.name === 'yarn') {
    const berry =
      present.has('.yarnrc.yml') ||
      /^\s*(#[^\n]*\n\s*)*__metadata:/.test(facts.yarnLockHead ?? '') ||
      (result.version !== undefined && Number(result.version.split('.')[0]) >= 2);
    const classicLock = facts.yarnLockHead !== undefined && /yarn lockfile v1/.test(facts.yarnLockHead);
    if (!berry && (classicLock || result.version !== undefined)) result.yarnClassic = true;
  }
  return result;
}

/** The problem with the root's `packageManager` field, if any (said as a warning by the commands). */
export function packageManagerFieldProblem(manifest: Record<string, unknown> | undefined): string | undefined {
  const parsed = parsePackageManagerField(manifest?.packageManager);
  return parsed && 'problem' in parsed ? parsed.problem : undefined;
}

/** The lockfile a manager writes, for advice text. */
export function lockfileName(name: PackageManagerName): string {
  return { npm: 'package-lock.json', pnpm: 'pnpm-lock.yaml', yarn: 'yarn.lock', bun: 'bun.lock' }[name];
}

/**
 * The command lines the kit runs, each an argument array (program first).
 * Install: frozen lockfile, dependency scripts off.
 * - npm: `npm ci --ignore-scripts` (https://docs.npmjs.com/cli/commands/npm-ci)
 * - pnpm: `pnpm install --frozen-lockfile --ignore-scripts` (https://pnpm.io/cli/install)
 * - yarn berry: `yarn install --immutable --mode=skip-build` (https://yarnpkg.com/cli/install:
 *   skip-build "will not run the build scripts"; YARN_ENABLE_SCRIPTS=0 is set too)
 * - bun: `bun install --frozen-lockfile --ignore-scripts` (https://bun.sh/docs/cli/install)
 */
export function installCommand(name: PackageManagerName): string[] {
  return {
    npm: ['npm', 'ci', '--ignore-scripts', '--no-audit', '--no-fund'],
    pnpm: ['pnpm', 'install', '--frozen-lockfile', '--ignore-scripts'],
    yarn: ['yarn', 'install', '--immutable', '--mode=skip-build'],
    bun: ['bun', 'install', '--frozen-lockfile', '--ignore-scripts'],
  }[name];
}

export function runScriptCommand(name: PackageManagerName, script: string): string[] {
  return name === 'bun' ? ['bun', 'run', script] : [name, 'run', script];
}

/**
 * The manager's own pack, which rewrites `workspace:` and `catalog:` ranges
 * (npm pack leaves them: FACTS "Package managers").
 * - pnpm: `pnpm pack --pack-destination <dir> --json` (https://pnpm.io/cli/pack)
 * - yarn berry: `yarn pack --out <file> --json` (https://yarnpkg.com/cli/pack)
 * - bun: `bun pm pack --destination <dir> --ignore-scripts` (https://bun.sh/docs/cli/pm#pack)
 */
export function packCommand(name: PackageManagerName, outDir: string, file: string): string[] {
  return {
    npm: ['npm', 'pack', '--json', '--ignore-scripts', '--pack-destination', outDir],
    pnpm: ['pnpm', 'pack', '--pack-destination', outDir, '--json'],
    yarn: ['yarn', 'pack', '--out', file, '--json'],
    bun: ['bun', 'pm', 'pack', '--destination', outDir, '--ignore-scripts'],
  }[name];
}

/**
 * The manager's own audit of the lockfile's production dependencies.
 * - npm: `npm audit --json --omit=dev`
 * - pnpm: `pnpm audit --json --prod` (https://pnpm.io/cli/audit)
 * - yarn berry: `yarn npm audit --json --all --recursive --environment production`
 *   (https://yarnpkg.com/cli/npm/audit)
 * - bun: `bun audit --json --production` (https://bun.sh/docs/cli/audit)
 */
export function auditCommand(name: PackageManagerName): string[] {
  return {
    npm: ['npm', 'audit', '--json', '--omit=dev'],
    pnpm: ['pnpm', 'audit', '--json', '--prod'],
    yarn: ['yarn', 'npm', 'audit', '--json', '--all', '--recursive', '--environment', 'production'],
    bun: ['bun', 'audit', '--json', '--production'],
  }[name];
}

/** How a CI job gets the manager: corepack for pnpm and yarn, oven-sh/setup-bun for bun, nothing for npm. */
export function setupKind(name: PackageManagerName): 'corepack' | 'bun' | 'none' {
  return name === 'npm' ? 'none' : name === 'bun' ? 'bun' : 'corepack';
}

/** One line saying how to get the manager, for the error when its binary is missing. */
export function setupAdvice(detected: DetectedManager): string {
  const at = detected.version ? `@${detected.version}` : '';
  switch (setupKind(detected.name)) {
    case 'corepack':
      return `run \`corepack enable\` (it provides ${detected.name}${at} from "packageManager"), or install ${detected.name}${at} on PATH`;
    case 'bun':
      return `use oven-sh/setup-bun${detected.version ? ` with bun-version: ${detected.version}` : ''} in CI, or install bun${at} on PATH (https://bun.sh)`;
    default:
      return 'install Node.js with npm (actions/setup-node)';
  }
}

/** The words a shell user would type for a command line. */
export function displayCommand(argv: readonly string[]): string {
  return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/**
 * Whether a folder is a repository root for the manager: it defines a workspace
 * (`workspaces` in package.json, pnpm-workspace.yaml) or holds a lockfile.
 */
export function isManagerRoot(files: readonly string[], manifest: Record<string, unknown> | undefined): boolean {
  const present = new Set(files);
  if (present.has('pnpm-workspace.yaml') || LOCKFILES.some((l) => present.has(l.file))) return true;
  const ws = manifest?.workspaces;
  return (
    Array.isArray(ws) ||
    (typeof ws === 'object' && ws !== null && Array.isArray((ws as { packages?: unknown }).packages))
  );
}
