import type { LayoutCheck, RawFinding } from '../context.js';
import { binTargets, hasBinField, normalizeTarget } from '../references.js';
import { buildOutputAnalysis } from './build-output.js';

/** A shebang npx can run on every platform: `env` finds node on the user's PATH. */
const NODE_SHEBANG = /^#!\/usr\/bin\/env (-S )?node(\s|$)/;

export const checkBin: LayoutCheck = (ctx) => {
  const out: RawFinding[] = [];
  if (!hasBinField(ctx.manifest)) {
    out.push(ctx.at('layout/bin-missing', ['bin'], 'package.json has no "bin": `npx` cannot start this server'));
    return out;
  }
  const binField = ctx.manifest.bin;
  if (Array.isArray(binField) || (typeof binField !== 'string' && typeof binField !== 'object')) {
    out.push(
      ctx.at(
        'layout/bin-target-missing',
        ['bin'],
        '"bin" must be a path string or an object of name -> path; npm ignores anything else',
      ),
    );
    return out;
  }
  if (typeof binField === 'object' && binField !== null) {
    for (const [name, target] of Object.entries(binField)) {
      if (typeof target !== 'string' || target.trim() === '')
        out.push(
          ctx.at(
            'layout/bin-target-missing',
            ['bin', name],
            `bin "${name}" must be a path string, got ${JSON.stringify(target)}`,
          ),
        );
    }
  }
  for (const bin of binTargets(ctx.manifest)) {
    const rel = normalizeTarget(bin.target);
    const label = `bin "${bin.name}" -> ${bin.target}`;
    if (rel === undefined || rel === '') {
      out.push(ctx.at('layout/bin-outside-package', bin.jsonPath, `${label} points outside the package`));
      continue;
    }
    const file = ctx.facts.files[rel];
    if (!file || file.kind === 'missing') {
      // An unbuilt package: one build-output-missing finding says it for every target.
      if (buildOutputAnalysis(ctx).rels.has(rel)) continue;
      out.push(
        ctx.at(
          'layout/bin-target-missing',
          bin.jsonPath,
          `${label}: file not found, while other files of ${folderText(rel)} exist (a typo, or a file the build does not write?)`,
        ),
      );
      continue;
    }
    if (file.kind === 'dir') {
      out.push(ctx.at('layout/bin-target-missing', bin.jsonPath, `${label} is a directory, not a file`));
      continue;
    }
    if (ctx.packed && !ctx.packed.has(rel)) {
      out.push(ctx.at('layout/bin-not-packed', bin.jsonPath, `${label} exists but is not in the packed file list`));
    }
    if (file.text === undefined) continue;
    out.push(...checkBinText(rel, file.text, label));
    const syntax = ctx.facts.syntax[rel];
    const typeMismatch = ctx.facts.moduleSyntax[rel] === 'esm' && syntax?.message?.includes('outside a module');
    if (syntax && !syntax.ok && !typeMismatch) {
      out.push({
        rule: 'layout/bin-syntax',
        message: `${label} does not parse: ${syntax.message ?? 'node --check failed'}`,
        file: rel,
        line: 1,
        column: 1,
      });
    }
  }
  return out;
};

function folderText(rel: string): string {
  const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
  return dir ? `${dir}/` : 'the package folder';
}

function checkBinText(rel: string, text: string, label: string): RawFinding[] {
  const out: RawFinding[] = [];
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n')).replace(/\r$/, '');
  if (!NODE_SHEBANG.test(firstLine)) {
    const found = firstLine.startsWith('#!') ? `starts with "${firstLine.slice(0, 60)}"` : 'has no shebang';
    const fix = firstLine.startsWith('\uFEFF')
      ? 'Save the file without a byte order mark (BOM) so `#!` is the first two bytes.'
      : undefined;
    out.push({
      rule: 'layout/bin-shebang',
      message: `${label} ${found}; npx needs "#!/usr/bin/env node" as the first line`,
      file: rel,
      line: 1,
      column: 1,
      ...(fix ? { fix } : {}),
    });
  }
  const crlf = text.indexOf('\r\n');
  if (crlf !== -1) {
    const line = text.slice(0, crlf).split('\n').length;
    out.push({
      rule: 'layout/bin-crlf',
      message: `${label} has CRLF line endings (first at line ${line}); a shebang line ending in \\r makes env look for "node\\r"`,
      file: rel,
      line,
      column: 1,
    });
  }
  return out;
}
