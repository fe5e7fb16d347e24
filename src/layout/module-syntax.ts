import { init, parse } from 'es-module-lexer';

export type ModuleSyntax = 'esm' | 'cjs' | 'none';

const CJS_MARKERS = [/\brequire\s*\(\s*['"`]/, /\bmodule\.exports\b/, /(^|[^.\w$])exports\.[A-Za-z_$][\w$]*\s*=/m];

/**
 * Which module system a file's source is written for. ESM is decided by a real
 * lexer (es-module-lexer, the one Node's tooling uses): `import`/`export`
 * statements or `import.meta`. CommonJS is a file with no module syntax that
 * calls `require()` or assigns `module.exports`/`exports.x`.
 */
export async function detectModuleSyntax(source: string): Promise<ModuleSyntax> {
  // init() compiles the lexer's WebAssembly off this thread (once); without it parse() compiles it here, synchronously.
  await init();
  try {
    const [, , , hasModuleSyntax] = parse(source);
    if (hasModuleSyntax) return 'esm';
  } catch {
    return 'none'; // not parseable: `node --check` reports syntax errors
  }
  return CJS_MARKERS.some((re) => re.test(source)) ? 'cjs' : 'none';
}

/** How Node loads a file: by extension, else by the package's `type`. */
export function loadedAs(file: string, packageType: unknown): 'esm' | 'cjs' | undefined {
  if (file.endsWith('.mjs')) return 'esm';
  if (file.endsWith('.cjs')) return 'cjs';
  if (file.endsWith('.js') || !/\.[^/]+$/.test(file)) return packageType === 'module' ? 'esm' : 'cjs';
  return undefined; // .json, .node, .d.ts, ... are not JavaScript modules
}
