import pkg from '../package.json' with { type: 'json' };

/** This tool's version, from package.json at build time. */
export const TOOL_VERSION: string = pkg.version;
