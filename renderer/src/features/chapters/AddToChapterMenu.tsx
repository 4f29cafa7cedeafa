// "Add to chapter": a small menu to put a block (a quote, a table, a note…) into an existing chapter or a new one.
import { Anchor, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBook2, IconPlus } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
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
  /** Open the menu (and focus its button) as soon as it appears: for a menu mounted by a click on a stand-in button. */
  openOnMount?: boolean;
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

/** The chapters to add to, read only while the menu is open: a list of search hits shows one menu per hit. */
function ChapterItems({ onPick }: { onPick: (chapterId: string) => void }) {
  const chapters = useChapterList(useRepository()) ?? [];
  if (chapters.length === 0) return null;
  return (
    <>
      <Menu.Label>Add to</Menu.Label>
      {chapters.map((c) => (
        <Menu.Item key={c.id} onClick={() => onPick(c.id)}>
          {c.title}
        </Menu.Item>
      ))}
      <Menu.Divider />
    </>
  );
}

export function AddToChapterMenu({ block, label = 'Add to chapter', prepare, openOnMount = false }: AddToChapterMenuProps) {
  const db = useRepository();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (openOnMount) button.current?.focus();
  }, [openOnMount]);
  const ask = useAskCoder();
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
    let target = chapterId ? await db.chapters.get(chapterId) : undefined;
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
      <Menu position="bottom-start" withinPortal defaultOpened={openOnMount}>
        <Menu.Target>
          <Button ref={button} size="compact-sm" variant="light" leftSection={<IconBook2 size={14} />}>
            {label}
          </Button>
        </Menu.Target>
        <Menu.Dropdown aria-label="Chapters">
          <ChapterItems onPick={(chapterId) => void addTo(chapterId)} />
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
