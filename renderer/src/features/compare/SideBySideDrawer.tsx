// Side by side: one theme's quotes in a column per city (document, speaker, page or time), each column able to go into a chapter.
import { Drawer, Group, Loader, Paper, ScrollArea, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { noFilters, type CompareData, type CompareFilters } from '../../../../shared/compare';
import { useRepository } from '../../db';
import { AddToChapterMenu } from '../chapters/AddToChapterMenu';
import { QuoteCard } from './QuoteCard';
import { useSideBySide } from './queries';

/** Below the app's dialogs (the coder's name, a new chapter), which may open from inside this drawer. */
const DRAWER_Z = 150;

interface SideBySideDrawerProps {
  data: CompareData;
  themeId: string | null;
  /** The matrix's cities, in its column order. */
  cityIds: string[];
  filters: CompareFilters;
  onClose: () => void;
}

export function SideBySideDrawer({ data, themeId, cityIds, filters, onClose }: SideBySideDrawerProps) {
  const db = useRepository();
  const theme = data.themes.find((t) => t.id === themeId);
  const hasSubThemes = data.themes.some((t) => t.parentId === themeId);
  const [withSubThemes, setWithSubThemes] = useState(false);
  const view = useSideBySide(db, data, themeId, cityIds, { filters, withSubThemes: withSubThemes && hasSubThemes });
  const columns = view?.columns.filter((c) => c.quotes.length > 0) ?? [];
  const empty = view?.columns.filter((c) => c.quotes.length === 0).map((c) => c.city.name) ?? [];
  const title = theme ? `${theme.name}, side by side` : '';
  return (
    <Drawer zIndex={DRAWER_Z} opened={theme !== undefined} onClose={onClose} position="bottom" size="85%" title={<Title order={3}>{title}</Title>}>
      {theme && (
        <Stack gap="sm">
          <Group justify="space-between">
            <Group gap="md">
              {hasSubThemes && <Switch label="Include sub-themes" checked={withSubThemes} onChange={(e) => setWithSubThemes(e.currentTarget.checked)} />}
              {empty.length > 0 && (
                <Text size="sm" c="dimmed">
                  No passages in {empty.join(', ')}.
                </Text>
              )}
            </Group>
            <AddToChapterMenu
              label="Add comparison to chapter"
              block={{ type: 'comparison', themeId: theme.id, cityIds: columns.map((c) => c.city.id), caption: `${theme.name}: the cities compared` }}
            />
          </Group>
          {view === undefined && <Loader size="sm" role="status" aria-label="Loading quotes" />}
          {view && columns.length === 0 && <Text c="dimmed">No coded passage of this theme counts for any city{noFilters(filters) ? '' : ' under the current filters'}.</Text>}
          <ScrollArea type="auto" offsetScrollbars>
            <Group align="flex-start" wrap="nowrap" gap="md" data-testid="side-by-side">
              {columns.map((column) => (
                <Paper key={column.city.id} withBorder p="sm" w={340} style={{ flex: 'none' }} component="section" aria-label={column.city.name} data-testid="city-column">
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="nowrap">
                      <Title order={4}>{column.city.name}</Title>
                      <Text size="xs" c="dimmed">
                        {column.quotes.length} passage{column.quotes.length === 1 ? '' : 's'}
                      </Text>
                    </Group>
                    {column.summary && (
                      <Text size="sm" fs="italic">
                        {column.summary.text}
                      </Text>
                    )}
                    <AddToChapterMenu
                      label="Add column to chapter"
                      block={{ type: 'comparison', themeId: theme.id, cityIds: [column.city.id], caption: `${theme.name} in ${column.city.name}` }}
                    />
                    {column.quotes.map((quote) => (
                      <QuoteCard key={quote.segmentId} quote={quote} />
                    ))}
                  </Stack>
                </Paper>
              ))}
            </Group>
          </ScrollArea>
        </Stack>
      )}
    </Drawer>
  );
}
