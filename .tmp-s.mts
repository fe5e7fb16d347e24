import { runSession } from './src/smoke/session.ts';
const target = process.argv[2]!;
for (const mode of ['bare', 'full'] as const) {
  const r = await runSession({ command: process.execPath, args: [target, ...process.argv.slice(3)], env: process.env, cwd: process.cwd(), mode, timeouts: { initialize: 10000, list: 5000, shutdown: 2000 }, probeDiscover: true, calls: [] });
  console.log(mode, JSON.stringify({ ...r, lists: Object.fromEntries(Object.entries(r.lists).map(([k, v]) => [k, { n: v!.items.length, names: v!.items.map((i) => i.name ?? i.uri).slice(0, 20), pages: v!.pages, error: v!.error, ms: v!.ms }])) }, null, 0).slice(0, 1500));
}
