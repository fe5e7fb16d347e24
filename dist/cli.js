#!/usr/bin/env node
// mcp-release CLI: the shared bundle's runCli (see src/main.ts, enableCompileCache).
import module from 'node:module';

module.enableCompileCache?.();
const { runCli } = await import('./index.js');

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY),
});
