import path from 'node:path';
import { type DoctorFacts } from '../release/doctor-checks.js';
import { npmrcTokenLines, tokenExpiries } from '../release/doctor.js';
import type { RunContext } from './types.js';

/** Read what the doctor judges: versions, credentials, the registry, .npmrc files. Publish reads the same before it writes. */
export async function gatherDoctorFacts(
  context: RunContext,
  options: { cwd: string; manifest: Record<string, unknown> | undefined; registry: string },
): Promise<DoctorFacts> {
  const { cwd, manifest, registry } = options;
  const { settings } = context;
  const { fs, npmCli, npmRegistry } = context.adapters;
  const { credentials } = settings;
  const npmVersion = await npmCli.version(cwd);
  const npmrcFiles = [
    path.join(cwd, '.npmrc'),
    path.join(context.cwd, '.npmrc'),
    path.join(settings.home ?? context.adapters.runtime.homeDir, '.npmrc'),
  ];
  const npmrcTokens: DoctorFacts['npmrcTokens'] = [];
  for (const file of [...new Set(npmrcFiles)]) {
    const text = await fs.readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined) npmrcTokens.push(...npmrcTokenLines(text, file, cwd));
  }
  const facts: DoctorFacts = {
    nodeVersion: context.adapters.runtime.nodeVersion,
    ...(npmVersion ? { npmVersion } : {}),
    inActions: settings.inActions,
    oidcAvailable: Boolean(credentials.oidcRequestUrl && credentials.oidcRequestToken),
    hasToken: Boolean(credentials.nodeAuthToken),
    ...(settings.github.repository ? { githubRepository: settings.github.repository } : {}),
    ...(settings.github.workflowRef ? { workflowRef: settings.github.workflowRef } : {}),
    ...(manifest ? { manifest } : {}),
    npmrcTokens,
  };
  facts.tokenExpiry = await tokenExpiries(registry, credentials, (reg, token) => npmRegistry.tokenExpiry(reg, token));
  if (typeof manifest?.name === 'string') {
    try {
      facts.packageExists = (await npmRegistry.packageState(registry, manifest.name, credentials.nodeAuthToken)).exists;
    } catch (error) {
      facts.registryError = (error as Error).message;
    }
  }
  return facts;
}
