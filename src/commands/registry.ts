import type { CommandSpec } from './types.js';
import { doctorCommand } from './doctor.js';
import { packCommand } from './pack.js';
import { publishCommand } from './publish.js';
import { scanCommand } from './scan.js';
import { signCommand } from './sign.js';
import { verifyCommand } from './verify.js';
import { planCommand } from './plan.js';
import { changelogCommand } from './changelog.js';
import { versionCommand } from './version.js';
import { githubReleaseCommand } from './github-release.js';
import { promoteCommand } from './promote.js';
import { rollbackCommand } from './rollback.js';
import { statusCommand } from './status.js';
import { surfaceCommand } from './surface.js';
import { diffCommand } from './diff.js';
import { smokeCommand } from './smoke.js';
import { validateLayoutCommand } from './validate-layout.js';
import { installCommand } from './install.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandSpec<never>[] = [
  validateLayoutCommand as CommandSpec<never>,
  smokeCommand as CommandSpec<never>,
  scanCommand as CommandSpec<never>,
  packCommand as CommandSpec<never>,
  publishCommand as CommandSpec<never>,
  doctorCommand as CommandSpec<never>,
  signCommand as CommandSpec<never>,
  verifyCommand as CommandSpec<never>,
  planCommand as CommandSpec<never>,
  changelogCommand as CommandSpec<never>,
  versionCommand as CommandSpec<never>,
  githubReleaseCommand as CommandSpec<never>,
  promoteCommand as CommandSpec<never>,
  rollbackCommand as CommandSpec<never>,
  statusCommand as CommandSpec<never>,
  surfaceCommand as CommandSpec<never>,
  diffCommand as CommandSpec<never>,
  installCommand as CommandSpec<never>,
];

export function findCommand(name: string): CommandSpec<never> | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases.includes(name));
}

export function commandNames(): string[] {
  return COMMANDS.flatMap((c) => [c.name, ...c.aliases]);
}
