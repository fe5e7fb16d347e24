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
