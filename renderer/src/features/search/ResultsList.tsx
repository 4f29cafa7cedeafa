// Results grouped by document, best first: title, kind, cities, and each hit's snippet and place; a click opens the Reader.
// A first page of hits renders at once and the rest as the researcher scrolls or moves down with the keyboard.
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { memo, useEffect, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import type { DocumentResult, SearchHit } from '../../../../shared/search';
import { AddPassageToChapter } from '../chapters/AddPassageToChapter';
import type { DocumentAbout, SearchAnswer } from './search-engine';
import { HitSnippet, hitLocation, hitOffset } from './HitSnippet';
import classes from './SearchScreen.module.css';
import { useShownCount } from './use-shown-count';

/** Hits rendered at once, and added at a time: a few screens' worth, well inside one frame budget of main-thread work. */
export const HITS_PAGE = 30;

interface ResultsListProps {
  answer: SearchAnswer;
  /** The query answered: a new one starts again at the first page; a refreshed answer to the same one keeps the place. */
  query: string;
  selected: ReadonlySet<string>;
  onToggle: (passageId: string) => void;
  onOpen: (documentId: string, offset: number) => void;
}

export function ResultsList({ answer, query, selected, onToggle, onOpen }: ResultsListProps) {
  const { results, about } = answer;
  const total = useMemo(() => results.documents.reduce((n, d) => n + d.hits.length, 0), [results]);
  const { shown, showMore, endRef } = useShownCount(total, HITS_PAGE, query);
  const listRef = useRef<HTMLDivElement>(null);
  /** The hit (by position) to focus once the page that holds it has rendered. */
  const focusPending = useRef<number | null>(null);

  const groups: { doc: DocumentResult; count: number }[] = [];
  let room = shown;
  for (const doc of results.documents) {
    if (room <= 0) break;
    const count = Math.min(doc.hits.length, room);
    groups.push({ doc, count });
    room -= count;
  }

  const hitButtons = () => [...(listRef.current?.querySelectorAll<HTMLElement>('[data-hit-open]') ?? [])];

  useEffect(() => {
    if (focusPending.current === null) return;
    const button = hitButtons()[focusPending.current];
    if (button) {
      focusPending.current = null;
      button.focus();
    }
  });

  const focusHit = (index: number) => {
    const button = hitButtons()[index];
    if (button) {
      focusPending.current = null;
      button.focus();
    } else if (index < total) {
      focusPending.current = index;
      showMore();
    }
  };

  // Up and down arrows move between the hits' "Open in the Reader" buttons, rendering more at the end.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const target = event.target as HTMLElement;
    if (!target.hasAttribute('data-hit-open')) return;
    event.preventDefault();
    // Keys pressed while the next page renders count from the hit still waiting for the focus.
    const at = focusPending.current ?? hitButtons().indexOf(target);
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next >= 0) focusHit(next);
  };

  return (
    <>
      <Stack gap="sm" aria-label="Results" role="list" ref={listRef} onKeyDown={onKeyDown}>
        {groups.map(({ doc, count }, i) => (
          <DocumentHits
            key={doc.documentId}
            doc={doc}
            about={about[doc.documentId]}
            shownHits={count}
            position={i + 1}
            documents={results.documents.length}
            selected={selected}
            onToggle={onToggle}
            onOpen={onOpen}
          />
        ))}
      </Stack>
      {shown < total && (
        <Group ref={endRef} justify="center" mt="sm" data-testid="more-hits">
          <Button variant="subtle" size="xs" onClick={() => focusHit(shown)}>
            Show more hits ({total - shown} not shown yet)
          </Button>
        </Group>
      )}
    </>
  );
}

interface DocumentHitsProps {
  doc: DocumentResult;
  about: DocumentAbout | undefined;
  /** How many of the document's hits are rendered (the rest follow on scroll). */
  shownHits: number;
  position: number;
  documents: number;
  selected: ReadonlySet<string>;
  onToggle: (passageId: string) => void;
  onOpen: (documentId: string, offset: number) => void;
}

/** Re-rendered only when its document, its shown hits or the selection of one of its hits changes. */
const DocumentHits = memo(function DocumentHits({ doc, about, shownHits, position, documents, selected, onToggle, onOpen }: DocumentHitsProps) {
  return (
    <Paper withBorder p="sm" role="listitem" aria-label={doc.title} aria-posinset={position} aria-setsize={documents}>
      <Group gap="xs" justify="space-between" wrap="nowrap" mb={6}>
        <Group gap="xs" miw={0} wrap="nowrap">
          <Text fw={600} truncate component="h3" m={0} size="md">
            {doc.title}
          </Text>
          {about?.kind && (
            <Badge variant="light" color="gray" size="sm" style={{ flexShrink: 0 }}>
              {about.kind}
            </Badge>
          )}
          {about?.cities.map((city) => (
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
        {doc.hits.slice(0, shownHits).map((hit) => (
          <HitRow key={hit.passage.id} hit={hit} checked={selected.has(hit.passage.id)} onToggle={onToggle} onOpen={onOpen} />
        ))}
      </Stack>
    </Paper>
  );
}, sameDocumentHits);

function sameDocumentHits(before: DocumentHitsProps, after: DocumentHitsProps): boolean {
  return (
    before.doc === after.doc &&
    before.about === after.about &&
    before.shownHits === after.shownHits &&
    before.position === after.position &&
    before.documents === after.documents &&
    before.onToggle === after.onToggle &&
    before.onOpen === after.onOpen &&
    before.doc.hits.every((h) => before.selected.has(h.passage.id) === after.selected.has(h.passage.id))
  );
}

interface HitRowProps {
  hit: SearchHit;
  checked: boolean;
  onToggle: (passageId: string) => void;
  onOpen: (documentId: string, offset: number) => void;
}

/** One hit; plain elements styled by the module (Mantine's checkbox, group and text components cost several times more per row). */
const HitRow = memo(function HitRow({ hit, checked, onToggle, onOpen }: HitRowProps) {
  const where = hitLocation(hit);
  const id = useId();
  return (
    <div className={classes.hitRow} data-testid="hit">
      <input
        type="checkbox"
        className={classes.hitSelect}
        aria-label={`Select the hit ${where ? `at ${where}` : ''}`.trim()}
        checked={checked}
        disabled={hit.titleOnly}
        onChange={() => onToggle(hit.passage.id)}
      />
      {/* Named "Open in the Reader at" + its visible text, so the name holds what a voice-control user reads. */}
      <button
        type="button"
        id={`${id}-hit`}
        className={classes.hit}
        onClick={() => onOpen(hit.passage.documentId, hitOffset(hit))}
        aria-labelledby={`${id}-lead ${id}-hit`}
        data-hit-open
      >
        {where && (
          <span className={classes.location} data-testid="hit-location">
            {where}
          </span>
        )}
        <span className={classes.snippet}>
          <HitSnippet hit={hit} />
        </span>
      </button>
      {!hit.titleOnly && <AddPassageToChapter documentId={hit.passage.documentId} start={hit.passage.start} end={hit.passage.end} at={hitOffset(hit)} preview={hit.snippet.text} />}
      <span id={`${id}-lead`} hidden>
        {where ? 'Open in the Reader at' : 'Open in the Reader:'}
      </span>
    </div>
  );
});
