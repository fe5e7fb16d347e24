import { COMMANDS } from '../commands/registry.js';
import { configJsonSchema } from '../config/json-schema.js';
import { actionDocument } from './action-docs.js';
import { actionMetadata } from './action-metadata.js';
import { cliReference } from './cli-reference.js';
import { commandManifest } from './command-manifest.js';
import { serverSchemaValidatorSource } from './server-schema-validator.js';
import { compositeActionYaml, compositeReadme, COMPOSITES } from './composites.js';
import { rulesDocument, withRuleTable } from './rule-table.js';
import { REUSABLE_WORKFLOWS, withWorkflowTables } from './workflow-tables.js';

export interface GeneratedFile {
  /** Relative to the repository root, with forward slashes. */
  path: string;
  content: string;
}

/** Reads a file of the repository by its relative path; undefined when it is missing. */
export type ReadRepositoryFile = (rel: string) => string | undefined;

/**
 * Every file `npm run docs` writes, with the content it must have. The
 * composites keep their hand-written `runs:` section, read through `read`;
 * the README's rule table is filled in only while it has the markers.
 */
export function generatedFiles(readFile: ReadRepositoryFile): GeneratedFile[] {
  const read = (rel: string) => {
    const text = readFile(rel);
    if (text === undefined) throw new Error(`${rel} is missing`);
    return text;
  };
  const files: GeneratedFile[] = [
    { path: 'action.yml', content: actionMetadata(COMMANDS) },
    { path: 'schema/mcp-release.schema.json', content: `${JSON.stringify(configJsonSchema(), null, 2)}\n` },
    { path: 'docs/cli.md', content: cliReference(COMMANDS) },
    { path: 'docs/action.md', content: actionDocument(COMMANDS) },
    { path: 'docs/rules.md', content: rulesDocument() },
    { path: 'src/commands/manifest.json', content: commandManifest(COMMANDS) },
    { path: 'src/mcp-registry/server-schema.validate.ts', content: serverSchemaValidatorSource() },
  ];
  for (const composite of COMPOSITES) {
    const yaml = compositeActionYaml(composite, read(`${composite.dir}/action.yml`));
    files.push(
      { path: `${composite.dir}/action.yml`, content: yaml },
      { path: `${composite.dir}/README.md`, content: compositeReadme(composite, yaml) },
    );
  }
  const workflowsPage = readFile('docs/workflows.md');
  if (workflowsPage !== undefined) {
    const workflows = Object.fromEntries(REUSABLE_WORKFLOWS.map((file) => [file, read(`.github/workflows/${file}`)]));
    files.push({ path: 'docs/workflows.md', content: withWorkflowTables(workflowsPage, workflows) });
  }
  const readme = readFile('README.md');
  if (readme !== undefined && withRuleTable(readme) !== readme)
    files.push({ path: 'README.md', content: withRuleTable(readme) });
  return files;
}

/** The generated files whose committed content differs (or that are missing). */
export function staleFiles(read: ReadRepositoryFile): string[] {
  return generatedFiles(read)
    .filter((file) => read(file.path) !== file.content)
    .map((file) => file.path);
}
