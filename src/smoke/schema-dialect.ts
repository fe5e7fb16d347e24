import type { Ajv, Options } from 'ajv';
import ajvDraft07 from 'ajv';
import ajv2019 from 'ajv/dist/2019.js';
import ajv2020 from 'ajv/dist/2020.js';
import { cjsDefault } from '../util/cjs-default.js';

// Static imports, so the bundle carries Ajv: the kit runs from a checkout of dist/ with no node_modules.
type AjvClass = new (options: Options) => Ajv;
const CLASSES: Record<string, AjvClass> = {
  'draft-07': cjsDefault<AjvClass>(ajvDraft07),
  '2019-09': cjsDefault<AjvClass>(ajv2019),
  '2020-12': cjsDefault<AjvClass>(ajv2020),
};

const cache = new Map<string, Ajv>();

/** The JSON Schema dialect a schema declares, as the validator class that understands it. */
export function dialectOf(schema: Record<string, unknown>): 'draft-07' | '2019-09' | '2020-12' {
  const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
  if (/draft-0[4-7]/.test(declared)) return 'draft-07';
  if (/2019-09/.test(declared)) return '2019-09';
  // No $schema: MCP 2025-11-25 makes 2020-12 the default dialect.
  return '2020-12';
}

function ajvFor(dialect: string): Ajv {
  let ajv = cache.get(dialect);
  if (!ajv) {
    const Class = CLASSES[dialect] ?? (CLASSES['draft-07'] as AjvClass);
    // Formats and unknown keywords are a client's business, not a compile error.
    ajv = new Class({ strict: false, validateFormats: false, logger: false, allErrors: false });
    cache.set(dialect, ajv);
  }
  return ajv;
}

/** Why a schema does not compile in its own dialect, or undefined when it does. */
export function compileProblem(schema: Record<string, unknown>): string | undefined {
  const dialect = dialectOf(schema);
  // The dialect is chosen above; an older meta-schema URI (draft-04/06) would be unknown to Ajv.
  const { $schema: _ignored, ...body } = schema;
  try {
    ajvFor(dialect).compile(body);
    return undefined;
  } catch (error) {
    return `does not compile as ${dialect} JSON Schema: ${(error as Error).message}`;
  }
}
