import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { commandUsage } from '../../src/cli/usage.js';
import { OPTION_CATALOG, OUTPUT_CATALOG } from '../../src/commands/option-catalog.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { COMPOSITES } from '../../src/docs/composites.js';
import { generatedFiles, staleFiles } from '../../src/docs/generated-files.js';
import { ROOT } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
/** The repository's files as the generator reads them: missing is undefined. */
const readerOf = (root: string) => (rel: string) => {
  try {
    return readFileSync(path.join(root, rel), 'utf8');
  } catch {
    return undefined;
  }
};

interface ActionMeta {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string; value?: string }>;
}

describe('generated files (npm run docs)', () => {
  it('every generated file is committed as `npm run docs` writes it', () => {
    expect(staleFiles(readerOf(ROOT)), 'run `npm run docs` and commit the result').toEqual([]);
  });

  it('the staleness check is not vacuous: a hand edit of a generated part, or a missing file, is named', async () => {
    const dir = await tempDir('generated-docs-');
    for (const composite of COMPOSITES) {
      mkdirSync(path.join(dir, composite.dir), { recursive: true });
      writeFileSync(path.join(dir, composite.dir, 'action.yml'), read(`${composite.dir}/action.yml`));
    }
    expect(staleFiles(readerOf(dir))).toEqual(
      expect.arrayContaining(['action.yml', 'docs/cli.md', 'docs/rules.md', 'promote/README.md']),
    );
    for (const file of generatedFiles(readerOf(dir))) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.content);
    }
    expect(staleFiles(readerOf(dir))).toEqual([]);
    const promote = path.join(dir, 'promote/action.yml');
    writeFileSync(
      promote,
      readFileSync(promote, 'utf8').replace(/(mcp-registry:\n\s+description: ).*/, '$1published, or not'),
    );
    expect(staleFiles(readerOf(dir))).toEqual(['promote/action.yml']);
  });

  it('the option catalog: every option some command takes, each command option from it, no command-name prefixes', () => {
    const used = new Set(COMMANDS.flatMap((c) => c.options.map((o) => o.name)));
    expect([...used].filter((name) => !(name in OPTION_CATALOG))).toEqual([]);
    expect(Object.keys(OPTION_CATALOG).filter((name) => !used.has(name))).toEqual([]);
    const names = COMMANDS.map((c) => c.name).join('|');
    const prefixed = new RegExp(`^(${names})(/\\w+)*: `);
    for (const command of COMMANDS) {
      for (const option of command.options)
        expect(option.description, `${command.name} --${option.name}`).not.toMatch(prefixed);
      for (const [key, text] of Object.entries(command.outputs))
        expect(text, `${command.name} output ${key}`).not.toMatch(prefixed);
    }
  });

  it('the root action describes each input once, naming the commands that use it', () => {
    const action = parse(read('action.yml')) as ActionMeta;
    for (const command of COMMANDS)
      for (const option of command.options) {
        const description = action.inputs[option.name]?.description ?? '';
        expect(description, option.name).toMatch(/ (Used by: [\w, -]+|Used by every command)\.$/);
        if (!description.includes('every command')) expect(description, option.name).toContain(command.name);
        // Said once: no "plan, changelog: ... plan: ..." lists of per-command texts.
        expect(description.split('Used by')).toHaveLength(2);
      }
    for (const [key, output] of Object.entries(action.outputs))
      if (!['report-file', 'sarif-file'].includes(key))
        expect(output.description, key).toMatch(/ (Set by: [\w, -]+|Set by every command)\.$/);
  });

  it('outputs several commands set with different meanings are described once in the output catalog', () => {
    const texts = new Map<string, Set<string>>();
    for (const command of COMMANDS)
      for (const [key, text] of Object.entries(command.outputs))
        texts.set(key, (texts.get(key) ?? new Set()).add(text));
    for (const [key, set] of texts) if (set.size > 1) expect(OUTPUT_CATALOG[key], key).toBeDefined();
    // rollback's outputs describe rollback's values, not promote's.
    const rollback = COMMANDS.find((c) => c.name === 'rollback');
    expect(rollback?.outputs['mcp-registry']).toMatch(/updated, unchanged/);
    expect(rollback?.options.find((o) => o.name === 'mcp-registry')?.description).not.toMatch(/Publish server\.json/);
  });

  it('the CLI reference and --help name every flag and output of every command', () => {
    const reference = read('docs/cli.md');
    for (const command of COMMANDS) {
      const help = commandUsage(command);
      expect(reference).toContain(`## ${command.name}\n`);
      for (const option of command.options) {
        const flag = command.positional?.option === option.name ? command.positional.name : `--${option.name}`;
        expect(help, `${command.name} ${flag}`).toContain(flag);
        expect(reference, `${command.name} ${flag}`).toContain(`\`${flag}`);
      }
      for (const key of Object.keys(command.outputs))
        expect(reference, `${command.name} ${key}`).toContain(`\`${key}\``);
    }
  });

  it('each composite README lists the inputs and outputs of its action.yml', () => {
    for (const composite of COMPOSITES) {
      const action = parse(read(`${composite.dir}/action.yml`)) as ActionMeta;
      const readme = read(`${composite.dir}/README.md`);
      for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)])
        expect(readme, `${composite.dir}: ${name}`).toContain(`| \`${name}\` |`);
    }
  });
});

describe('--version under each command says what it means there', () => {
  it('promote and rollback do not read the plan wording; no command lists another command by name', () => {
    const line = (name: string) => {
      const spec = COMMANDS.find((c) => c.name === name);
      const usage = spec ? commandUsage(spec as never) : '';
      return /^ +--version VALUE +(.*)$/m.exec(usage)?.[1] ?? '';
    };
    expect(line('promote')).toBe('The version to promote (published under the staging dist-tag first).');
    expect(line('rollback')).toBe('The bad version to deprecate, or with --undo the version to restore.');
    for (const name of ['plan', 'changelog', 'version', 'github-release', 'promote', 'rollback'])
      expect(line(name), name).not.toMatch(/^plan:|for plan and|for changelog/);
  });
});
