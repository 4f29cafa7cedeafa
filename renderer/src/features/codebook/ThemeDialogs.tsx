// The codebook's dialogs: edit a theme (colour, description, memos), move it, merge it into another, delete it with its counts.
import { Button, ColorInput, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { deleteTheme, mergeThemes, moveTheme, themePath, themeUsage, updateTheme, type ThemeUsage } from '../../../../shared/coding';
import { THEME_PALETTE, type RepositoryDb } from '../../../../shared/db';
import type { Theme } from '../../../../shared/model';
import { useAskCoder } from '../../app/CoderName';
import { MemoEditor } from '../memos/MemoEditor';
import { withCoder } from '../reader/coding-actions';

export type ThemeDialog = { kind: 'edit' | 'move' | 'merge' | 'delete'; theme: Theme } | null;

interface DialogProps {
  db: RepositoryDb;
  dialog: ThemeDialog;
  themes: readonly Theme[];
  onClose: () => void;
}

function themeOptions(themes: readonly Theme[], except: ReadonlySet<string>) {
  const byId = new Map(themes.map((t) => [t.id, t]));
  return themes
    .filter((t) => !except.has(t.id))
    .map((t) => ({ value: t.id, label: themePath(t, byId).join(' / ') }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The theme and every theme below it: a theme cannot move under these. */
function subtree(themes: readonly Theme[], id: string): Set<string> {
  const out = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of themes) {
      if (t.parentId && out.has(t.parentId) && !out.has(t.id)) {
        out.add(t.id);
        grew = true;
      }
    }
  }
  return out;
}

function EditTheme({ db, theme, onClose }: { db: RepositoryDb; theme: Theme; onClose: () => void }) {
  const ask = useAskCoder();
  const [colour, setColour] = useState(theme.colour);
  const [description, setDescription] = useState(theme.description);
  const save = async () => {
    const done = await withCoder(ask, 'The theme was not changed', (ctx) => updateTheme(db, ctx, theme.id, { colour, description }));
    if (done) onClose();
  };
  return (
    <Stack gap="sm">
      <ColorInput label="Colour" value={colour} onChange={setColour} swatches={THEME_PALETTE} swatchesPerRow={10} format="hex" />
      <Textarea
        label="Description"
        description="Definition, when to use it, and examples."
        placeholder={'Definition: …\nUse when: …\nExamples: …'}
        autosize
        minRows={4}
        maxRows={12}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={() => void save()}>Save</Button>
      </Group>
      <MemoEditor targetType="theme" targetId={theme.id} heading="Memos on this theme" />
    </Stack>
  );
}

function ChooseTheme({ db, dialog, themes, onClose }: DialogProps & { dialog: { kind: 'move' | 'merge'; theme: Theme } }) {
  const ask = useAskCoder();
  const [target, setTarget] = useState<string | null>(null);
  const { theme, kind } = dialog;
  const except = kind === 'move' ? subtree(themes, theme.id) : new Set([theme.id]);
  const options = kind === 'move' ? [{ value: '', label: 'Top level' }, ...themeOptions(themes, except)] : themeOptions(themes, except);
  const run = async () => {
    if (target === null) return;
    const done =
      kind === 'move'
        ? await withCoder(ask, 'The theme was not moved', (ctx) => moveTheme(db, ctx, theme.id, target === '' ? null : target))
        : await withCoder(ask, 'The themes were not merged', (ctx) => mergeThemes(db, ctx, target, theme.id));
    if (done) onClose();
  };
  return (
    <Stack gap="sm">
      <Text size="sm">
        {kind === 'move'
          ? `Choose where "${theme.name}" goes; its sub-themes move with it.`
          : `Every passage, document and memo of "${theme.name}" moves to the theme you choose, and "${theme.name}" is removed.`}
      </Text>
      <Select
        label={kind === 'move' ? 'New parent' : 'Merge into'}
        data={options}
        value={target}
        onChange={setTarget}
        searchable
        data-autofocus
        comboboxProps={{ withinPortal: true }}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button disabled={target === null} onClick={() => void run()}>
          {kind === 'move' ? 'Move' : 'Merge'}
        </Button>
      </Group>
    </Stack>
  );
}

function DeleteTheme({ db, theme, onClose }: { db: RepositoryDb; theme: Theme; onClose: () => void }) {
  const ask = useAskCoder();
  const [usage, setUsage] = useState<ThemeUsage | null>(null);
  useEffect(() => {
    void themeUsage(db, theme.id).then(setUsage);
  }, [db, theme.id]);
  const used = usage !== null && (usage.segments > 0 || usage.documents > 0 || usage.children > 0);
  const n = (count: number, word: string) => `${count} ${count === 1 ? word : `${word}s`}`;
  const run = async () => {
    const done = await withCoder(ask, 'The theme was not deleted', (ctx) => deleteTheme(db, ctx, theme.id, { force: true }));
    if (done) onClose();
  };
  return (
    <Stack gap="sm">
      {usage === null ? (
        <Text size="sm">Counting what uses “{theme.name}”…</Text>
      ) : used ? (
        <Text size="sm" data-testid="delete-counts">
          “{theme.name}” codes {n(usage.segments, 'passage')}, is a theme of {n(usage.documents, 'document')} and has{' '}
          {n(usage.children, 'sub-theme')}. Deleting it removes it from them: passages coded only with it are deleted, sub-themes move up
          one level. Undo brings everything back.
        </Text>
      ) : (
        <Text size="sm">No passage or document uses “{theme.name}”.</Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color="red" disabled={usage === null} onClick={() => void run()}>
          Delete theme
        </Button>
      </Group>
    </Stack>
  );
}

const TITLES = { edit: 'Edit theme', move: 'Move theme', merge: 'Merge theme', delete: 'Delete theme' } as const;

export function ThemeDialogs({ db, dialog, themes, onClose }: DialogProps) {
  return (
    <Modal opened={dialog !== null} onClose={onClose} title={dialog ? `${TITLES[dialog.kind]}: ${dialog.theme.name}` : ''} size="lg">
      {dialog?.kind === 'edit' && <EditTheme db={db} theme={dialog.theme} onClose={onClose} />}
      {(dialog?.kind === 'move' || dialog?.kind === 'merge') && (
        <ChooseTheme db={db} dialog={dialog as { kind: 'move' | 'merge'; theme: Theme }} themes={themes} onClose={onClose} />
      )}
      {dialog?.kind === 'delete' && <DeleteTheme db={db} theme={dialog.theme} onClose={onClose} />}
    </Modal>
  );
}
