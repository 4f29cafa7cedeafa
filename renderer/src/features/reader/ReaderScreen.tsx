// The Reader: one document's (editable) details and its text with the coded passages highlighted.
import { Anchor, Box, Center, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileText } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useLocation } from 'wouter';
import { readingBlocks } from '../../../../shared/library';
import { useRepository } from '../../db';
import { READING_WIDTH } from '../../app/theme';
import { DocumentHeader } from './DocumentHeader';
import { ThemeLegend } from './ThemeLegend';
import { ReaderText } from './ReaderText';
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

function DocumentReader({ documentId }: { documentId: string }) {
  const db = useRepository();
  const data = useReaderData(db, documentId);
  const doc = data?.document ?? null;
  const segments = data?.segments;
  const text = data?.text;
  const blocks = useMemo(
    () => (doc && segments && text !== undefined ? readingBlocks({ ...doc, text }, segments) : []),
    [doc, text, segments],
  );
  const segmentById = useMemo(() => new Map((segments ?? []).map((s) => [s.id, s])), [segments]);
  const themeById = useMemo(() => new Map((data?.themes ?? []).map((t) => [t.id, t])), [data?.themes]);

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
      <Box flex={1} miw={0} tabIndex={0} aria-label="Document text" data-testid="reader-scroller" className={classes.pane} role="region">
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
            <article aria-label={doc.title} lang={doc.language === 'und' ? undefined : doc.language}>
              <ReaderText blocks={blocks} segments={segmentById} themes={themeById} />
            </article>
          )}
        </Stack>
      </Box>
      <ThemeLegend segments={data.segments} themes={data.themes} />
    </Box>
  );
}

export function ReaderScreen({ documentId }: { documentId: string | null }) {
  return documentId ? <DocumentReader key={documentId} documentId={documentId} /> : <ChooseDocument />;
}

