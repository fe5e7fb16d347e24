import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layer boundaries are a lint rule (eslint.config.js); these probes prove
 * it fires. Each is linted as if it were a file in the named folder.
 */
const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function rulesFiredOn(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const childProcess = "import { spawn } from 'node:child_process';\nexport const run = () => spawn('npm', []);\n";
const fsRead = "import { readFile } from 'node:fs/promises';\nexport const read = () => readFile('x');\n";

describe('layer boundaries', () => {
  it('a domain folder may not start a process, read a file or fetch', async () => {
    expect(await rulesFiredOn('src/release/probe.ts', childProcess)).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*'node:child_process'.*src\/adapters/),
    ]);
    expect(await rulesFiredOn('src/layout/probe.ts', fsRead)).toEqual([
      expect.stringMatching(/no-restricted-imports: .*'node:fs\/promises'/),
    ]);
    expect(
      await rulesFiredOn('src/smoke/probe.ts', "export const get = () => fetch('https://example.com');\n"),
    ).toEqual([expect.stringMatching(/^no-restricted-globals: .*fetch/)]);
    expect(await rulesFiredOn('src/scan/probe.ts', 'export const token = process.env.NPM_TOKEN;\n')).toEqual([
      expect.stringMatching(/^no-restricted-properties: .*Settings/),
    ]);
  });

  it('a command reaches adapters through its context: no I/O module, no adapter value, types allowed', async () => {
    expect(await rulesFiredOn('src/commands/probe.ts', childProcess)).toHaveLength(1);
    expect(
      await rulesFiredOn(
        'src/commands/probe.ts',
        "import { runProcess } from '../adapters/process.js';\nexport { runProcess };\n",
      ),
    ).toEqual([expect.stringMatching(/context\.adapters/)]);
    expect(
      await rulesFiredOn(
        'src/commands/probe.ts',
        "import type { RunResult } from '../adapters/process.js';\nexport type R = RunResult;\n",
      ),
    ).toEqual([]);
  });

  it('the domain knows neither commands nor the RunContext, nor GitHub clients', async () => {
    expect(
      await rulesFiredOn(
        'src/release/probe.ts',
        "import type { RunContext } from '../commands/types.js';\nexport type C = RunContext;\n",
      ),
    ).toEqual([expect.stringMatching(/RunContext/)]);
    expect(
      await rulesFiredOn(
        'src/github/probe.ts',
        "import { getOctokit } from '@actions/github';\nexport { getOctokit };\n",
      ),
    ).toHaveLength(1);
  });

  it('adapters and entries may touch the world', async () => {
    expect(await rulesFiredOn('src/adapters/probe.ts', childProcess)).toEqual([]);
    expect(await rulesFiredOn('src/adapters/probe.ts', fsRead)).toEqual([]);
    expect(await rulesFiredOn('src/cli/probe.ts', fsRead)).toEqual([]);
  });
});
