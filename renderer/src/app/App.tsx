// The renderer's root: providers (theme, notifications, repository) and the hash routes of every screen.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { Redirect, Route, Router, Switch, useLocation, type BaseLocationHook } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { RepositoryDb } from '../../../shared/db';
import { RepositoryContext } from '../db';
import { ChaptersScreen } from '../features/chapters/ChaptersScreen';
import { CodebookScreen } from '../features/codebook/CodebookScreen';
import { CompareScreen } from '../features/compare/CompareScreen';
import { ImportHost } from '../features/import/ImportHost';
import { importSession as appImportSession, ImportSessionContext, type ImportSession } from '../features/import/import-session';
import { LibraryScreen } from '../features/library/LibraryScreen';
import { MemosScreen } from '../features/memos/MemosScreen';
import { ReaderScreen } from '../features/reader/ReaderScreen';
import { ReaderAtHit } from '../features/search/ReaderAtHit';
import { SearchScreen } from '../features/search/SearchScreen';
import { ShareScreen } from '../features/share/ShareScreen';
import { BackupHost } from '../features/settings/BackupHost';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { KeyboardShortcutsModal } from '../features/help/KeyboardShortcuts';
import { AboutModal } from './AboutModal';
import { AppLayout } from './AppLayout';
import { CoderNameProvider } from './CoderName';
import { theme } from './theme';
import { useMenuCommands } from './use-menu-commands';

function Screens({ db }: { db: RepositoryDb }) {
  const [location, navigate] = useLocation();
  const [aboutOpen, setAboutOpen] = useState(false);
  const [lastDocument, setLastDocument] = useState<string | null>(null);
  const openAbout = useCallback(() => setAboutOpen(true), []);
  const goTo = useCallback((path: string) => navigate(path), [navigate]);
  useMenuCommands(db, { openAbout, goTo });
  const readerMatch = /^\/reader\/([^/]+)(?:\/\d+)?$/.exec(location);
  if (readerMatch && readerMatch[1] !== lastDocument) setLastDocument(readerMatch[1]!);
  return (
    <AppLayout location={location} readerPath={lastDocument ? `/reader/${lastDocument}` : '/reader'} onAbout={openAbout}>
      <Switch>
        <Route path="/library" component={LibraryScreen} />
        <Route path="/reader/:id/:offset">
          {(params) => <ReaderAtHit documentId={decodeURIComponent(params.id)} offset={Number(params.offset)} />}
        </Route>
        <Route path="/reader/:id">{(params) => <ReaderScreen documentId={decodeURIComponent(params.id)} />}</Route>
        <Route path="/reader">
          <ReaderScreen documentId={null} />
        </Route>
        <Route path="/codebook" component={CodebookScreen} />
        <Route path="/memos" component={MemosScreen} />
        <Route path="/search" component={SearchScreen} />
        <Route path="/compare" component={CompareScreen} />
        <Route path="/chapters" component={ChaptersScreen} />
        <Route path="/chapters/:id">{(params) => <ChaptersScreen chapterId={decodeURIComponent(params.id)} />}</Route>
        <Route path="/share" component={ShareScreen} />
        <Route path="/settings/:section?">{(params) => <SettingsScreen section={params.section} />}</Route>
        <Route>
          <Redirect to="/library" replace />
        </Route>
      </Switch>
      <AboutModal opened={aboutOpen} onClose={() => setAboutOpen(false)} />
      <ImportHost />
      <BackupHost db={db} goTo={goTo} />
      <KeyboardShortcutsModal />
    </AppLayout>
  );
}

export interface AppProps {
  db: RepositoryDb;
  /** Tests pass a memory location hook; the app uses the URL's hash so app:// and file serving both work. */
  locationHook?: BaseLocationHook;
  /** Tests pass a session whose batches run without the worker. */
  importSession?: ImportSession;
}

export function App({ db, locationHook = useHashLocation, importSession = appImportSession }: AppProps) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Notifications position="bottom-right" limit={4} />
      <RepositoryContext.Provider value={db}>
        <ImportSessionContext.Provider value={importSession}>
          <CoderNameProvider>
            <Router hook={locationHook}>
              <Screens db={db} />
            </Router>
          </CoderNameProvider>
        </ImportSessionContext.Provider>
      </RepositoryContext.Provider>
    </MantineProvider>
  );
}
