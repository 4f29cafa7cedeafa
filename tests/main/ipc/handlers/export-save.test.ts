// 'export:save' and 'file:reveal' with mocked dialogs over a real folder: cancel, atomic write, plain-worded failures, reveal by token.
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { testContext } from './context';

const electron = vi.hoisted(() => ({ dialog: { showSaveDialog: vi.fn() }, shell: { showItemInFolder: vi.fn() } }));
vi.mock('electron', () => electron);

const { saveExport } = await import('../../../../main/ipc/handlers/export-save');
const { revealFile } = await import('../../../../main/ipc/handlers/file-reveal');
const { plainReason } = await import('../../../../main/ipc/handlers/write-atomically');

let folder: string;
const chapter = new TextEncoder().encode('PK… a Word chapter');

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'comparanda-export-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});
beforeEach(() => {
  electron.dialog.showSaveDialog.mockReset();
  electron.shell.showItemInFolder.mockReset();
});

function savesTo(filePath: string | undefined, canceled = false) {
  electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled, filePath: filePath ?? '' });
}

describe('export:save', () => {
  it('answers null when the dialog is cancelled, and writes nothing', async () => {
    savesTo(undefined, true);
    const answer = await saveExport(testContext(), { suggestedName: 'chapter.docx', bytes: chapter });
    expect(answer).toEqual({ ok: true, value: null });
    expect(await readdir(folder)).toEqual([]);
  });

  it('offers the suggested name in the default folder with the given filters', async () => {
    savesTo(undefined, true);
    const filters = [{ name: 'Word document', extensions: ['docx'] }];
    await saveExport(testContext({}, folder), { suggestedName: 'chapter.docx', bytes: chapter, filters });
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: path.join(folder, 'chapter.docx'), filters }));
  });

  it('writes the bytes, leaves no temporary file, and returns a token that reveals the file', async () => {
    const context = testContext();
    const target = path.join(folder, 'Wien und Praha.docx');
    savesTo(target);
    const answer = await saveExport(context, { suggestedName: 'chapter.docx', bytes: chapter });
    expect(answer.ok && answer.value?.name).toBe('Wien und Praha.docx');
    expect(new Uint8Array(await readFile(target))).toEqual(chapter);
    expect(await readdir(folder)).toEqual(['Wien und Praha.docx']);

    const token = answer.ok && answer.value ? answer.value.token : '';
    expect(token).not.toContain(folder);
    expect(token.length).toBeGreaterThanOrEqual(20);
    expect(await revealFile(context, { token })).toEqual({ ok: true, value: true });
    expect(electron.shell.showItemInFolder).toHaveBeenCalledWith(target);

    // The next save dialog opens where the last export went.
    savesTo(undefined, true);
    await saveExport(context, { suggestedName: 'matrix.csv', bytes: chapter });
    expect(electron.dialog.showSaveDialog).toHaveBeenLastCalledWith(expect.objectContaining({ defaultPath: path.join(folder, 'matrix.csv') }));
  });

  it('replaces an existing file whole', async () => {
    const target = path.join(folder, 'replace-me.csv');
    await writeFile(target, 'old content that is longer than the new one');
    savesTo(target);
    await saveExport(testContext(), { suggestedName: 'replace-me.csv', bytes: new TextEncoder().encode('new') });
    expect(await readFile(target, 'utf8')).toBe('new');
  });

  it.skipIf(process.getuid?.() === 0)('gives a clear error, and leaves nothing behind, when the folder cannot be written', async () => {
    const locked = path.join(folder, 'locked');
    await mkdir(locked);
    await chmod(locked, 0o500);
    const target = path.join(locked, 'chapter.docx');
    savesTo(target);
    const answer = await saveExport(testContext(), { suggestedName: 'chapter.docx', bytes: chapter });
    await chmod(locked, 0o700);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'export-failed', message: '"chapter.docx" could not be saved: you do not have permission to write there. Nothing was written.' },
    });
    expect(await readdir(locked)).toEqual([]);
  });

  it('gives a clear error, and removes its temporary file, when the final rename fails', async () => {
    const place = path.join(folder, 'in-the-way');
    const target = path.join(place, 'chapter.docx');
    await mkdir(path.join(target, 'a folder'), { recursive: true });
    savesTo(target);
    const answer = await saveExport(testContext(), { suggestedName: 'chapter.docx', bytes: chapter });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'export-failed', message: '"chapter.docx" could not be saved: a folder with that name is in the way. Nothing was written.' },
    });
    expect(await readdir(place)).toEqual(['chapter.docx']);
    expect(await readdir(target)).toEqual(['a folder']);
  });

  it('gives a clear error when the chosen folder no longer exists', async () => {
    savesTo(path.join(folder, 'deleted-folder', 'chapter.docx'));
    expect(await saveExport(testContext(), { suggestedName: 'chapter.docx', bytes: chapter })).toEqual({
      ok: false,
      error: { code: 'export-failed', message: '"chapter.docx" could not be saved: that folder no longer exists. Nothing was written.' },
    });
  });
});

describe('file:reveal', () => {
  it('refuses a token it never gave out', async () => {
    const answer = await revealFile(testContext(), { token: 'made-up-token' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-file' } });
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('says so when the saved file was moved away', async () => {
    const context = testContext();
    const target = path.join(folder, 'moved.docx');
    savesTo(target);
    const answer = await saveExport(context, { suggestedName: 'moved.docx', bytes: chapter });
    await rm(target);
    const token = answer.ok && answer.value ? answer.value.token : '';
    expect(await revealFile(context, { token })).toMatchObject({ ok: false, error: { code: 'file-missing' } });
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled();
  });
});

describe('plainReason', () => {
  const cases: Array<[unknown, string]> = [
    [Object.assign(new Error('x'), { code: 'ENOSPC' }), 'the disk is full'],
    [Object.assign(new Error('x'), { code: 'EROFS' }), 'that place is read-only'],
    [Object.assign(new Error('x'), { code: 'EWHATEVER' }), 'the file system refused the write'],
    ['not an error', 'the file system refused the write'],
  ];
  it.each(cases)('%s → %s', (error, reason) => {
    expect(plainReason(error)).toBe(reason);
  });
});
