/**
 * The first process of a smoke sandbox, run as `node -e SANDBOX_INIT_SOURCE
 * mcp-release-smoke-init CONFIG`. It is plain CommonJS kept in a string so
 * that it runs with no file on disk and nothing of the kit's bundle loaded.
 *
 * In a PID namespace it is PID 1: it hides folders the server must not read
 * (tmpfs mounts, while it still has the capability to mount), starts the
 * server through `setpriv` (no new privileges, no capabilities, optionally
 * another user), forwards SIGTERM/SIGINT/SIGHUP to it, and when the server
 * exits, lists every process still alive in the namespace (everything the
 * server started, setsid or not), kills them and writes what it found to the
 * report file. Without a namespace it finds the server's leftovers by a marker
 * in their environment instead. Its own environment is already scrubbed: it
 * is started with the server's environment, never the kit's.
 */
export const SANDBOX_INIT_MARKER = 'mcp-release-smoke-init';

export interface SandboxInitConfig {
  command: string;
  args: readonly string[];
  env: Record<string, string>;
  cwd: string;
  /** setpriv flags placed before `--` and the server's command; [] starts the server directly. */
  setpriv: readonly string[];
  /** Absolute path of `mount`, and folders to cover with an empty tmpfs (namespace only). */
  mount?: string;
  hide: readonly string[];
  /** True when this process is PID 1 of its own PID namespace: every other process there is the server's. */
  namespace: boolean;
  /** `NAME=value` put into the server's environment to recognise its descendants without a namespace. */
  marker: string;
  /** Where to write { serverPid, hidden, strays }. */
  report: string;
}

export interface SandboxInitReport {
  /** The server could not be started at all (not found, not executable). */
  spawnError?: string;
  hidden: string[];
  strays: { pid: number; command: string }[];
}

export const SANDBOX_INIT_SOURCE = String.raw`'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const cfg = JSON.parse(process.argv[2]);
const report = { hidden: [], strays: [] };
if (cfg.namespace && cfg.mount) {
  for (const dir of cfg.hide) {
    const r = spawnSync(cfg.mount, ['-t', 'tmpfs', '-o', 'mode=0755,size=16m', 'mcp-release-hidden', dir], { stdio: 'ignore' });
    if (r.status === 0) report.hidden.push(dir);
  }
}
const argv = cfg.setpriv.length ? [...cfg.setpriv, '--', cfg.command, ...cfg.args] : [cfg.command, ...cfg.args];
const [name, eq] = [cfg.marker.slice(0, cfg.marker.indexOf('=')), cfg.marker.indexOf('=')];
const env = Object.assign({}, cfg.env, { [name]: cfg.marker.slice(eq + 1) });
let child;
try {
  // setpriv would only say "failed to execute": find out first, as a direct spawn would.
  if (cfg.setpriv.length && cfg.command.includes('/')) fs.accessSync(cfg.command, fs.constants.X_OK);
  child = spawn(argv[0], argv.slice(1), { cwd: cfg.cwd, env, stdio: 'inherit' });
} catch (error) {
  report.spawnError = String(error && error.message);
  finish(127);
}
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => { try { child.kill(signal); } catch {} });
child.on('error', (error) => { report.spawnError = error.message; finish(127); });
child.on('exit', (code, signal) => finish(code === null ? 128 + (require('os').constants.signals[signal] || 9) : code));
function alive(pid) {
  try { return !/^\d+ \(.*\) Z /s.test(fs.readFileSync('/proc/' + pid + '/stat', 'utf8')); } catch { return false; }
}
function ours(pid) {
  if (cfg.namespace) return true;
  try { return fs.readFileSync('/proc/' + pid + '/environ', 'latin1').split('\0').includes(cfg.marker); } catch { return false; }
}
function commandOf(pid) {
  try { return fs.readFileSync('/proc/' + pid + '/cmdline', 'utf8').split('\0').filter(Boolean).join(' ').slice(0, 200); } catch { return '?'; }
}
let finished = false;
function finish(code) {
  if (finished) return;
  finished = true;
  let pids = [];
  try { pids = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number); } catch {}
  for (const pid of pids) {
    if (pid === process.pid || !alive(pid) || !ours(pid)) continue;
    report.strays.push({ pid, command: commandOf(pid) });
    try { process.kill(pid, 'SIGKILL'); } catch {}
  }
  try { fs.writeFileSync(cfg.report, JSON.stringify(report)); } catch {}
  process.exit(code);
}
`;
