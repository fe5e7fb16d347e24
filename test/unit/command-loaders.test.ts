import { describe, expect, it } from 'vitest';
import { commandUsage, mainUsage } from '../../src/cli/usage.js';
import { checkedInput, parseFlags } from '../../src/cli/parse.js';
import {
  COMMAND_LOADERS,
  COMMAND_USAGE,
  findUsage,
  loadCommand,
  loadRunner,
  RUN_LOADERS,
  usageNames,
} from '../../src/commands/command-loaders.js';
import { checksEveryOption } from '../../src/commands/input-check.js';
import { COMMANDS, commandNames, findCommand } from '../../src/commands/registry.js';

/**
 * The entries read each command's usage from src/commands/manifest.json and load its code on demand
 * (src/commands/command-loaders.ts); the registry is the source both are derived from.
 */
describe('command loaders and the usage manifest', () => {
  it('every registered command has a loader that yields that very command, and no loader is left over', async () => {
    expect(Object.keys(COMMAND_LOADERS).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const command of COMMANDS) {
      const usage = findUsage(command.name);
      expect(usage, command.name).toBeDefined();
      expect(await loadCommand(usage!)).toBe(command);
    }
  });

  it("a run loaded on its own is the command's very run, and the manifest checks every option of its command", async () => {
    expect(Object.keys(RUN_LOADERS)).toContain('validate-layout');
    for (const [name, load] of Object.entries(RUN_LOADERS)) {
      const command = findCommand(name);
      expect(command, name).toBeDefined();
      expect(await load()).toBe(command!.run);
      expect(checksEveryOption(findUsage(name)!), name).toBe(true);
      const runner = await loadRunner(findUsage(name)!);
      expect(runner.run).toBe(command!.run);
    }
    // Without a run of its own, the runner is the command with its schema.
    const publish = await loadRunner(findUsage('publish')!);
    expect(publish.run).toBe(findCommand('publish')!.run);
    expect(publish.check({}).success).toBe(false);
  });

  it('the manifest says what the commands say: order, names, aliases, options, positional and outputs', () => {
    expect(usageNames()).toEqual(commandNames());
    for (const [index, usage] of COMMAND_USAGE.entries()) {
      const command = COMMANDS[index]!;
      expect(findCommand(usage.name)).toBe(command);
      expect(usage).toEqual({
        name: command.name,
        aliases: command.aliases,
        summary: command.summary,
        ...(command.positional ? { positional: command.positional } : {}),
        options: command.options,
        outputs: command.outputs,
      });
      expect(commandUsage(usage)).toBe(commandUsage(command));
    }
    expect(mainUsage('1.2.3')).toContain('validate-layout (validate)');
  });

  it('flags are read from the usage alone; the values are checked by the loaded command', () => {
    const usage = findUsage('validate')!;
    expect(parseFlags(usage, ['pkg', '--json']).record).toEqual({ directory: 'pkg' });
    expect(parseFlags(usage, ['--fail-on', 'nope']).record).toEqual({ 'fail-on': 'nope' });
    expect(() => parseFlags(usage, ['--bogus'])).toThrow(/validate-layout: unknown option '--bogus'/);
    expect(parseFlags(usage, ['--help']).help).toBe(true);
    const validate = findCommand('validate')!;
    const { record } = parseFlags(usage, ['--fail-on', 'nope']);
    expect(() => checkedInput(validate, record, validate.inputSchema.safeParse(record))).toThrow(
      /--fail-on: invalid value "nope" \(allowed: error, warning, note, never\)/,
    );
  });
});
