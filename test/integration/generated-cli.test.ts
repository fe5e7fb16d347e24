import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePackage } from '../helpers/package-fixture.js';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { CLI, cleanEnv, ROOT } from '../helpers/run.js';

/**
 * Generated bad input through the real CLI (the in-process properties are in
 * test/unit/generated-input.test.ts): package.json, server.json and the config
 * file with shell metacharacters, `${{ }}`, markdown/HTML, 1 MB strings,
 * invalid UTF-8 and deep nesting; labels and versions for plan. Every case ends
 * within the timeout with exit 0, 1 (findings) or 2 (one-line usage error that
 * names the file or flag), never a stack trace, and the registry is unchanged.
 */
let registry: TestRegistry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => registry.stop());

const TIMEOUT_MS = 30_000;
const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** The contract every generated case must keep. `names` are what a usage error may point at. */
function expectClean(run: Awaited<ReturnType<typeof cli>>, names: RegExp): void {
  const output = run.stdout + run.stderr;
  expect(run.timedOut, output.slice(0, 500)).toBe(false);
  expect([0, 1, 2], output.slice(0, 500)).toContain(run.code);
  expect(output).not.toMatch(STACK_TRACE);
  if (run.code === 2) {
    // One line per problem, each naming the file or flag at fault.
    const lines = run.stderr.trim().split('\n');
    expect(lines.length, run.stderr).toBeLessThanOrEqual(20);
    for (const line of lines) expect(line).toMatch(names);
  } else expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
}

const nasty = fc.oneof(
  fc.constantFrom(
    '$(touch /tmp/pwned)',
    '`id`',
    '; rm -rf ~',
    '${{ github.event.pull_request.title }}',
    '<script>alert(1)</script>',
    '[x](javascript:alert(1))',
    '| a | b |\n|---|',
    '\u0000',
    '\u202e',
    'é'.repeat(3),
  ),
  fc.string({ maxLength: 60 }),
  fc.constant('x'.repeat(1024 * 1024)),
);
/** A field's value as JSON text: generated values, or nesting 5,000 levels deep (written as text: no recursion here). */
const DEEP = `${'{"a":'.repeat(5000)}"leaf"${'}'.repeat(5000)}`;
const fieldValue = fc.oneof(
  nasty.map((v) => JSON.stringify(v)),
  fc.integer().map(String),
  fc.constant('null'),
  fc.array(nasty, { maxLength: 3 }).map((v) => JSON.stringify(v)),
  fc.constant(DEEP),
);

async function packageWith(files: Record<string, string | Buffer>): Promise<string> {
  const { dir } = await makePackage();
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

describe('generated bad input through the CLI', () => {
  it('package.json: generated field values, raw invalid UTF-8, deep nesting', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('name', 'version', 'description', 'bin', 'mcpName', 'files', 'engines', 'main'),
        fieldValue,
        fc.boolean(),
        async (field, value, rawBytes) => {
          const manifest: Record<string, unknown> = {
            name: '@acme/weather-mcp',
            version: '1.2.3',
            bin: { w: 'dist/index.js' },
            files: ['dist'],
            license: 'MIT',
          };
          delete manifest[field];
          const text = rawBytes
            ? Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from('"}')])
            : `${JSON.stringify(manifest).slice(0, -1)},"${field}":${value}}`;
          const dir = await packageWith({ 'package.json': text });
          expectClean(await cli(['validate', dir, '--json']), /package\.json/);
        },
      ),
      { numRuns: 12 },
    );
  }, 600_000);

  it('a 1 MB path in bin, main, browser or files: one finding naming the field, never a crash (npm-packlist makes a pattern of it, minimatch refuses 64 KB)', async () => {
    const long = 'x'.repeat(1024 * 1024);
    const cases: [Record<string, unknown>, string][] = [
      [{ bin: [long] }, 'bin'],
      [{ bin: { w: long } }, 'bin.w'],
      [{ bin: long }, 'bin'],
      [{ main: long }, 'main'],
      [{ browser: long }, 'browser'],
      [{ files: ['dist', long] }, 'files'],
    ];
    for (const [fields, named] of cases) {
      const dir = await packageWith({
        'package.json': JSON.stringify({ name: '@acme/weather-mcp', version: '1.2.3', license: 'MIT', ...fields }),
      });
      const run = await cli(['validate', dir, '--json']);
      expectClean(run, /package\.json/);
      const messages = (JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] }).findings
        .filter((f) => f.rule === 'layout/pack-failed')
        .map((f) => f.message);
      expect(messages, named).toEqual([
        expect.stringContaining(
          `"${named}" in package.json holds a path of 1048576 characters: npm cannot pack a path over 65534 characters (allowed: a relative path such as "dist/index.js")`,
        ),
      ]);
    }
  });

  it('"files" as a 1 MB string: a finding in well under a second, npm is not asked (it would read each character as a path)', async () => {
    const dir = await packageWith({
      'package.json': JSON.stringify({
        name: '@acme/weather-mcp',
        version: '1.2.3',
        bin: { w: 'dist/index.js' },
        license: 'MIT',
        files: 'x'.repeat(1024 * 1024),
      }),
    });
    const run = await cli(['validate', dir, '--json']);
    expectClean(run, /package\.json/);
    const messages = (JSON.parse(run.stdout) as { findings: { rule: string; message: string }[] }).findings
      .filter((f) => f.rule === 'layout/pack-failed')
      .map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(
        /"files" in package\.json must be a list of paths \(allowed: an array of strings such as \["dist"\]\), not a string of 1048576 characters/,
      ),
    ]);
  });

  it('server.json and the config file: generated documents and junk', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('server.json', '.github/mcp-release.yml'),
        fc.oneof(
          fieldValue.map((v) => `{"name":${v},"packages":[{"identifier":${v}}]}`),
          nasty,
          fc.constant('a: &x [*x]\nb: *y\n'),
          fc.constant(`${'- '.repeat(3000)}x`),
        ),
        async (file, text) => {
          const dir = await packageWith({ [file]: text });
          expectClean(await cli(['validate', dir, '--json']), /mcp-release\.yml|server\.json/);
        },
      ),
      { numRuns: 12 },
    );
  }, 600_000);

  it('plan: generated labels and versions never crash it, and nothing reaches the registry', async () => {
    const dir = await packageWith({});
    // Command-line arguments cannot hold NUL bytes (the OS ends them there).
    const arg = nasty.map((s) => s.slice(0, 300).replaceAll('\0', ''));
    await fc.assert(
      fc.asyncProperty(fc.array(arg, { maxLength: 4 }), fc.option(arg), async (labels, version) => {
        const args = [
          'plan',
          dir,
          '--labels',
          labels.join(','),
          '--registry',
          registry.url,
          '--json',
          ...(version === null ? [] : ['--version', version]),
        ];
        expectClean(await cli(args), /--labels|--version|label|version/);
      }),
      { numRuns: 12 },
    );
    expect((await fetch(`${registry.url}@acme%2fweather-mcp`)).status).toBe(404);
  }, 600_000);
});
