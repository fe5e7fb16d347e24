import { readdir, type Dirent, type Stats } from 'node:fs';
import { basename, extname } from 'node:path';
import packlist from 'npm-packlist';
import { compareEn } from '../util/en-collation.js';

/*
 * npm-packlist's walk with the same rules, decided the same way, and less work per file.
 *
 * npm-packlist (through ignore-walk) compiles every rule set again in each directory (the 22
 * default rules, the strict ones, every .gitignore/.npmignore), and tests each entry against the
 * rules of its own directory and of every parent, each rule with up to six `minimatch` calls. On a
 * large tree that is most of the listing's time. Two things change here, nothing else:
 *
 * - an ignore file's text compiles once: directories with the same rule text share the compiled
 *   `Minimatch` objects (they are never modified after construction; ignore-walk only reads them);
 * - each rule answers a plain (non-partial) match with `false` at once when the path lacks a
 *   literal every match needs. A glob part's literal run (the characters between `*`/`?`, in a part
 *   without `[`, braces, extglobs or escapes) must appear in the path segment the part matches,
 *   case-insensitively as minimatch's `nocase` regular expressions compare; a rule whose every
 *   alternative has such a literal cannot match a path containing none of them. Partial matches
 *   (a directory that a later segment could still match) always go to minimatch.
 *
 * Bundled dependencies are walked by npm-packlist's own walker, unchanged.
 * test/unit/packlist-walk.test.ts compares this walk with npm-packlist's on generated trees.
 */

interface Rule {
  negate: boolean;
  globParts: string[][];
  match(path: string, partial?: boolean): boolean;
}

interface WalkerInstance {
  tree: unknown;
  ignoreRules: Record<string, Rule[] | null>;
  walkerOpt(entry: string, opts: unknown): Record<string, unknown>;
  onReadIgnoreFile(file: string, data: string, then: () => void): void;
  on(event: string, listener: (...args: unknown[]) => void): WalkerInstance;
  emit(event: string, ...args: unknown[]): boolean;
  start(): WalkerInstance;
}

type WalkerClass = new (tree: unknown, options: Record<string, unknown>) => WalkerInstance;

const Base = (packlist as unknown as { Walker: WalkerClass }).Walker;
const compiled = new Map<string, Rule[]>();
const MAX_COMPILED = 2000;

/** The literal run a path segment matched by this glob part must contain ('' when none is sure). */
function literalOf(part: string): string {
  if (/[[\]{}()\\!+@]/.test(part)) return '';
  return part.split(/[*?]/).reduce((a, b) => (b.length > a.length ? b : a), '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rules of one ignore file, with the literal each needs (`undefined`: none is sure). */
interface RuleSet {
  rules: Rule[];
  needs: (RegExp | undefined)[];
  /** Set when every rule needs a literal: a path matching none of them matches no rule here. */
  any?: RegExp;
  negated: boolean;
}

function ruleSet(rules: Rule[]): RuleSet {
  const literals = rules.map((rule) => {
    const each = rule.globParts.map((parts) =>
      parts.map(literalOf).reduce((a, b) => (b.length > a.length ? b : a), ''),
    );
    return each.length === 0 || each.includes('') ? undefined : each;
  });
  const needs = literals.map((l) => (l ? new RegExp(l.map(escapeRegExp).join('|'), 'i') : undefined));
  const all = literals.every(Boolean) ? (literals as string[][]).flat() : undefined;
  return {
    rules,
    needs,
    ...(all?.length ? { any: new RegExp(all.map(escapeRegExp).join('|'), 'i') } : {}),
    negated: rules.some((r) => r.negate),
  };
}

const sets = new WeakMap<Rule[], RuleSet>();

class Walker extends Base {
  declare parent: Walker | null;
  declare basename: string;
  declare exact: boolean | undefined;
  declare ignoreFiles: (string | symbol)[];

  override onReadIgnoreFile(file: string, data: string, then: () => void): void {
    let rules = compiled.get(data);
    if (!rules) {
      super.onReadIgnoreFile(file, data, () => undefined);
      rules = this.ignoreRules[file] as Rule[];
      sets.set(rules, ruleSet(rules));
      if (compiled.size >= MAX_COMPILED) compiled.clear();
      compiled.set(data, rules);
    }
    this.ignoreRules[file] = rules;
    then();
  }

  /** The lstat of each file the walk saw, by absolute path (for a caller that needs sizes and modes). */
  declare stats: Map<string, Stats> | undefined;
  declare path: string;

  onstat(
    opts: { st: Stats; entry: string; file?: boolean; dir?: boolean; isSymbolicLink?: boolean },
    callback: () => void,
  ): void {
    if (this.stats && opts.st.isFile()) this.stats.set(this.path + '/' + opts.entry, opts.st);
    (Base.prototype as unknown as { onstat: Walker['onstat'] }).onstat.call(this, opts, callback);
  }

  walker(entry: string, opts: unknown, callback: (...args: unknown[]) => void): void {
    const child = new Walker(this.tree, this.walkerOpt(entry, opts));
    child.stats = this.stats;
    child.namesOnly = this.namesOnly;
    child.on('done', callback).start();
  }

  /** Only the list is wanted (no sizes or modes): each entry's type comes from readdir, not from an lstat. */
  declare namesOnly: boolean | undefined;
  declare dirents: Map<string, Dirent> | undefined;
  declare onReaddir: (entries: string[]) => void;

  override start(): WalkerInstance {
    if (!this.namesOnly) return super.start();
    readdir(this.path, { withFileTypes: true }, (error, entries) => {
      if (error) {
        this.emit('error', error);
        return;
      }
      this.dirents = new Map(entries.map((d) => [d.name, d]));
      this.onReaddir(entries.map((d) => d.name));
    });
    return this;
  }

  stat(opts: { entry: string; file: boolean; dir: boolean }, callback: () => void): void {
    const dirent = this.dirents?.get(opts.entry);
    // A link (followed or not) and an entry readdir could not type go the lstat way, as npm's walk does.
    if (!dirent || dirent.isSymbolicLink() || !(dirent.isFile() || dirent.isDirectory()))
      return (Base.prototype as unknown as { stat: Walker['stat'] }).stat.call(this, opts, callback);
    // npm-packlist 10.0.4's stat refuses these names before its lstat (nameIsBadForWindows, lib/index.js).
    if (opts.entry.includes('*')) return callback();
    const st = dirent as unknown as Stats;
    this.onstat({ st, entry: opts.entry, file: opts.file, dir: opts.dir, isSymbolicLink: false }, callback);
  }

  /** A plain file (readdir's type, no link) of this folder: its match as a folder is never read. */
  private isPlainFile(entry: string): boolean {
    const dirent = this.dirents?.get(entry);
    return dirent !== undefined && dirent.isFile();
  }

  /**
   * ignore-walk's filterEntry (ignore-walk 8 lib/index.js), line for line, except that a rule (or
   * a whole ignore file) is skipped when every call it would make is a plain match and `entry`
   * lacks the literal each match needs. Every string it would test is `entry` or its last part,
   * with slashes around; a literal never holds a slash, so it is in one only if it is in `entry`.
   */
  filterEntry(entry: string, partial?: boolean, entryBasename?: string): boolean {
    // ignore-walk's filterEntries asks each entry of a folder twice, as a file and as a folder (partial),
    // not knowing which it is; for a file, onstat reads only the first answer (a file is listed when it
    // passes as a file), so with readdir's types the second is not worked out. Parents' calls carry the
    // entry's basename: only this folder's own question is skipped.
    if (partial && entryBasename === undefined && this.isPlainFile(entry)) return false;
    let included = true;
    if (this.parent && this.parent.filterEntry) {
      const parentEntry = this.basename + '/' + entry;
      const parentBasename = entryBasename || entry;
      included = this.parent.filterEntry(parentEntry, partial, parentBasename);
      if (!included && !this.exact) return false;
    }
    for (const f of this.ignoreFiles) {
      const rules = this.ignoreRules[f as string];
      if (!rules) continue;
      const set = sets.get(rules) as RuleSet;
      if (set.any && !(partial && set.negated) && !set.any.test(entry)) continue;
      for (let i = 0; i < rules.length; i++) {
        const rule = rules[i] as Rule;
        if (rule.negate === included) continue;
        const need = set.needs[i];
        if (need && !(partial && rule.negate) && !need.test(entry)) continue;
        const isRelativeRule =
          entryBasename && rule.globParts.some((part) => part.length <= (part.slice(-1)[0] ? 1 : 2));
        const match =
          rule.match('/' + entry) ||
          rule.match(entry) ||
          (!!partial &&
            (rule.match('/' + entry + '/') ||
              rule.match(entry + '/') ||
              (rule.negate && (rule.match('/' + entry, true) || rule.match(entry, true))) ||
              (isRelativeRule &&
                (rule.match('/' + entryBasename + '/') ||
                  rule.match(entryBasename + '/') ||
                  (rule.negate && (rule.match('/' + entryBasename, true) || rule.match(entryBasename, true)))))));
        if (match) included = rule.negate;
      }
    }
    return included;
  }
}

/**
 * npm-packlist 10's sort (lib/index.js PackWalker.sort), with `localeCompare(b, 'en')` answered without
 * ICU for printable ASCII (src/util/en-collation.ts).
 */
export function tarballOrder(a: string, b: string): number {
  return (
    compareEn(extname(a).toLowerCase(), extname(b).toLowerCase()) ||
    compareEn(basename(a).toLowerCase(), basename(b).toLowerCase()) ||
    compareEn(a, b)
  );
}

/**
 * What npm-packlist's `walk(tree, { path })` returns, the same list. `stats` collects each file's
 * lstat; `namesOnly` types entries from readdir instead (no lstat of a plain file or directory).
 */
export function packlistWalk(
  tree: Parameters<typeof packlist>[0],
  root: string,
  options: { stats?: Map<string, Stats>; namesOnly?: boolean } = {},
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const walker = new Walker(tree, { path: root, isPackage: true });
    walker.stats = options.stats;
    walker.namesOnly = options.namesOnly;
    // npm-packlist sorts the whole list for the tarball's compression (by extension, base name, then path,
    // each with localeCompare): a list of names only is put in npm's listing order by its caller
    // (packed-list.ts npmOrder), so that sort would be thrown away. The list is the same set either way.
    (walker as unknown as { sort: (a: string, b: string) => number }).sort = options.namesOnly ? () => 0 : tarballOrder;
    walker
      .on('done', (files) => resolve(files as string[]))
      .on('error', reject)
      .start();
  });
}
