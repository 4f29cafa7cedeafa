// Links leave the app only as http(s), only after the researcher confirms, and only to the system browser; every other scheme is dropped silently.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => {
  const { FakeBrowserWindow, FakeWebContents } = await import('../fake-electron');
  return {
    FakeWebContents,
    BrowserWindow: FakeBrowserWindow,
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })) },
    shell: { openExternal: vi.fn(async () => undefined) },
    screen: { getAllDisplays: vi.fn(() => []) },
  };
});
vi.mock('electron', () => electron);

const { hardenWebContents, offerExternalLink } = await import('../../../main/window');

beforeEach(() => {
  electron.dialog.showMessageBox.mockClear();
  electron.shell.openExternal.mockClear();
});

/** Links a hostile document, page or archive could carry; none may reach the shell. */
const REFUSED = [
  'javascript:alert(document.cookie)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'javascript://example.org/%0aalert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'file://server/share/interviews.docx',
  'FILE:///C:/Windows/System32/calc.exe',
  'smb://attacker.example/share',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x',
  'blob:app://comparanda/1234',
  'app://elsewhere/index.html',
  'chrome://settings',
  'about:blank',
  'mailto:someone@example.org',
  'ftp://example.org/file',
  '//example.org/protocol-relative',
  'not a url',
  '',
];

describe('links that are not web links', () => {
  it.each(REFUSED)('%j is never offered to the browser', async (url) => {
    expect(await offerExternalLink(url, null)).toBe(false);
    const contents = new electron.FakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = { url, preventDefault: vi.fn() };
      contents.events.emit(name, event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('web links', () => {
  it.each(['https://ec.europa.eu/migrant-integration', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/'])('%s opens only after the confirmation, which shows the address', async (url) => {
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await offerExternalLink(url, null)).toBe(false);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();

    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await offerExternalLink(url, null)).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith(url);
    const options = (electron.dialog.showMessageBox.mock.calls.at(-1) as unknown[] | undefined)?.at(-1) as { detail: string; defaultId: number; cancelId: number };
    expect(options).toMatchObject({ detail: url, defaultId: 1, cancelId: 1 });
  });

  it("the app's own page is never offered to the browser", async () => {
    expect(await offerExternalLink('app://comparanda/index.html', null)).toBe(false);
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('a web link never navigates the app window itself', () => {
    const contents = new electron.FakeWebContents();
    hardenWebContents(contents as never);
    const event = { url: 'https://example.org/', preventDefault: vi.fn() };
    contents.events.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
