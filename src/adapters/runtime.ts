import os from 'node:os';
import { TOOL_VERSION } from './tool-version.js';

/** Facts of the machine and the running tool that commands report or build paths from. */
export interface Runtime {
  /** This tool's version (package.json beside the bundle). */
  toolVersion: string;
  /** The Node.js running the kit. */
  nodeVersion: string;
  /** The user's home folder (os.homedir(): HOME, else the password database). */
  homeDir: string;
}

export function currentRuntime(): Runtime {
  return { toolVersion: TOOL_VERSION, nodeVersion: process.versions.node, homeDir: os.homedir() };
}
