import { scanCommand } from './src/commands/scan.ts';
const r = await scanCommand.run(scanCommand.inputSchema.parse({ directory: process.argv[2] ?? '.' }), { cwd: process.cwd(), inActions: false, parentEnv: process.env });
for (const f of r.findings) console.log(f.severity, f.rule, f.file, f.line, f.message.slice(0, 150));
console.log(r.outputs, r.timings);
