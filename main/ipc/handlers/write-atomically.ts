// Writes a file through a temporary neighbour and a rename, so a failed save never leaves half a file; explains failures in plain words.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'you do not have permission to write there',
  EPERM: 'you do not have permission to write there',
  EROFS: 'that place is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'your disk quota is used up',
  ENOENT: 'that folder no longer exists',
  ENOTDIR: 'that folder no longer exists',
  EISDIR: 'a folder with that name is in the way',
  EBUSY: 'the file is open in another program',
  ENAMETOOLONG: 'the name is too long',
};

/** Why a file-system call failed, in words a researcher understands. */
export function plainReason(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  return REASONS[code] ?? 'the file system refused the write';
}
