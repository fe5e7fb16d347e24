/**
 * The file system, for commands and adapters: node's promise API plus the
 * bounded readers. Commands reach it as `context.adapters.fs`.
 */
export {
  access,
  chmod,
  copyFile,
  lstat,
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  readlink,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';

export { readJsonObject, readTextBounded, TooLarge } from './bounded-read.js';

import { access } from 'node:fs/promises';

/** True when the path exists (any type); never throws. */
export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
