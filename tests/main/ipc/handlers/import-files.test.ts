// 'import:pick-files' with a mocked dialog over real folders: cancel, files, recursive folders without hidden files or links, and the size caps.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { testContext } from './context';

const electron = vi.hoisted(() => ({ dialog: { showOpenDialog: vi.fn() } }));
vi.mock('electron', () => electron);

const { pickFilesToImport } = await import('../../../../main/ipc/handlers/import-files');
const { formatSize } = await import('../../../../main/ipc/handlers/picked-files');

let base: string;
const text = (value: string) => new TextEncoder().encode(value);

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'comparanda-import-'));
  const wien = path.join(base, 'interviews', 'wien');
  await mkdir(path.join(wien, 'round 2'), { recursive: true });
  await mkdir(path.join(base, 'interviews', '.cache'), { recursive: true });
  await mkdir(path.join(base, 'elsewhere'), { recursive: true });
  await writeFile(path.join(base, 'interviews', 'overview.md'), '# Overview');
  await writeFile(path.join(wien, 'interview-01.txt'), 'Interview mit einer Sozialarbeiterin in Wien');
  await writeFile(path.join(wien, 'round 2', 'focus-group.vtt'), 'WEBVTT\n');
  await writeFile(path.join(wien, '.DS_Store'), 'hidden');
  await writeFile(path.join(base, 'interviews', '.cache', 'index.bin'), 'hidden folder');
  await writeFile(path.join(base, 'elsewhere', 'private.txt'), 'not picked');
  await symlink(path.join(base, 'elsewhere', 'private.txt'), path.join(wien, 'linked.txt'));
  await symlink(path.join(base, 'elsewhere'), path.join(wien, 'linked-folder'));
  await mkdir(path.join(base, 'reports'), { recursive: true });
  await writeFile(path.join(base, 'reports', 'praha.txt'), 'Zpráva o integraci v Praze');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
});

function picks(filePaths: string[], canceled = false) {
  electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled, filePaths });
}

describe('import:pick-files', () => {
  it('answers an empty list when the dialog is cancelled', async () => {
    picks([], true);
    expect(await pickFilesToImport(testContext(), { folders: false })).toEqual({ ok: true, value: [] });
  });

  it('asks for files or for folders, always allowing several', async () => {
    picks([], true);
    await pickFilesToImport(testContext(), { folders: false });
    picks([], true);
    await pickFilesToImport(testContext(), { folders: true });
    const [[files], [folders]] = electron.dialog.showOpenDialog.mock.calls as [[{ properties: string[] }], [{ properties: string[] }]];
    expect(files.properties).toEqual(['openFile', 'multiSelections']);
    expect(folders.properties).toEqual(['openDirectory', 'multiSelections']);
  });

  it('returns picked files with their bare names and bytes', async () => {
    picks([path.join(base, 'reports', 'praha.txt'), path.join(base, 'interviews', 'overview.md')]);
    const answer = await pickFilesToImport(testContext(), { folders: false });
    expect(answer).toEqual({
      ok: true,
      value: [
        { name: 'praha.txt', path: 'praha.txt', bytes: text('Zpráva o integraci v Praze') },
        { name: 'overview.md', path: 'overview.md', bytes: text('# Overview') },
      ],
    });
  });

  it('expands folders recursively, paths relative to the picked folder, without hidden files or symbolic links', async () => {
    picks([path.join(base, 'interviews'), path.join(base, 'reports')]);
    const answer = await pickFilesToImport(testContext(), { folders: true });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.map((file) => [file.name, file.path])).toEqual([
      ['overview.md', 'overview.md'],
      ['interview-01.txt', 'wien/interview-01.txt'],
      ['focus-group.vtt', 'wien/round 2/focus-group.vtt'],
      ['praha.txt', 'praha.txt'],
    ]);
    expect(new TextDecoder().decode(answer.value[1]?.bytes)).toBe('Interview mit einer Sozialarbeiterin in Wien');
    expect(answer.value.every((file) => file.bytes instanceof Uint8Array)).toBe(true);
  });

  it('refuses the whole pick, naming the file, when one file is over the per-file cap', async () => {
    picks([path.join(base, 'interviews')]);
    const answer = await pickFilesToImport(testContext({ maxFileBytes: 20 }), { folders: true });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'file-too-large', message: '"wien/interview-01.txt" is 44 bytes; files larger than 20 bytes cannot be imported.' },
    });
  });

  it('refuses the whole pick when the files add up to more than the total cap', async () => {
    picks([path.join(base, 'interviews'), path.join(base, 'reports')]);
    const answer = await pickFilesToImport(testContext({ maxTotalBytes: 60 }), { folders: true });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('selection-too-large');
    expect(answer.error.message).toMatch(/add up to \d+ bytes; at most 60 bytes can be imported at once/);
  });

  it('refuses a pick with more files than the count cap', async () => {
    picks([path.join(base, 'interviews')]);
    const answer = await pickFilesToImport(testContext({ maxFiles: 2 }), { folders: true });
    expect(answer).toMatchObject({ ok: false, error: { code: 'too-many-files' } });
  });

  it('says which file could not be read', async () => {
    picks([path.join(base, 'reports', 'gone.txt')]);
    expect(await pickFilesToImport(testContext(), { folders: false })).toEqual({
      ok: false,
      error: { code: 'unreadable-file', message: '"gone.txt" could not be read, so nothing was imported.' },
    });
  });
});

describe('formatSize', () => {
  const cases: Array<[number, string]> = [
    [0, '0 bytes'],
    [1023, '1023 bytes'],
    [1536, '1.5 KB'],
    [512 * 1024 ** 2, '512 MB'],
    [1024 ** 3, '1 GB'],
    [1.25 * 1024 ** 3, '1.3 GB'],
  ];
  it.each(cases)('%i → %s', (bytes, shown) => {
    expect(formatSize(bytes)).toBe(shown);
  });
});
