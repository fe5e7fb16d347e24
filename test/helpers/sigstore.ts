import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';

/**
 * A local sigstore (Fulcio + Rekor + TSA) made from @sigstore/mock's handler
 * factories on a loopback port, and the trusted root that verifies what it
 * signs. The TSA gets a fixed clock: the mock sometimes writes a time without
 * exactly three fractional digits, which @sigstore/core rejects.
 */
export interface LocalSigstore {
  url: string;
  /** A sigstore TrustedRoot JSON document for this instance. */
  trustedRoot: unknown;
  /** Requests received, by path: lets a test prove a dry run or a failure reached nothing. */
  requests: string[];
  stop(): Promise<void>;
}

function p256() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

const b64 = (bytes: ArrayBufferView | Buffer) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export async function startLocalSigstore(): Promise<LocalSigstore> {
  // The mock's certificates start "now" (real time) while its TSA and CA use this clock: set it a
  // little ahead, whole seconds, so it can never fall before a certificate created a moment later.
  const clock = new Date(Math.floor(Date.now() / 1000) * 1000 + 30_000);
  const start = new Date(clock.getTime() - 3600_000).toISOString();
  const ctKeys = p256();
  const ctlog = await initializeCTLog(ctKeys, clock);
  const ca = await initializeCA(p256(), ctlog, clock);
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const tlogKeys = p256();
  const tlog = await initializeTLog(url, tlogKeys, clock);
  const tsa = await initializeTSA(p256(), clock);
  const handlers: Record<string, HandlerFn> = {};
  for (const handler of [fulcioHandler(ca), rekorHandler(tlog), tsaHandler(tsa)]) handlers[handler.path] = handler.fn;

  const requests: string[] = [];
  server.on('request', (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const pathname = new URL(req.url ?? '/', url).pathname;
      requests.push(`${req.method} ${pathname}`);
      const handler = handlers[pathname];
      if (!handler || req.method !== 'POST') {
        res.writeHead(404).end();
        return;
      }
      handler(Buffer.concat(chunks).toString('utf8') as never).then(
        ({ statusCode, response, contentType }) => {
          res.writeHead(statusCode, { 'content-type': contentType ?? 'application/json' });
          res.end(
            typeof response === 'string'
              ? response
              : Buffer.from(response.buffer, response.byteOffset, response.byteLength),
          );
        },
        (error: Error) => res.writeHead(500).end(error.message),
      );
    });
  });

  const der = (key: { publicKey: KeyObject }) => key.publicKey.export({ type: 'spki', format: 'der' });
  const tlogDer = der(tlogKeys);
  const ctDer = der(ctKeys);
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: tlogDer.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: createHash('sha256').update(tlogDer).digest('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: url,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: ctDer.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: b64(ctlog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor: { start },
      },
    ],
  };
  return {
    url,
    trustedRoot,
    requests,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export { githubIdentityToken } from './oidc.js';
