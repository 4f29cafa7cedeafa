// Search: the query box, results by document with facets, keyword in context, coding from search and saved searches.
import { Alert, Box, Button, Grid, Group, Loader, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconTags } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'wouter';
import { codeFromSearch, concordanceCsv, parseQuery, type CodingUnit, type ConcordanceLine } from '../../../../shared/search';
import { useAskCoder } from '../../app/CoderName';
import { bridge } from '../../bridge';
import { useRepository } from '../../db';
import { CodeHitsDialog } from './CodeHitsDialog';
import { FacetsPanel } from './FacetsPanel';
import { KwicView } from './KwicView';
import { QueryBox } from './QueryBox';
import { ResultsList } from './ResultsList';
import { SaveSearchButton } from './SaveSearchButton';
import { repositoryStamp, type SearchAnswer } from './search-engine';
import { useSearchService } from './search-service';
import { setCurrentQuery, useCurrentQuery, withFilter } from './search-state';

/** Hits shown with snippets; more are counted. */
const HIT_LIMIT = 200;
const KWIC_LIMIT = 2000;
export const DEBOUNCE_MS = 150;

type Answer<T> = { query: string; value: T } | { query: string; failure: string };

export function SearchScreen() {
  const db = useRepository();
  const service = useSearchService();
  const askCoder = useAskCoder();
  const [, navigate] = useLocation();
  const query = useCurrentQuery();
  const [debounced] = useDebouncedValue(query, DEBOUNCE_MS);
  const stamp = useLiveQuery(() => repositoryStamp(db), [db]);
  const [tab, setTab] = useState<string | null>('hits');
  const [answer, setAnswer] = useState<Answer<SearchAnswer> | null>(null);
  const [lines, setLines] = useState<Answer<ConcordanceLine[]> | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [coding, setCoding] = useState(false);
  const [codingSelected, setCodingSelected] = useState(false);
  const resultsPane = useRef<HTMLDivElement>(null);

  const parsed = useMemo(() => (debounced.trim() === '' ? null : parseQuery(debounced)), [debounced]);
  const runnable = parsed?.ok ? debounced : null;

  useEffect(() => setSelected(new Set()), [runnable]);

  useEffect(() => {
    if (!service || runnable === null || stamp === undefined) return;
    let current = true;
    // A transition: rendering the hits yields to the researcher's typing instead of holding the window.
    service.ask({ type: 'search', query: runnable, limit: HIT_LIMIT }).then(
      (value) => current && startTransition(() => setAnswer({ query: runnable, value })),
      (error: Error) => current && setAnswer({ query: runnable, failure: error.message }),
    );
    return () => {
      current = false;
    };
  }, [service, runnable, stamp]);

  useEffect(() => {
    if (!service || runnable === null || stamp === undefined || tab !== 'kwic') return;
    let current = true;
    service.ask({ type: 'concordance', query: runnable, limit: KWIC_LIMIT }).then(
      (value) => current && startTransition(() => setLines({ query: runnable, value })),
      (error: Error) => current && setLines({ query: runnable, failure: error.message }),
    );
    return () => {
      current = false;
    };
  }, [service, runnable, stamp, tab]);

  const open = useCallback((documentId: string, offset: number) => navigate(`/reader/${encodeURIComponent(documentId)}/${offset}`), [navigate]);
  const toggle = useCallback(
    (id: string) =>
      setSelected((before) => {
        const next = new Set(before);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );

  const results = answer && 'value' in answer && answer.query === runnable ? answer.value.results : null;
  const selectedDocuments = useMemo(() => {
    if (!results) return 0;
    return results.documents.filter((d) => d.hits.some((h) => selected.has(h.passage.id))).length;
  }, [results, selected]);

  const code = async (themeId: string, unit: CodingUnit) => {
    if (!service || runnable === null) return;
    // The coder's name is asked (once) in a dialog of its own, so this one closes first.
    setCoding(false);
    const ctx = await askCoder();
    if (!ctx) return;
    const ranges = await service.ask({ type: 'ranges', query: runnable, unit, ...(selected.size > 0 && codingSelected ? { passageIds: [...selected] } : {}) });
    const theme = await db.themes.get(themeId);
    const coded = await codeFromSearch(db, ctx, ranges, themeId, `Coded hits of ${runnable} with "${theme?.name ?? 'a theme'}"`);
    if (!coded.ok) {
      notifications.show({ title: 'Nothing was coded', message: coded.error.message, color: 'red' });
      return;
    }
    notifications.show({
      title: 'Hits coded',
      message: `${coded.value.length} passage${coded.value.length === 1 ? '' : 's'} coded with "${theme?.name ?? ''}". Undo removes them in one step.`,
      color: 'teal',
    });
  };
  const exportCsv = async (sorted: ConcordanceLine[]) => {
    const saved = await bridge.saveExport({
      suggestedName: 'keyword-in-context.csv',
      bytes: new TextEncoder().encode(concordanceCsv(sorted)) as Uint8Array<ArrayBuffer>,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    if (!saved.ok) notifications.show({ title: 'The CSV was not saved', message: saved.error.message, color: 'red' });
    else if (saved.value) notifications.show({ title: 'Concordance exported', message: saved.value.name, color: 'teal', autoClose: 3000 });
  };

  if (!service) {
    return (
      <Alert m="md" color="gray" title="Search is not available here">
        Search runs in a background worker, which this window cannot start.
      </Alert>
    );
  }

  const pending = runnable !== null && (!answer || answer.query !== runnable);
  return (
    <Stack gap="sm" p="md" flex={1} mih={0}>
      <QueryBox value={query} onChange={setCurrentQuery} error={parsed && !parsed.ok && debounced === query ? parsed.error : null} />
      <Tabs value={tab} onChange={setTab} flex={1} mih={0} style={{ display: 'flex', flexDirection: 'column' }}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Tabs.List>
            <Tabs.Tab value="hits">Hits</Tabs.Tab>
            <Tabs.Tab value="kwic">Keyword in context</Tabs.Tab>
          </Tabs.List>
          <Group gap="xs">
            {pending && <Loader size="xs" aria-label="Searching" />}
            {results && (
              <Text size="sm" c="dimmed" data-testid="result-count" data-query={runnable ?? undefined}>
                {results.totalHits} passage{results.totalHits === 1 ? '' : 's'} in {results.totalDocuments} document{results.totalDocuments === 1 ? '' : 's'}
              </Text>
            )}
            <Button
              size="xs"
              variant="default"
              leftSection={<IconTags size={16} />}
              disabled={!results || results.totalHits === 0}
              onClick={() => {
                setCodingSelected(false);
                setCoding(true);
              }}
            >
              Code all hits…
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={selected.size === 0}
              onClick={() => {
                setCodingSelected(true);
                setCoding(true);
              }}
            >
              Code selected hits…
            </Button>
            <SaveSearchButton query={query} disabled={runnable === null} />
          </Group>
        </Group>
        <ScrollArea flex={1} type="auto" mt="sm" scrollbars="y" offsetScrollbars viewportRef={resultsPane}>
          {answer && 'failure' in answer && answer.query === runnable && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} title="The search failed">
              {answer.failure}
            </Alert>
          )}
          {results?.warnings.map((w) => (
            <Text key={w} size="sm" c="orange" mb="xs">
              {w}
            </Text>
          ))}
          <Tabs.Panel value="hits">
            {runnable === null && !(parsed && !parsed.ok) && <SearchHelp />}
            {results && results.totalHits === 0 && <Text c="dimmed">No passage matches this search.</Text>}
            {results && results.totalHits > 0 && answer && 'value' in answer && (
              <Grid gutter="md">
                <Grid.Col span={{ base: 12, md: 9 }}>
                  <ResultsList answer={answer.value} query={answer.query} selected={selected} onToggle={toggle} onOpen={open} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 3 }}>
                  <FacetsPanel cities={results.facets.cities} themes={results.facets.themes} onPick={(field, name) => setCurrentQuery(withFilter(query, field, name))} />
                </Grid.Col>
              </Grid>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="kwic">
            {runnable === null && !(parsed && !parsed.ok) && <SearchHelp />}
            {lines && 'value' in lines && lines.query === runnable && <KwicView lines={lines.value} scroller={resultsPane} onExport={exportCsv} onOpen={open} />}
          </Tabs.Panel>
        </ScrollArea>
      </Tabs>
      <CodeHitsDialog
        opened={coding}
        hits={codingSelected ? selected.size : (results?.totalHits ?? 0)}
        documents={codingSelected ? selectedDocuments : (results?.totalDocuments ?? 0)}
        selectedOnly={codingSelected}
        onClose={() => setCoding(false)}
        onCode={code}
      />
    </Stack>
  );
}

function SearchHelp() {
  return (
    <Box maw={640} c="dimmed" fz="sm">
      <Text inherit mb="xs">
        Find passages across every document: words in any language with or without accents (Zürich = Zurich), &quot;exact phrases&quot;, prefix*,
        fuzzy~ and filters such as city:Vienna or theme:&quot;Social housing&quot;. Each hit is a paragraph, page part or speaker turn you can open
        in the Reader and code.
      </Text>
    </Box>
  );
}
