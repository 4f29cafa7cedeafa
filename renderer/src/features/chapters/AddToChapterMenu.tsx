// "Add to chapter": a small menu to put a block (a quote, a table, a note…) into an existing chapter or a new one.
import { Anchor, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBook2, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { addBlock, createChapter, type NewChapterBlock } from '../../../../shared/chapters';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { useChapterList } from './queries';

interface AddToChapterMenuProps {
  block: NewChapterBlock;
  /** The button's text; "Add to chapter" by default. */
  label?: string;
  /** Runs before the block is added and may replace it (e.g. after creating a passage); null cancels. */
  prepare?: () => Promise<NewChapterBlock | null>;
}

function announce(chapterId: string, title: string) {
  notifications.show({
    title: 'Added to the chapter',
    message: (
      <Text size="sm">
        In “{title}”. <Anchor href={`#/chapters/${encodeURIComponent(chapterId)}`}>Open the chapter</Anchor>
      </Text>
    ),
    color: 'teal',
  });
}

function MenuButton({ label, onClick }: { label: string; onClick?: () => void }) {
  return (
    <Button size="compact-sm" variant="light" leftSection={<IconBook2 size={14} />} onClick={onClick}>
      {label}
    </Button>
  );
}

/**
 * A plain button until first used: lists of search hits show one per hit, and each live list of chapters
 * (a database subscription) costs main-thread time on every change, so the menu subscribes only once opened.
 */
export function AddToChapterMenu(props: AddToChapterMenuProps) {
  const [used, setUsed] = useState(false);
  if (!used) return <MenuButton label={props.label ?? 'Add to chapter'} onClick={() => setUsed(true)} />;
  return <ChapterMenu {...props} />;
}

function ChapterMenu({ block, label = 'Add to chapter', prepare }: AddToChapterMenuProps) {
  const db = useRepository();
  const ask = useAskCoder();
  const chapters = useChapterList(db) ?? [];
  const [naming, setNaming] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);

  const failed = (message: string) => notifications.show({ title: 'Not added to the chapter', message, color: 'red', autoClose: 8000 });

  // The coder is asked before the title dialog opens: one dialog at a time.
  const startNaming = async () => {
    if (!(await ask())) return;
    setTitle('');
    setError(null);
    setNaming(true);
  };

  const addTo = async (chapterId: string | null): Promise<boolean> => {
    const ctx = await ask();
    if (!ctx) return false;
    const ready = prepare ? await prepare() : block;
    if (!ready) return false;
    let target = chapters.find((c) => c.id === chapterId);
    if (!target) {
      const created = await createChapter(db, ctx, title);
      if (!created.ok) {
        setError(created.error.message);
        return false;
      }
      target = created.value;
    }
    const added = await addBlock(db, ctx, target.id, ready);
    if (!added.ok) {
      failed(added.error.message);
      return false;
    }
    announce(target.id, target.title);
    return true;
  };

  return (
    <>
      <Menu position="bottom-start" withinPortal defaultOpened>
        <Menu.Target>
          <MenuButton label={label} />
        </Menu.Target>
        <Menu.Dropdown aria-label="Chapters">
          {chapters.length > 0 && <Menu.Label>Add to</Menu.Label>}
          {chapters.map((c) => (
            <Menu.Item key={c.id} onClick={() => void addTo(c.id)}>
              {c.title}
            </Menu.Item>
          ))}
          {chapters.length > 0 && <Menu.Divider />}
          <Menu.Item leftSection={<IconPlus size={14} />} onClick={() => void startNaming()}>
            New chapter…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={naming} onClose={() => setNaming(false)} title="New chapter" centered>
        <form
          aria-label="New chapter"
          onSubmit={(event) => {
            event.preventDefault();
            void addTo(null).then((done) => done && setNaming(false));
          }}
        >
          <Stack gap="sm">
            <TextInput label="Chapter title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} error={error} data-autofocus required />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setNaming(false)}>
                Cancel
              </Button>
              <Button type="submit">Create and add</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
