// Results grouped by document, best first: title, kind, cities, and each hit's snippet and place; a click opens the Reader.
import { Badge, Checkbox, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useId } from 'react';
import type { SearchHit } from '../../../../shared/search';
import { AddPassageToChapter } from '../chapters/AddPassageToChapter';
import type { SearchAnswer } from './search-engine';
import { HitSnippet, hitLocation, hitOffset } from './HitSnippet';
import classes from './SearchScreen.module.css';

interface ResultsListProps {
  answer: SearchAnswer;
  selected: ReadonlySet<string>;
  onToggle: (passageId: string) => void;
  onOpen: (documentId: string, offset: number) => void;
}

export function ResultsList({ answer, selected, onToggle, onOpen }: ResultsListProps) {
  const { results, about } = answer;
  return (
    <Stack gap="sm" aria-label="Results" role="list">
      {results.documents.map((doc) => (
        <Paper key={doc.documentId} withBorder p="sm" role="listitem" aria-label={doc.title}>
          <Group gap="xs" justify="space-between" wrap="nowrap" mb={6}>
            <Group gap="xs" miw={0} wrap="nowrap">
              <Text fw={600} truncate component="h3" m={0} size="md">
                {doc.title}
              </Text>
              {about[doc.documentId]?.kind && (
                <Badge variant="light" color="gray" size="sm" style={{ flexShrink: 0 }}>
                  {about[doc.documentId]!.kind}
                </Badge>
              )}
              {about[doc.documentId]?.cities.map((city) => (
                <Badge key={city} variant="outline" size="sm" style={{ flexShrink: 0 }}>
                  {city}
                </Badge>
              ))}
            </Group>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
              {doc.hitCount} hit{doc.hitCount === 1 ? '' : 's'}
              {doc.hits.length < doc.hitCount ? ` (showing ${doc.hits.length})` : ''}
            </Text>
          </Group>
          <Stack gap={4}>
            {doc.hits.map((hit) => (
              <HitRow key={hit.passage.id} hit={hit} checked={selected.has(hit.passage.id)} onToggle={onToggle} onOpen={() => onOpen(doc.documentId, hitOffset(hit))} />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function HitRow({ hit, checked, onToggle, onOpen }: { hit: SearchHit; checked: boolean; onToggle: (id: string) => void; onOpen: () => void }) {
  const where = hitLocation(hit);
  const id = useId();
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="hit">
      <Checkbox
        mt={3}
        size="xs"
        aria-label={`Select the hit ${where ? `at ${where}` : ''}`.trim()}
        checked={checked}
        disabled={hit.titleOnly}
        onChange={() => onToggle(hit.passage.id)}
      />
      {/* Named "Open in the Reader at" + its visible text, so the name holds what a voice-control user reads. */}
      <UnstyledButton id={`${id}-hit`} className={classes.hit} onClick={onOpen} aria-labelledby={`${id}-lead ${id}-hit`}>
        {where && (
          <Text span size="xs" c="dimmed" fw={600} mr={6} data-testid="hit-location">
            {where}
          </Text>
        )}
        <Text span size="sm" className={classes.snippet}>
          <HitSnippet hit={hit} />
        </Text>
      </UnstyledButton>
      {!hit.titleOnly && <AddPassageToChapter documentId={hit.passage.documentId} start={hit.passage.start} end={hit.passage.end} at={hitOffset(hit)} preview={hit.snippet.text} />}
      <span id={`${id}-lead`} hidden>
        {where ? 'Open in the Reader at' : 'Open in the Reader:'}
      </span>
    </Group>
  );
}
