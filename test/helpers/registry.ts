// The tests use the same embedded registry as the demo; its token is a known secret the leak guard looks for.
import {
  startRegistry as startLocalRegistry,
  type RegistryOptions,
  type TestRegistry,
} from '../../scripts/lib/local-registry.js';
import { registerSecret } from './leak-guard.js';

export type { TestRegistry };

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const registry = await startLocalRegistry(options);
  registerSecret('the npm registry token', registry.token);
  return registry;
}
