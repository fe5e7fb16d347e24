import path from 'node:path';
import { type DoctorFacts } from '../release/doctor-checks.js';
import { npmrcTokenLines, tokenExpiries } from '../release/doctor.js';
import type { PackageState } from '../release/registry.js';
import type { RunContext } from './types.js';

/** Read what the doctor judges: versions, credentials, the registry, .npmrc files. Publish reads the same before it writes. */
export async function gatherDoctorFacts(
  context: RunContext,
  options: {
    cwd: string;
    manifest: Record<string, unknown> | undefined;
    registry: string;
    /** The package's registry state when the caller read it already (publish): not fetched again. */
    packageState?: PackageState;
  },
): Promise<DoctorFacts> {
  const { cwd, manifest, registry } = options;
  const { settings } = context;
  const { fs, npmCli, npmRegistry } = context.adapters;
  const { credentials } = settings;
  const npmrcFiles = [
    path.join(cwd, '.npmrc'),
    path.join(context.cwd, '.npmrc'),
    path.join(settings.home ?? context.adapters.runtime.homeDir, '.npmrc'),
  ];
  // Independent reads, at the same time: npm's version, the .npmrc files, the tokens' expiry, the packument.
  const [npmVersion, texts, tokenExpiry, packageExists] = await Promise.all([
    npmCli.version(cwd),
    Promise.all([...new Set(npmrcFiles)].map((file) => fs.readFile(file, 'utf8').catch(() => undefined))),
    tokenExpiries(registry, credentials, (reg, token) => npmRegistry.tokenExpiry(reg, token)),
    typeof manifest?.name !== 'string'
      ? undefined
      : options.packageState
        ? { exists: options.packageState.exists }
        : npmRegistry.packageState(registry, manifest.name, credentials.nodeAuthToken).then(
            (state) => ({ exists: state.exists }),
            (error: Error) => ({ error: error.message }),
          ),
  ]);
  const npmrcTokens: DoctorFacts['npmrcTokens'] = [];
  [...new Set(npmrcFiles)].forEach((file, i) => {
    const text = texts[i];
    if (text !== undefined) npmrcTokens.push(...npmrcTokenLines(text, file, cwd));
  });
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
  facts.tokenExpiry = tokenExpiry;
  if (packageExists && 'exists' in packageExists) facts.packageExists = packageExists.exists;
  else if (packageExists) facts.registryError = packageExists.error;
  return facts;
}
