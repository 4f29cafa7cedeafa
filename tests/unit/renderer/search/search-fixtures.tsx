// The Search screen over the sample project in a test repository, with the search engine in this thread.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { RepositoryContext } from '../../../../renderer/src/db';
import { SearchEngine } from '../../../../renderer/src/features/search/search-engine';
import { SearchScreen } from '../../../../renderer/src/features/search/SearchScreen';
import { engineSearchService, SearchServiceContext, type SearchService } from '../../../../renderer/src/features/search/search-service';
import { setCurrentQuery } from '../../../../renderer/src/features/search/search-state';
import type { SearchRequest } from '../../../../renderer/src/workers/search-messages';
import type { RepositoryDb } from '../../../../shared/db';
import { loadSampleProject } from '../../../../shared/sample';
import { freshDb, testContext } from '../../../helpers';

export async function sampleRepository(): Promise<RepositoryDb> {
  const db = freshDb();
  const loaded = await loadSampleProject(db, testContext);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return db;
}

/** Renders the screen; `requests` records what was asked of the search service. */
export function renderSearch(db: RepositoryDb) {
  setCurrentQuery('');
  const engine = new SearchEngine(db);
  const inner = engineSearchService(engine);
  const requests: SearchRequest[] = [];
  const service: SearchService = {
    ask: (request) => {
      requests.push(request);
      return inner.ask(request);
    },
  };
  const location = memoryLocation({ path: '/search', record: true });
  const view = render(
    <MantineProvider>
      <Notifications />
      <RepositoryContext.Provider value={db}>
        <SearchServiceContext.Provider value={service}>
          <Router hook={location.hook}>
            <SearchScreen />
          </Router>
        </SearchServiceContext.Provider>
      </RepositoryContext.Provider>
    </MantineProvider>,
  );
  return { ...view, requests, location, engine };
}
