import type { z } from 'zod';
import { defineCommand, pickOptions } from './define-command.js';
import { SHARED_DESCRIPTIONS } from './option-catalog.js';
import { securityScan } from './scan-run.js';
import type { CommandSpec } from './types.js';

const OPTIONS = pickOptions({
  directory: true,
  config: { description: SHARED_DESCRIPTIONS.configInDirectory },
  'fail-on': { description: SHARED_DESCRIPTIONS.failOnFromConfig },
  registry: {
    description:
      "Registry the repository's manager audits against (default: the config's registry, else the manager's).",
  },
});
export type SecurityScanInput = z.infer<typeof OPTIONS.schema>;

export const scanCommand: CommandSpec<SecurityScanInput> = defineCommand({
  name: 'security-scan',
  aliases: ['scan'],
  summary:
    'Secrets in the tarball and the repository, install scripts, forbidden files, vulnerable dependencies, workflow security.',
  positional: 'directory',
  options: OPTIONS,
  outputs: {
    'secret-count': 'Credentials found (redacted in the report).',
    'files-scanned': 'Files read by the secret scanner.',
    audit: 'Dependency audit state: ok, vulnerable (in any package), unavailable or off.',
    'workflow-count': 'Workflow and action files audited.',
  },
  run: securityScan,
});
