import type { RuleDoc } from '../layout/catalog.js';

/** Every smoke rule. Ids are a public contract: never rename one, only add. */
export const SMOKE_RULES = [
  {
    id: 'smoke/install-failed',
    severity: 'error',
    summary: 'The package did not install from its tarball with production dependencies (what `npx` does).',
    fix: 'Run `npm install <tarball> --omit=dev` in an empty folder and fix what it reports (a missing dependency, a bad version range).',
  },
  {
    id: 'smoke/bin-not-found',
    severity: 'error',
    summary:
      "No bin to start: the package has none, `smoke.bin` / `--bin` names one it does not have, or the bin's file is not in the package (the build output is missing, or `files` leaves it out).",
    fix: "Add a `bin` to package.json, or name one of its bins with `smoke.bin`; when the bin's file is missing, run the package's build before packing (the finding names the command).",
  },
  {
    id: 'smoke/spawn-failed',
    severity: 'error',
    summary: 'The bin could not be started (not executable, bad shebang, missing interpreter).',
    fix: 'Start with `#!/usr/bin/env node` and let npm set the executable bit (publish from a clean `npm pack`).',
  },
  {
    id: 'smoke/exited-early',
    severity: 'error',
    summary:
      'The server exited before or during the handshake or the list calls (evidence: exit code and stderr tail).',
    fix: 'Run the bin by hand with the same arguments and environment and fix the crash in the stderr tail; servers must stay up while stdin is open.',
  },
  {
    id: 'smoke/initialize-timeout',
    severity: 'error',
    summary:
      'The server never answered `initialize` within the timeout (a hang, or waiting for input it will not get).',
    fix: 'Connect the stdio transport before slow start-up work, and never wait for a TTY or a prompt.',
  },
  {
    id: 'smoke/initialize-failed',
    severity: 'error',
    summary: '`initialize` was answered with an error or a result the SDK client rejects.',
    fix: 'Answer `initialize` with `protocolVersion`, `capabilities` and `serverInfo` (the SDK server does this for you).',
  },
  {
    id: 'smoke/protocol-version',
    severity: 'error',
    summary: 'The negotiated protocol version is missing or not one the official SDK client supports.',
    fix: 'Upgrade `@modelcontextprotocol/sdk`, or answer with a released protocol revision.',
  },
  {
    id: 'smoke/stateless-only',
    severity: 'warning',
    summary:
      'The server refuses `initialize` but answers `server/discover`: it speaks only the stateless revision 2026-07-28, which clients on the classic handshake (SDK 1.x) cannot use; its lists were not checked.',
    fix: 'Keep answering `initialize` for older clients while they are common.',
  },
  {
    id: 'smoke/server-info',
    severity: 'error',
    summary: '`serverInfo` (name and version) is missing from the initialize result.',
    fix: 'Pass `{ name, version }` when creating the server.',
  },
  {
    id: 'smoke/stdout-noise',
    severity: 'error',
    summary:
      'The server wrote something that is not JSON-RPC to stdout (the `console.log` bug; the SDK skips it silently, other clients break).',
    fix: 'Write logs to stderr (`console.error`); stdout belongs to the protocol.',
  },
  {
    id: 'smoke/list-failed',
    severity: 'error',
    summary:
      'A list call the server declares (`tools/list`, `prompts/list`, `resources/list`, `resources/templates/list`) failed, timed out or returned no list.',
    fix: 'Implement every list your capabilities declare, or stop declaring the capability.',
  },
  {
    id: 'smoke/tool-name',
    severity: 'error',
    summary: 'A tool has no name, or two tools share one.',
    fix: 'Give every tool a unique name.',
  },
  {
    id: 'smoke/tool-name-pattern',
    severity: 'warning',
    summary: 'A tool name is outside 1-128 characters of `A-Z a-z 0-9 _ - .` (what the spec and clients expect).',
    fix: 'Rename the tool with letters, digits, `_`, `-` and `.` only.',
  },
  {
    id: 'smoke/tool-description',
    severity: 'warning',
    summary: 'A tool has no description, so models cannot tell when to use it.',
    fix: 'Describe what the tool does and when to call it.',
  },
  {
    id: 'smoke/tool-schema',
    severity: 'error',
    summary:
      'A tool `inputSchema` (or `outputSchema`) is not a JSON Schema object with `type: "object"`, or does not compile in the dialect it declares.',
    fix: 'Declare an object schema; check it compiles with a validator of its `$schema` dialect (draft-07 or 2020-12).',
  },
  {
    id: 'smoke/list-item',
    severity: 'error',
    summary: 'A prompt or resource has no name/URI, or two share one.',
    fix: 'Give every prompt a unique name and every resource a unique URI.',
  },
  {
    id: 'smoke/version-mismatch',
    severity: 'warning',
    summary: '`serverInfo.version` differs from the package version (users see it in their clients).',
    fix: 'Read the version from package.json instead of hard-coding it.',
  },
  {
    id: 'smoke/expected-tool-missing',
    severity: 'error',
    summary: 'A tool listed in `smoke.expectTools` is not listed by the server.',
    fix: 'Register the tool, or update `smoke.expectTools`.',
  },
  {
    id: 'smoke/call-failed',
    severity: 'error',
    summary: 'A tool call from `smoke.calls` returned an error.',
    fix: 'Fix the tool, or the arguments in `smoke.calls`.',
  },
  {
    id: 'smoke/startup-budget',
    severity: 'warning',
    summary: 'Spawn to `initialize` answer took longer than `budgets.startupMs` (default 5000 ms).',
    fix: 'Defer slow work until a tool is called, or raise the budget.',
  },
  {
    id: 'smoke/shutdown-stdin',
    severity: 'note',
    summary:
      "The server did not exit when its stdin closed and needed SIGTERM (the spec's first shutdown step is closing stdin).",
    fix: "Exit when stdin ends (the SDK transport's `onclose`), and clear timers that keep the process alive.",
  },
  {
    id: 'smoke/shutdown-sigkill',
    severity: 'warning',
    summary: 'The server ignored both stdin closing and SIGTERM and had to be killed with SIGKILL.',
    fix: 'Do not trap SIGTERM without exiting; exit when stdin closes.',
  },
  {
    id: 'smoke/output-limit',
    severity: 'error',
    summary:
      'The server flooded stdout: a line longer than 32 MiB, or more than 128 MiB in all (memory would run out before any client could read it).',
    fix: 'Write one JSON-RPC message per line on stdout and logs to stderr; page long lists with nextCursor.',
  },
  {
    id: 'smoke/sandbox-unavailable',
    severity: 'error',
    summary:
      '`smoke.sandbox: required` and no PID namespace could be made here (no util-linux `unshare`/`setpriv`, namespaces refused, no passwordless sudo).',
    fix: "Run the smoke test on Linux with util-linux (GitHub's Ubuntu runners qualify), or set `smoke.sandbox: auto` and keep secrets out of the job that smoke-tests.",
  },
  {
    id: 'smoke/isolation-weak',
    severity: 'warning',
    summary:
      'The server ran without a namespace while credentials were in the environment of the kit or one of its ancestors: any process of the same user can read them from /proc/<pid>/environ.',
    fix: 'Smoke-test in a job or shell without tokens (the reusable workflows do), or on Linux with util-linux so the server gets its own PID namespace.',
  },
  {
    id: 'smoke/schema-too-large',
    severity: 'warning',
    summary:
      'A tool schema expands past 100,000 nodes (or 64 levels) when its local `$ref`s are inlined: it was compared as written, not inlined.',
    fix: 'Flatten the `$defs` chain; clients that inline references would run out of memory on it.',
  },
  {
    id: 'smoke/stray-processes',
    severity: 'warning',
    summary: 'Processes the server started were still running after it exited (they were killed).',
    fix: 'Stop child processes on exit, or start them so that they end with the server.',
  },
] as const satisfies readonly RuleDoc[];

export type SmokeRuleId = (typeof SMOKE_RULES)[number]['id'];
