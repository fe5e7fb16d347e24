import { formatSize } from '../util/size.js';

/**
 * What a command did, in the words the text report prints before the
 * findings (PackageReport.outcome). Pure: the commands hand in what they
 * know; the JSON report carries the same lines.
 */

export interface PackedFacts {
  name: string;
  version: string;
  /** Where the tarball is, as the user should read it (see displayPath). */
  tarball: string;
  manifest: string;
  size: number;
  files: number;
  integrity: string;
}

/** A path as the user reads it: relative to where they ran the command when it is below it, else absolute. */
export function displayPath(file: string, cwd: string, relative: (from: string, to: string) => string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !/^([a-zA-Z]:)?[\\/]/.test(rel) ? rel : file;
}

/** `pack`: the tarball path first (what the next step needs), then what is in it. */
export function packOutcomeText(packed: PackedFacts): string[] {
  return [
    `packed ${packed.name}@${packed.version} into ${packed.tarball}`,
    `${formatSize(packed.size)}, ${packed.files} file${packed.files === 1 ? '' : 's'}, integrity ${packed.integrity}`,
    `release manifest: ${packed.manifest}`,
  ];
}

/** The values of publish's `published` output, plus `refused` when it did not happen. */
export type PublishOutcome = 'published' | 'staged' | 'already-published' | 'already-staged' | 'dry-run' | 'refused';

export interface PublishFacts {
  outcome: PublishOutcome;
  name: string;
  version: string;
  registry: string;
  tag: string;
  /** publish's `npm-provenance` output: asked, off, or left to npm. */
  provenance?: string;
  /** The npm command lines run (or, on a dry run, that would run), tokens never included. */
  commands: string[];
  /** With a staged publish: the id a maintainer approves. */
  stageId?: string;
}

/**
 * publish in one sentence: published where and under which dist-tag, found
 * already published (nothing done, or only the dist-tag moved), staged, or a
 * dry run that sent nothing (with the commands it would run).
 */
export function publishOutcomeText(facts: PublishFacts): string[] {
  const id = `${facts.name}@${facts.version}`;
  const { registry, tag } = facts;
  const provenance =
    facts.provenance === 'asked' ? 'yes' : facts.provenance === 'off' ? 'no' : (facts.provenance ?? 'left to npm');
  const moved = facts.commands.some((c) => c.startsWith('npm dist-tag add '));
  switch (facts.outcome) {
    case 'published':
      return [`published ${id} to ${registry} with dist-tag ${tag} (provenance: ${provenance})`];
    case 'staged':
      return [
        `staged ${id} on ${registry} for dist-tag ${tag} (provenance: ${provenance}); not installable until a maintainer runs \`npm stage approve ${facts.stageId ?? '<id>'}\``,
      ];
    case 'already-staged':
      return [`already staged: ${id} waits for approval on ${registry} for dist-tag ${tag}; nothing sent`];
    case 'already-published':
      return [
        moved
          ? `already published: ${id} is on ${registry} with the same integrity; only dist-tag ${tag} was moved to it`
          : `already published: ${id} is on ${registry} with the same integrity and dist-tag ${tag}; nothing done`,
      ];
    case 'dry-run':
      return facts.commands.length
        ? [
            `dry run: nothing sent to ${registry}; ${id} would get dist-tag ${tag}; would run:`,
            ...facts.commands.map((c) => `  ${c}`),
          ]
        : [
            `dry run: nothing sent; ${id} is already on ${registry} with the same integrity and dist-tag ${tag}: nothing would run`,
          ];
    case 'refused':
      return [`not published: ${id} was not published to ${registry} with dist-tag ${tag} (see the findings)`];
  }
}
