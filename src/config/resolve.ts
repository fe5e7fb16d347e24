import picomatch from 'picomatch';
import type { FailOn, Severity } from '../report/model.js';
import { DEFAULT_ENGINE_FLOOR, DEFAULT_TARBALL_BUDGET, DEFAULT_UNPACKED_BUDGET } from './defaults.js';
import type { Config, PackageSettings } from './schema.js';
import { parseSize } from '../util/size.js';

/** The settings that apply to one package, with every default filled in. */
export interface ResolvedSettings {
  failOn: FailOn;
  rules: Record<string, Severity | 'off'>;
  budgets: { tarballSize: number; unpackedSize: number; startupMs?: number };
  layout: { engineFloor: string; allowFiles: string[] };
  smoke: NonNullable<PackageSettings['smoke']>;
  scan: NonNullable<PackageSettings['scan']>;
}

/**
 * Top-level settings, then every `packages:` entry object whose `path` matches
 * the package folder (relative to the root, POSIX), in file order.
 */
export function settingsForPackage(config: Config, relDir: string): ResolvedSettings {
  const layers: PackageSettings[] = [pickSettings(config)];
  for (const entry of config.packages ?? []) {
    if (typeof entry === 'object' && matchesFolder(entry.path, relDir)) layers.push(pickSettings(entry));
  }
  const merged: ResolvedSettings = {
    failOn: 'error',
    rules: {},
    budgets: { tarballSize: DEFAULT_TARBALL_BUDGET, unpackedSize: DEFAULT_UNPACKED_BUDGET },
    layout: { engineFloor: DEFAULT_ENGINE_FLOOR, allowFiles: [] },
    smoke: {},
    scan: {},
  };
  for (const layer of layers) {
    if (layer.failOn) merged.failOn = layer.failOn;
    Object.assign(merged.rules, layer.rules ?? {});
    if (layer.budgets?.tarballSize !== undefined) merged.budgets.tarballSize = parseSize(layer.budgets.tarballSize);
    if (layer.budgets?.unpackedSize !== undefined) merged.budgets.unpackedSize = parseSize(layer.budgets.unpackedSize);
    if (layer.budgets?.startupMs !== undefined) merged.budgets.startupMs = layer.budgets.startupMs;
    if (layer.layout?.engineFloor !== undefined) merged.layout.engineFloor = String(layer.layout.engineFloor);
    if (layer.layout?.allowFiles) merged.layout.allowFiles = [...merged.layout.allowFiles, ...layer.layout.allowFiles];
    merged.smoke = { ...merged.smoke, ...layer.smoke };
    merged.scan = { ...merged.scan, ...layer.scan };
  }
  return merged;
}

function pickSettings(source: PackageSettings): PackageSettings {
  const { failOn, rules, budgets, layout, smoke, scan } = source;
  return { failOn, rules, budgets, layout, smoke, scan };
}

export function matchesFolder(pattern: string, relDir: string): boolean {
  const clean = (p: string): string => p.replace(/^\.\/+/, '').replace(/\/+$/, '') || '.';
  return picomatch(clean(pattern), { dot: true })(clean(relDir));
}
