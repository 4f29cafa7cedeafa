// Schema version 3: the search index, persisted one shard per document, and saved searches.
// Shards are derived data (rebuilt from texts when missing), so no rows are moved.
import type { Migration } from './migration';

export const v3: Migration = {
  version: 3,
  stores: {
    searchShards: 'documentId',
    savedSearches: 'id, name',
  },
};
