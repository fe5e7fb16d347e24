import { access, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FaultName, WriteRecord } from './fault-proxy.js';
import type { CliRun } from './release-world.js';
import {
  makeTemplate,
  PACKAGE,
  RELEASE_FILES,
  releaseOnBranch,
  startVersionWorld,
  type CheckoutState,
  type HookName,
  type Via,
  type VersionWorld,
} from './version-world.js';

/**
 * The `version` step (bump, changelog, release commit, push) under faults,
 * both ways it commits: through GitHub's git database API (`--commit-via
 * api`; a fault at each GitHub request) and with git (a SIGKILL or a refusal
 * at each git hook: between the writes and the commit, after the commit,
 * before and after the push lands). After each fault, either the run failed,
 * said why in a finding, and left the checkout and the branch exactly as they
 * were; or it was killed; or it succeeded. Then a re-run must converge to one
 * release commit on the branch holding every file at the uninterrupted run's
 * content (the same tree, byte for byte).
 */
const template = await makeTemplate();

async function baseline(via: Via): Promise<{ writes: WriteRecord[]; tree: string; message: string }> {
  const world = await startVersionWorld(template);
  try {
    const ran = await world.run(via);
    if (ran.code !== 0) throw new Error(`baseline (${via}) failed: ${ran.stdout}${ran.stderr}`);
    const { commits, tree, message } = releaseOnBranch(world);
    if (commits.length !== 1) throw new Error(`baseline (${via}): ${commits.length} commits`);
    return { writes: [...world.board.writes], tree, message };
  } finally {
    await world.stop();
  }
}
const api = await baseline('api');
const byGit = await baseline('git');

type Outcome =
  | 'absorbed'
  | 'failed, re-run'
  | 'killed, re-run'
  | 'killed, lock removed, re-run'
  | 'not reached'
  | 'FAILED';
const results = new Map<string, Outcome>();

const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;
const reportOf = (run: CliRun) =>
  JSON.parse(run.stdout) as {
    findings: { rule: string; message: string }[];
    notes: string[];
    outputs: Record<string, string>;
  };

/** The release the uninterrupted run made: one commit after base, the same tree, the same message. */
function expectConverged(world: VersionWorld, after: CheckoutState): void {
  const release = releaseOnBranch(world);
  expect(release.commits, 'exactly one release commit on the branch').toEqual([`chore(release): ${PACKAGE}@1.1.0`]);
  expect(release.tree, "every release file at the uninterrupted run's content").toBe(api.tree);
  expect(release.message.trim()).toBe(`chore(release): ${PACKAGE}@1.1.0\n\nRelease-Of: ${world.base}`);
  expect(after.status, 'the checkout is clean').toBe('');
  expect([world.base, world.branch()], 'the checkout is at the pushed commit or at the release').toContain(after.head);
}

/** A failed run: exit 1, a finding that says why, no stack trace, and nothing changed. */
async function expectFailedCleanly(
  world: VersionWorld,
  run: CliRun,
  before: CheckoutState,
  branchBefore: string,
): Promise<void> {
  const output = run.stdout + run.stderr;
  expect(run.code, output).toBe(1);
  expect(output, 'no stack trace').not.toMatch(stackTrace);
  const report = reportOf(run);
  expect(report.findings.length, 'a finding says why').toBeGreaterThan(0);
  for (const finding of report.findings) expect(finding.message.length).toBeGreaterThan(20);
  expect(await world.checkout(), 'the checkout exactly as the run found it').toEqual(before);
  expect(report.notes).toContain('the checkout is as this run found it (files, index and HEAD)');
  // The branch moved only where the run said it could not tell.
  if (world.branch() !== branchBefore)
    expect(report.findings.map((f) => f.message).join('\n')).toMatch(/may or may not hold/);
}

afterAll(() => {
  if (!results.size) return;
  const cells = [...results.entries()];
  const lines = cells.map(([key, outcome]) => `| ${key.replace('|', ' | ')} | ${outcome} |`);
  process.stdout.write(
    `\nversion fault matrix: ${cells.length} cells, ${cells.filter(([, o]) => o !== 'FAILED').length} green\n| point | fault | outcome |\n|---|---|---|\n${lines.join('\n')}\n`,
  );
});

describe.concurrent('version --commit-via api: points x GitHub faults', () => {
  const faults: FaultName[] = [
    'GitHub 502',
    'GitHub timeout',
    'GitHub connection reset',
    'GitHub reset after write',
    'CLI killed before write',
    'CLI killed after write',
  ];
  const nth = (i: number) => api.writes.slice(0, i + 1).filter((w) => w.label === api.writes[i]?.label).length;
  const points = [
    { write: 0, label: 'version (api): start' },
    ...api.writes.map((w, i) => ({ write: i + 1, label: `version (api): ${w.label} (${nth(i)})` })),
  ];
  for (const point of points) {
    for (const fault of faults) {
      if (point.write === 0 && (fault.startsWith('CLI') || fault === 'GitHub reset after write')) continue;
      it(`${point.label} / ${fault}`, async () => {
        const key = `${point.label}|${fault}`;
        results.set(key, 'FAILED');
        const world = await startVersionWorld(template);
        try {
          const before = await world.checkout();
          const branchBefore = world.branch();
          world.board.arm({ fault, write: point.write });
          const faulted = await world.run('api');
          world.board.disarm();
          let outcome: Outcome = 'absorbed';
          if (world.board.applied === 0) outcome = 'not reached';
          else if (faulted.signal) outcome = 'killed, re-run';
          else if (faulted.code !== 0) {
            outcome = 'failed, re-run';
            await expectFailedCleanly(world, faulted, before, branchBefore);
          }
          if (faulted.code === 0) expectConverged(world, await world.checkout());
          const rerun = await world.run('api');
          expect(rerun.code, `re-run: ${rerun.stdout}${rerun.stderr}`).toBe(0);
          expectConverged(world, await world.checkout());
          // A re-run after a success changes nothing, and says so truthfully.
          if (outcome === 'absorbed' || outcome === 'not reached')
            expect(reportOf(rerun).notes[0]).toMatch(/^already released by /);
          expect(world.github.violations, 'GitHub traffic as its OpenAPI describes it').toEqual([]);
          results.set(key, outcome);
        } finally {
          await world.stop();
        }
      });
    }
  }
});

describe.concurrent('version with git: points x kills and refusals at the git hooks', () => {
  const cells: { hook: HookName; action: 'kill' | 'fail'; label: string }[] = [
    { hook: 'pre-commit', action: 'kill', label: 'files written, before the commit' },
    { hook: 'pre-commit', action: 'fail', label: 'files written, before the commit' },
    { hook: 'post-commit', action: 'kill', label: 'committed, before the push' },
    { hook: 'pre-push', action: 'kill', label: 'before the push is sent' },
    { hook: 'pre-push', action: 'fail', label: 'before the push is sent' },
    { hook: 'pre-receive', action: 'kill', label: 'push received, before the branch moves' },
    { hook: 'pre-receive', action: 'fail', label: 'push received, before the branch moves' },
    { hook: 'post-receive', action: 'kill', label: 'the branch moved, before the answer' },
  ];
  for (const cell of cells) {
    it(`version (git): ${cell.hook}, ${cell.label} / ${cell.action === 'kill' ? 'CLI killed' : 'git refuses'}`, async () => {
      const key = `version (git): ${cell.hook}|${cell.action}`;
      results.set(key, 'FAILED');
      const world = await startVersionWorld(template);
      try {
        const before = await world.checkout();
        const branchBefore = world.branch();
        await world.arm(cell.hook, cell.action);
        const faulted = await world.run('git');
        expect(await world.armed(cell.hook), 'the hook was reached').toBe(false);
        if (cell.action === 'kill') expect(faulted.signal, faulted.stdout + faulted.stderr).toBe('SIGKILL');
        else await expectFailedCleanly(world, faulted, before, branchBefore);
        expect(
          world.branch() === branchBefore || cell.hook === 'post-receive',
          'the branch moves only once the push landed',
        ).toBe(true);
        // git killed inside `git commit` leaves .git/index.lock: the re-run refuses to touch the checkout and says
        // which file to delete; the user (or the next job's fresh checkout) does, and the run after that converges.
        const lock = path.join(world.dir, '.git', 'index.lock');
        const locked = await access(lock).then(
          () => true,
          () => false,
        );
        if (locked) {
          const left = await world.checkout();
          const refused = await world.run('git');
          expect(refused.code).toBe(2);
          expect(refused.stderr).toBe(
            `mcp-release: version: ${lock} exists: a git command is running in this checkout, or was killed in the middle (e.g. an interrupted release); if none is running, delete that file and re-run; nothing was changed\n`,
          );
          expect(await world.checkout()).toEqual(left);
          await rm(lock);
        }
        const rerun = await world.run('git');
        expect(rerun.code, `re-run: ${rerun.stdout}${rerun.stderr}`).toBe(0);
        const after = await world.checkout();
        expectConverged(world, after);
        expect(releaseOnBranch(world).tree).toBe(byGit.tree);
        results.set(
          key,
          cell.action === 'kill' ? (locked ? 'killed, lock removed, re-run' : 'killed, re-run') : 'failed, re-run',
        );
      } finally {
        await world.stop();
      }
    });
  }
});

describe.concurrent('version: the states an interrupted run leaves behind, and what a re-run makes of them', () => {
  /** What a run killed between its writes and its commit leaves: `version` without --commit writes the same contents. */
  const bumpFiles = async (world: VersionWorld, only?: string) => {
    const wrote = await world.exec(['--bump', 'minor']);
    expect(wrote.code, wrote.stdout + wrote.stderr).toBe(0);
    if (only) for (const file of RELEASE_FILES) if (file !== only) world.git('checkout', '--', file);
    expect(world.git('status', '--porcelain')).not.toBe('');
  };
  for (const via of ['api', 'git'] as const) {
    it(`version (${via}): every file written, no commit (a crash between write and commit) is committed, not called done`, async () => {
      const world = await startVersionWorld(template);
      try {
        await bumpFiles(world);
        const run = await world.run(via);
        expect(run.code, run.stdout + run.stderr).toBe(0);
        expect(reportOf(run).outputs.pushed).toBe('true');
        expect(JSON.parse(reportOf(run).outputs.files ?? '[]')).toEqual([
          'package.json',
          'package-lock.json',
          'server.json',
          'CHANGELOG.md',
        ]);
        expectConverged(world, await world.checkout());
        results.set(`version (${via}): crash leftovers, all files|re-run`, 'absorbed');
      } finally {
        await world.stop();
      }
    });

    it(`version (${via}): only package.json written (a crash between two writes) is completed and committed`, async () => {
      const world = await startVersionWorld(template);
      try {
        await bumpFiles(world, 'package.json');
        const run = await world.run(via);
        expect(run.code, run.stdout + run.stderr).toBe(0);
        expectConverged(world, await world.checkout());
      } finally {
        await world.stop();
      }
    });

    it(`version (${via}): a release commit on the branch that holds only CHANGELOG.md is not "already released": the rest is committed`, async () => {
      const world = await startVersionWorld(template);
      try {
        // The commit the old code pushed after a 502: the release message and trailer, CHANGELOG.md alone.
        await bumpFiles(world, 'CHANGELOG.md');
        world.git(
          'commit',
          '-q',
          '--no-verify',
          '-m',
          `chore(release): ${PACKAGE}@1.1.0\n\nRelease-Of: ${world.base}`,
          '--',
          'CHANGELOG.md',
        );
        world.git('push', '-q', '--no-verify', 'origin', 'HEAD:main');
        world.git('reset', '-q', '--hard', world.base);
        const run = await world.run(via);
        expect(run.code, run.stdout + run.stderr).toBe(0);
        const notes = reportOf(run).notes.join('\n');
        expect(notes).not.toMatch(/already released/);
        expect(notes).toMatch(/lacks package\.json, package-lock\.json, server\.json at that version/);
        // The branch now holds the whole release; the partial commit stays in history under it.
        expect(releaseOnBranch(world).tree).toBe(api.tree);
        expect(releaseOnBranch(world).commits).toHaveLength(2);
        const again = await world.run(via);
        expect(reportOf(again).notes[0]).toMatch(/^already released by /);
      } finally {
        await world.stop();
      }
    });
  }

  it('version: an edit of its own in a release file is refused, naming the file, and nothing changes', async () => {
    const world = await startVersionWorld(template);
    try {
      const manifest = path.join(world.dir, 'package.json');
      const edited = (await world.checkout()).files['package.json']?.replace(
        '"license": "MIT"',
        '"license": "Apache-2.0"',
      ) as string;
      await writeFile(manifest, edited);
      const before = await world.checkout();
      const run = await world.run('git');
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(
        /^mcp-release: version: package\.json has uncommitted changes besides the release .*nothing was changed\n$/,
      );
      expect(await world.checkout()).toEqual(before);
      expect(world.branch()).toBe(world.base);
    } finally {
      await world.stop();
    }
  });
});
