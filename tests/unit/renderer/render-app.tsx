// Renders the whole app over a test repository at a chosen route, with the route readable afterwards.
import { render } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../../renderer/src/app/App';
import type { RepositoryDb } from '../../../shared/db';
import { freshDb } from '../../helpers';

export function renderApp(path: string, db: RepositoryDb = freshDb()) {
  const location = memoryLocation({ path, record: true });
  const view = render(<App db={db} locationHook={location.hook} />);
  return { ...view, db, location };
}
