export const id = 3489;
export const ids = [3489];
export const modules = {

/***/ 43489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inspectTarball: () => (/* binding */ inspectTarball),
  listTarballFiles: () => (/* binding */ listTarballFiles),
  readTarballManifest: () => (/* binding */ readTarballManifest),
  readTarballOnce: () => (/* binding */ readTarballOnce),
  tarballContents: () => (/* binding */ tarballContents)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/files/packed-names.ts
var packed_names = __webpack_require__(21698);
;// CONCATENATED MODULE: ./src/release/tar-entry-rules.ts

/**
 * What npm pack writes, as rules over one tar entry as node-tar (npm's own reader)
 * decodes it. Pure: the streaming lives in tarball.ts.
 *
 * npm reads a tarball it publishes by extracting it with `strip: 1` (pacote), so
 * the top folder's name is dropped and `package/./package.json`,
 * `package//package.json` and `other/package.json` all land on `package.json`:
 * the last one wins. Pax headers (`path`, `size`) are honoured as node-tar
 * honours them, and the archive ends where node-tar ends it (two zero blocks). Two entries landing on one path are refused, so the
 * manifest checked is the manifest npm sends whatever reader is asked.
 */
/** node-tar's entry types that npm pack writes. */
const PACKED_TYPES = new Set(['File', 'OldFile', 'ContiguousFile', 'Directory']);
const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const TYPE_NAMES = {
    Link: 'a hard link',
    SymbolicLink: 'a symbolic link',
    CharacterDevice: 'a character device',
    BlockDevice: 'a block device',
    FIFO: 'a FIFO',
};
function isFileEntry(type) {
    return FILE_TYPES.has(type);
}
/** Where npm's `strip: 1` extraction writes the entry: segments after the top folder, without '' and '.'. */
function landingPath(entryPath) {
    return entryPath
        .split('/')
        .slice(1)
        .filter((s) => s !== '' && s !== '.')
        .join('/');
}
/** The top folder (first segment), as npm pack names it `package`. */
function topFolder(entryPath) {
    return entryPath.split('/')[0] ?? '';
}
/** Why npm pack would never write this entry, or undefined when it would. */
function entryProblem(entry) {
    // The name rule scan and pack apply too (`pack/unsafe-name`); node-tar on Windows reads `\` as a separator.
    const named = (0,packed_names/* packedNameProblem */.V)(entry.path);
    if (named)
        return named;
    if (!PACKED_TYPES.has(entry.type)) {
        const what = TYPE_NAMES[entry.type] ?? `a ${entry.type} entry`;
        const target = entry.linkpath !== undefined && (entry.type === 'Link' || entry.type === 'SymbolicLink')
            ? ` to ${JSON.stringify(entry.linkpath)}`
            : '';
        return `is ${what}${target} (npm packs regular files only)`;
    }
    return undefined;
}

/** Why this entry's name is unsafe to extract (the `pack/unsafe-name` rule), or undefined. */
function entryNameProblem(entry) {
    return (0,packed_names/* packedNameProblem */.V)(entry.path);
}

;// CONCATENATED MODULE: ./src/release/tarball.ts

/** A package.json larger than this is not one npm would publish; it is not buffered. */
const MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
/** Findings kept per tarball: a hostile archive with 100,000 bad entries gets a readable line. */
const MAX_NOTES = 5;
/**
 * Read an npm tarball with node-tar, the reader npm itself extracts it with
 * before publishing (pacote), so the manifest checked here is the one npm
 * sends: pax headers are honoured and the archive ends where node-tar ends it.
 * Entry bodies stream past (only package.json is buffered), so a 1 GB entry or
 * 100,000 files cost time, not memory. Nothing is unpacked to disk. `open`
 * gives the archive's bytes (the tarball adapter opens the file), called once
 * the reader listens for its errors.
 */
async function inspectTarballStream(open, 
/** sees every entry the reader hands over (a caller listing the files needs no second read) */
observe) {
    const names = [];
    const result = { entries: 0, unsafe: [] };
    // Entry findings first: node-tar warns about a broken header before it hands over the entries queued before it.
    const entryNotes = [];
    const readerNotes = [];
    const note = (line, list = entryNotes) => void (list.length <= MAX_NOTES && list.push(line));
    const landed = new Map(); // landing path -> the first entry's path
    const topFolders = new Set();
    let loneZeroBlock = false;
    let manifestRead = Promise.resolve();
    let fatal;
    const onEntry = (entry) => {
        result.entries += 1;
        observe?.({ path: entry.path, type: entry.type, size: entry.size ?? 0 });
        const facts = {
            path: entry.path,
            type: entry.type,
            ...(entry.linkpath !== undefined ? { linkpath: entry.linkpath } : {}),
        };
        const problem = entryProblem(facts);
        if (problem)
            note(`${(0,packed_names/* quoteName */.A)(entry.path)} ${problem}`);
        if (problem && problem === entryNameProblem(facts) && names.length <= MAX_NOTES)
            names.push(`${(0,packed_names/* quoteName */.A)(entry.path)} ${problem}`);
        if (loneZeroBlock)
            note(`${(0,packed_names/* quoteName */.A)(entry.path)} follows a single zero block: tar readers that stop there never see it (npm pack ends only with two)`);
        loneZeroBlock = false;
        // An unsafe name is its own finding: its odd top folder (`/`, `package\..\x`) is the same cause, not a second one.
        if (!entryNameProblem(facts))
            topFolders.add(topFolder(entry.path));
        const where = landingPath(entry.path);
        if (where && entry.type !== 'Directory') {
            // Case-insensitive file systems (macOS, Windows) land `PACKAGE.JSON` on the manifest too.
            const key = where.toLowerCase() === 'package.json' ? 'package.json' : where;
            const first = landed.get(key);
            if (first !== undefined)
                note(`${(0,packed_names/* quoteName */.A)(entry.path)} lands on the same file as ${(0,packed_names/* quoteName */.A)(first)} when npm unpacks it: the last one wins (npm pack writes each path once)`);
            else
                landed.set(key, entry.path);
        }
        if (where === 'package.json' && isFileEntry(entry.type) && entry.size <= MAX_MANIFEST_BYTES) {
            const reading = readManifest(entry);
            manifestRead = Promise.all([manifestRead, reading]).then(([, manifest]) => {
                // npm's extraction overwrites: the last package.json is the one it sends.
                if (manifest)
                    result.manifest = manifest;
                else
                    delete result.manifest;
            });
            return;
        }
        entry.resume();
    };
    // Loaded here, not at start-up: every command's cold start would pay for it (about 90 KB).
    const { Parser } = await __webpack_require__.e(/* import() */ 8697).then(__webpack_require__.bind(__webpack_require__, 98697));
    const parser = new Parser({
        onReadEntry: onEntry,
        onwarn: (code, message) => {
            const text = typeof message === 'string' ? message : message.message;
            if (code === 'TAR_BAD_ARCHIVE')
                fatal ??= text;
            else
                note(`an entry npm's reader skips (${code}: ${text})`, readerNotes);
        },
    });
    parser.on('nullBlock', () => (loneZeroBlock = true));
    parser.on('eof', () => (loneZeroBlock = false));
    parser.on('ignoredEntry', (entry) => note(`${(0,packed_names/* quoteName */.A)(entry.path)} is a ${entry.type} entry npm's reader ignores`));
    try {
        await new Promise((resolve, reject) => {
            parser.on('end', () => resolve());
            parser.on('error', reject);
            open().on('error', reject).pipe(parser);
        });
        await manifestRead;
    }
    catch (error) {
        return { ...result, unreadable: error.message };
    }
    if (fatal)
        return { ...result, unreadable: fatal };
    if (topFolders.size > 1)
        note(`${[...topFolders].slice(0, 3).map(packed_names/* quoteName */.A).join(', ')} are several top folders (npm packs everything under one, package/)`);
    const all = [...entryNotes, ...readerNotes];
    result.unsafe = all.length > MAX_NOTES ? [...all.slice(0, MAX_NOTES), '...'] : all;
    if (names.length)
        result.unsafeNames = names;
    return result;
}
async function readManifest(entry) {
    const chunks = [];
    for await (const chunk of entry)
        chunks.push(chunk);
    try {
        const value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined; // not JSON: no manifest
    }
}

;// CONCATENATED MODULE: ./src/adapters/tarball.ts





/** An npm tarball on disk, read as npm's own reader would (release/tarball), streamed: nothing is unpacked. */
function inspectTarball(file) {
    return inspectTarballStream(() => (0,external_node_fs_.createReadStream)(file));
}
/** The package.json inside an npm tarball, read without unpacking anything to disk. */
async function readTarballManifest(file) {
    return (await inspectTarball(file)).manifest;
}
/** The regular files of a tarball, package-relative (the top folder, `package/` for npm, left off), with sizes. */
async function listTarballFiles(file) {
    const { list } = await __webpack_require__.e(/* import() */ 8697).then(__webpack_require__.bind(__webpack_require__, 98697));
    const files = [];
    await list({
        file,
        onReadEntry: (entry) => {
            if (entry.type === 'File' || entry.type === 'OldFile')
                files.push({ path: entry.path.replace(/^[^/]+\//, ''), size: entry.size ?? 0 });
        },
    });
    return files.sort((a, b) => a.path.localeCompare(b.path));
}
/**
 * A tarball read from disk once, as a stream: the digests are computed on the
 * bytes npm's reader inspects (manifest, unsafe entries), and nothing is kept in
 * memory (a 1 GB entry costs time, not memory: tarballs.test.ts).
 */
async function readTarballOnce(file, onEntry) {
    const sha512 = (0,external_node_crypto_.createHash)('sha512');
    const sha1 = (0,external_node_crypto_.createHash)('sha1');
    let size = 0;
    let source;
    let tee;
    const inspection = await inspectTarballStream(() => {
        source = (0,external_node_fs_.createReadStream)(file);
        tee = new external_node_stream_.PassThrough();
        source.on('data', (chunk) => {
            sha512.update(chunk);
            sha1.update(chunk);
            size += chunk.length;
        });
        source.on('error', (error) => tee?.destroy(error));
        source.pipe(tee);
        return tee;
    }, onEntry);
    // The reader may stop at the archive's end blocks: the bytes after them count in the digests too.
    if (source && !source.readableEnded && !source.destroyed) {
        const drained = (0,external_node_events_.once)(source, 'end');
        tee?.resume();
        await drained;
    }
    return {
        digests: { integrity: `sha512-${sha512.digest('base64')}`, shasum: sha1.digest('hex') },
        size,
        inspection,
    };
}
/** The package.json, regular files, digests and size of a tarball from one streamed read (see listTarballFiles). */
async function tarballContents(file) {
    const files = [];
    const { inspection, ...read } = await readTarballOnce(file, (entry) => {
        if (entry.type === 'File' || entry.type === 'OldFile')
            files.push({ path: entry.path.replace(/^[^/]+\//, ''), size: entry.size });
    });
    return {
        ...read,
        ...(inspection.manifest ? { manifest: inspection.manifest } : {}),
        files: files.sort((a, b) => a.path.localeCompare(b.path)),
    };
}


/***/ }),

/***/ 21698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ quoteName),
/* harmony export */   V: () => (/* binding */ packedNameProblem)
/* harmony export */ });
/**
 * Names a package must never ship: one rule (`pack/unsafe-name`) for the packed
 * file list security-scan judges, the tarball pack writes and the tarball
 * publish sends. Pure: callers hand over names, as npm lists them (relative to
 * the package) or as node-tar decodes a tarball entry (`package/...`).
 *
 * Extracting such a name writes outside the folder it is extracted to:
 * - a `..` segment climbs out; node-tar on Windows (and any extractor there)
 *   reads `\` as a separator too, so `a\..\..\evil.js` climbs on Windows even
 *   though it is one harmless file name on Linux;
 * - an absolute name (`/x`, `\x`) or a drive letter (`C:`, at the start or
 *   after a separator) points at the root of a disk;
 * - control characters (U+0000-U+001F, U+007F) are no file name a user can
 *   see or type: they hide a name in a terminal and a report, and a NUL cuts
 *   it short in C-based extractors.
 */
/** Why this packed name is unsafe, or undefined when it is fine. */
function packedNameProblem(name) {
    if (name.startsWith('/') || name.startsWith('\\'))
        return 'is an absolute path';
    const segments = name.split(/[\\/]/);
    if (segments.some((s) => /^[A-Za-z]:/.test(s)))
        return 'is an absolute path (a drive letter)';
    if (segments.includes('..'))
        return name.includes('\\') && !name.split('/').includes('..')
            ? 'climbs out of the package with .. (separated by \\, as Windows reads it)'
            : 'climbs out of the package with ..';
    // eslint-disable-next-line no-control-regex
    const control = /[\u0000-\u001f\u007f]/.exec(name);
    if (control)
        return `has a control character (U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`;
    return undefined;
}
/** Short, quoted, bounded, control characters escaped: a hostile name must not flood or forge a report line. */
function quoteName(name) {
    return JSON.stringify(name.slice(0, 200));
}


/***/ })

};
