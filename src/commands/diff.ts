import type { z } from 'zod';
import { diffMarkdown, diffSurfaces, exceeds, maxImpact } from '../surface/diff.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { aggregateReport } from './packages.js';
import { captureSurface } from './surface-capture.js';
import type { CommandSpec, RunContext } from './types.js';

const OPTIONS = pickOptions({
  surfaces: true,
  allow: true,
  registry: {
    description:
      "Registry for name@version and for the packages' dependencies (default: the config's registry, else npm's).",
  },
  config: { description: SHARED_DESCRIPTIONS.configInTarget },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnError },
});
type Input = z.infer<typeof OPTIONS.schema>;

export const diffCommand: CommandSpec<Input> = defineCommand({
  name: 'diff',
  summary:
    'Compare two MCP surfaces and classify every change as major, minor or patch, with the reason; exit 1 when it is larger than --allow.',
  positional: 'surfaces',
  options: OPTIONS,
  outputs: {
    impact: 'The largest change: none, patch, minor or major.',
    changes: 'JSON array of {impact, kind, name, reason}.',
    markdown: 'The changes as a markdown table (PR comment, job summary).',
  },
  run: diff,
});

async function diff(input: Input, context: RunContext): Promise<Report> {
  const started = performance.now();
  const options = {
    ...(input.registry ? { registry: input.registry } : {}),
    ...(input.config ? { config: input.config } : {}),
  };
  const [before, after] = [
    await captureSurface(input.surfaces[0] as string, options, context, 'diff'),
    await captureSurface(input.surfaces[1] as string, options, context, 'diff'),
  ];
  const findings: Finding[] = [...before.findings, ...after.findings];
  const outputs: Record<string, string> = {};
  let text: string | undefined;
  if (before.surface && after.surface) {
    const changes = diffSurfaces(before.surface, after.surface);
    const impact = maxImpact(changes);
    text = diffMarkdown(changes);
    Object.assign(outputs, { impact, changes: JSON.stringify(changes), markdown: text });
    if (exceeds(impact, input.allow))
      findings.push(
        ...rateAll([
          {
            rule: 'surface/bump-too-small',
            message: `the MCP surface change from ${before.label} to ${after.label} is ${impact}, more than the ${input.allow} allowed: ${changes
              .filter((c) => c.impact === impact)
              .slice(0, 3)
              .map((c) => `${c.kind} ${c.name}: ${c.reason}`)
              .join('; ')}`,
          },
        ]),
      );
  }
  const report = aggregateReport(
    'diff',
    [
      {
        name: `${before.label} -> ${after.label}`,
        dir: '.',
        ok: isOk(findings, input['fail-on'] ?? 'error'),
        findings,
      },
    ],
    { total: Math.round(performance.now() - started) },
    [],
    outputs,
  );
  return text === undefined ? report : { ...report, text };
}
