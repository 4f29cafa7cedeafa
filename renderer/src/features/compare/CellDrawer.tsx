// A matrix cell opened: its summary editor and its quotes, each opening the Reader; the cell can go into a chapter.
import { Drawer, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { CompareData, Matrix } from '../../../../shared/compare';
import { formatFigure, MEASURE_LABELS } from '../../../../shared/compare';
import { cellKey } from '../../../../shared/model';
import { useRepository } from '../../db';
import { AddToChapterMenu } from '../chapters/AddToChapterMenu';
import type { OpenCell } from './compare-view';
import { QuoteCard } from './QuoteCard';
import { useQuotes } from './queries';
import { SummaryEditor } from './SummaryEditor';

/** Below the app's dialogs (the coder's name, a new chapter), which may open from inside this drawer. */
const DRAWER_Z = 150;

interface CellDrawerProps {
  data: CompareData;
  matrix: Matrix;
  cell: OpenCell | null;
  onClose: () => void;
}

export function CellDrawer({ data, matrix, cell, onClose }: CellDrawerProps) {
  const db = useRepository();
  const row = cell ? matrix.rows.find((r) => r.theme.id === cell.themeId) : undefined;
  const col = cell ? matrix.columns.findIndex((c) => c.city.id === cell.cityId) : -1;
  const figures = row && col >= 0 ? (cell!.rolledUp ? row.rolledUp.cells[col]! : row.cells[col]!) : undefined;
  const quotes = useQuotes(db, figures?.segmentIds ?? null);
  const city = col >= 0 ? matrix.columns[col]!.city : undefined;
  const name = row && city ? `${row.theme.name} × ${city.name}` : '';
  return (
    <Drawer zIndex={DRAWER_Z} opened={cell !== null && row !== undefined} onClose={onClose} position="right" size="lg" title={<Title order={3}>{name}</Title>}>
      {row && city && figures && (
        <Stack gap="md">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {MEASURE_LABELS[matrix.measure]}: {formatFigure(figures.value, matrix.measure)}
              {cell!.rolledUp && row.hasChildren ? ' (with sub-themes)' : ''}
            </Text>
            <AddToChapterMenu block={{ type: 'comparison', themeId: row.theme.id, cityIds: [city.id], caption: `${row.theme.name} in ${city.name}` }} label="Add cell to chapter" />
          </Group>
          <SummaryEditor themeId={row.theme.id} cityId={city.id} cellName={name} summary={data.summaries.get(cellKey(row.theme.id, city.id))} />
          <Title order={4}>
            Quotes ({figures.segmentIds.length})
          </Title>
          {quotes === undefined && <Loader size="sm" role="status" aria-label="Loading quotes" />}
          {quotes?.length === 0 && <Text c="dimmed">No coded passage of this theme counts for this city here.</Text>}
          {quotes?.map((quote) => <QuoteCard key={quote.segmentId} quote={quote} />)}
        </Stack>
      )}
    </Drawer>
  );
}
