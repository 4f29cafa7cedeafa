// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { createWebBridge } from '../../../renderer/src/platform/web-bridge';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Answers the next file chooser the bridge opens with these files (or a cancel when none). */
function chooseOnClick(files: File[]) {
  const inputs: HTMLInputElement[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    inputs.push(this);
    if (files.length === 0) {
      this.dispatchEvent(new Event('cancel'));
      return;
    }
    Object.defineProperty(this, 'files', { value: files, configurable: true });
    this.dispatchEvent(new Event('change'));
  });
  return inputs;
}

describe('the web bridge', () => {
  it('reads picked files into bytes, keeping folder-relative paths', async () => {
    const inFolder = new File(['Grüße aus Wien'], 'a.txt');
    Object.defineProperty(inFolder, 'webkitRelativePath', { value: 'interviews/a.txt' });
    const inputs = chooseOnClick([inFolder, new File([new Uint8Array([1, 2, 3])], 'b.pdf')]);
    const result = await createWebBridge().pickFilesToImport({ folders: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((f) => [f.name, f.path])).toEqual([
      ['a.txt', 'interviews/a.txt'],
      ['b.pdf', 'b.pdf'],
    ]);
    expect(new TextDecoder().decode(result.value[0]!.bytes)).toBe('Grüße aus Wien');
    expect([...result.value[1]!.bytes]).toEqual([1, 2, 3]);
    expect(inputs[0]!.multiple).toBe(true);
    expect(inputs[0]!.webkitdirectory).toBe(true);
    expect(document.querySelectorAll('input[type=file]')).toHaveLength(0);
  });

  it('answers a cancelled chooser with no files, and a cancelled archive with null', async () => {
    chooseOnClick([]);
    const bridge = createWebBridge();
    expect(await bridge.pickFilesToImport({ folders: false })).toEqual({ ok: true, value: [] });
    expect(await bridge.openArchive({})).toEqual({ ok: true, value: null });
  });

  it('offers only archive files when opening an archive', async () => {
    const inputs = chooseOnClick([new File(['zip'], 'team.comparanda')]);
    const result = await createWebBridge().openArchive({});
    expect(inputs[0]!.accept).toBe('.comparanda,.qdpx,.zip');
    expect(result.ok && result.value?.name).toBe('team.comparanda');
  });

  it('saves an export as a download with the suggested name', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const result = await createWebBridge().saveExport({ suggestedName: 'study.comparanda', bytes: new Uint8Array([1]) });
    expect(result.ok && result.value?.name).toBe('study.comparanda');
    expect(clicked[0]!.download).toBe('study.comparanda');
    expect(clicked[0]!.href).toMatch(/^blob:/);
  });

  it('says plainly that revealing a file is not available in the browser', async () => {
    const result = await createWebBridge().revealFile({ token: 'download-1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/not available in the browser/);
  });

  it('describes the browser in appInfo', async () => {
    const result = await createWebBridge().appInfo({});
    expect(result.ok && result.value).toMatchObject({ name: 'Comparanda', electron: null, node: null, dataFolder: null });
  });

  it('turns shortcuts into menu commands, except while typing, and stops after unsubscribing', () => {
    const heard: MenuCommand[] = [];
    const stop = createWebBridge().onMenuCommand((command) => heard.push(command));
    const input = document.createElement('input');
    document.body.append(input);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    stop();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', ctrlKey: true, bubbles: true }));
    expect(heard).toEqual(['undo', 'redo']);
  });

  it('hands each shortcut to every part of the app that listens, as the desktop menu does', () => {
    const bridge = createWebBridge();
    const first: MenuCommand[] = [];
    const second: MenuCommand[] = [];
    const stopFirst = bridge.onMenuCommand((command) => first.push(command));
    const stopSecond = bridge.onMenuCommand((command) => second.push(command));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', ctrlKey: true, bubbles: true, cancelable: true }));
    stopFirst();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true }));
    stopSecond();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(first).toEqual(['import']);
    expect(second).toEqual(['import', 'undo']);
  });
});
