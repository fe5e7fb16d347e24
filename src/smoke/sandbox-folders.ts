import { chmod, lchown, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PrivateFolders } from './environment.js';
import type { Sandbox } from './sandbox.js';

/**
 * The server's own home and temp folder; and when the sandbox runs the server
 * as another user (a root kit runs it as nobody), the work folder handed over
 * to that user: it runs its own installed package and writes only there.
 */
export async function prepareSandboxFolders(sandbox: Sandbox, workDir: string, folders: PrivateFolders): Promise<void> {
  await mkdir(folders.home, { recursive: true });
  await mkdir(folders.tmp, { recursive: true });
  if (sandbox.kind !== 'namespace' || sandbox.serverUid === undefined || sandbox.serverUid === process.getuid?.())
    return;
  const uid = sandbox.serverUid;
  const gid = sandbox.serverGid ?? uid;
  // mkdtemp made it 0700: the server's user must be able to enter it.
  await chmod(workDir, 0o755);
  for (const entry of await readdir(workDir, { recursive: true })) await lchown(path.join(workDir, entry), uid, gid);
}

/**
 * A root kit runs the server as nobody, who must be able to walk down to the
 * work folder. When a folder above it is closed to others (a TMPDIR made with
 * mode 0700, say), the server runs as root without capabilities instead, and
 * the report says why.
 */
export async function sandboxForFolder(
  sandbox: Sandbox,
  workDir: string,
): Promise<{ sandbox: Sandbox; note?: string }> {
  if (sandbox.kind !== 'namespace' || sandbox.via !== 'root' || sandbox.serverUid === undefined) return { sandbox };
  for (let dir = path.dirname(workDir); ; dir = path.dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info && (info.mode & 0o001) === 0 && info.uid !== sandbox.serverUid) {
      const { serverUid: _uid, serverGid: _gid, ...asRoot } = sandbox;
      return {
        sandbox: asRoot,
        note: `the server ran as root without capabilities, not as nobody: ${dir} is closed to other users`,
      };
    }
    if (dir === path.dirname(dir)) return { sandbox };
  }
}
