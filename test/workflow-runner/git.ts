import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The world's repositories are bare git repositories on disk, the "remote" that checkout
 * clones from. Two hooks make pushes observable: pre-receive refuses a push that carries no
 * credential or one without `contents: write` (the clone's persisted credential travels as a
 * push option, `token-id=<id>`, the way actions/checkout persists the token in the clone's
 * config), post-receive appends each ref update to a log the world reads after every step.
 * Token files hold permissions under an id (a hash), never the token itself.
 */
export const git = (cwd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * The same, without blocking: the fakes and Verdaccio answer from this process, and the jobs of one
 * run check out side by side (a checkout's fetch is the longest git call a job makes).
 */
export const gitAsync = (cwd: string, args: string[]): Promise<string> =>
  new Promise((resolve, reject) =>
    execFile('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}${stderr ? `\n${stderr}` : ''}`)) : resolve(stdout.trim()),
    ),
  );

/** Sets $id from the `token-id=<id>` push option, when the push carries one. */
const READ_TOKEN_ID = `i=0
while [ "$i" -lt "\${GIT_PUSH_OPTION_COUNT:-0}" ]; do
  eval "opt=\\$GIT_PUSH_OPTION_$i"
  case "$opt" in token-id=*) id="\${opt#token-id=}" ;; esac
  i=$((i+1))
done
`;

export function createBare(dir: string, tokensDir: string, pushLog: string, fullName: string): void {
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', dir]);
  git(dir, ['config', 'receive.advertisePushOptions', 'true']);
  git(dir, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  const pre = `#!/bin/sh
[ -n "$MCP_WORLD_ADMIN" ] && exit 0
id=""
${READ_TOKEN_ID}if [ -z "$id" ]; then echo "fatal: could not read Username for 'https://github.com': terminal prompts disabled" >&2; exit 1; fi
file="${tokensDir}/$id"
if [ ! -f "$file" ]; then echo "remote: Invalid username or token." >&2; exit 1; fi
if ! grep -q "^repos=.*\\(\\*\\| ${fullName} \\)" "$file" || ! grep -q '^contents=write' "$file"; then
  echo "remote: Permission to ${fullName}.git denied to $(sed -n 's/^actor=//p' "$file")." >&2
  echo "fatal: unable to access 'https://github.com/${fullName}/': The requested URL returned error: 403" >&2
  exit 1
fi
exit 0
`;
  const post = `#!/bin/sh
id=admin
${READ_TOKEN_ID}while read old new ref; do echo "${fullName} $id $old $new $ref" >> "${pushLog}"; done
`;
  for (const [name, body] of [
    ['pre-receive', pre],
    ['post-receive', post],
  ] as const) {
    const file = path.join(dir, 'hooks', name);
    writeFileSync(file, body);
    chmodSync(file, 0o755);
  }
}

/** A full sha for a ref (branch, tag, or sha) in a bare repository; undefined when unknown. */
export function resolveRef(bare: string, ref: string): string | undefined {
  for (const candidate of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
    try {
      return git(bare, ['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
    } catch {
      // try the next form
    }
  }
  return undefined;
}

export function readAt(bare: string, sha: string, file: string): string | undefined {
  try {
    return execFileSync('git', ['show', `${sha}:${file.replace(/^\.\//, '')}`], {
      cwd: bare,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

export function listAt(bare: string, sha: string, dir: string): string[] {
  try {
    return git(bare, ['ls-tree', '--name-only', `${sha}:${dir}`])
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}
