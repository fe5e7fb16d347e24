import path from 'node:path';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { surfaceText } from '../surface/surface.js';
import { isOk, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import { SMOKE_PICKS } from './smoke-package.js';
import { captureSurface } from './surface-capture.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  ...SMOKE_PICKS,
  target: {
    description:
      'A package folder (packed first), a .tgz tarball, or name@version from the registry (default: the current folder): one package.',
  },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
  'registry-wait': {
    description: 'Accepted like smoke takes it; surface does not wait (it installs name@version at once).',
  },
  out: { description: 'Write the surface JSON to this file (default: stdout).' },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const surfaceCommand: CommandSpec<Input> = defineCommand({
  name: 'surface',
  summary:
    "The MCP server's public API (tools, prompts, resources and their schemas) as canonical JSON: install it as npx would, start it, ask it.",
  positional: 'target',
  options: OPTIONS,
  outputs: {
    'surface-file': 'With {--out}: the path the surface JSON was written to.',
    surface: 'The surface JSON.',
  },
  run: surface,
});

async function surface(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const captured = await captureSurface(
    input.target,
    {
      ...(input.registry ? { registry: input.registry } : {}),
      ...(input.config ? { config: input.config } : {}),
      ...(input.bin ? { bin: input.bin } : {}),
      ...(input.arg ? { arg: input.arg } : {}),
      ...(input.env ? { env: input.env } : {}),
    },
    context,
    'surface',
  );
  const findings = captured.surface
    ? []
    : captured.findings.length
      ? captured.findings
      : rateAll([
          { rule: 'surface/unavailable', message: `${captured.label} did not answer initialize, so it has no surface` },
        ]);
  const outputs: Record<string, string> = {};
  let text: string | undefined;
  if (captured.surface) {
    text = surfaceText(captured.surface);
    outputs.surface = text;
    if (input.out) {
      const file = path.resolve(context.cwd, input.out);
      await context.adapters.fs.writeFile(file, text).catch((error: Error) => {
        throw new UsageError(`surface: --out: cannot write ${input.out ?? ''}: ${error.message}`);
      });
      outputs['surface-file'] = file;
      text = undefined;
    }
  }
  const report = aggregateReport(
    'surface',
    [{ name: captured.label, dir: '.', ok: isOk(findings, input['fail-on'] ?? 'error'), findings }],
    { total: Math.round(performance.now() - started) },
    captured.isolation ? [`isolation: ${captured.isolation}`] : [],
    outputs,
  );
  return text === undefined ? report : { ...report, text };
}
