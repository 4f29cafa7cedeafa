// Schema version 1: the first repository layout.
// Indexes: documents by city, kind, language and hash; segments by document and theme.
import type { Migration } from './migration';

export const v1: Migration = {
  version: 1,
  stores: {
    documents: 'id, title, kind, language, textHash, sha256, *cityIds, *themeIds, createdAt',
    sources: 'id, documentId, sha256',
    cities: 'id, name, country, *aliases',
    themes: 'id, parentId, name',
    segments: 'id, documentId, *themeIds, cityId, coder',
    memos: 'id, [targetType+targetId], targetType, updatedAt',
    chapters: 'id, order',
    attributeDefinitions: 'id, &[appliesTo+name]',
    changes: '++seq, at, state',
    settings: 'key',
  },
};
