// The IPC gate: every channel is bound, foreign senders and malformed payloads are refused before any handler runs, and throws become error values.
import { describe, expect, it, vi } from 'vitest';
import { requestSchemas } from '../../../shared/ipc/contract';
import type { Channel, Handlers } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/result';
import { DomainError } from '../../../shared/result';

vi.mock('electron', () => ({}));

const { CHANNELS, dispatch, registerIpc } = await import('../../../main/ipc/register');
const { createHandlers } = await import('../../../main/ipc/handlers/index');
const { testContext } = await import('./handlers/context');

const fromApp = { senderFrame: { url: 'app://comparanda/index.html' } } as never;

function spyHandlers(): Handlers & Record<Channel, ReturnType<typeof vi.fn>> {
  return {
    'import:pick-files': vi.fn(async () => ok([])),
    'export:save': vi.fn(async () => ok(null)),
    'archive:open': vi.fn(async () => ok(null)),
    'file:reveal': vi.fn(async () => ok(true as const)),
    'app:info': vi.fn(async () => ok({ name: 'Comparanda', version: '0', electron: null, chrome: null, node: null, platform: 'linux', dataFolder: null })),
  } as never;
}

const malformed: Record<Channel, unknown[]> = {
  'import:pick-files': [undefined, null, 'folders', {}, { folders: 'yes' }, { folders: true, path: '/etc' }, [true]],
  'export:save': [
    undefined,
    {},
    { suggestedName: 'a.docx' },
    { suggestedName: 'a.docx', bytes: 'text' },
    { suggestedName: 'a.docx', bytes: [1, 2, 3] },
    { suggestedName: '../a.docx', bytes: new Uint8Array(1) },
    { suggestedName: 'folder/a.docx', bytes: new Uint8Array(1) },
    { suggestedName: 'C:\\a.docx', bytes: new Uint8Array(1) },
    { suggestedName: '', bytes: new Uint8Array(1) },
    { suggestedName: 'x'.repeat(256), bytes: new Uint8Array(1) },
    { suggestedName: 'a.docx', bytes: new Uint8Array(1), filters: [{ name: 'Word' }] },
    { suggestedName: 'a.docx', bytes: new Uint8Array(1), path: '/tmp/a.docx' },
  ],
  'archive:open': [undefined, null, { path: '/tmp/a.comparanda' }, 'a.comparanda'],
  'file:reveal': [undefined, {}, { token: '' }, { token: 42 }, { token: 'x'.repeat(101) }, { token: 'abc', path: '/etc' }],
  'app:info': [undefined, null, { verbose: true }, 1],
  'backup:list': [undefined, null, { folder: '/tmp' }],
  'backup:write': [
    undefined,
    { name: 'comparanda-backup-20261123-164507-089Z-quit.comparanda' },
    { name: '../comparanda-backup-20261123-164507-089Z-quit.comparanda', bytes: new Uint8Array(1) },
    { name: '/etc/passwd', bytes: new Uint8Array(1) },
    { name: 'thesis.docx', bytes: new Uint8Array(1) },
    { name: 'comparanda-backup-20261123-164507-089Z-quit.comparanda', bytes: 'zip' },
  ],
  'backup:read': [undefined, {}, { name: '../../.ssh/id_rsa' }, { name: 'notes.txt' }],
  'backup:delete': [undefined, {}, { name: '*' }, { name: 'comparanda-backup-20261123-164507-089Z-quit.comparanda', path: '/' }],
  'backup:folder': [undefined, { path: '/tmp' }],
  'backup:choose-folder': [undefined, {}, { folder: '/tmp' }, { reset: 'yes' }],
  'backup:ready-to-close': [undefined, { now: true }],
};

describe('registerIpc', () => {
  it('binds exactly the channels of the contract', () => {
    const handle = vi.fn();
    registerIpc({ handle }, spyHandlers());
    expect(handle.mock.calls.map(([channel]) => channel).sort()).toEqual(Object.keys(requestSchemas).sort());
    expect(CHANNELS.sort()).toEqual(Object.keys(requestSchemas).sort());
  });

  it('has a handler for every channel in main', () => {
    const handlers = createHandlers(testContext());
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(requestSchemas).sort());
    expect(Object.values(handlers).every((handler) => typeof handler === 'function')).toBe(true);
  });

  it('routes a bound channel through the checks to its handler', async () => {
    const handle = vi.fn();
    const handlers = spyHandlers();
    registerIpc({ handle }, handlers);
    const listener = handle.mock.calls.find(([channel]) => channel === 'file:reveal')?.[1] as (event: unknown, payload: unknown) => Promise<unknown>;
    expect(await listener(fromApp, { token: 'abc' })).toEqual({ ok: true, value: true });
    expect(handlers['file:reveal']).toHaveBeenCalledWith({ token: 'abc' });
    expect(await listener(fromApp, { token: 7 })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});

describe('dispatch refuses malformed payloads on every channel', () => {
  const cases = CHANNELS.flatMap((channel) => malformed[channel].map((payload) => [channel, payload] as const));
  it.each(cases)('%s with %j', async (channel, payload) => {
    const handlers = spyHandlers();
    const answer = await dispatch(handlers, channel, fromApp, payload);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid-payload');
    expect(answer.error.message).toContain(channel);
    expect(answer.error.message).not.toMatch(/\n\s+at /);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('covers every channel of the contract', () => {
    expect(Object.keys(malformed).sort()).toEqual(Object.keys(requestSchemas).sort());
  });
});

describe('dispatch checks who is asking', () => {
  const senders: Array<[string, unknown]> = [
    ['a web page', { senderFrame: { url: 'https://example.org/' } }],
    ['a local file', { senderFrame: { url: 'file:///home/researcher/evil.html' } }],
    ['another app:// host', { senderFrame: { url: 'app://elsewhere/index.html' } }],
    ['a frame that is gone', { senderFrame: null }],
    ['a frame that throws when read', { get senderFrame() { throw new Error('Render frame was disposed'); } }],
  ];
  it.each(senders)('refuses %s', async (_label, event) => {
    const handlers = spyHandlers();
    const answer = await dispatch(handlers, 'app:info', event as never, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('passes valid requests from the app page to the handler', async () => {
    const handlers = spyHandlers();
    const answer = await dispatch(handlers, 'import:pick-files', fromApp, { folders: true });
    expect(answer).toEqual({ ok: true, value: [] });
    expect(handlers['import:pick-files']).toHaveBeenCalledWith({ folders: true });
  });
});

describe('dispatch turns handler failures into error values', () => {
  it('keeps the code of a DomainError', async () => {
    const handlers = spyHandlers();
    handlers['file:reveal'].mockRejectedValueOnce(new DomainError('unknown-file', 'That file is unknown.'));
    expect(await dispatch(handlers, 'file:reveal', fromApp, { token: 'abc' })).toEqual({ ok: false, error: { code: 'unknown-file', message: 'That file is unknown.' } });
  });

  it('gives any other throw the code "unexpected" and its message only', async () => {
    const handlers = spyHandlers();
    handlers['app:info'].mockImplementationOnce(() => {
      throw new TypeError('boom');
    });
    expect(await dispatch(handlers, 'app:info', fromApp, {})).toEqual({ ok: false, error: { code: 'unexpected', message: 'boom' } });
  });
});
