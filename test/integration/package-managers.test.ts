import { execFile } from 'node:child_process';
import { access, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import semver from 'semver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTarballFiles, readTarballManifest } from '../../src/adapters/tarball.js';
import { packedFindings } from '../../src/release/packed-check.js';
import type { Report } from '../../src/report/model.js';
import {
  makeManagerWorkspace,
  MANAGER_FLAVOURS,
  ZOD_VERSION,
  type ManagerWorkspace,
} from '../helpers/manager-workspaces.js';
import { ACTION, CLI, parseGithubOutput, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

const exec = promisify(execFile);
/** Smoke of a workspace server, once per manager (pnpm 9 and yarn PnP add time, not paths). */
const SMOKE_FLAVOURS: readonly string[] = ['npm', 'pnpm10', 'yarn-node-modules', 'bun'];

/**
 * Each package manager for real (npm, pnpm 9 and 10, yarn berry with the
 * node-modules and the PnP linker, bun), on a workspace it installed itself: a
 * library and two MCP servers, one depending on the library through
 * `workspace:^` (and on zod through a pnpm `catalog:`). The built CLI detects,
 * installs, builds, packs and audits through the manager the repository uses.
 * The managers come from PATH shims (test/helpers/manager-workspaces.ts).
 */

interface Cell {
  detect?: string;
  install?: string;
  build?: string;
  validate?: string;
  pack?: string;
  audit?: string;
  smoke?: string;
}
const table = new Map<string, Cell>();
const note = (flavour: string, column: keyof Cell, value: string) =>
  table.set(flavour, { ...table.get(flavour), [column]: value });

afterAll(() => {
  const columns: (keyof Cell)[] = ['detect', 'install', 'build', 'validate', 'pack', 'smoke', 'audit'];
  const lines = [
    `| manager | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...[...table].map(([flavour, cell]) => `| ${flavour} | ${columns.map((c) => cell[c] ?? '-').join(' | ')} |`),
  ];
  process.stdout.write(`\nmanager x command\n${lines.join('\n')}\n`);
});

async function cli(
  ws: ManagerWorkspace,
  args: string[],
): Promise<{ code: number | null; report: Report; stderr: string }> {
  const run = await runNode(CLI, [...args, '--json'], { cwd: ws.root, env: ws.env });
  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    throw new Error(
      `mcp-release ${args.join(' ')} printed no JSON report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`,
    );
  }
  return { code: run.code, report, stderr: run.stderr };
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

let base: string;
beforeAll(async () => {
  base = await tempDir('mcp-release-managers-');
});

describe.each(MANAGER_FLAVOURS)('%s', (flavour) => {
  let ws: ManagerWorkspace;
  beforeAll(async () => {
    ws = await makeManagerWorkspace(flavour, path.join(base, flavour));
  }, 240_000);

  it('detects the manager, its declared version, the lockfile and the CI setup', async () => {
    const { code, report } = await cli(ws, ['install', '.', '--dry-run']);
    expect(code).toBe(0);
    expect(report.outputs).toMatchObject({
      'package-manager': ws.manager,
      'package-manager-version': ws.version,
      lockfile: ws.lockfile,
      setup: ws.manager === 'npm' ? 'none' : ws.manager === 'bun' ? 'bun' : 'corepack',
    });
    // The dry run names the frozen, script-less install it would run and changes nothing.
    const frozen = {
      npm: 'npm ci --ignore-scripts',
      pnpm: 'pnpm install --frozen-lockfile --ignore-scripts',
      yarn: 'yarn install --immutable --mode=skip-build',
      bun: 'bun install --frozen-lockfile --ignore-scripts',
    }[ws.manager];
    expect(report.notes.join('\n')).toContain(frozen);
    expect(await exists(path.join(ws.root, ws.dirs.lib, 'dist'))).toBe(false);
    note(flavour, 'detect', `${ws.manager}${ws.version ? `@${ws.version}` : ''}, ${ws.lockfile}`);
  });

  it.runIf(flavour === 'pnpm10')(
    'the action (command: install, dry-run) sets the outputs a workflow sets up with',
    async () => {
      const runnerTemp = await tempDir('runner-temp-');
      const output = path.join(runnerTemp, 'output.txt');
      await writeFile(output, '');
      await writeFile(path.join(runnerTemp, 'summary.md'), '');
      const run = await runNode(ACTION, [], {
        cwd: ws.root,
        env: {
          ...ws.env,
          GITHUB_ACTIONS: 'true',
          GITHUB_WORKSPACE: ws.root,
          GITHUB_OUTPUT: output,
          GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary.md'),
          RUNNER_TEMP: runnerTemp,
          INPUT_COMMAND: 'install',
          INPUT_DIRECTORY: '.',
          'INPUT_DRY-RUN': 'true',
        },
      });
      expect(run.code).toBe(0);
      expect(parseGithubOutput(await readFile(output, 'utf8'))).toMatchObject({
        ok: 'true',
        'package-manager': 'pnpm',
        'package-manager-version': '10.20.0',
        lockfile: 'pnpm-lock.yaml',
        setup: 'corepack',
      });
    },
  );

  it('installs from the frozen lockfile and builds every package, the library first', async () => {
    const { code, report } = await cli(ws, ['install', '.', '--build']);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    const built = report.notes.filter((n) => n.startsWith('built ')).map((n) => n.split(' ')[1]);
    expect(built).toHaveLength(3);
    expect(built.indexOf('@ws/lib')).toBeLessThan(built.indexOf('@ws/server-a'));
    for (const dir of Object.values(ws.dirs))
      expect(await exists(path.join(ws.root, dir, 'dist', 'index.js'))).toBe(true);
    note(flavour, 'install', 'frozen ok');
    note(flavour, 'build', 'lib, server-a, server-b');
  }, 120_000);

  it('validate at the root, with no config, finds exactly the workspace packages and judges each', async () => {
    const { report } = await cli(ws, ['validate', '.']);
    expect(report.packages.map((p) => [p.dir, p.name])).toEqual([
      [ws.dirs.lib, '@ws/lib'],
      [ws.dirs.serverA, '@ws/server-a'],
      [ws.dirs.serverB, '@ws/server-b'],
    ]);
    const judged = report.notes.filter((n) => n.includes(': checked as ')).map((n) => n.replace(/ \(.*?\)/g, ''));
    expect(judged).toEqual([
      '@ws/lib: checked as a library',
      '@ws/server-a: checked as an MCP server',
      '@ws/server-b: checked as an MCP server',
    ]);
    // The manager packs workspace: (and pnpm's catalog:) into real ranges; npm's own workspaces use plain ranges.
    expect(report.findings.filter((f) => f.rule === 'layout/dependency-source')).toEqual([]);
    note(flavour, 'validate', 'lib (library), server-a, server-b');
  });

  it("packs with the manager's own pack: internal and catalog dependencies become real ranges", async () => {
    const out = path.join(base, `${flavour}-packed`);
    const { code, report } = await cli(ws, ['pack', ws.dirs.serverA, '--out', out]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
    const tarball = report.outputs.tarball as string;
    expect(path.dirname(tarball)).toBe(out);
    const manifest = (await readTarballManifest(tarball)) as { dependencies: Record<string, string> };
    const lib = manifest.dependencies['@ws/lib'] as string;
    expect(lib).not.toMatch(/^(workspace|catalog|file|link):/);
    expect(semver.validRange(lib)).not.toBeNull();
    expect(semver.satisfies('1.0.0', lib)).toBe(true);
    expect(manifest.dependencies.zod).toBe(ZOD_VERSION);
    expect((await listTarballFiles(tarball)).map((f) => f.path)).toContain('dist/index.js');
    const release = JSON.parse(await readFile(path.join(out, 'release-manifest.json'), 'utf8')) as {
      package: string;
      files: { path: string }[];
    };
    expect(release.package).toBe('@ws/server-a');
    // Lifecycle scripts stay off where the manager can (npm, pnpm, bun); yarn always runs prepack, and says so.
    const ran = await exists(path.join(ws.root, ws.dirs.serverA, 'PREPACK_RAN'));
    expect(ran).toBe(ws.manager === 'yarn');
    if (ws.manager === 'yarn') expect(report.notes.join('\n')).toContain('yarn pack runs its prepack script');
    expect(release.files.map((f) => f.path)).toContain('dist/index.js');
    note(
      flavour,
      'pack',
      `@ws/lib -> ${lib}${ws.manager === 'pnpm' ? `, zod catalog: -> ${manifest.dependencies.zod}` : ''}`,
    );
  }, 60_000);

  it.runIf(SMOKE_FLAVOURS.includes(flavour))(
    "smoke of a server packs it and the workspace library it needs with the manager's pack, and installs the library from its tarball",
    async () => {
      // @ws/lib@1.0.0 is on no registry (as an unreleased library in a pull request): only its tarball can provide it.
      const started = performance.now();
      // Without --json: the progress lines name each pack, and the text report lists the server's tools.
      const run = await runNode(CLI, ['smoke', ws.dirs.serverA], { cwd: ws.root, env: ws.env });
      const seconds = (performance.now() - started) / 1000;
      expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
      const how = { npm: '', pnpm: ' (pnpm pack)', yarn: ' (yarn pack)', bun: ' (bun pm pack)' }[ws.manager];
      expect(run.stderr).toContain(`smoke @ws/server-a: pack the folder${how}`);
      expect(run.stderr).toContain(
        `smoke @ws/server-a: pack @ws/lib (packages/lib), a workspace package it needs${how}`,
      );
      expect(run.stderr).toContain('smoke @ws/server-a: install from tarball, with @ws/lib from its tarball');
      expect(run.stderr).toContain('smoke @ws/server-a, full client: tools/list: 1 item(s)');
      // yarn cannot pack without its lifecycle scripts: the smoke log says so, as pack's notes do.
      expect(run.stderr.includes('yarn pack runs the prepack script of packages/server-a')).toBe(ws.manager === 'yarn');
      expect(run.stdout).toContain('@ws/server-a');
      expect(run.stdout).toContain('echo');
      note(flavour, 'smoke', `server-a + @ws/lib tarball: ok (${seconds.toFixed(1)} s)`);
    },
    120_000,
  );

  it.runIf(flavour === 'pnpm10')(
    'smoke of a server needing a private workspace package says so before packing anything',
    async () => {
      const file = path.join(ws.root, ws.dirs.lib, 'package.json');
      const original = await readFile(file, 'utf8');
      await writeFile(file, JSON.stringify({ ...JSON.parse(original), private: true }, null, 2));
      try {
        const { code, report } = await cli(ws, ['smoke', ws.dirs.serverA]);
        expect(code).toBe(1);
        expect(report.findings).toHaveLength(1);
        expect(report.findings[0]).toMatchObject({
          rule: 'smoke/install-failed',
          severity: 'error',
          message: expect.stringContaining(
            'needs @ws/lib (packages/lib) at run time, but that workspace package is "private": true',
          ),
        });
      } finally {
        await writeFile(file, original);
      }
    },
    60_000,
  );

  it.skipIf(flavour === 'npm')(
    'plain npm pack leaves workspace: (and catalog:) in place: the check refuses it',
    async () => {
      const out = path.join(base, `${flavour}-npm-pack`);
      await mkdir(out, { recursive: true });
      await exec('npm', ['pack', '--ignore-scripts', '--pack-destination', out], {
        cwd: path.join(ws.root, ws.dirs.serverA),
        env: ws.env,
      });
      const [file] = (await readdir(out)).filter((f) => f.endsWith('.tgz'));
      const tarball = path.join(out, file as string);
      const manifest = (await readTarballManifest(tarball)) as Record<string, unknown>;
      const files = (await listTarballFiles(tarball)).map((f) => f.path);
      const findings = packedFindings(manifest, files, { name: ws.manager, buildScript: true });
      expect(findings.map((f) => f.rule)).toEqual(
        ws.manager === 'pnpm' ? ['pack/unresolved-protocol', 'pack/unresolved-protocol'] : ['pack/unresolved-protocol'],
      );
      expect(findings[0]?.message).toContain('"@ws/lib": "workspace:^"');
      if (ws.manager === 'pnpm') expect(findings[1]?.message).toContain('"zod": "catalog:"');
      // publish refuses such a tarball before it asks the registry anything (this one does not listen).
      const published = await runNode(
        CLI,
        ['publish', tarball, '--registry', 'http://127.0.0.1:9/', '--provenance', 'false', '--json'],
        { cwd: ws.root, env: { ...ws.env, NODE_AUTH_TOKEN: 'not-a-real-token-0000' } },
      );
      expect(published.code).toBe(1);
      const report = JSON.parse(published.stdout) as Report;
      expect(report.findings.map((f) => f.rule)).toEqual(findings.map((f) => f.rule));
    },
  );

  it('scan audits with the manager and its advice names that lockfile, never package-lock.json elsewhere', async () => {
    const { report } = await cli(ws, ['scan', '.']);
    const audit = report.findings.filter((f) => /^scan\/(audit-unavailable|vulnerable-dependency)$/.test(f.rule));
    expect(audit.length).toBeGreaterThan(0);
    for (const finding of audit) expect(finding.file).toBe(ws.lockfile);
    const auditName = ws.manager === 'yarn' ? 'yarn npm audit' : `${ws.manager} audit`;
    expect(report.outputs.audit).toMatch(/^(ok|vulnerable|unavailable)$/);
    if (ws.manager !== 'npm') {
      expect(JSON.stringify(audit)).not.toMatch(/package-lock|npm audit fix/);
      expect(audit.every((f) => (f.fix ?? '').includes(auditName) || (f.fix ?? '').includes(ws.manager))).toBe(true);
    }
    // Here the npm registry answers the advisory endpoints with 405: said as unavailable, with the reason.
    note(
      flavour,
      'audit',
      report.outputs.audit === 'unavailable'
        ? `${auditName}: unavailable (${/\b(405|4\d\d|5\d\d)\b/.exec(audit[0]?.message ?? '')?.[0] ?? 'no answer'})`
        : `${auditName}: ${String(report.outputs.audit)}`,
    );
  }, 60_000);

  it('a package whose build output is missing makes pack exit 1 with ONE unbuilt finding and no tarball', async () => {
    const { rm } = await import('node:fs/promises');
    await rm(path.join(ws.root, ws.dirs.serverB, 'dist'), { recursive: true, force: true });
    const out = path.join(base, `${flavour}-unbuilt`);
    const { code, report } = await cli(ws, ['pack', ws.dirs.serverB, '--out', out]);
    expect(code).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      rule: 'pack/unbuilt',
      severity: 'error',
      message: expect.stringContaining('bin "server-b" -> dist/index.js'),
      fix: expect.stringContaining(`${ws.manager} run build`),
    });
    expect((await readdir(out)).filter((f) => f.endsWith('.tgz') || f === 'release-manifest.json')).toEqual([]);
    note(flavour, 'pack', `${table.get(flavour)?.pack ?? ''}; unbuilt -> exit 1`);
  }, 60_000);

  it('a lockfile out of step with package.json is refused by the frozen install', async () => {
    const file = path.join(ws.root, ws.dirs.serverB, 'package.json');
    const original = await readFile(file, 'utf8');
    const manifest = JSON.parse(original) as Record<string, unknown>;
    // A dependency the lockfile does not hold (another zod version): every manager must refuse to resolve it.
    await writeFile(file, JSON.stringify({ ...manifest, dependencies: { zod: '3.23.7' } }, null, 2));
    try {
      const { code, report } = await cli(ws, ['install', '.']);
      expect(code).toBe(1);
      expect(report.findings).toHaveLength(1);
      expect(report.findings[0]).toMatchObject({
        rule: 'install/failed',
        file: ws.lockfile,
        // Each manager's own words for it: "lock file", "lockfile".
        message: expect.stringMatching(/lock ?file/i),
      });
      note(flavour, 'install', 'frozen ok; drift refused');
    } finally {
      await writeFile(file, original);
    }
  }, 120_000);

  it.skipIf(flavour === 'npm')(
    'a manager missing from PATH is an error naming it, its version and the setup',
    async () => {
      // Without the shims, and without node_modules/.bin folders (npx puts the kit's own managers there).
      const env = {
        ...ws.env,
        PATH: (ws.env.PATH ?? '')
          .split(path.delimiter)
          .filter((p) => p !== ws.binDir && !p.includes('node_modules'))
          .join(path.delimiter),
      };
      const run = await runNode(CLI, ['install', '.', '--json'], { cwd: ws.root, env });
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.findings[0]?.message).toBe(
        `${ws.manager} is not on PATH (the repository declares "packageManager": "${ws.manager}@${ws.version}"): ${
          ws.manager === 'bun'
            ? `use oven-sh/setup-bun with bun-version: ${ws.version} in CI, or install bun@${ws.version} on PATH (https://bun.sh)`
            : `run \`corepack enable\` (it provides ${ws.manager}@${ws.version} from "packageManager"), or install ${ws.manager}@${ws.version} on PATH`
        }`,
      );
    },
  );
});

describe('smoke of a folder outside any workspace', () => {
  it('a workspace: dependency left in the packed package.json is a finding, and nothing is installed', async () => {
    const dir = await tempDir('mcp-release-lone-');
    await writeFile(
      path.join(dir, 'package.json'),
      JSON.stringify({
        name: 'lone-server',
        version: '1.0.0',
        bin: { 'lone-server': 'index.js' },
        dependencies: { '@ws/lib': 'workspace:^' },
      }),
    );
    await writeFile(path.join(dir, 'index.js'), '#!/usr/bin/env node\n');
    const run = await runNode(CLI, ['smoke', '.', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'pack/unresolved-protocol',
        'dependencies "@ws/lib": "workspace:^" is still in the packed package.json; a registry install fails on it (EUNSUPPORTEDPROTOCOL)',
      ],
    ]);
  }, 60_000);
});
