import { cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { gitAsync } from './git.js';
import { allows, type Permissions } from './permissions.js';
import type { Plan, TokenKind, Visibility } from './types.js';

/**
 * Simulated well-known actions. Each lists the inputs the real action declares (its action.yml)
 * and refuses any other, so a typo in a workflow fails the test as it would warn-and-ignore on
 * GitHub (a silent no-op we would rather catch). They act on the world: clone its bare
 * repositories, keep artifacts per run attempt, mint app tokens, check permissions.
 */
export interface ActionHost {
  workspace: string;
  temp: string;
  /** github.token of the job. */
  token: string;
  permissions: Permissions;
  repo: { name: string; visibility: Visibility; plan: Plan };
  sha: string;
  ref: string;
  forkPullRequest: boolean;
  bareOf(repo: string): { dir: string; visibility: Visibility; defaultBranch: string } | undefined;
  tokenInfo(
    token: string,
  ): { id: string; kind: TokenKind; repos: string[] | '*'; permissions: Permissions } | undefined;
  issueToken(repos: string[] | '*', permissions: Permissions, kind: TokenKind): string;
  artifacts: Map<string, { dir: string; job: string }>;
  jobKey: string;
  record(kind: string, entry: Record<string, unknown>): void;
  pathEnv: string;
}

export interface ActionCall {
  inputs: Record<string, string>;
  host: ActionHost;
  log(line: string): void;
  setOutput(name: string, value: string): void;
  exportEnv(name: string, value: string): void;
}

export interface SimulatedAction {
  inputs: string[];
  run(call: ActionCall): Promise<void>;
}

const bool = (text: string | undefined, fallback: boolean): boolean =>
  text === undefined || text === '' ? fallback : text.trim().toLowerCase() === 'true';

const checkout: SimulatedAction = {
  inputs: [
    'repository',
    'ref',
    'token',
    'ssh-key',
    'ssh-known-hosts',
    'ssh-strict',
    'ssh-user',
    'persist-credentials',
    'path',
    'clean',
    'filter',
    'sparse-checkout',
    'sparse-checkout-cone-mode',
    'fetch-depth',
    'fetch-tags',
    'show-progress',
    'lfs',
    'submodules',
    'set-safe-directory',
    'github-server-url',
  ],
  async run({ inputs, host, log }) {
    const name = inputs.repository || host.repo.name;
    const target = host.bareOf(name);
    const token = inputs.token || host.token;
    const info = host.tokenInfo(token);
    // The GITHUB_TOKEN "permissions are limited to the repository that contains your workflow"
    // (https://docs.github.com/en/actions/concepts/security/github_token): another private repository is not found.
    const canRead =
      target &&
      (target.visibility === 'public' ||
        (info && (info.repos === '*' || info.repos.includes(name)) && allows(info.permissions, 'contents', 'read')));
    if (!target || !canRead)
      throw new Error(`Not Found - https://docs.github.com/rest/repos/repos#get-a-repository (repository ${name})`);
    const dest = path.resolve(host.workspace, inputs.path || '.');
    if (bool(inputs.clean, true)) await rm(dest, { recursive: true, force: true });
    await mkdir(dest, { recursive: true });
    const ref = inputs.ref || (name === host.repo.name ? host.sha : target.defaultBranch);
    const depth = Number(inputs['fetch-depth'] || '1');
    await gitAsync(dest, ['init', '-q']);
    await gitAsync(dest, ['remote', 'add', 'origin', target.dir]);
    // fetch-depth 0 fetches all history for all branches and tags; otherwise one commit, no tags (the action's README).
    const fetchArgs =
      depth === 0
        ? ['fetch', '-q', '--tags', 'origin', '+refs/heads/*:refs/remotes/origin/*']
        : ['fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin'];
    await gitAsync(dest, fetchArgs);
    const isSha = /^[0-9a-f]{40}$/.test(ref);
    let sha: string;
    if (isSha) {
      if (depth !== 0) await gitAsync(dest, ['fetch', '-q', '--no-tags', `--depth=${depth}`, 'origin', ref]);
      sha = ref;
    } else {
      const short = ref.replace(/^refs\/(heads|tags)\//, '');
      await gitAsync(dest, [
        'fetch',
        '-q',
        '--no-tags',
        ...(depth === 0 ? [] : [`--depth=${depth}`]),
        'origin',
        `+${ref.startsWith('refs/') ? ref : short}:refs/remotes/origin/${short}`,
      ]);
      sha = await gitAsync(dest, ['rev-parse', `refs/remotes/origin/${short}`]);
    }
    const branch =
      name === host.repo.name && host.ref.startsWith('refs/heads/') && sha === host.sha
        ? host.ref.slice('refs/heads/'.length)
        : undefined;
    if (branch) await gitAsync(dest, ['checkout', '-q', '--force', '-B', branch, sha]);
    else await gitAsync(dest, ['checkout', '-q', '--force', '--detach', sha]);
    if (inputs['sparse-checkout'])
      await gitAsync(dest, [
        'sparse-checkout',
        'set',
        ...inputs['sparse-checkout']
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
      ]);
    if (bool(inputs['persist-credentials'], true) && info) {
      // The real action writes the token into .git/config (http extraheader); here the clone carries the token's id as a push option.
      await gitAsync(dest, ['config', 'push.pushOption', `token-id=${info.id}`]);
    }
    host.record('checkout', {
      repository: name,
      ref,
      sha,
      depth,
      persistCredentials: bool(inputs['persist-credentials'], true),
      path: inputs.path || '.',
    });
    log(`checked out ${name}@${sha}`);
  },
};

const setupNode: SimulatedAction = {
  inputs: [
    'node-version',
    'node-version-file',
    'architecture',
    'check-latest',
    'registry-url',
    'scope',
    'token',
    'cache',
    'package-manager-cache',
    'cache-dependency-path',
    'always-auth',
    'mirror',
    'mirror-token',
  ],
  async run({ inputs, host, log, exportEnv }) {
    host.record('setup-node', { ...inputs });
    const manifest = await readFile(path.join(host.workspace, 'package.json'), 'utf8').then(
      (t) => JSON.parse(t) as { packageManager?: string },
      () => undefined,
    );
    const declared = manifest?.packageManager?.split('@')[0];
    // v5: "caching is enabled automatically when packageManager is set in package.json"; package-manager-cache: false turns it off (README, FACTS.md).
    const manager = inputs.cache || (bool(inputs['package-manager-cache'], true) ? declared : undefined);
    if (manager && manager !== 'npm') {
      const found = await Promise.all(
        host.pathEnv.split(':').map((dir) =>
          stat(path.join(dir, manager)).then(
            () => true,
            () => false,
          ),
        ),
      );
      if (!found.some(Boolean))
        throw new Error(
          `Unable to locate executable file: ${manager}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable.`,
        );
    }
    if (inputs['registry-url']) {
      const url = new URL(inputs['registry-url']);
      const npmrc = path.join(host.temp, '.npmrc');
      await writeFile(npmrc, `//${url.host}${url.pathname}:_authToken=\${NODE_AUTH_TOKEN}\nregistry=${url.href}\n`);
      exportEnv('NPM_CONFIG_USERCONFIG', npmrc);
      exportEnv('NODE_AUTH_TOKEN', 'XXXXX-XXXXX-XXXXX-XXXXX');
    }
    log(`node ${process.version} (asked ${inputs['node-version'] ?? 'none'}), cache ${manager ?? 'off'}`);
  },
};

const uploadArtifact: SimulatedAction = {
  inputs: [
    'name',
    'path',
    'if-no-files-found',
    'retention-days',
    'compression-level',
    'overwrite',
    'include-hidden-files',
  ],
  async run({ inputs, host, log, setOutput }) {
    const name = inputs.name || 'artifact';
    if (!inputs.path) throw new Error('Input required and not supplied: path');
    // v4: names are unique within the run; a second upload is a 409 unless overwrite: true
    // (https://github.com/actions/upload-artifact/issues/478, README "Not uploading to the same artifact").
    if (host.artifacts.has(name) && !bool(inputs.overwrite, false))
      throw new Error(
        'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
      );
    // CreateArtifact is one atomic call on GitHub's side: reserve the name before reading files.
    const dir = path.join(host.temp, '..', 'artifacts', `${name}-${Date.now()}`);
    host.artifacts.set(name, { dir, job: host.jobKey });
    const patterns = inputs.path
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    const files = await glob(patterns, {
      cwd: host.workspace,
      dot: bool(inputs['include-hidden-files'], false),
      absolute: true,
      expandDirectories: true,
    });
    if (!files.length) {
      const mode = inputs['if-no-files-found'] || 'warn';
      const text = `No files were found with the provided path: ${inputs.path}. No artifacts will be uploaded.`;
      host.artifacts.delete(name);
      if (mode === 'error') throw new Error(text);
      log(mode === 'warn' ? `::warning::${text}` : text);
      return;
    }
    const root = commonRoot(files);
    for (const file of files) {
      const dest = path.join(dir, path.relative(root, file));
      await mkdir(path.dirname(dest), { recursive: true });
      await cp(file, dest);
    }
    setOutput('artifact-id', String(host.artifacts.size));
    setOutput('artifact-url', `https://github.com/${host.repo.name}/actions/runs/artifacts/${host.artifacts.size}`);
    log(`uploaded ${files.length} file(s) as ${name}`);
  },
};

function commonRoot(files: string[]): string {
  if (files.length === 1) return path.dirname(files[0] as string);
  let root = path.dirname(files[0] as string);
  while (!files.every((f) => f.startsWith(root + path.sep))) root = path.dirname(root);
  return root;
}

const downloadArtifact: SimulatedAction = {
  inputs: ['name', 'path', 'pattern', 'merge-multiple', 'github-token', 'repository', 'run-id', 'artifact-ids'],
  async run({ inputs, host, log }) {
    const dest = path.resolve(host.workspace, inputs.path || '.');
    // Without name, every artifact of the run, or those whose names match `pattern`, each into its own
    // folder unless merge-multiple (the action's README, "Download All Artifacts").
    const matches = inputs.pattern ? picomatch(inputs.pattern) : () => true;
    const wanted = inputs.name ? [inputs.name] : [...host.artifacts.keys()].filter((n) => matches(n));
    for (const name of wanted) {
      const found = host.artifacts.get(name);
      if (!found)
        throw new Error(
          `Unable to download artifact(s): Artifact not found for name: ${name}\n        Please ensure that your artifact is not expired and the artifact was uploaded using a compatible version of toolkit/upload-artifact.`,
        );
      await cp(found.dir, inputs.name || bool(inputs['merge-multiple'], false) ? dest : path.join(dest, name), {
        recursive: true,
      });
    }
    log(`downloaded ${wanted.join(', ') || 'nothing'}`);
  },
};

const uploadSarif: SimulatedAction = {
  inputs: ['sarif_file', 'checkout_path', 'ref', 'sha', 'token', 'matrix', 'wait-for-processing', 'category'],
  async run({ inputs, host, log }) {
    const file = path.resolve(host.workspace, inputs.sarif_file || '../results');
    const text = await readFile(file, 'utf8').catch(async () => {
      const entries = await readdir(file).catch(() => []);
      if (!entries.length) throw new Error(`Path does not exist: ${inputs.sarif_file}`);
      return '{}';
    });
    JSON.parse(text);
    const info = host.tokenInfo(inputs.token || host.token);
    // Code scanning upload needs security-events: write; a fork PR's token is read-only, so the upload is refused
    // (https://docs.github.com/en/code-security/code-scanning/troubleshooting-code-scanning/resource-not-accessible).
    if (!info || !allows(info.permissions, 'security-events', 'write'))
      throw new Error(
        'Resource not accessible by integration - https://docs.github.com/rest (403). Please check that the workflow has "security-events: write" permission.',
      );
    host.record('sarif', { category: inputs.category ?? '', file: inputs.sarif_file });
    log(`uploaded SARIF ${inputs.sarif_file} (${inputs.category ?? 'no category'})`);
  },
};

const attest: SimulatedAction = {
  inputs: [
    'subject-path',
    'subject-digest',
    'subject-name',
    'subject-checksums',
    'push-to-registry',
    'show-summary',
    'github-token',
    'create-storage-record',
  ],
  async run({ inputs, host, log, setOutput }) {
    // "Artifact attestations are available in public repositories for all current GitHub plans ... private or internal
    // repositories require GitHub Enterprise Cloud" (https://github.com/actions/attest-build-provenance README).
    if (host.repo.visibility !== 'public' && host.repo.plan !== 'enterprise')
      throw new Error(
        `Feature not available for the ${host.repo.name.split('/')[0]} organization. To enable this feature, please upgrade your billing plan, or make this repository public.`,
      );
    if (!allows(host.permissions, 'id-token', 'write'))
      throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable: the job needs "id-token: write"');
    if (!allows(host.permissions, 'attestations', 'write'))
      throw new Error('Resource not accessible by integration (403): the job needs "attestations: write"');
    if (!inputs['subject-path'] && !inputs['subject-digest'] && !inputs['subject-checksums'])
      throw new Error('One of subject-path, subject-digest or subject-checksums must be provided');
    const subjects = inputs['subject-path']
      ? await glob(
          inputs['subject-path']
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter(Boolean),
          { cwd: host.workspace },
        )
      : [];
    if (inputs['subject-path'] && !subjects.length)
      throw new Error(`Could not find subject at path ${inputs['subject-path']}`);
    host.record('attestation', { subjects });
    const bundle = path.join(host.temp, 'attestation.jsonl');
    await writeFile(bundle, JSON.stringify({ subjects }) + '\n');
    setOutput('bundle-path', bundle);
    setOutput('attestation-id', '1');
    log(`attested ${subjects.join(', ')}`);
  },
};

const appToken: SimulatedAction = {
  inputs: [
    'app-id',
    'client-id',
    'private-key',
    'owner',
    'repositories',
    'skip-token-revoke',
    'github-api-url',
    'permission-contents',
    'permission-pull-requests',
    'permission-issues',
    'permission-actions',
    'permission-workflows',
  ],
  async run({ inputs, host, setOutput, log }) {
    if (!inputs['app-id'] && !inputs['client-id'])
      throw new Error("Input required and not supplied: either 'client-id' or 'app-id'");
    if (!inputs['private-key']) throw new Error('Input required and not supplied: private-key');
    const owner = inputs.owner || host.repo.name.split('/')[0];
    const repos = inputs.repositories
      ? inputs.repositories
          .split(/[\n,]/)
          .map((r) => r.trim())
          .filter(Boolean)
          .map((r) => (r.includes('/') ? r : `${owner}/${r}`))
      : inputs.owner
        ? '*'
        : [host.repo.name];
    const permissions: Permissions = {
      contents: 'write',
      'pull-requests': 'write',
      issues: 'write',
      actions: 'write',
      metadata: 'read',
    };
    for (const [key, value] of Object.entries(inputs))
      if (key.startsWith('permission-')) permissions[key.slice('permission-'.length)] = value as 'read' | 'write';
    const token = host.issueToken(repos, permissions, 'app');
    setOutput('token', token);
    setOutput('installation-id', '1');
    setOutput('app-slug', 'release-app');
    log(`minted an app token for ${Array.isArray(repos) ? repos.join(', ') : `all of ${owner}`}`);
  },
};

export const WELL_KNOWN: Record<string, SimulatedAction> = {
  'actions/checkout': checkout,
  'actions/setup-node': setupNode,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'github/codeql-action/upload-sarif': uploadSarif,
  'actions/attest-build-provenance': attest,
  'actions/attest': attest,
  'actions/create-github-app-token': appToken,
};
