// @vitest-environment happy-dom
// The Share screen offers "Open as new repository" only in an empty repository, otherwise "Merge"; a selection needs a city or theme.
import '../dom-setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../helpers';
import { sampleRepository } from '../../archive/merge/merge-fixtures';
import { renderApp } from '../render-app';

describe('the Share screen', () => {
  it('offers to open an archive as the repository when it is empty', async () => {
    renderApp('/share', freshDb());
    expect(await screen.findByRole('button', { name: 'Open as new repository…' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Merge an archive into this repository…' })).toBeNull();
    expect((screen.getByRole('button', { name: 'Export a selection…' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers to merge into a repository that holds data, and exports a selection only once something is chosen', async () => {
    renderApp('/share', await sampleRepository('a'));
    expect(await screen.findByRole('button', { name: 'Merge an archive into this repository…' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open as new repository…' })).toBeNull();
    await waitFor(() => expect((screen.getByRole('button', { name: 'Export a selection…' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Export a selection…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export a selection' });
    expect((within(dialog).getByRole('button', { name: 'Export selection' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
