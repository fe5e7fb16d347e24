import { randomBytes } from 'node:crypto';
import { chmod, cp, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import type { Surface } from '../../src/surface/surface.js';
import { registerSecret } from '../helpers/leak-guard.js';
import { processesMatching } from '../helpers/processes.js';
import { CLI, ROOT, runNode } from '../helpers/run.js';
import { tempDir, writeTree } from '../helpers/temp.js';

/**
 * A hostile server under smoke test (test/fixtures/hostile/servers/snoop): it
 * reads every environment it can reach (its own, each ancestor's and every
 * process's /proc/<pid>/environ), writes into homes, leaves setsid
 * grandchildren, floods stdout and sends a $ref bomb. The kit runs with known
 * fake credentials in its environment, exactly where a release job has them.
 */
const FIXTURE = path.join(ROOT, 'test/fixtures/hostile/servers/snoop');
const FAST = 'smoke:\n  timeouts:\n    initialize: 4000\n    list: 4000\n    shutdown: 700\n';

const token = (prefix: string) => `${prefix}${randomBytes(20).toString('hex')}`;
const CREDENTIALS = {
  GITHUB_TOKEN: token('ghs_'),
  NPM_TOKEN: token('npm_'),
  NODE_AUTH_TOKEN: token('npm_'),
  NPM_PROMOTE_TOKEN: token('npm_'),
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: token('oidc'),
};
for (const [name, value] of Object.entries(CREDENTIALS)) registerSecret(`fake ${name}`, value);

/** Open to other users, so a root kit can run the server as nobody (see src/adapters/mcp-server/sandbox.ts). */
const SCRATCH = await tempDir('smoke-hostile-');
await chmod(SCRATCH, 0o755);

async function fixture(config = FAST): Promise<string> {
  const dir = path.join(await tempDir('hostile-fixture-'), 'snoop');
  await cp(FIXTURE, dir, { recursive: true });
  await writeTree(dir, { '.github/mcp-release.yml': config });
  return dir;
}

async function kit(
  args: string[],
  env: Record<string, string> = CREDENTIALS,
): Promise<{ code: number | null; report: Report; stderr: string }> {
  const run = await runNode(CLI, [...args, '--json'], { env: { TMPDIR: SCRATCH, ...env } });
  return {
    code: run.code,
    report: run.stdout ? (JSON.parse(run.stdout) as Report) : ({} as Report),
    stderr: run.stderr,
  };
}

async function surfaceOf(
  dir: string,
  extra: string[] = [],
  env: Record<string, string> = CREDENTIALS,
): Promise<{ surface: Surface; report: Report }> {
  const out = path.join(await tempDir('hostile-surface-'), 'surface.json');
  const { report } = await kit(['surface', dir, '--out', out, ...extra], env);
  return { surface: JSON.parse(await readFile(out, 'utf8')) as Surface, report };
}

const description = (surface: Surface, tool: string) =>
  String(surface.tools.find((t) => t.name === tool)?.description ?? '');

afterEach(() => {
  // No server, install script or grandchild may outlive a run.
  expect([...processesMatching(SCRATCH), ...processesMatching('hostile-snoop-server')]).toEqual([]);
});

describe('a hostile server under smoke test', () => {
  it('finds no credential anywhere it can look, nor can its install script', async () => {
    const dir = await fixture(`${FAST}  installScripts: true\n`);
    const { surface, report } = await surfaceOf(dir);
    expect(report.findings.map((f) => f.rule)).toEqual([]);
    const seen = description(surface, 'report');
    // Inside its own PID namespace it sees its init and itself only.
    expect(seen).toMatch(/credentials=none$/);
    expect(Number(/processes=(\d+)/.exec(seen)?.[1])).toBeLessThanOrEqual(3);
    const everything = description(surface, 'seen');
    // The install script did run (in the sandbox) and saw the same clean world.
    expect(everything).toMatch(/---postinstall---\n.*npm_lifecycle_event=postinstall/s);
    for (const value of Object.values(CREDENTIALS)) expect(everything.includes(value.slice(0, 12))).toBe(false);
    expect(report.notes.join('\n')).toContain('isolation: own PID and mount namespace');
  });

  it('without a namespace it can read them from an ancestor: the report says so (names only)', async () => {
    // Decoys, not registered with the leak guard: this run is meant to expose them to the server.
    const decoys = { GITHUB_TOKEN: token('ghs_decoy'), NPM_TOKEN: token('npm_decoy') };
    const dir = await fixture(`${FAST}  sandbox: off\n`);
    const { surface } = await surfaceOf(dir, [], decoys);
    expect(description(surface, 'report')).toContain('credentials=GITHUB_TOKEN,NPM_TOKEN');
    // It saw the values, and echoed them in a description: the surface written has them redacted.
    expect(description(surface, 'seen')).toContain('NPM_TOKEN=***');
    expect(JSON.stringify(surface)).not.toContain(decoys.NPM_TOKEN.slice(0, 16));
    const { report } = await kit(['smoke', dir], decoys);
    const weak = report.findings.find((f) => f.rule === 'smoke/isolation-weak');
    expect(weak?.message).toContain("the kit's environment holds GITHUB_TOKEN, NPM_TOKEN");
    expect(JSON.stringify(report)).not.toContain(decoys.NPM_TOKEN.slice(0, 16));
    expect(report.notes.join('\n')).toContain('isolation: environment only (smoke.sandbox is off)');
  });

  it('writes into its own temporary HOME, never the real one', async () => {
    const realHome = await tempDir('real-home-');
    await chmod(realHome, 0o777);
    const { surface } = await surfaceOf(await fixture(), ['--arg', 'home', '--env', `SNOOP_REAL_HOME=${realHome}`], {
      ...CREDENTIALS,
      HOME: realHome,
    });
    expect(description(surface, 'home')).toMatch(/^HOME=.*mcp-release-smoke-[^/]+\/home$/);
    await expect(stat(path.join(realHome, 'hostile-server-was-here'))).rejects.toThrow(/ENOENT/);
  });

  it('a setsid grandchild is found, killed and named', async () => {
    const { report } = await kit(['smoke', await fixture(), '--arg', 'setsid']);
    const stray = report.findings.find((f) => f.rule === 'smoke/stray-processes');
    expect(stray?.evidence).toContain('hostile-snoop-server-grandchild');
  });

  it('a stdout flood without newlines is cut off, not buffered', async () => {
    const { report } = await kit(['smoke', await fixture(), '--arg', 'flood']);
    const flood = report.findings.find((f) => f.rule === 'smoke/output-limit');
    expect(flood?.message).toContain('a stdout line longer than 32 MiB');
    expect(report.ok).toBe(false);
  });

  it('a $ref bomb is a warning, and its surface is the schema as written', async () => {
    const { surface, report } = await surfaceOf(await fixture(), ['--arg', 'refbomb']);
    const schema = JSON.stringify(surface.tools[0]?.inputSchema);
    expect(schema.length).toBeLessThan(10_000);
    expect(schema).toContain('"$ref":"#/$defs/d0"');
    const { report: smoked } = await kit(['smoke', await fixture(), '--arg', 'refbomb']);
    expect(smoked.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'smoke/schema-too-large',
        'tool "bomb" inputSchema expands past 64 levels when its local $refs are inlined; it was compared as written',
      ],
    ]);
    expect(report.ok).toBe(true);
  });

  it('more items than any real server lists: the first 10,000 are read, the rest reported', async () => {
    const { report } = await kit(['smoke', await fixture(), '--arg', 'many']);
    expect(report.outputs['tool-count']).toBe('10000');
    expect(report.findings.find((f) => f.rule === 'smoke/list-failed')?.message).toBe(
      'tools/list listed more than 10,000 items; the rest were not read',
    );
    const rows = report.packages[0]?.tables?.[0]?.rows ?? [];
    expect(rows).toHaveLength(501);
    expect(rows.at(-1)?.[0]).toBe('… and 9500 more');
  });

  it('an endless slow pager stops at the session deadline', async () => {
    // initialize keeps its default (20 s): on a loaded machine a start past 4 s would end the test before any list.
    const config = 'smoke:\n  timeouts:\n    list: 4000\n    shutdown: 700\n    session: 2500\n';
    const started = Date.now();
    const { report } = await kit(['smoke', await fixture(config), '--arg', 'pager']);
    expect(Date.now() - started).toBeLessThan(30_000);
    const failed = report.findings.find((f) => f.rule === 'smoke/list-failed');
    expect(failed?.message).toMatch(
      /^tools\/list was stopped after \d+ page\(s\): the session took longer than its overall limit/,
    );
  });
});
