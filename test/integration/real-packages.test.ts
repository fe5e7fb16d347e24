import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { validate } from '../helpers/validate.js';

const exec = promisify(execFile);

/** Fetch a published tarball from the npm registry and unpack it, as `npx` users receive it. */
async function unpackFromRegistry(spec: string): Promise<string> {
  const dir = await tempDir('real-package-');
  await exec('npm', ['pack', spec, '--pack-destination', dir, '--silent'], { cwd: dir, timeout: 120_000 });
  const [tarball] = (await readdir(dir)).filter((f) => f.endsWith('.tgz'));
  await exec('tar', ['-xzf', path.join(dir, tarball as string), '-C', dir], { timeout: 60_000 });
  return path.join(dir, 'package');
}

/**
 * Real MCP servers from npm, versions pinned so the expectations stay true.
 * What each gets, and why a maintainer would agree:
 * - the official servers say `SEE LICENSE IN LICENSE` but ship no LICENSE file,
 *   and declare no engines.node (an error: Node 18 is MCP's floor);
 * - server-everything also publishes its compiled tests (dist/__tests__);
 * - all declare mcpName but (rightly) do not pack server.json: a note only.
 */
const EXPECTED: [string, string[]][] = [
  [
    '@modelcontextprotocol/server-memory@2026.8.31',
    ['layout/engines-node-missing', 'layout/license-file-missing', 'layout/server-json-missing'],
  ],
  [
    '@modelcontextprotocol/server-everything@2026.8.31',
    ['layout/engines-node-missing', 'layout/license-file-missing', 'layout/packed-junk', 'layout/server-json-missing'],
  ],
  ['@playwright/mcp@0.0.83', ['layout/server-json-missing']],
];

describe('real MCP packages from npm', () => {
  it.each(EXPECTED)(
    '%s',
    async (spec, rules) => {
      const dir = await unpackFromRegistry(spec);
      const report = await validate(dir);
      expect([...new Set(report.findings.map((f) => f.rule))].sort()).toEqual(rules);
      // Node 18 is MCP's floor: a package that does not say so fails validate.
      const engines = report.findings.find((f) => f.rule === 'layout/engines-node-missing');
      if (engines) expect(engines.severity).toBe('error');
      const junk = report.findings.find((f) => f.rule === 'layout/packed-junk');
      if (junk) expect(junk.message).toContain('dist/__tests__/');
    },
    180_000,
  );
});
