/** Defaults applied where the config file is silent. */
export const DEFAULT_CONFIG_PATH = '.github/mcp-release.yml';
export const DEFAULT_TARBALL_BUDGET = 10 * 1000 * 1000;
export const DEFAULT_UNPACKED_BUDGET = 50 * 1000 * 1000;
export const DEFAULT_ENGINE_FLOOR = '18';
/** A real config is a few kilobytes; a megabyte is already absurd (src/adapters/config-file.ts reads up to it). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
