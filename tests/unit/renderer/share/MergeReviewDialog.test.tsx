// @vitest-environment happy-dom
// The merge review dialog: figures, a near-miss theme with its mapping choice, and a conflict whose choice can be flipped.
import '../dom-setup';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MergeReviewDialog } from '../../../../renderer/src/features/share/MergeReviewDialog';
import { planMerge } from '../../../../shared/archive';
import { contentsOf, sampleRepository } from '../../archive/merge/merge-fixtures';

describe('the merge review dialog', () => {
  it('shows the figures, offers the near-miss mapping and passes each choice on', async () => {
    const db = await sampleRepository('a');
    const incoming = await contentsOf(await sampleRepository('b'));
    const plan = await planMerge(db, {
      ...incoming,
      themes: incoming.themes.map((t) =>
        t.name === 'Access to services' ? { ...t, name: 'Acess to service' } : t.name === 'Health' ? { ...t, colour: '#000000' } : t,
      ),
    });
    const onTheme = vi.fn();
    const onConflict = vi.fn();
    render(
      <MantineProvider>
        <MergeReviewDialog db={db} name="team.comparanda" plan={plan} busy={false} onTheme={onTheme} onConflict={onConflict} onApply={() => {}} onCancel={() => {}} />
      </MantineProvider>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Merge team.comparanda into this repository' });
    const themesRow = within(dialog).getByRole('row', { name: /^Themes/ });
    expect(themesRow.textContent).toBe(`Themes2${incoming.themes.length - 2}01`);
    const mapping = within(dialog).getByRole('textbox', { name: 'Incoming theme “Cross-cutting/Acess to service”' });
    expect((mapping as HTMLInputElement).value).toBe('Create it as a new theme');
    expect(dialog.textContent).toContain('Close to “Cross-cutting/Access to services” (a similar name)');
    const conflict = within(dialog).getByRole('radiogroup', { name: 'EU Action Plan areas/Health: colour' });
    expect((within(conflict).getByRole('radio', { name: 'Keep current' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(conflict).getByRole('radio', { name: 'Take incoming' }));
    await waitFor(() => expect(onConflict).toHaveBeenCalledWith(plan.report.conflicts[0]!.id, 'take-incoming'));
  });
});
