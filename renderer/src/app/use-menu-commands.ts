// Wires the application menu (or, in a browser, its keyboard shortcuts) to what each command does.
import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { RepositoryDb } from '../../../shared/db';
import { bridge } from '../bridge';
import { openOrMergeArchive, saveRepositoryArchive } from '../features/share/archive-actions';
import { requestMerge } from '../features/share/merge-request';
import { pickFilesToImport } from '../features/import/import-actions';
import { useImportSessionInstance } from '../features/import/import-session';
import { openSampleProject, redoLastChange, undoLastChange } from './repository-actions';

export interface MenuHandlers {
  openAbout: () => void;
  goTo: (path: string) => void;
}

export function useMenuCommands(db: RepositoryDb, handlers: MenuHandlers): void {
  const { openAbout, goTo } = handlers;
  const importSession = useImportSessionInstance();
  useEffect(() => {
    const mergeOnShareScreen = () => {
      requestMerge();
      goTo('/share');
    };
    const run = (command: MenuCommand) => {
      switch (command) {
        case 'undo':
          return void undoLastChange(db);
        case 'redo':
          return void redoLastChange(db);
        case 'open-sample':
          return void openSampleProject(db).then((loaded) => loaded && goTo('/library'));
        case 'import':
          return void pickFilesToImport(db, importSession, false);
        case 'about':
          return openAbout();
        case 'export':
          return void saveRepositoryArchive(db);
        case 'open-archive':
          return void openOrMergeArchive(db, mergeOnShareScreen);
        case 'merge-archive':
          return mergeOnShareScreen();
      }
    };
    return bridge.onMenuCommand(run);
  }, [db, openAbout, goTo, importSession]);
}
