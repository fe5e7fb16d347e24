import { describe, expect, it } from 'vitest';
import { dependenciesWithInstallScripts, installScripts } from '../../src/scan/install-scripts.js';

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
