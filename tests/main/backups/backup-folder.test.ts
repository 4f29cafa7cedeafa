// The backup folder over a real temporary folder: only backup names, only inside the folder, the chosen folder remembered, plain failures.
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupName } from '../../../shared/backup/policy';

const electron = vi.hoisted(() => ({ dialog: { showOpenDialog: vi.fn() } }));
vi.mock('electron', () => electron);

const { BackupFolder } = await import('../../../main/backups/backup-folder');
const { backupHandlers } = await import('../../../main/ipc/handlers/backup');
const { testContext } = await import('../ipc/handlers/context');

let userData: string;
const name = backupName(new Date('2026-11-23T16:45:07.089Z'), 'daily');
const bytes = new TextEncoder().encode('PK… an archive');

beforeEach(async () => {
  userData = await mkdtemp(path.join(tmpdir(), 'comparanda-backups-'));
  electron.dialog.showOpenDialog.mockReset();
});
afterEach(async () => {
  await rm(userData, { recursive: true, force: true });
});

describe('BackupFolder', () => {
  it('writes into userData/backups by default, atomically, and lists, reads and deletes by name', async () => {
    const folder = new BackupFolder(userData);
    expect(await folder.folder()).toBe(path.join(userData, 'backups'));
    expect(await folder.list()).toEqual({ ok: true, value: [] });
    expect(await folder.write(name, bytes)).toEqual({ ok: true, value: { name, size: bytes.byteLength } });
    expect(await readdir(path.join(userData, 'backups'))).toEqual([name]);
    await writeFile(path.join(userData, 'backups', 'thesis.docx'), 'not a backup');
    expect(await folder.list()).toEqual({ ok: true, value: [{ name, size: bytes.byteLength }] });
    expect(await folder.read(name)).toEqual({ ok: true, value: new Uint8Array(bytes) });
    expect(await folder.remove(name)).toEqual({ ok: true, value: true });
    expect(await readdir(path.join(userData, 'backups'))).toEqual(['thesis.docx']);
  });

  it.each(['thesis.docx', `../${name}`, `sub/${name}`, '..', `/etc/${name}`])('never touches %s', async (wrong) => {
    const folder = new BackupFolder(userData);
    await mkdir(path.join(userData, 'backups'), { recursive: true });
    await writeFile(path.join(userData, 'thesis.docx'), 'keep me');
    for (const answer of [await folder.write(wrong, bytes), await folder.read(wrong), await folder.remove(wrong)]) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'not-a-backup-name' } });
    }
    expect(await readFile(path.join(userData, 'thesis.docx'), 'utf8')).toBe('keep me');
  });

  it('remembers a chosen folder across runs and goes back to the default on reset', async () => {
    const chosen = path.join(userData, 'Dropbox', 'Comparanda backups');
    await new BackupFolder(userData).choose(chosen);
    const again = new BackupFolder(userData);
    expect(await again.folder()).toBe(chosen);
    await again.write(name, bytes);
    expect(await readdir(chosen)).toEqual([name]);
    await again.choose(null);
    expect(await new BackupFolder(userData).folder()).toBe(path.join(userData, 'backups'));
  });

  it('ignores a remembered choice that is not an absolute path', async () => {
    await writeFile(path.join(userData, 'backup-folder.json'), JSON.stringify({ folder: '../elsewhere' }));
    expect(await new BackupFolder(userData).folder()).toBe(path.join(userData, 'backups'));
  });

  it('says in plain words when the backup cannot be written', async () => {
    const blocked = path.join(userData, 'a-file');
    await writeFile(blocked, 'in the way');
    const folder = new BackupFolder(userData);
    await folder.choose(path.join(blocked, 'backups'));
    const answer = await folder.write(name, bytes);
    expect(answer).toMatchObject({ ok: false, error: { code: 'backup-failed' } });
    expect(!answer.ok && answer.error.message).toMatch(/^The backup could not be written to .*a-file\/backups: that folder no longer exists\.$/);
  });

  it('lists no file reached through a link that is not a file', async () => {
    const folder = new BackupFolder(userData);
    await mkdir(path.join(userData, 'backups', name), { recursive: true });
    await symlink('/etc', path.join(userData, 'backups', backupName(new Date('2026-01-01T00:00:00Z'), 'quit')));
    expect(await folder.list()).toEqual({ ok: true, value: [] });
  });
});

describe('backup handlers', () => {
  it('choose-folder uses main’s own dialog, keeps the pick, and answers null on cancel', async () => {
    const handlers = backupHandlers(testContext({}, '/nonexistent', userData));
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await handlers['backup:choose-folder']({ reset: false })).toEqual({ ok: true, value: null });
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb/backups'] });
    expect(await handlers['backup:choose-folder']({ reset: false })).toEqual({ ok: true, value: '/media/usb/backups' });
    expect(electron.dialog.showOpenDialog).toHaveBeenLastCalledWith(expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }));
    expect(await handlers['backup:folder']({})).toEqual({ ok: true, value: '/media/usb/backups' });
    expect(await handlers['backup:choose-folder']({ reset: true })).toEqual({ ok: true, value: path.join(userData, 'backups') });
  });

  it('ready-to-close releases a held close', async () => {
    const context = testContext({}, '/nonexistent', userData);
    const release = vi.spyOn(context.backups.closeGuard, 'readyToClose');
    expect(await backupHandlers(context)['backup:ready-to-close']({})).toEqual({ ok: true, value: true });
    expect(release).toHaveBeenCalledTimes(1);
  });
});
