import path from 'node:path';
import { DEFAULT_CONFIG_PATH, MAX_CONFIG_BYTES } from '../config/defaults.js';
import type { LoadedConfig } from '../config/load.js';
import { ConfigError } from '../errors.js';
import { readTextBounded, TooLarge } from './bounded-read.js';

/** The kit's configuration file: found, read (bounded), parsed and validated. */
export interface ConfigFileAdapter {
  load(rootDir: string, explicit?: string): Promise<LoadedConfig>;
}

export const configFile: ConfigFileAdapter = { load: loadConfig };

/**
 * Read and validate the config. `explicit` is the --config flag / `config` input:
 * when given, the file must exist; otherwise `.github/mcp-release.yml` under `rootDir`
 * is used when present and the defaults when not.
 */
export async function loadConfig(rootDir: string, explicit?: string): Promise<LoadedConfig> {
  const file = path.resolve(explicit ? explicit : path.join(rootDir, DEFAULT_CONFIG_PATH));
  let text: string;
  try {
    text = await readTextBounded(file, MAX_CONFIG_BYTES);
  } catch (error) {
    if (error instanceof TooLarge)
      throw new ConfigError(`${displayPath(file)}: ${error.message}; a config is a few kilobytes`);
    const code = (error as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return { config: {} };
    const reason =
      code === 'ENOENT'
        ? 'file not found'
        : code === 'EISDIR'
          ? 'is a directory, expected a YAML file'
          : String((error as Error).message);
    throw new ConfigError(`${displayPath(file)}: ${reason}`);
  }
  // The parser (yaml, the schema) is loaded only when there is a file to parse.
  const { parseConfigText } = await import('../config/load.js');
  return { config: parseConfigText(text, displayPath(file)), file };
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
