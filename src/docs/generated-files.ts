import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMANDS } from '../commands/registry.js';
import { configJsonSchema } from '../config/json-schema.js';
import { actionDocument } from './action-docs.js';
import { actionMetadata } from './action-metadata.js';
import { cliReference } from './cli-reference.js';
import { compositeActionYaml, compositeReadme, COMPOSITES } from './composites.js';
import { rulesDocument, withRuleTable } from './rule-table.js';

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

/**
 * Every file `npm run docs` writes, with the content it must have. The
 * composites keep their hand-written `runs:` section, read from `root`; the
 * README's rule table is filled in only while it has the markers.
 */
export function generatedFiles(root: string): GeneratedFile[] {
  const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');
  const files: GeneratedFile[] = [
    { path: 'action.yml', content: actionMetadata(COMMANDS) },
    { path: 'schema/mcp-release.schema.json', content: `${JSON.stringify(configJsonSchema(), null, 2)}\n` },
    { path: 'docs/cli.md', content: cliReference(COMMANDS) },
    { path: 'docs/action.md', content: actionDocument(COMMANDS) },
    { path: 'docs/rules.md', content: rulesDocument() },
  ];
  for (const composite of COMPOSITES) {
    const yaml = compositeActionYaml(composite, read(`${composite.dir}/action.yml`));
    files.push(
      { path: `${composite.dir}/action.yml`, content: yaml },
      { path: `${composite.dir}/README.md`, content: compositeReadme(composite, yaml) },
    );
  }
  let readme: string | undefined;
  try {
    readme = read('README.md');
  } catch {
    readme = undefined;
  }
  if (readme !== undefined && withRuleTable(readme) !== readme)
    files.push({ path: 'README.md', content: withRuleTable(readme) });
  return files;
}

/** The generated files whose committed content differs (or that are missing). */
export function staleFiles(root: string): string[] {
  return generatedFiles(root)
    .filter((file) => {
      try {
        return readFileSync(path.join(root, file.path), 'utf8') !== file.content;
      } catch {
        return true;
      }
    })
    .map((file) => file.path);
}
