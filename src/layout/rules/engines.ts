// semver's functions one by one: its index loads every function and range helper (validate's start, issue #20).
import coerce from 'semver/functions/coerce.js';
import intersects from 'semver/ranges/intersects.js';
import minVersion from 'semver/ranges/min-version.js';
import validRange from 'semver/ranges/valid.js';
import type { LayoutCheck } from '../context.js';

/**
 * engines.node: present, a valid range, and admitting no Node older than the
 * floor (`layout.engineFloor`, default 18: what the MCP SDK supports). A range
 * admits an older Node when it intersects `<floor` (`>=16`, `^16 || >=20`).
 */
export const checkEngines: LayoutCheck = (ctx) => {
  const floorText = ctx.settings.layout.engineFloor;
  const floor = coerce(floorText);
  const suggested = `>=${floorText}`;
  const engines = ctx.manifest.engines;
  const range = engines && typeof engines === 'object' ? (engines as Record<string, unknown>).node : undefined;
  if (typeof range !== 'string' || range.trim() === '') {
    return [
      ctx.at(
        'layout/engines-node-missing',
        ['engines'],
        `package.json has no "engines.node": users on a Node older than ${floorText} get a crash instead of a clear message`,
        `Add "engines": {"node": "${suggested}"} (or the floor your code needs; the kit's floor is layout.engineFloor in the config).`,
      ),
    ];
  }
  if (validRange(range) === null) {
    return [ctx.at('layout/engines-node', ['engines', 'node'], `engines.node "${range}" is not a valid semver range`)];
  }
  if (floor && floor.compare('0.0.0') > 0 && intersects(range, `<${floor.version}`)) {
    const lowest = minVersion(range);
    return [
      ctx.at(
        'layout/engines-node',
        ['engines', 'node'],
        `engines.node "${range}" allows Node ${lowest ? lowest.version : 'versions'} below the floor ${floorText}`,
        `Use "${suggested}" or higher (the floor is layout.engineFloor in the config).`,
      ),
    ];
  }
  return [];
};
