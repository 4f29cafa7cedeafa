// Schema version 3: the search index, persisted one row per shard (documents hashed into a fixed set), and saved searches.
// Shards are derived data (rebuilt from texts when missing), so no rows are moved.
import type { Migration } from './migration';

export const v3: Migration = {
  version: 3,
  stores: {
    searchShards: 'id',
    savedSearches: 'id, name',
  },
};
