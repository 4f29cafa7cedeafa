// "Add to chapter" for a search hit: the hit becomes a quote, so it keeps its citation. A quote needs a coded passage:
// a passage already coded where the hit is (the shortest one) is quoted; else the hit's passage is coded now with a theme the researcher picks.
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { NewChapterBlock } from '../../../../shared/chapters';
import { codePassage } from '../../../../shared/db';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { AddToChapterMenu } from './AddToChapterMenu';
import { changeChapter } from './chapter-actions';
import { useCodebookLists } from './queries';

interface AddPassageToChapterProps {
  documentId: string;
  start: number;
  end: number;
  /** Where the hit is (its first highlight): a passage coded there is quoted as it is. */
  at: number;
  /** Shown in the theme question so the researcher sees what is being coded. */
  preview: string;
}

/**
 * A plain button until clicked: a list of search hits shows one per hit, and a menu with its dialogs per hit held the
 * main thread for over half a second when results arrived (measured in `npm run bench ui`).
 */
export function AddPassageToChapter(props: AddPassageToChapterProps) {
  const [used, setUsed] = useState(false);
  if (used) return <PassageToChapter {...props} />;
  return (
    <Button size="compact-sm" variant="light" leftSection={<IconBook2 size={14} />} onClick={() => setUsed(true)}>
      Add to chapter
    </Button>
  );
}

function PassageToChapter({ documentId, start, end, at, preview }: AddPassageToChapterProps) {
  const db = useRepository();
  const ask = useAskCoder();
  const [asking, setAsking] = useState(false);
  const [themeId, setThemeId] = useState<string | null>(null);
  const answer = useRef<((themeId: string | null) => void) | null>(null);

  const close = (picked: string | null) => {
    setAsking(false);
    answer.current?.(picked);
    answer.current = null;
  };

  const prepare = async (): Promise<NewChapterBlock | null> => {
    const here = await db.segments.where('documentId').equals(documentId).filter((s) => s.start <= at && at < s.end).toArray();
    const coded = here.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)[0];
    if (coded) return { type: 'quote', segmentId: coded.id };
    const picked = await new Promise<string | null>((resolve) => {
      answer.current = resolve;
      setAsking(true);
    });
    if (!picked) return null;
    const segment = await changeChapter(ask, 'The passage was not coded', (ctx) => codePassage(db, ctx, { documentId, start, end, themeIds: [picked] }));
    return segment ? { type: 'quote', segmentId: segment.id } : null;
  };

  return (
    <>
      <AddToChapterMenu block={{ type: 'note', text: preview }} label="Add to chapter" prepare={prepare} openOnMount />
      <Modal opened={asking} onClose={() => close(null)} title="Quote this passage" centered>
        <form
          aria-label="Quote this passage"
          onSubmit={(event) => {
            event.preventDefault();
            if (themeId) close(themeId);
          }}
        >
          <Stack gap="sm">
            <Text size="sm">
              A quote in a chapter is a coded passage, so it keeps its citation and follows the document. Code this passage with a theme to quote it:
            </Text>
            <Text size="sm" fs="italic" lineClamp={4}>
              “{preview}”
            </Text>
            {asking && <ThemeChoice value={themeId} onChange={setThemeId} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => close(null)}>
                Cancel
              </Button>
              <Button type="submit" disabled={!themeId}>
                Code and quote
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** The codebook is read only while the question is open: a list of hits shows this component once per hit. */
function ThemeChoice({ value, onChange }: { value: string | null; onChange: (themeId: string | null) => void }) {
  const codebook = useCodebookLists(useRepository());
  return (
    <Select
      label="Theme"
      searchable
      required
      data={codebook?.themes.map((t) => ({ value: t.id, label: t.name })) ?? []}
      value={value}
      onChange={onChange}
      comboboxProps={{ withinPortal: false }}
      data-autofocus
    />
  );
}
