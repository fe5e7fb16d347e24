import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseWhyText } from '../../src/release/monorepo-plan.js';
import { commitsDecisionText, commitsVerdict, labelDecisionText } from '../../src/release/plan-decision.js';
import { skippedCheck, type Report } from '../../src/report/model.js';
import { displayPath, packOutcomeText, publishOutcomeText, type PublishFacts } from '../../src/report/outcome.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderTerminal } from '../../src/report/terminal.js';

/** Reports that say what happened: the sentences, and how the text and summary reporters print them. */

const REGISTRY = 'http://localhost:4873/';
const facts = (over: Partial<PublishFacts>): PublishFacts => ({
  outcome: 'published',
  name: 'x',
  version: '1.2.0',
  registry: REGISTRY,
  tag: 'next',
  provenance: 'asked',
  commands: [],
  ...over,
});

describe('publishOutcomeText: one sentence per outcome, each with the registry and the dist-tag', () => {
  it('published, with provenance yes / no', () => {
    expect(publishOutcomeText(facts({}))).toEqual([
      `published x@1.2.0 to ${REGISTRY} with dist-tag next (provenance: yes)`,
    ]);
    expect(publishOutcomeText(facts({ provenance: 'off' }))[0]).toMatch(/\(provenance: no\)$/);
  });

  it('already published: nothing done, or only the dist-tag moved', () => {
    expect(publishOutcomeText(facts({ outcome: 'already-published' }))).toEqual([
      `already published: x@1.2.0 is on ${REGISTRY} with the same integrity and dist-tag next; nothing done`,
    ]);
    expect(
      publishOutcomeText(
        facts({ outcome: 'already-published', commands: [`npm dist-tag add x@1.2.0 next --registry ${REGISTRY}`] }),
      ),
    ).toEqual([
      `already published: x@1.2.0 is on ${REGISTRY} with the same integrity; only dist-tag next was moved to it`,
    ]);
  });

  it('staged and already staged name the approval', () => {
    expect(publishOutcomeText(facts({ outcome: 'staged', stageId: 'st-1' }))[0]).toBe(
      `staged x@1.2.0 on ${REGISTRY} for dist-tag next (provenance: yes); not installable until a maintainer runs \`npm stage approve st-1\``,
    );
    expect(publishOutcomeText(facts({ outcome: 'already-staged' }))[0]).toMatch(/^already staged: .*nothing sent$/);
  });

  it('dry run: nothing sent, and each command it would run on its own line', () => {
    const command = `npm publish /tmp/x-1.2.0.tgz --tag next --registry ${REGISTRY}`;
    expect(publishOutcomeText(facts({ outcome: 'dry-run', commands: [command] }))).toEqual([
      `dry run: nothing sent to ${REGISTRY}; x@1.2.0 would get dist-tag next; would run:`,
      `  ${command}`,
    ]);
    expect(publishOutcomeText(facts({ outcome: 'dry-run' }))[0]).toMatch(/nothing would run$/);
  });
});

describe('the text reporter', () => {
  const report = (outcome: string[], notes: string[] = []): Report => ({
    command: 'publish',
    ok: true,
    findings: [],
    outputs: {},
    timings: { total: 10 },
    notes,
    packages: [{ name: 'x', version: '1.2.0', dir: 'x-1.2.0.tgz', ok: true, findings: [], outcome }],
  });

  it('prints what happened instead of "no findings", continuation lines indented under it', () => {
    const text = renderTerminal(
      report(publishOutcomeText(facts({ outcome: 'dry-run', commands: ['npm publish a.tgz --tag next'] }))),
      { color: false },
    );
    expect(text.split('\n').slice(0, 3)).toEqual([
      'x@1.2.0  (x-1.2.0.tgz)',
      `  → dry run: nothing sent to ${REGISTRY}; x@1.2.0 would get dist-tag next; would run:`,
      '      npm publish a.tgz --tag next',
    ]);
    expect(text).not.toContain('no findings');
    // A package with nothing to say still says it has no findings.
    expect(renderTerminal(report([]), { color: false })).toContain('✔ no findings');
  });

  it('prints a skipped check as a note that says which, why and how to turn it on', () => {
    const note = skippedCheck('the byte check', 'no release-manifest.json', '--manifest FILE');
    expect(note).toBe('skipped the byte check: no release-manifest.json (to run it: --manifest FILE)');
    expect(renderTerminal(report([], [note]), { color: false })).toContain(`note: ${note}`);
  });

  it('the job summary lists the outcome too', () => {
    const summary = renderSummary(report(['published x@1.2.0 to the registry']));
    // Escaped like every untrusted text of the summary (`@` would be a mention).
    expect(summary).toContain('- published x\\@1.2.0 to the registry\n');
    expect(summary).not.toContain('No findings.');
  });
});

describe('pack: the tarball path first', () => {
  it('name, version, size, file count and integrity', () => {
    expect(
      packOutcomeText({
        name: 'x',
        version: '1.2.0',
        tarball: 'out/x-1.2.0.tgz',
        manifest: 'out/release-manifest.json',
        size: 2345,
        files: 4,
        integrity: 'sha512-abc',
      }),
    ).toEqual([
      'packed x@1.2.0 into out/x-1.2.0.tgz',
      '2.3 kB, 4 files, integrity sha512-abc',
      'release manifest: out/release-manifest.json',
    ]);
  });

  it('paths below the working directory are relative, others absolute', () => {
    expect(displayPath('/w/repo/out/x.tgz', '/w/repo', path.posix.relative)).toBe('out/x.tgz');
    expect(displayPath('/tmp/out/x.tgz', '/w/repo', path.posix.relative)).toBe('/tmp/out/x.tgz');
    expect(displayPath('D:\\out\\x.tgz', 'C:\\repo', path.win32.relative)).toBe('D:\\out\\x.tgz');
  });
});

describe('plan: what decided, in words', () => {
  it('labels: on a PR, given with --labels, none, skip, several', () => {
    const release = { kind: 'release' as const, label: 'release:minor', bump: 'minor' as const };
    expect(labelDecisionText({ source: 'pr', pr: 12 }, release)).toBe('labelled release:minor on PR #12 -> minor');
    expect(labelDecisionText({ source: 'merged-pr', pr: 12 }, release)).toBe(
      'labelled release:minor on PR #12 (merged as the pushed commit) -> minor',
    );
    expect(labelDecisionText({ source: 'labels' }, release)).toBe(
      'labelled release:minor (given with --labels) -> minor',
    );
    expect(labelDecisionText({ source: 'pr', pr: 3 }, { kind: 'none' })).toBe(
      'no release label on PR #3 -> no release',
    );
    expect(labelDecisionText({ source: 'pr', pr: 3 }, { kind: 'skip', label: 'release:skip' })).toBe(
      'labelled release:skip on PR #3 -> no release',
    );
    expect(
      labelDecisionText({ source: 'pr', pr: 3 }, { kind: 'conflict', labels: ['release:minor', 'release:major'] }),
    ).toBe('conflicting release labels on PR #3 (release:minor, release:major): keep exactly one');
  });

  it('conventional commits: the tag they count from and the commit kind that decided', () => {
    const commits = [
      { type: 'fix', breaking: false, subject: 'a' },
      { type: 'feat', breaking: false, subject: 'b' },
      { type: 'docs', breaking: false, subject: 'c' },
    ];
    expect(commitsDecisionText(commitsVerdict(commits, 'v1.2.0'))).toBe(
      'no release label: decided by the commits since v1.2.0 (feat -> minor)',
    );
    expect(commitsVerdict([{ type: 'fix', breaking: true, subject: 'x' }])).toEqual({
      bump: 'major',
      because: 'a breaking change',
    });
    expect(commitsDecisionText(commitsVerdict([{ type: 'docs', breaking: false, subject: 'x' }], 'v1.2.0'))).toBe(
      'nothing decided it: no release label, no conventional commit (feat, fix, perf or breaking) since v1.2.0 -> no release',
    );
    expect(commitsDecisionText({})).toMatch(/since the first commit \(no release tag yet\) -> no release$/);
  });

  it('a monorepo package: why it is released', () => {
    expect(releaseWhyText('dependent', 'lib')).toBe('depends on lib, released in this plan');
    expect(releaseWhyText('changed', 'release:minor')).toBe('changed; labelled release:minor');
    expect(releaseWhyText('label', 'release:patch:a')).toBe('labelled release:patch:a (its own label)');
    expect(releaseWhyText('changed', '--bump minor')).toBe('changed; decided by --bump minor');
    expect(releaseWhyText('changed', 'conventional commits')).toBe(
      'changed; decided by its commits since its last tag',
    );
  });
});
