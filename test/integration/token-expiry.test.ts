import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.js';
import { registerSecret } from '../helpers/leak-guard.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, runNode } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

let registry: TestRegistry;
let listed: string;
beforeAll(async () => {
  registry = await startRegistry();
  // A token made through the token endpoint is in the account's token list (Verdaccio gives it no expiry date).
  const created = await fetch(`${registry.url}-/npm/v1/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${registry.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ password: 'release-bot-password', readonly: false, cidr_whitelist: [] }),
  });
  listed = ((await created.json()) as { token: string }).token;
  registerSecret('a listed npm token', listed);
});
afterAll(async () => {
  await registry?.stop();
});

async function doctor(env: Record<string, string>): Promise<Report> {
  const dir = await tempDir('doctor-token-');
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'token-check', version: '1.0.0' }));
  const run = await runNode(CLI, ['doctor', dir, '--registry', registry.url, '--json'], { env });
  return JSON.parse(run.stdout) as Report;
}

describe('doctor reads the token list of the registry', () => {
  it('the registry lists the token without an expiry date: a note, not a warning', async () => {
    const report = await doctor({ NPM_PROMOTE_TOKEN: listed });
    expect(report.findings.map((f) => f.rule).filter((r) => r.startsWith('credentials/'))).toEqual([]);
    expect(report.notes).toContain(
      "NPM_PROMOTE_TOKEN: expiry unknown (the registry's token list gives no expiry date for it); granular npm write tokens live at most 90 days",
    );
  });

  it('NPM_PROMOTE_TOKEN set but empty: says how a called workflow reaches an environment secret', async () => {
    const report = await doctor({ NPM_PROMOTE_TOKEN: '', MCP_RELEASE_ENVIRONMENT: 'production' });
    expect(report.outputs['promote-credential']).toBe('none');
    expect(report.notes[0]).toMatch(
      /^NPM_PROMOTE_TOKEN is empty: as an environment secret of "production" a called workflow sees it only in the job that declares `environment: production`, and only under a name the caller passes/,
    );
  });
});
