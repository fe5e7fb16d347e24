import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A workflow or action file, parsed with positions so findings name the line. */
export interface WorkflowFile {
  path: string;
  kind: 'workflow' | 'action';
  data: Record<string, unknown>;
  /** Line of a node at a key path (nearest existing parent), 1-based. */
  lineAt(keyPath: readonly (string | number)[]): number;
}

export interface Step {
  job: string;
  index: number;
  name: string;
  uses?: string;
  run?: string;
  with: Record<string, unknown>;
  env: Record<string, unknown>;
  keyPath: (string | number)[];
}

export function parseWorkflowFile(
  path: string,
  text: string,
  kind: WorkflowFile['kind'],
): WorkflowFile | { path: string; error: string; line: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error)
    return {
      path,
      error: error.message.split('\n')[0] ?? 'invalid YAML',
      line: lineCounter.linePos(error.pos[0]).line,
    };
  const data = doc.toJS() as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { path, error: 'not a YAML mapping', line: 1 };
  return { path, kind, data: data as Record<string, unknown>, lineAt: (keyPath) => lineOf(doc, lineCounter, keyPath) };
}

function lineOf(doc: Document, lineCounter: LineCounter, keyPath: readonly (string | number)[]): number {
  for (let n = keyPath.length; n >= 1; n -= 1) {
    // Point at the key of a mapping entry (`permissions:`), the item of a sequence.
    const parent = n === 1 ? doc.contents : (doc.getIn(keyPath.slice(0, n - 1), true) as Node | undefined);
    const last = keyPath[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
      const key = pair?.key;
      if (isScalar(key) && key.range) return lineCounter.linePos(key.range[0]).line;
    } else if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last] as Node | undefined;
      if (item && (isMap(item) || isSeq(item) || isScalar(item)) && item.range)
        return lineCounter.linePos(item.range[0]).line;
    }
  }
  return 1;
}

/** Every step of every job (workflows) or of the composite action (action files). */
export function stepsOf(file: WorkflowFile): Step[] {
  const out: Step[] = [];
  const collect = (job: string, steps: unknown, base: (string | number)[]): void => {
    if (!Array.isArray(steps)) return;
    steps.forEach((raw, index) => {
      const step = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
      out.push({
        job,
        index,
        name:
          typeof step.name === 'string'
            ? step.name
            : typeof step.uses === 'string'
              ? step.uses
              : typeof step.id === 'string'
                ? step.id
                : typeof step.run === 'string'
                  ? `run: ${step.run.split('\n')[0]?.slice(0, 40)}`
                  : `step ${index + 1}`,
        ...(typeof step.uses === 'string' ? { uses: step.uses } : {}),
        ...(typeof step.run === 'string' ? { run: step.run } : {}),
        with: (step.with && typeof step.with === 'object' ? step.with : {}) as Record<string, unknown>,
        env: (step.env && typeof step.env === 'object' ? step.env : {}) as Record<string, unknown>,
        keyPath: [...base, index],
      });
    });
  };
  if (file.kind === 'action') {
    const runs = file.data.runs as Record<string, unknown> | undefined;
    collect('(composite)', runs?.steps, ['runs', 'steps']);
  } else {
    for (const [job, def] of Object.entries(jobsOf(file))) collect(job, def.steps, ['jobs', job, 'steps']);
  }
  return out;
}

export function jobsOf(file: WorkflowFile): Record<string, Record<string, unknown>> {
  const jobs = file.data.jobs;
  return (jobs && typeof jobs === 'object' ? jobs : {}) as Record<string, Record<string, unknown>>;
}

/** Trigger names of a workflow (`on:` as a string, list or mapping). */
export function triggersOf(file: WorkflowFile): string[] {
  // `on` parses as the key "on" (YAML 1.2), or true in YAML 1.1 parsers.
  const on = file.data.on ?? (file.data as Record<string, unknown>).true;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((t): t is string => typeof t === 'string');
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

/** `${{ ... }}` expressions in a string, with their offsets. */
export function expressionsIn(text: string): { expression: string; offset: number }[] {
  const out: { expression: string; offset: number }[] = [];
  const re = /\$\{\{([\s\S]*?)\}\}/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    out.push({ expression: (m[1] ?? '').trim(), offset: m.index });
  return out;
}
