import { describe, expect, it } from 'vitest';
import { entryProblem, isFileEntry, landingPath, quoteName, topFolder } from '../../src/release/tar-entry-rules.js';

describe('where npm unpacks an entry (strip: 1)', () => {
  it('the top folder is dropped, whatever its name', () => {
    expect(landingPath('package/package.json')).toBe('package.json');
    expect(landingPath('node/lib/index.js')).toBe('lib/index.js');
    expect(landingPath('package/a/b/c.js')).toBe('a/b/c.js');
  });

  it('empty and "." segments do not count: they land where the plain path does', () => {
    expect(landingPath('package/./package.json')).toBe('package.json');
    expect(landingPath('package//package.json')).toBe('package.json');
    expect(landingPath('package/lib//./x.js')).toBe('lib/x.js');
    expect(landingPath('./lib/x.js')).toBe('lib/x.js');
  });

  it('the top folder itself lands nowhere', () => {
    for (const name of ['package', 'package/', 'package/.', 'package/./', './']) expect(landingPath(name)).toBe('');
  });

  it('the top folder is the first segment', () => {
    expect(topFolder('package/lib/x.js')).toBe('package');
    expect(topFolder('package')).toBe('package');
    expect(topFolder('/etc/passwd')).toBe('');
  });
});

describe('which entry types npm pack writes', () => {
  it('regular files in all three spellings, and folders', () => {
    for (const type of ['File', 'OldFile', 'ContiguousFile', 'Directory'])
      expect(entryProblem({ path: 'package/x', type })).toBeUndefined();
  });

  it('only regular files are read as files (a manifest must be one)', () => {
    for (const type of ['File', 'OldFile', 'ContiguousFile']) expect(isFileEntry(type)).toBe(true);
    for (const type of ['Directory', 'SymbolicLink', 'Link', 'FIFO', 'GNUDumpDir'])
      expect(isFileEntry(type)).toBe(false);
  });

  it('anything else is refused, named; a type without a name is shown as node-tar names it', () => {
    expect(entryProblem({ path: 'package/d', type: 'GNUDumpDir' })).toBe(
      'is a GNUDumpDir entry (npm packs regular files only)',
    );
    expect(entryProblem({ path: 'package/f', type: 'FIFO' })).toBe('is a FIFO (npm packs regular files only)');
  });

  it('a link is shown with its target; any other entry never with one, and a link without a target gets none', () => {
    expect(entryProblem({ path: 'package/l', type: 'SymbolicLink', linkpath: '/etc/passwd' })).toBe(
      'is a symbolic link to "/etc/passwd" (npm packs regular files only)',
    );
    expect(entryProblem({ path: 'package/h', type: 'Link', linkpath: 'package/x' })).toBe(
      'is a hard link to "package/x" (npm packs regular files only)',
    );
    expect(entryProblem({ path: 'package/l', type: 'SymbolicLink' })).toBe(
      'is a symbolic link (npm packs regular files only)',
    );
    expect(entryProblem({ path: 'package/f', type: 'FIFO', linkpath: '/dev/null' })).toBe(
      'is a FIFO (npm packs regular files only)',
    );
    expect(entryProblem({ path: 'package/c', type: 'CharacterDevice', linkpath: '/dev/null' })).toBe(
      'is a character device (npm packs regular files only)',
    );
  });
});

describe('names npm pack never writes', () => {
  it('absolute names: a leading slash, a leading backslash, a drive letter', () => {
    for (const path of ['/etc/passwd', '\\x', '\\\\server\\share\\x'])
      expect(entryProblem({ path, type: 'File' })).toBe('is an absolute path');
    // npm extracts with strip: 1, so `package/c:/x` lands on `c:/x`: a drive on Windows, wherever the segment is.
    for (const path of ['C:x', 'c:/x', 'package/c:/x', 'package\\D:\\x'])
      expect(entryProblem({ path, type: 'File' })).toBe('is an absolute path (a drive letter)');
  });

  it('a backslash elsewhere in the name, or a colon later in a segment, is not absolute', () => {
    for (const path of ['package/x\\', 'package/a\\b', 'package/ac:/x', 'package/ab:c'])
      expect(entryProblem({ path, type: 'File' })).toBeUndefined();
  });

  it('.. as a segment, with either separator; .. inside a name is fine', () => {
    for (const path of ['package/../x', '../x', 'package/a/..'])
      expect(entryProblem({ path, type: 'File' })).toBe('climbs out of the package with ..');
    // One harmless name on Linux, a climb on Windows, where `\\` separates too.
    for (const path of ['package\\..\\x', 'package/a\\..\\..\\evil.js'])
      expect(entryProblem({ path, type: 'File' })).toBe(
        'climbs out of the package with .. (separated by \\, as Windows reads it)',
      );
    for (const path of ['package/..x', 'package/x..', 'package/a..b/c'])
      expect(entryProblem({ path, type: 'File' })).toBeUndefined();
  });

  it('control characters (U+0000-U+001F, U+007F) in a name, named by code point', () => {
    expect(entryProblem({ path: 'package/a\nb.js', type: 'File' })).toBe('has a control character (U+000A)');
    expect(entryProblem({ path: 'package/\u0000', type: 'File' })).toBe('has a control character (U+0000)');
    expect(entryProblem({ path: 'package/x\u007f', type: 'File' })).toBe('has a control character (U+007F)');
    expect(entryProblem({ path: 'package/x\u0080 é.js', type: 'File' })).toBeUndefined();
  });

  it('the name is checked before the type', () => {
    expect(entryProblem({ path: '/etc/l', type: 'SymbolicLink', linkpath: '/x' })).toBe('is an absolute path');
  });
});

describe('names in findings', () => {
  it('quoted as JSON, at most 200 characters', () => {
    expect(quoteName('package/"x"\n')).toBe('"package/\\"x\\"\\n"');
    expect(quoteName('a'.repeat(300))).toBe(`"${'a'.repeat(200)}"`);
  });
});
