// 'archive:open' and 'app:info' with mocked Electron: cancel, one archive's bytes, the size cap, and the app facts.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { testContext } from './context';

const electron = vi.hoisted(() => ({
  dialog: { showOpenDialog: vi.fn() },
  app: { getName: vi.fn(() => 'Comparanda'), getVersion: vi.fn(() => '0.1.0'), getPath: vi.fn((name: string) => `/home/researcher/.config/Comparanda/${name}`) },
}));
vi.mock('electron', () => electron);

const { openArchive, ARCHIVE_EXTENSIONS } = await import('../../../../main/ipc/handlers/archive-open');
const { appInfo } = await import('../../../../main/ipc/handlers/app-info');

let folder: string;
const zipBytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]);

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'comparanda-archive-'));
  await writeFile(path.join(folder, 'team.comparanda'), zipBytes);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});
beforeEach(() => {
  electron.dialog.showOpenDialog.mockReset();
});

describe('archive:open', () => {
  it('answers null when the dialog is cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await openArchive(testContext())).toEqual({ ok: true, value: null });
  });

  it('offers only archives and REFI-QDA projects, one at a time', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await openArchive(testContext());
    const [[options]] = electron.dialog.showOpenDialog.mock.calls as [[{ properties: string[]; filters: Array<{ extensions: string[] }> }]];
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters.flatMap((filter) => filter.extensions)).toEqual(['comparanda', 'qdpx', 'zip']);
    expect(ARCHIVE_EXTENSIONS).toEqual(['comparanda', 'qdpx', 'zip']);
  });

  it('returns the chosen archive with its bytes', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(folder, 'team.comparanda')] });
    expect(await openArchive(testContext())).toEqual({ ok: true, value: { name: 'team.comparanda', path: 'team.comparanda', bytes: zipBytes } });
  });

  it('refuses an archive over the size cap before reading it', async () => {
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path.join(folder, 'team.comparanda')] });
    const answer = await openArchive(testContext({ maxTotalBytes: 4 }));
    expect(answer).toEqual({ ok: false, error: { code: 'file-too-large', message: '"team.comparanda" is 8 bytes; files larger than 4 bytes cannot be opened.' } });
  });
});

describe('app:info', () => {
  it('reports the app, the runtime versions, the platform and the data folder', async () => {
    expect(await appInfo()).toEqual({
      ok: true,
      value: {
        name: 'Comparanda',
        version: '0.1.0',
        electron: process.versions.electron ?? null,
        chrome: process.versions.chrome ?? null,
        node: process.versions.node,
        platform: process.platform,
        dataFolder: '/home/researcher/.config/Comparanda/userData',
      },
    });
  });

  it('reports no data folder when Electron cannot name one', async () => {
    electron.app.getPath.mockImplementationOnce(() => {
      throw new Error('not ready');
    });
    const answer = await appInfo();
    expect(answer.ok && answer.value.dataFolder).toBeNull();
  });
});
