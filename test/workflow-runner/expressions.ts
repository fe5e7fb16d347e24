import { data, Evaluator, Lexer, Parser } from '@actions/expressions';

/**
 * `${{ }}` expressions evaluated by GitHub's own evaluator (`@actions/expressions`, the package
 * behind the Actions language server and `@actions/workflow-parser`). Contexts are plain JSON
 * values; the status functions and hashFiles are supplied per call, because their meaning depends
 * on where the expression sits (a job's `if`, a step's `if`).
 * Docs: https://docs.github.com/en/actions/reference/workflows-and-actions/expressions
 */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type Contexts = Record<string, Json | undefined>;

export interface Functions {
  success?: () => boolean;
  failure?: () => boolean;
  cancelled?: () => boolean;
  always?: () => boolean;
  hashFiles?: (...patterns: string[]) => string;
}

const toData = (value: Json | undefined): data.ExpressionData =>
  value === undefined ? new data.Null() : (JSON.parse(JSON.stringify(value), data.reviver) as data.ExpressionData);
const fromData = (value: data.ExpressionData): Json => JSON.parse(JSON.stringify(value, data.replacer)) as Json;

/** Evaluate one expression (without the `${{ }}` wrapper) to a JSON value. */
export function evaluate(expression: string, contexts: Contexts, functions: Functions = {}): Json {
  const names = Object.keys(contexts);
  const dictionary = new data.Dictionary(...names.map((key) => ({ key, value: toData(contexts[key]) })));
  const statusDefaults: Required<Functions> = {
    success: () => true,
    failure: () => false,
    cancelled: () => false,
    always: () => true,
    hashFiles: () => '',
  };
  const all = { ...statusDefaults, ...functions };
  const infos = Object.keys(all).map((name) => ({ name, minArgs: 0, maxArgs: name === 'hashFiles' ? 255 : 0 }));
  const tokens = new Lexer(expression).lex().tokens;
  const tree = new Parser(tokens, names, infos).parse();
  const implementations = new Map(
    Object.entries(all).map(([name, fn]) => [
      name.toLowerCase(),
      {
        name,
        minArgs: 0,
        maxArgs: 255,
        call: (...args: data.ExpressionData[]) => {
          const result = (fn as (...a: string[]) => boolean | string)(...args.map((a) => a.coerceString()));
          return typeof result === 'boolean' ? new data.BooleanData(result) : new data.StringData(result);
        },
      },
    ]),
  );
  return fromData(new Evaluator(tree, dictionary, implementations).evaluate());
}

/** How GitHub turns a value into text when it is spliced into a string: objects as JSON, null as ''. */
export function asText(value: Json): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  return String(value);
}

/** Truthiness as GitHub defines it: false, 0, -0, '', null are false (NaN too). */
export function truthy(value: Json): boolean {
  if (value === null || value === false || value === '' || value === 0) return false;
  if (typeof value === 'number' && Number.isNaN(value)) return false;
  return true;
}

const TEMPLATE = /\$\{\{([\s\S]*?)\}\}/g;

/**
 * Expand every `${{ }}` in a string. A value that is exactly one expression keeps its type
 * (so `with: { flag: ${{ true }} }` is a boolean), otherwise the pieces are spliced as text:
 * this is why untrusted input in a `run:` body is an injection (docs: "Script injections",
 * https://docs.github.com/en/actions/concepts/security/script-injections).
 */
export function expand(template: unknown, contexts: Contexts, functions: Functions = {}): Json {
  if (typeof template !== 'string') return (template ?? null) as Json;
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(template);
  if (whole && !whole[1]?.includes('}}')) return evaluate(whole[1] as string, contexts, functions);
  return template.replace(TEMPLATE, (_all, expression: string) => asText(evaluate(expression, contexts, functions)));
}

export const expandText = (template: unknown, contexts: Contexts, functions: Functions = {}): string =>
  asText(expand(template, contexts, functions));

/** An `if:` condition: `${{ }}` optional; GitHub adds `success() &&` when no status function is named. */
export function condition(text: unknown, contexts: Contexts, functions: Functions): boolean {
  if (text === undefined || text === null) return functions.success ? functions.success() : true;
  if (typeof text === 'boolean') return text;
  let expression = String(text).trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(expression);
  if (wrapped) expression = (wrapped[1] as string).trim();
  // Docs (expressions, "Status check functions"): "A default status check of success() is applied unless you include one of these functions."
  if (!/\b(success|failure|cancelled|always)\s*\(/i.test(expression)) expression = `success() && (${expression})`;
  return truthy(evaluate(expression, contexts, functions));
}
