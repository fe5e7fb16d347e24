import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Spelled so the bundler cannot see a file reference: it would copy package.json into dist/ at build time.
const MANIFEST = ['package', 'json'].join('.');

/**
 * This tool's version, read from the package.json beside the bundle (dist/..)
 * when the tool runs, not baked in at build time: a release bumps package.json
 * in the release commit, and the committed dist/ must stay what the sources
 * build (check-dist) while still saying the released version. From the
 * sources (src/adapters/), the package.json is two folders up.
 */
function readVersion(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', path.join('..', '..')]) {
    try {
      const file = path.join(here, up, MANIFEST);
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'mcp-release-kit' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // not there: try the next folder up
    }
  }
  // not beside its package.json (a copied bundle): say so instead of guessing
  return '0.0.0-unknown';
}

export const TOOL_VERSION: string = readVersion();
