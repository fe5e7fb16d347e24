import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { digestsOf } from '../release/integrity.js';
import { publishDocument } from '../release/publish-document.js';

/*
 * `npm publish <tarball>` without starting npm (~0.3 s of npm's start-up and
 * config loading): the manifest read from the tarball as pacote reads it
 * (unpacked into a temporary folder, then npm's own @npmcli/package-json
 * `prepare`, as pacote's FileFetcher.manifest does), the document libnpmpublish
 * builds (release/publish-document.ts), one PUT with npm's headers. Used only
 * where release/publish-route.ts says the result is npm's; the npm CLI
 * otherwise. Errors read as npm prints them (code, status, method, URL and the
 * registry's message), so the retry and conflict rules that judge npm's errors
 * judge these too.
 */

export interface InProcessPublish {
  /** The tarball, absolute (npm records it as `_resolved` and `file:<path>` as `_from`). */
  tarball: string;
  /** The sha512 SRI publish checked the tarball by: the bytes read here must still be those. */
  integrity: string;
  registry: string;
  tag: string;
  access: 'public' | 'restricted' | null;
  token: string;
  npmVersion: string;
}

/** The PUT npm would send, built once and sent as often as the retries need. */
export interface PublishRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** One attempt: ok, or npm's error line and whether another attempt may help. */
export type PublishAttempt = { ok: true } | { ok: false; error: string; transient: boolean };

const TIMEOUT_MS = 300_000;

/**
 * The request for `npm publish <tarball>`, or why there is none: the tarball could not be read, is no
 * longer the bytes publish checked, or npm would refuse its package.json (its message).
 */
export async function publishRequest(
  request: InProcessPublish,
): Promise<{ ok: true; put: PublishRequest } | { ok: false; error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(request.tarball);
  } catch (error) {
    return { ok: false, error: `cannot read ${request.tarball}: ${(error as Error).message}` };
  }
  const { integrity, shasum } = digestsOf(bytes);
  if (integrity !== request.integrity)
    return {
      ok: false,
      error: `${request.tarball} changed after it was checked (now ${integrity}, checked ${request.integrity}): nothing was sent`,
    };
  let manifest: Record<string, unknown>;
  try {
    manifest = await tarballManifest(bytes, {
      _integrity: integrity,
      _resolved: request.tarball,
      _from: `file:${request.tarball}`,
    });
  } catch (error) {
    // What npm would stop on too (an invalid name, a package.json npm cannot read): its message.
    return { ok: false, error: (error as Error).message };
  }
  const document = publishDocument({
    manifest,
    tarball: bytes,
    integrity,
    shasum,
    registry: request.registry,
    tag: request.tag,
    access: request.access,
    npmVersion: request.npmVersion,
    nodeVersion: process.versions.node,
  });
  return {
    ok: true,
    put: {
      url: new URL(document.path, request.registry).href,
      headers: {
        'user-agent': `npm/${request.npmVersion} node/${process.version} ${process.platform} ${process.arch} workspaces/false`,
        'npm-auth-type': 'web',
        'npm-command': 'publish',
        authorization: `Bearer ${request.token}`,
        'content-type': 'application/json',
        accept: '*/*',
      },
      body: JSON.stringify(document.body),
    },
  };
}

/** One PUT of the request; its failure as npm words it. */
export async function sendPublish(put: PublishRequest): Promise<PublishAttempt> {
  const { url } = put;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'PUT',
      headers: put.headers,
      body: put.body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const code = (error as Error).name === 'TimeoutError' ? 'ETIMEDOUT' : (cause?.code ?? 'ENETWORK');
    return {
      ok: false,
      error: `code ${code} | request to ${url} failed, reason: ${cause?.message ?? (error as Error).message}`,
      transient: true,
    };
  }
  const text = await response.text().catch(() => '');
  if (response.ok) return { ok: true };
  return { ok: false, ...httpError(response, url, text) };
}

/** npm-registry-fetch's errors: `E<status>`, "<status> <text> - PUT <url> - <the registry's message>"; EOTP for a 2FA challenge. */
function httpError(response: Response, url: string, text: string): { error: string; transient: boolean } {
  let message = text.slice(0, 300);
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    const said = body.error ?? body.message;
    if (typeof said === 'string') message = said;
  } catch {
    // not JSON: the text as it came
  }
  const otp =
    response.status === 401 &&
    (/otp/i.test(response.headers.get('www-authenticate') ?? '') || /one-time pass/i.test(message));
  if (otp)
    return {
      error:
        'code EOTP | This operation requires a one-time password from your authenticator: publish with a granular access token that bypasses 2FA, or with trusted publishing',
      transient: false,
    };
  const status = response.status;
  return {
    error: `code E${status} | ${status} ${response.statusText} - PUT ${url}${message ? ` - ${message}` : ''}`,
    transient: status === 429 || status >= 500,
  };
}

/**
 * The tarball's package.json as pacote's manifest() gives it for a file (unpacked, npm's `prepare` steps,
 * pacote's `_integrity`/`_resolved`/`_from`), then libnpmpublish's patchManifest (the `fixName` step).
 */
async function tarballManifest(bytes: Buffer, pacoteFields: Record<string, string>): Promise<Record<string, unknown>> {
  const [{ x }, { default: PackageJson }] = await Promise.all([import('tar'), import('@npmcli/package-json')]);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mcp-release-publish-'));
  try {
    // pacote's extraction: the top folder stripped, links dropped (npm never installs them from a tarball).
    await pipeline(
      Readable.from([bytes]),
      x({ cwd: dir, strip: 1, filter: (_path, entry) => !/Link$/.test((entry as { type?: string }).type ?? '') }),
    );
    const prepared = (await PackageJson.prepare(dir)).content;
    const patched = await new PackageJson()
      .fromContent({ ...prepared, ...pacoteFields })
      .normalize({ steps: ['fixName'] });
    return patched.content;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
