import { z } from 'zod';
import { registryUrl } from '../config/registry-url.js';
import { captureSurface } from '../surface/capture.js';
import { diffMarkdown, diffSurfaces, exceeds, IMPACTS, maxImpact } from '../surface/diff.js';
import { isOk, type Finding, type Report } from '../report/model.js';
import { rateAll } from '../rules.js';
import { CONFIG_OPTION, configAndFailOnShape, FAIL_ON_OPTION } from './common-inputs.js';
import { aggregateReport, PACKAGE_OUTPUTS } from './packages.js';
import type { CommandSpec, OptionSpec, RunContext } from './types.js';

const inputSchema = z.object({
  surfaces: z.array(z.string().min(1)).length(2, 'expected two: OLD and NEW'),
  allow: z.enum(IMPACTS).default('major'),
  registry: registryUrl.optional(),
  ...configAndFailOnShape,
});
type Input = z.infer<typeof inputSchema>;

const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'surfaces',
    type: 'string',
    multiple: true,
    description: 'diff: OLD and NEW, each a surface.json, a package folder, a .tgz or name@version.',
  },
  {
    name: 'allow',
    type: 'string',
    description: 'diff: the largest change allowed: none, patch, minor or major (default major: report only).',
  },
  {
    name: 'registry',
    type: 'string',
    description: "Registry for name@version and for dependencies (default: config registry, else npm's).",
  },
  CONFIG_OPTION,
  FAIL_ON_OPTION,
];

export const diffCommand: CommandSpec<Input> = {
  name: 'diff',
  aliases: [],
  summary:
    'Compare two MCP surfaces and classify every change as major, minor or patch, with the reason; exit 1 when it is larger than --allow.',
  positional: { name: 'OLD NEW', option: 'surfaces', required: true, multiple: true },
  options: OPTIONS,
  outputs: {
    ...PACKAGE_OUTPUTS,
    impact: 'diff: the largest change: none, patch, minor or major.',
    changes: 'diff: JSON array of {impact, kind, name, reason}.',
    markdown: 'diff: the changes as a markdown table (PR comment, job summary).',
  },
  inputSchema,
  run: diff,
};

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
