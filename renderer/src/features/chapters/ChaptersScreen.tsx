// Chapters: the chapter list beside the composer of the open chapter (from the route, else the first one).
import { Button, Center, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { ChapterComposer } from './ChapterComposer';
import { ChapterList } from './ChapterList';
import { DraftDialog } from './DraftDialog';
import { useChapterList } from './queries';

function NoChapterOpen({ onDraft, missing }: { onDraft: () => void; missing: boolean }) {
  return (
    <Center flex={1} p="xl">
      <Stack gap="md" maw={520}>
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconBook2 size={30} stroke={1.5} />
        </ThemeIcon>
        <Title order={2}>{missing ? 'That chapter is no longer here' : 'Write a comparative chapter'}</Title>
        <Text>
          A chapter is headings and your own paragraphs, quotes that stay linked to their coded passages, tables of themes × cities and city-by-city
          comparisons. It is saved as you write and exports to Word with footnoted citations.
        </Text>
        <Button w="fit-content" onClick={onDraft}>
          Draft one from the matrix
        </Button>
      </Stack>
    </Center>
  );
}

/** `params` is what the router hands a route component; the chapter comes as `chapterId` from the /chapters/:id route. */
export function ChaptersScreen({ chapterId }: { chapterId?: string; params?: Record<string, string | undefined> }) {
  const db = useRepository();
  const chapters = useChapterList(db);
  const [, navigate] = useLocation();
  const [drafting, setDrafting] = useState(false);
  const ask = useAskCoder();
  // The coder is asked before the draft dialog opens: one dialog at a time.
  const startDraft = () => void ask().then((ctx) => ctx && setDrafting(true));
  if (!chapters) {
    return (
      <Center flex={1}>
        <Loader aria-label="Loading chapters" />
      </Center>
    );
  }
  const open = chapterId ? chapters.find((c) => c.id === chapterId) : chapters[0];
  const openChapter = (id: string) => navigate(`/chapters/${encodeURIComponent(id)}`);
  return (
    <div style={{ display: 'flex', flex: 1, minHeight: 0, height: '100%' }} data-testid="chapters-screen">
      <ChapterList chapters={chapters} selectedId={open?.id ?? null} onOpen={openChapter} onDraft={startDraft} />
      {open ? <ChapterComposer key={open.id} chapter={open} /> : <NoChapterOpen onDraft={startDraft} missing={chapterId !== undefined} />}
      <DraftDialog opened={drafting} onClose={() => setDrafting(false)} onDrafted={openChapter} />
    </div>
  );
}
