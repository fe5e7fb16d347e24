/**
 * The export of a CommonJS package imported as an ES module default: Node hands
 * over `module.exports` (which for Ajv also carries `.default`), a bundler may
 * hand over `.default` already. Either way this returns the class or function.
 */
export function cjsDefault<T>(imported: unknown): T {
  const withDefault = imported as { default?: unknown; __esModule?: boolean };
  return (
    typeof imported === 'function' && !withDefault.__esModule ? imported : (withDefault.default ?? imported)
  ) as T;
}
