// The repository's figures as a live value, for screens that explain what they need.
import { useLiveQuery } from 'dexie-react-hooks';
import { countRepository, type RepositoryCounts } from '../../../shared/db';
import { useRepository } from '../db';

export function useRepositoryCounts(): RepositoryCounts | undefined {
  const db = useRepository();
  return useLiveQuery(() => countRepository(db), [db]);
}
