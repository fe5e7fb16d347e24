// The tests use the same embedded registry as the demo.
export { startRegistry, type TestRegistry } from '../../scripts/lib/local-registry.js';
