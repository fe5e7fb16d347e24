// npm run docs: regenerate every generated file (action.yml and the composites' inputs and outputs,
// their READMEs, docs/cli.md, docs/action.md, docs/rules.md, the config JSON Schema).
// npm run docs -- --check: change nothing, exit 1 naming the files that are not up to date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedFiles, staleFiles } from '../src/docs/generated-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (rel: string): string | undefined => {
  try {
    return readFileSync(path.join(root, rel), 'utf8');
  } catch {
    return undefined;
  }
};
if (process.argv.includes('--check')) {
  const stale = staleFiles(read);
  if (stale.length) {
    console.error(`not up to date (run \`npm run docs\` and commit): ${stale.join(', ')}`);
    process.exitCode = 1;
  } else console.log('generated files are up to date');
} else {
  const files = generatedFiles(read);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    writeFileSync(path.join(root, file.path), file.content);
  }
  console.log(`written: ${files.map((f) => f.path).join(', ')}`);
}
