// The list of chapters: open one, create, rename, delete and reorder (buttons, so the keyboard can do it too).
import { ActionIcon, Button, Group, Menu, Modal, NavLink, ScrollArea, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDots, IconPencil, IconPlus, IconTrash, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { createChapter, deleteChapter, renameChapter, reorderChapters } from '../../../../shared/chapters';
import type { Chapter } from '../../../../shared/model';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { changeChapter } from './chapter-actions';

interface ChapterListProps {
  chapters: readonly Chapter[];
  selectedId: string | null;
  onOpen: (chapterId: string) => void;
  onDraft: () => void;
}

type Naming = { mode: 'create' } | { mode: 'rename'; chapter: Chapter };

export function ChapterList({ chapters, selectedId, onOpen, onDraft }: ChapterListProps) {
  const db = useRepository();
  const ask = useAskCoder();
  const [naming, setNaming] = useState<Naming | null>(null);
  const [deleting, setDeleting] = useState<Chapter | null>(null);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  // The coder is asked before the title dialog opens: one dialog at a time.
  const startNaming = async (next: Naming) => {
    if (!(await ask())) return;
    setTitle(next.mode === 'rename' ? next.chapter.title : '');
    setError(null);
    setNaming(next);
  };

  const saveName = async () => {
    if (!naming) return;
    const ctx = await ask();
    if (!ctx) return;
    const result = naming.mode === 'create' ? await createChapter(db, ctx, title) : await renameChapter(db, ctx, naming.chapter.id, title);
    if (!result.ok) return setError(result.error.message);
    setNaming(null);
    if (naming.mode === 'create') onOpen(result.value.id);
  };

  const move = (index: number, by: -1 | 1) => {
    const ids = chapters.map((c) => c.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    void changeChapter(ask, 'The chapters were not reordered', (ctx) => reorderChapters(db, ctx, ids));
  };

  return (
    <Stack gap="xs" w={280} miw={240} p="md" style={{ borderRight: '1px solid var(--mantine-color-default-border)' }} component="nav" aria-label="Chapters">
      <Group justify="space-between">
        <Title order={2} size="h4">
          Chapters
        </Title>
      </Group>
      <Group gap="xs">
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => void startNaming({ mode: 'create' })}>
          New chapter
        </Button>
        <Button size="xs" variant="light" leftSection={<IconWand size={14} />} onClick={onDraft}>
          Draft from matrix
        </Button>
      </Group>
      <ScrollArea flex={1} type="auto">
        {chapters.length === 0 && (
          <Text size="sm" c="dimmed" mt="sm">
            No chapters yet. Start one, or draft one from the matrix.
          </Text>
        )}
        {chapters.map((chapter, index) => (
          <Group key={chapter.id} gap={2} wrap="nowrap" data-testid="chapter-item">
            <NavLink
              label={chapter.title}
              description={`${chapter.blocks.length} block${chapter.blocks.length === 1 ? '' : 's'}`}
              active={chapter.id === selectedId}
              aria-current={chapter.id === selectedId ? 'page' : undefined}
              href={`#/chapters/${encodeURIComponent(chapter.id)}`}
              style={{ flex: 1, borderRadius: 'var(--mantine-radius-sm)' }}
            />
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={`More for ${chapter.title}`}>
                  <IconDots size={16} />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => void startNaming({ mode: 'rename', chapter })}>
                  Rename…
                </Menu.Item>
                <Menu.Item leftSection={<IconArrowUp size={14} />} disabled={index === 0} onClick={() => move(index, -1)}>
                  Move up
                </Menu.Item>
                <Menu.Item leftSection={<IconArrowDown size={14} />} disabled={index === chapters.length - 1} onClick={() => move(index, 1)}>
                  Move down
                </Menu.Item>
                <Menu.Divider />
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(chapter)}>
                  Delete…
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        ))}
      </ScrollArea>

      <Modal opened={naming !== null} onClose={() => setNaming(null)} title={naming?.mode === 'rename' ? 'Rename the chapter' : 'New chapter'} centered>
        <form
          aria-label="Chapter title"
          onSubmit={(event) => {
            event.preventDefault();
            void saveName();
          }}
        >
          <Stack gap="sm">
            <TextInput label="Chapter title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={error} data-autofocus required />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(null)}>
                Cancel
              </Button>
              <Button type="submit">{naming?.mode === 'rename' ? 'Rename' : 'Create'}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete the chapter?" centered>
        <Stack gap="sm">
          <Text size="sm">
            “{deleting?.title}” and its {deleting?.blocks.length ?? 0} blocks will be deleted. The quoted passages stay coded. You can undo this.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Keep it
            </Button>
            <Button
              color="red"
              onClick={() => {
                const chapter = deleting!;
                setDeleting(null);
                void changeChapter(ask, 'The chapter was not deleted', (ctx) => deleteChapter(db, ctx, chapter.id));
              }}
            >
              Delete chapter
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
