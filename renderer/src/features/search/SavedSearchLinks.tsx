// The saved searches under Search in the sidebar: a click re-runs one; the index is kept warm while the app runs.
import { ActionIcon, NavLink, Tooltip } from '@mantine/core';
import { IconBookmark, IconX } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { deleteSavedSearch, listSavedSearches } from '../../../../shared/search';
import { useRepository } from '../../db';
import { repositoryStamp } from './search-engine';
import { useSearchService } from './search-service';
import { currentQuery, setCurrentQuery } from './search-state';

export function SavedSearchLinks({ onPick }: { onPick?: () => void }) {
  const db = useRepository();
  const [location, navigate] = useLocation();
  const saved = useLiveQuery(() => listSavedSearches(db), [db]);
  useKeepIndexWarm();
  if (!saved || saved.length === 0) return null;
  return (
    <>
      {saved.map((s) => (
        <NavLink
          key={s.id}
          label={s.name}
          description={s.query}
          component="button"
          aria-label={`Saved search ${s.name}`}
          leftSection={<IconBookmark size={16} stroke={1.6} />}
          active={location === '/search' && currentQuery() === s.query}
          variant="subtle"
          pl="lg"
          py={4}
          styles={{ description: { fontSize: 'var(--mantine-font-size-xs)', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } }}
          onClick={() => {
            setCurrentQuery(s.query);
            navigate('/search');
            onPick?.();
          }}
          rightSection={
            <Tooltip label="Forget this saved search">
              <ActionIcon
                component="span"
                size="xs"
                variant="subtle"
                color="gray"
                aria-label={`Forget ${s.name}`}
                onClick={(event) => {
                  event.stopPropagation();
                  void deleteSavedSearch(db, s.id);
                }}
              >
                <IconX size={12} />
              </ActionIcon>
            </Tooltip>
          }
        />
      ))}
    </>
  );
}

/** Asks the worker to bring the index up to date whenever documents or the change log change (imports, sample, archives). */
function useKeepIndexWarm() {
  const db = useRepository();
  const service = useSearchService();
  const stamp = useLiveQuery(() => repositoryStamp(db), [db]);
  useEffect(() => {
    if (!service || stamp === undefined) return;
    const timer = setTimeout(() => void service.ask({ type: 'sync' }).catch(() => undefined), 300);
    return () => clearTimeout(timer);
  }, [service, stamp]);
}
