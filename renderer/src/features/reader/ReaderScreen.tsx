// The Reader: one document's (editable) details and its text, where passages are coded by selection.
import { Anchor, Box, Center, Group, Loader, ScrollArea, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileText } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { codeSelection, codeSpeakerTurns, inVivoCode } from '../../../../shared/coding';
import { readingBlocks } from '../../../../shared/library';
import type { Theme } from '../../../../shared/model';
import { useRepository } from '../../db';
import { READING_WIDTH } from '../../app/theme';
import { useAskCoder } from '../../app/CoderName';
import { MemoEditor } from '../memos/MemoEditor';
import { CodingBar } from './CodingBar';
import { withCoder } from './coding-actions';
import { DocumentHeader } from './DocumentHeader';
import { DropThemes } from './DropThemes';
import { htmlLanguage } from './html-language';
import { digitOf, loadRecent, saveRecent, withRecent } from './recent-themes';
import { ThemeLegend } from './ThemeLegend';
import { ReaderText } from './ReaderText';
import { SegmentPanel } from './SegmentPanel';
import { segmentLanes } from './segment-lanes';
import { SpeakerCoding } from './SpeakerCoding';
import { useTextSelection } from './use-text-selection';
import classes from './ReaderScreen.module.css';
import { useDocumentTitles, useReaderData } from './queries';

function ChooseDocument() {
  const db = useRepository();
  const titles = useDocumentTitles(db);
  const [, navigate] = useLocation();
  return (
    <Center flex={1} p="xl">
      <Stack align="center" gap="md" maw={480} ta="center">
        <IconFileText size={48} stroke={1.3} color="var(--mantine-color-dimmed)" aria-hidden />
        <Title order={2}>Choose a document to read</Title>
        {titles && titles.length === 0 ? (
          <Text c="dimmed">
            The repository has no documents yet. <Anchor href="#/library">Go to the Library</Anchor> to import files or open the sample
            project.
          </Text>
        ) : (
          <Select
            aria-label="Document"
            placeholder="Find a document by title"
            data={(titles ?? []).map((t) => ({ value: t.id, label: t.title }))}
            searchable
            limit={200}
            w={400}
            maw="100%"
            onChange={(id) => id && navigate(`/reader/${encodeURIComponent(id)}`)}
          />
        )}
      </Stack>
    </Center>
  );
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

function DocumentReader({ documentId }: { documentId: string }) {
  const db = useRepository();
  const ask = useAskCoder();
  const data = useReaderData(db, documentId);
  const doc = data?.document ?? null;
  const segments = data?.segments;
  const text = data?.text ?? '';
  const themes = data?.themes;
  const blocks = useMemo(() => (doc && segments ? readingBlocks({ ...doc, text }, segments) : []), [doc, text, segments]);
  const segmentById = useMemo(() => new Map((segments ?? []).map((s) => [s.id, s])), [segments]);
  const themeById = useMemo(() => new Map((themes ?? []).map((t) => [t.id, t])), [themes]);
  const lanes = useMemo(() => segmentLanes(segments ?? []), [segments]);
  const textRoot = useRef<HTMLDivElement>(null);
  const { pending, clear, read } = useTextSelection(textRoot, text);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [speaker, setSpeaker] = useState<string | null>(null);
  const [recentIds, setRecentIds] = useState<string[]>(loadRecent);
  const recent = useMemo(() => recentIds.map((id) => themeById.get(id)).filter((t): t is Theme => t !== undefined), [recentIds, themeById]);
  const speakers = useMemo(() => [...new Set((doc?.turns ?? []).map((t) => t.speaker).filter((s): s is string => !!s))], [doc?.turns]);
  const openSegment = useCallback((id: string) => setActiveId(id), []);
  // The speaker dialog lives in the sidebar, which shows the codebook again when the name is clicked.
  const codeSpeaker = useCallback((name: string) => {
    setActiveId(null);
    setSpeaker(name);
  }, []);
  const active = activeId ? segmentById.get(activeId) : undefined;

  const remember = useCallback((themeId: string) => {
    setRecentIds((list) => {
      const next = withRecent(list, themeId);
      saveRecent(next);
      return next;
    });
  }, []);

  const apply = useCallback(
    async (theme: Theme) => {
      if (!pending) return;
      const { start, end } = pending;
      const segment = await withCoder(ask, 'The passage was not coded', (ctx) => codeSelection(db, ctx, { documentId, start, end, themeIds: [theme.id] }));
      remember(theme.id);
      if (segment) clear();
    },
    [pending, ask, db, documentId, remember, clear],
  );

  const inVivo = async () => {
    if (!pending) return;
    const result = await withCoder(ask, 'The passage was not coded in vivo', (ctx) => inVivoCode(db, ctx, documentId, pending.start, pending.end));
    if (result) {
      remember(result.theme.id);
      clear();
    }
  };

  // Number keys 1–9 apply the recent themes while a selection waits for a code.
  useEffect(() => {
    if (!pending) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') return clear();
      // "/" moves to the theme palette, for coding from the keyboard.
      if (e.key === '/' && !isTyping(e.target)) {
        e.preventDefault();
        return document.querySelector<HTMLInputElement>('[data-testid="coding-bar"] input')?.focus();
      }
      const digit = digitOf(e.key);
      if (digit === null || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const theme = recent[digit - 1];
      if (!theme) return;
      e.preventDefault();
      void apply(theme);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [pending, recent, apply, clear]);

  if (!data) {
    return (
      <Center flex={1}>
        <Loader aria-label="Opening the document" />
      </Center>
    );
  }
  if (!doc) {
    return (
      <Center flex={1} p="xl">
        <Stack align="center" gap="sm">
          <Title order={2}>This document is not in the repository</Title>
          <Text c="dimmed">It may have been removed, or the link is from another repository.</Text>
          <Anchor href="#/library">Back to the Library</Anchor>
        </Stack>
      </Center>
    );
  }

  return (
    <Box flex={1} mih={0} style={{ display: 'flex' }}>
      {/* A native scrolling pane: with thousands of paragraphs, custom scrollbars cost a re-render per scroll event. */}
      <Box flex={1} miw={0} tabIndex={0} aria-label="Document text" data-testid="reader-scroller" className={classes.pane} role="region" onScroll={pending ? clear : undefined}>
        <Stack gap="lg" px="xl" py="lg" maw={`calc(${READING_WIDTH} + 2 * var(--mantine-spacing-xl))`} mx="auto">
          <Anchor href="#/library" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden /> Library
            </Group>
          </Anchor>
          <DocumentHeader document={doc} cities={data.cities} allCities={data.allCities} />
          {blocks.length === 0 ? (
            <Text c="dimmed">This document has no text.</Text>
          ) : (
            <article aria-label={doc.title} lang={htmlLanguage(doc.language)} ref={textRoot}>
              <ReaderText
                blocks={blocks}
                segments={segmentById}
                themes={themeById}
                lanes={lanes}
                activeSegmentId={activeId}
                onOpenSegment={openSegment}
                onSpeaker={codeSpeaker}
                text={text}
                language={htmlLanguage(doc.language)}
                onKeyboardSelect={read}
              />
            </article>
          )}
        </Stack>
      </Box>
      <Box component="aside" aria-label="Coding" w={300} className={classes.side} data-open={active ? true : undefined}>
        <ScrollArea flex={1} type="auto">
          {active ? (
            <SegmentPanel
              key={active.id}
              db={db}
              ask={ask}
              segment={active}
              text={text}
              themes={data.themes}
              cities={data.allCities}
              selection={pending}
              onClose={() => setActiveId(null)}
            />
          ) : (
            <Stack gap="lg" p="md">
              <ThemeLegend segments={data.segments} themes={data.themes} />
              <SpeakerCoding
                speakers={speakers}
                speaker={speaker}
                setSpeaker={setSpeaker}
                themes={data.themes}
                onCode={(speaker, theme) =>
                  void withCoder(ask, `The turns of ${speaker} were not coded`, (ctx) => codeSpeakerTurns(db, ctx, documentId, speaker, [theme.id]))
                }
              />
              <MemoEditor targetType="document" targetId={documentId} />
              <DropThemes themes={data.themes} enabled={pending !== null} onDrop={(theme) => void apply(theme)} />
            </Stack>
          )}
        </ScrollArea>
      </Box>
      {pending && (
        <CodingBar
          anchor={pending.anchor}
          selectedText={text.slice(pending.start, pending.end)}
          themes={data.themes}
          recent={recent}
          onApply={(theme) => void apply(theme)}
          onInVivo={() => void inVivo()}
          onClose={clear}
        />
      )}
    </Box>
  );
}

export function ReaderScreen({ documentId }: { documentId: string | null }) {
  return documentId ? <DocumentReader key={documentId} documentId={documentId} /> : <ChooseDocument />;
}
