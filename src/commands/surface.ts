import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { captureSurface } from '../surface/capture.js';
import { surfaceText } from '../surface/surface.js';
import { isOk, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { aggregateReport, PACKAGE_OUTPUTS } from './packages.js';
import { SMOKE_OPTIONS, smokeInputShape } from './smoke.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';

const inputSchema = z.object({ ...smokeInputShape, out: z.string().min(1).optional() });
type Input = z.infer<typeof inputSchema>;

const OPTIONS: readonly OptionSpec[] = [
  ...SMOKE_OPTIONS,
  { name: 'out', type: 'string', description: 'surface: write the surface JSON to this file (default: stdout).' },
];

export const surfaceCommand: CommandSpec<Input> = {
  name: 'surface',
  aliases: [],
  summary:
    "The MCP server's public API (tools, prompts, resources and their schemas) as canonical JSON: install it as npx would, start it, ask it.",
  positional: { name: 'TARGET', option: 'target' },
  options: OPTIONS,
  outputs: {
    ...PACKAGE_OUTPUTS,
    'surface-file': 'surface: where the surface JSON was written.',
    surface: 'surface: the surface JSON.',
  },
  inputSchema,
  run: surface,
};

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
      await writeFile(file, text).catch((error: Error) => {
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
