import { afterAll, describe, expect, it } from 'vitest';
import { startOidcEndpoint } from '../helpers/oidc.js';
import { FAULTS, type FaultName, type WriteRecord } from './fault-proxy.js';
import {
  makeFixturePackage,
  packAndSign,
  REPOSITORY,
  startWorld,
  STEPS,
  type EndState,
  type Fixture,
  type Snapshot,
} from './release-world.js';

/**
 * The points x faults matrix over the whole release path (publish next -> smoke
 * from the registry -> tag + draft GitHub release -> promote + MCP Registry ->
 * rollback). A point is the moment before a step's first request or before one
 * of its outside writes; from there the fault lasts until the step's command
 * ends. Then the same command runs again (and, with MCP_RELEASE_FAULTS_FULL=1,
 * the rest of the path). Every cell must reach the state of the uninterrupted
 * run, with no create (publish, release, asset, tag, MCP Registry entry) done
 * twice, and a failed first run must have said why in a finding, never with a
 * stack trace.
 */
const oidc = await startOidcEndpoint({
  repository: REPOSITORY,
  repository_owner: 'acme',
  sub: `repo:${REPOSITORY}:ref:refs/heads/main`,
});
const { packageDir, sha } = await makeFixturePackage();
const fixture: Fixture = { packageDir, sha, token: '', oidcUrl: oidc.url };

// The previous release, 1.0.0, published and promoted: rollback moves latest back to it.
const first = await startWorld(fixture, '1.0.0', undefined);
fixture.token = first.registry.token;
const v1 = await packAndSign(packageDir, '1.0.0');
const start = await first.snapshot();
await first.stop();
const previous = await startWorld(fixture, '1.0.0', { ...start, artifactsDir: v1 });
for (const step of STEPS.slice(0, 4)) {
  const ran = await previous.run(step);
  if (ran.code !== 0) throw new Error(`setup: ${step.name} 1.0.0 failed: ${ran.stdout}${ran.stderr}`);
}
const v2 = await packAndSign(packageDir, '1.1.0');
const released = { ...(await previous.snapshot()), artifactsDir: v2 };
await previous.stop();

// The uninterrupted run of 1.1.0: its end state and its writes per step define the points.
const baseline = await startWorld(fixture, '1.1.0', released);
const snapshots: Snapshot[] = [];
const stepWrites: WriteRecord[][] = [];
const stateAfter: EndState[] = [];
for (const step of STEPS) {
  snapshots.push(await baseline.snapshot());
  const before = baseline.board.writes.length;
  const ran = await baseline.run(step);
  if (ran.code !== 0) throw new Error(`baseline: ${step.name} failed: ${ran.stdout}${ran.stderr}`);
  stepWrites.push(baseline.board.writes.slice(before));
  stateAfter.push(await baseline.endState());
}
const expected = stateAfter[stateAfter.length - 1] as EndState;
await baseline.stop();

// By default a cell stops once the faulted step's re-run has reached the uninterrupted run's state
// after that step: the steps that follow are the same commands on the same state. FULL=1 runs them too.
const full = process.env.MCP_RELEASE_FAULTS_FULL === '1';

const CREATES =
  /^(PUT npm publish|POST \/releases|POST \/releases\/\{id\}\/assets|POST \/git\/refs|POST MCP \/v0\.1\/publish)$/;
const creates = (writes: WriteRecord[]) =>
  writes
    .filter((w) => CREATES.test(w.label) && w.status >= 200 && w.status < 300)
    .map((w) => w.label)
    .sort();

type Outcome = 'absorbed' | 'failed, re-run' | 'killed, re-run' | 'not reached' | 'FAILED';
const results = new Map<string, Outcome>();
/** Each point once, named by its write (a repeated write, such as the 4 asset uploads, gets its ordinal). */
const points = STEPS.flatMap((step, index) => {
  const writes = stepWrites[index] ?? [];
  const nth = (i: number) => writes.slice(0, i + 1).filter((w) => w.label === writes[i]?.label).length;
  const repeated = (i: number) => writes.filter((w) => w.label === writes[i]?.label).length > 1;
  return [
    { index, write: 0, label: `${step.name}: start` },
    ...writes.map((w, i) => ({
      index,
      write: i + 1,
      label: `${step.name}: ${w.label}${repeated(i) ? ` (${nth(i)})` : ''}`,
    })),
  ];
});
const faults = Object.keys(FAULTS) as FaultName[];

afterAll(async () => {
  await oidc.stop();
  if (!results.size) return;
  const mark: Record<Outcome, string> = {
    absorbed: 'ok',
    'failed, re-run': 'ok r',
    'killed, re-run': 'ok k',
    'not reached': '·',
    FAILED: 'FAIL',
  };
  const lines = [`| point | ${faults.join(' | ')} |`, `|---|${faults.map(() => '---').join('|')}|`];
  for (const point of points)
    lines.push(
      `| ${point.label} | ${faults
        .map((f) => {
          const r = results.get(`${point.label}|${f}`);
          return r ? mark[r] : '-';
        })
        .join(' | ')} |`,
    );
  const cells = [...results.values()];
  process.stdout.write(
    `\nFault matrix: ${points.length} points x ${faults.length} faults, ${cells.length} cells, ${cells.filter((c) => c !== 'FAILED').length} green\n` +
      `ok: the command absorbed the fault; ok r: it failed with a one-line reason and the re-run finished; ok k: killed, the re-run finished; ` +
      `·: the step sends nothing to that service after this point (its run was the uninterrupted one); -: not applicable (the CLI dies only at a write)\n${lines.join('\n')}\n`,
  );
});

describe.concurrent('points x faults over the release path', () => {
  for (const point of points) {
    for (const fault of faults) {
      if (fault.startsWith('CLI') && point.write === 0) continue;
      it(`${point.label} / ${fault}`, async () => {
        const key = `${point.label}|${fault}`;
        results.set(key, 'FAILED');
        const world = await startWorld(fixture, '1.1.0', snapshots[point.index], {
          killableRegistry: fault === 'registry killed',
        });
        try {
          const step = STEPS[point.index] as (typeof STEPS)[number];
          world.board.arm({ fault, write: point.write });
          const faulted = await world.run(step);
          world.board.disarm();
          await world.registry.restart();
          const output = faulted.stdout + faulted.stderr;
          if (world.board.applied === 0) {
            // The step sends nothing more to that service after this point: the run was an
            // uninterrupted one, and the rest of the path is the baseline's.
            expect(faulted.code, output).toBe(0);
            results.set(key, 'not reached');
            return;
          }
          let outcome: Outcome = 'absorbed';
          if (faulted.signal) outcome = 'killed, re-run';
          else if (faulted.code !== 0) {
            outcome = 'failed, re-run';
            expect(faulted.code, output).toBe(1);
            expect(output, 'a failure explains itself without a stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
            const findings = (JSON.parse(faulted.stdout) as { findings: { rule: string; message: string }[] }).findings;
            expect(findings.length, 'the failure is a finding that says why').toBeGreaterThan(0);
            for (const f of findings) expect(f.message.length).toBeGreaterThan(10);
          }
          const rerun = await world.run(step);
          expect(rerun.code, `re-run of ${step.name}: ${rerun.stdout}${rerun.stderr}`).toBe(0);
          expect(await world.endState(), `the state after ${step.name}`).toEqual(stateAfter[point.index]);
          const rest = full ? STEPS.slice(point.index + 1) : [];
          for (const next of rest) {
            const ran = await world.run(next);
            expect(ran.code, `${next.name} after the fault: ${ran.stdout}${ran.stderr}`).toBe(0);
          }
          if (full) expect(await world.endState(), 'the end state').toEqual(expected);
          expect(creates(world.board.writes), 'nothing created twice').toEqual(
            creates(stepWrites.slice(point.index, point.index + 1 + rest.length).flat()),
          );
          expect(world.github.violations, 'GitHub traffic as its OpenAPI describes it, no secret in a body').toEqual(
            [],
          );
          results.set(key, outcome);
        } finally {
          await world.stop();
        }
      });
    }
  }
});

describe('two release runs of one version started together', () => {
  it('publish -> smoke -> GitHub release -> promote twice at once: one state, nothing created twice, a loser says what happened', async () => {
    const world = await startWorld(fixture, '1.1.0', snapshots[0]);
    try {
      const path = STEPS.slice(0, 4);
      const release = async () => {
        const runs = [];
        for (const step of path) {
          const ran = await world.run(step);
          runs.push({ step: step.name, ...ran });
          if (ran.code !== 0) break;
        }
        return runs;
      };
      const [a, b] = await Promise.all([release(), release()]);
      for (const run of [...(a ?? []), ...(b ?? [])]) {
        const output = run.stdout + run.stderr;
        expect(output, `${run.step}: no stack trace`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        if (run.code !== 0) {
          // The loser of a write stops with a finding that says so; running again finishes it.
          expect(run.code, output).toBe(1);
          const report = JSON.parse(run.stdout) as { findings: { message: string }[] };
          expect(report.findings.map((f) => f.message).join('\n')).toMatch(
            /concurrent|another release|already|re-run/i,
          );
        }
      }
      // Whatever lost is re-run, as the workflow's next attempt would: the end state is the single run's.
      for (const runs of [a, b]) {
        const failed = runs?.findIndex((r) => r.code !== 0) ?? -1;
        if (failed === -1) continue;
        for (const step of path.slice(failed)) expect((await world.run(step)).code).toBe(0);
      }
      expect(await world.endState()).toEqual(stateAfter[3]);
      expect(creates(world.board.writes), 'nothing created twice').toEqual(creates(stepWrites.slice(0, 4).flat()));
      expect(world.github.violations).toEqual([]);
      // Exactly one run did each create, and each report says which it was.
      const outputsOf = (step: string) =>
        [a, b]
          .flatMap((runs) => runs?.filter((r) => r.step === step && r.code === 0) ?? [])
          .map((r) => (JSON.parse(r.stdout) as { outputs: Record<string, string> }).outputs);
      const published = outputsOf(STEPS[0]?.name as string).map((o) => o.published);
      if (published.length === 2) expect(published.sort()).toEqual(['already-published', 'published']);
      const listed = outputsOf(STEPS[3]?.name as string).map((o) => o['mcp-registry']);
      if (listed.length === 2) expect(listed.sort()).toEqual(['already-published', 'published']);
      const said = (r: { code: number | null; stdout: string }) =>
        (JSON.parse(r.stdout) as { findings: { message: string }[] }).findings.map((f) => f.message).join('; ');
      const outcomes = [a, b].map((runs) =>
        runs?.map((r) => `${r.step}: ${r.code === 0 ? 'ok' : `lost (${said(r)})`}`).join(', '),
      );
      process.stdout.write(`two release runs at once:\n  A: ${outcomes[0]}\n  B: ${outcomes[1]}\n`);
    } finally {
      await world.stop();
    }
  });
});
