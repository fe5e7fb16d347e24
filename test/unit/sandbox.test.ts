import { describe, expect, it } from 'vitest';
import { knownSecretValues, redactDeep, redactText } from '../../src/report/known-secrets.js';
import { SANDBOX_INIT_MARKER } from '../../src/smoke/sandbox-init.js';
import { describeSandbox, foldersToHide, launchCommand, setprivFlags, type Sandbox } from '../../src/smoke/sandbox.js';
import { credentialNames, isCredentialName } from '../../src/util/credential-names.js';
import { inlineLocalRefs, inliningProblem, normaliseSchema } from '../../src/surface/surface.js';

const request = {
  command: '/w/install/node_modules/.bin/srv',
  args: ['--x'],
  env: { PATH: '/bin', HOME: '/w/home' },
  cwd: '/w/install',
  hide: ['/home/u'],
  report: '/w/init.json',
  nodePath: '/usr/bin/node',
};
const base = {
  kind: 'namespace' as const,
  unshare: '/usr/bin/unshare',
  setpriv: '/usr/bin/setpriv',
  mount: '/usr/bin/mount',
};

describe('the sandbox launch (pure)', () => {
  it('as root: a PID and mount namespace, the server as nobody with no capabilities and no new privileges', () => {
    const launch = launchCommand({ ...base, via: 'root', serverUid: 65534, serverGid: 65534 }, request, () => 'r');
    expect([launch.command, ...launch.args.slice(0, 7)]).toEqual([
      '/usr/bin/unshare',
      '--pid',
      '--fork',
      '--mount-proc',
      '--kill-child',
      '--',
      '/usr/bin/node',
      '-e',
    ]);
    const config = JSON.parse(launch.args.at(-1) as string) as Record<string, unknown>;
    expect(launch.args.at(-2)).toBe(SANDBOX_INIT_MARKER);
    expect(config).toMatchObject({
      command: request.command,
      args: ['--x'],
      namespace: true,
      hide: ['/home/u'],
      marker: 'MCP_RELEASE_SMOKE_SESSION=r',
      setpriv: [
        '/usr/bin/setpriv',
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        '--nnp',
        '--inh-caps=-all',
        '--bounding-set=-all',
      ],
    });
    // The launcher itself gets the server's environment, never the kit's.
    expect(launch.env).toEqual(request.env);
  });
  it('through sudo: sudo -n, the server back as the invoking user', () => {
    const launch = launchCommand(
      { ...base, via: 'sudo', sudo: '/usr/bin/sudo', serverUid: 1001, serverGid: 118 },
      request,
    );
    expect([launch.command, ...launch.args.slice(0, 3)]).toEqual(['/usr/bin/sudo', '-n', '/usr/bin/unshare', '--pid']);
    expect((JSON.parse(launch.args.at(-1) as string) as { setpriv: string[] }).setpriv.slice(1, 3)).toEqual([
      '--reuid=1001',
      '--regid=118',
    ]);
  });
  it('in a user namespace: mapped root, capabilities dropped', () => {
    const launch = launchCommand({ ...base, via: 'user-namespace' }, request);
    expect(launch.args.slice(0, 2)).toEqual(['--map-root-user', '--pid']);
    expect((JSON.parse(launch.args.at(-1) as string) as { setpriv: string[] }).setpriv).toEqual([
      '/usr/bin/setpriv',
      '--nnp',
      '--inh-caps=-all',
      '--bounding-set=-all',
    ]);
  });
  it('without a namespace: the init alone, no folders hidden, --nnp only', () => {
    const sandbox: Sandbox = { kind: 'environment', reason: 'test', setpriv: '/usr/bin/setpriv' };
    const launch = launchCommand(sandbox, request);
    expect(launch.command).toBe('/usr/bin/node');
    expect(JSON.parse(launch.args.at(-1) as string)).toMatchObject({
      namespace: false,
      hide: [],
      setpriv: ['/usr/bin/setpriv', '--nnp'],
    });
  });
  it('hides homes and workspaces, but never a folder the server needs, and no folder twice', () => {
    expect(
      foldersToHide(
        ['/home/u', '/home/u/work/repo', '/tmp/runner', undefined, 'relative', '/'],
        ['/tmp/mcp-release-smoke-1', '/usr/bin'],
      ),
    ).toEqual(['/home/u', '/tmp/runner']);
    // node under the home (nvm): the home stays visible, the repository inside it is still hidden.
    expect(foldersToHide(['/home/u', '/home/u/repo'], ['/home/u/.nvm/versions/node/v24/bin'])).toEqual([
      '/home/u/repo',
    ]);
    expect(foldersToHide(['/home/u/repo', '/home/u'], ['/opt/node/bin'])).toEqual(['/home/u']);
  });
});

describe('known secrets are redacted from outputs', () => {
  it('takes the values of credential-named variables, longest first', () => {
    expect(
      knownSecretValues({
        GITHUB_TOKEN: 'ghs_abcdefgh',
        NPM_TOKEN: 'npm_abcdefghijkl',
        PATH: '/usr/bin:/bin:/usr/local/bin',
        SHORT_TOKEN: 'abc',
        npm_config__authToken: 'xyz12345678',
      }),
    ).toEqual(['npm_abcdefghijkl', 'ghs_abcdefgh', 'xyz12345678']);
  });
  it('replaces every occurrence in every string, keys included', () => {
    const secrets = ['npm_abcdefghijkl'];
    expect(redactText('a npm_abcdefghijkl b npm_abcdefghijkl', secrets)).toBe('a *** b ***');
    expect(
      redactDeep(
        { tools: [{ name: 'x', description: 'key npm_abcdefghijkl' }], ['npm_abcdefghijkl']: 1, n: 3 },
        secrets,
      ),
    ).toEqual({ tools: [{ name: 'x', description: 'key ***' }], '***': 1, n: 3 });
  });
});

describe('$ref inlining is bounded', () => {
  const chain = (n: number, refs: number) => {
    const defs: Record<string, unknown> = {};
    for (let i = 0; i < n; i += 1)
      defs[`d${i}`] =
        i === n - 1
          ? { type: 'string' }
          : {
              type: 'object',
              properties: Object.fromEntries(
                Array.from({ length: refs }, (_, r) => [`p${r}`, { $ref: `#/$defs/d${i + 1}` }]),
              ),
            };
    return { type: 'object', properties: { root: { $ref: '#/$defs/d0' } }, $defs: defs };
  };
  it('a 40-deep chain referencing twice stops at the depth limit, in milliseconds', () => {
    const started = performance.now();
    expect(inliningProblem(chain(40, 2))).toBe('expands past 64 levels');
    expect(performance.now() - started).toBeLessThan(2000);
    // Kept as written: the definitions and the references are there.
    expect(JSON.stringify(normaliseSchema(chain(40, 2)))).toContain('"$ref":"#/$defs/d0"');
  });
  it('a wide fan-out stops at the node limit', () => {
    expect(inliningProblem(chain(12, 6))).toBe('expands past 100,000 nodes');
  });
  it('a schema within the limits is inlined as before', () => {
    expect(inliningProblem(chain(5, 2))).toBeUndefined();
    expect(inlineLocalRefs(chain(2, 1))).toEqual({
      type: 'object',
      properties: { root: { type: 'object', properties: { p0: { type: 'string' } } } },
    });
  });
});

describe('what the report says about the isolation', () => {
  it('names the way in and what the server got', () => {
    expect(describeSandbox({ kind: 'environment', reason: 'no PID namespaces on darwin' })).toBe(
      "environment only (no PID namespaces on darwin): the server got a scrubbed environment and a temporary HOME, but ran as the same user, who can read other processes' environments from /proc",
    );
    const namespace =
      'the server saw only its own processes, ran with no capabilities and no new privileges, and everything it started was killed with it';
    expect(describeSandbox({ ...base, via: 'user-namespace' })).toBe(
      `own PID and mount namespace (an unprivileged user namespace): ${namespace}`,
    );
    expect(describeSandbox({ ...base, via: 'sudo', sudo: '/usr/bin/sudo', serverUid: 1001 })).toBe(
      `own PID and mount namespace (sudo): ${namespace}`,
    );
    expect(describeSandbox({ ...base, via: 'root', serverUid: 65534 })).toBe(
      `own PID and mount namespace (root, the server as nobody): ${namespace}`,
    );
    expect(describeSandbox({ ...base, via: 'root' })).toBe(
      `own PID and mount namespace (root, the server as root without capabilities): ${namespace}`,
    );
  });
});

describe('the sandbox launch, details that matter', () => {
  it('each session gets its own random marker', () => {
    const marker = (launch: ReturnType<typeof launchCommand>) =>
      (JSON.parse(launch.args.at(-1) as string) as { marker: string }).marker;
    const a = marker(launchCommand({ kind: 'environment', reason: 'x' }, request));
    const b = marker(launchCommand({ kind: 'environment', reason: 'x' }, request));
    expect(a).toMatch(/^MCP_RELEASE_SMOKE_SESSION=[0-9a-f]{24}$/);
    expect(a).not.toBe(b);
  });
  it('mount is handed to the init only in a namespace that has it; hidden folders only in a namespace', () => {
    const config = (sandbox: Sandbox) =>
      JSON.parse(launchCommand(sandbox, request).args.at(-1) as string) as Record<string, unknown>;
    expect(config({ ...base, via: 'root', serverUid: 65534 }).mount).toBe('/usr/bin/mount');
    const { mount: _mount, ...noMount } = base;
    expect('mount' in config({ ...noMount, via: 'root', serverUid: 65534 })).toBe(false);
    expect('mount' in config({ kind: 'environment', reason: 'x', setpriv: '/usr/bin/setpriv' })).toBe(false);
    expect(config({ kind: 'environment', reason: 'x' })).toMatchObject({ hide: [], setpriv: [] });
  });
  it('without setpriv the server is started directly; in the environment level the init is node itself', () => {
    const launch = launchCommand({ kind: 'environment', reason: 'x' }, request);
    expect([launch.command, launch.args[0], launch.args[2]]).toEqual(['/usr/bin/node', '-e', SANDBOX_INIT_MARKER]);
    expect(setprivFlags({ kind: 'environment', reason: 'x' })).toEqual([]);
    // A uid only counts inside a namespace: an environment-level sandbox never switches user.
    expect(setprivFlags({ kind: 'environment', reason: 'x', setpriv: '/s' })).toEqual(['/s', '--nnp']);
  });
  it('a folder and its parent, a root, a relative path, a sibling with a shared prefix', () => {
    expect(foldersToHide(['/home/u'], ['/home/u'])).toEqual([]);
    expect(foldersToHide(['/home/u'], ['/home/user2/bin'])).toEqual(['/home/u']);
    expect(foldersToHide(['/home/u/../u/repo'], [])).toEqual(['/home/u/repo']);
    expect(foldersToHide(['/', 'C:'], [])).toEqual([]);
    expect(foldersToHide(['/a', '/b'], ['/b/x', '/c'])).toEqual(['/a']);
  });
});

describe('credential names', () => {
  it('matches the names that hold credentials by convention, set and non-empty, sorted', () => {
    const env = {
      NPM_TOKEN: 'x',
      GITHUB_TOKEN: '',
      AWS_SECRET_ACCESS_KEY: 'x',
      DB_PASSWORD: 'x',
      DB_PASSWD: 'x',
      OPENAI_API_KEY: 'x',
      SIGNING_PRIVATE_KEY: 'x',
      NPM_CONFIG__AUTH: 'x',
      npm_config__auth: 'x',
      REGISTRY_AUTH: 'x',
      GOOGLE_APPLICATION_CREDENTIALS: 'x',
      PATH: '/bin',
      AUTHOR: 'x',
      KEYBOARD: 'x',
      PASSWORD_HINT_URL: 'x',
      UNSET_TOKEN: undefined,
    };
    expect(credentialNames(env)).toEqual([
      'AWS_SECRET_ACCESS_KEY',
      'DB_PASSWD',
      'DB_PASSWORD',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'NPM_CONFIG__AUTH',
      'NPM_TOKEN',
      'OPENAI_API_KEY',
      'PASSWORD_HINT_URL',
      'REGISTRY_AUTH',
      'SIGNING_PRIVATE_KEY',
      'npm_config__auth',
    ]);
    expect(isCredentialName('AUTHORIZATION_MODE')).toBe(false);
    expect(isCredentialName('MY_AUTH')).toBe(true);
    expect(isCredentialName('XNPM_CONFIG__AUTH_MODE')).toBe(false);
  });
});

describe('redaction edge cases', () => {
  it('eight characters is long enough to be a secret, seven is not', () => {
    expect(knownSecretValues({ A_TOKEN: '12345678', B_TOKEN: '1234567' })).toEqual(['12345678']);
  });
  it('text without a secret comes back as it was, and nothing to redact returns the very same value', () => {
    expect(redactText('nothing here', ['abcdefgh'])).toBe('nothing here');
    const value = { a: ['x'] };
    expect(redactDeep(value, [])).toBe(value);
    expect(redactDeep(value, ['abcdefgh'])).not.toBe(value);
  });
  it('one secret inside another: the longer goes whole first', () => {
    const values = knownSecretValues({ SHORT_TOKEN: 'abcdefgh', LONG_TOKEN: 'abcdefgh12345678' });
    expect(redactText('x abcdefgh12345678 y abcdefgh', values)).toBe('x *** y ***');
  });
});
