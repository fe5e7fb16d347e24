// A Verdaccio registry in its own process, so a fault test can SIGKILL it as an
// outage would and start it again on the same storage.
// Usage: node registry-child.mjs DIR [PORT] (built by registry-process.ts); prints {"url","token"} once listening.
import { startRegistry } from '../../scripts/lib/local-registry.js';

const [dir, port] = process.argv.slice(2);
const registry = await startRegistry({ dir, port: Number(port ?? 0) });
process.stdout.write(`${JSON.stringify({ url: registry.url, token: registry.token })}\n`);
