// The exported project.qde is valid against the official REFI-QDA Project schema, and the same repository exports the same bytes.
import { describe, expect, it } from 'vitest';
import { exportProjectQde, exportQdpx } from '../../../shared/qdpx';
import { freshDb } from '../../helpers';
import { sampleWithEmoji, schemaSkipReason, xmllintProject } from './qdpx-fixtures';

describe('exportQdpx and the Project schema', () => {
  if (schemaSkipReason) it.skip(`schema validation skipped: ${schemaSkipReason}`, () => {});

  it.skipIf(schemaSkipReason !== null)('writes a project.qde that xmllint validates (sample project with emoji, memos on every target)', async () => {
    const { qde } = await exportProjectQde(await sampleWithEmoji(), { appVersion: '1.2.3' });
    expect(xmllintProject(qde)).toEqual({ valid: true, output: '' });
    for (const part of ['<Users>', '<CodeBook>', '<Variables>', '<Cases>', '<TextSource', '<PlainTextSelection', '<Coding', '<Notes>', '<Links>', '<NoteRef']) {
      expect(qde).toContain(part);
    }
  });

  it.skipIf(schemaSkipReason !== null)('an empty repository exports a valid project with no optional parts', async () => {
    const { qde } = await exportProjectQde(freshDb());
    expect(xmllintProject(qde)).toEqual({ valid: true, output: '' });
    expect(qde).not.toContain('<CodeBook');
  });

  it('is deterministic: the same repository gives the same bytes', async () => {
    const db = await sampleWithEmoji();
    expect(await exportQdpx(db, { appVersion: '1' })).toEqual(await exportQdpx(db, { appVersion: '1' }));
  });
});
