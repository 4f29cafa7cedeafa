// Compare: the city × theme matrix with drill-down to quotes, side-by-side reading, cell summaries, co-occurrence and exports.
import { Anchor, Button, Center, Loader, Stack, Tabs, Text, ThemeIcon, Title } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { computeMatrix, type CompareData } from '../../../../shared/compare';
import { useRepository } from '../../db';
import { CellDrawer } from './CellDrawer';
import { CompareFilters } from './CompareFilters';
import { CompareToolbar } from './CompareToolbar';
import { INITIAL_VIEW, shadingMax, type CompareView, type OpenCell } from './compare-view';
import { CooccurrenceView } from './CooccurrenceView';
import { HeatLegend } from './HeatLegend';
import { MatrixGrid } from './MatrixGrid';
import { useCompareData } from './queries';
import { SideBySideDrawer } from './SideBySideDrawer';

function NothingToCompare({ data }: { data: CompareData }) {
  const missing = data.cities.length === 0 ? 'cities' : data.themes.length === 0 ? 'themes' : 'coded passages';
  return (
    <Center flex={1} p="xl">
      <Stack gap="md" maw={560}>
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconColumns3 size={30} stroke={1.5} />
        </ThemeIcon>
        <Title order={2}>Compare</Title>
        <Text>
          The matrix sets cities side by side, theme by theme: each cell holds the passages coded with a theme in a city&apos;s material, so you can
          read how housing, schooling or employment differ between Vienna, Prague and Burgas.
        </Text>
        <Text c="dimmed" size="sm">
          There are no {missing} in this repository yet. Tag documents with their cities in the <Anchor href="#/library">Library</Anchor>, build
          themes in the <Anchor href="#/codebook">Codebook</Anchor>, and code passages in the Reader.
        </Text>
        <Button component="a" href="#/reader" w="fit-content">
          Open the Reader
        </Button>
      </Stack>
    </Center>
  );
}

export function CompareScreen() {
  const db = useRepository();
  const data = useCompareData(db);
  const [view, setView] = useState<CompareView>(INITIAL_VIEW);
  const [openCell, setOpenCell] = useState<OpenCell | null>(null);
  const [openRow, setOpenRow] = useState<string | null>(null);
  const [tab, setTab] = useState<string | null>('matrix');
  const matrix = useMemo(() => (data ? computeMatrix(data, { measure: view.measure, filters: view.filters }) : null), [data, view.measure, view.filters]);

  if (!data || !matrix) {
    return (
      <Center flex={1}>
        <Loader role="status" aria-label="Loading the comparison" />
      </Center>
    );
  }
  if (data.segments.length === 0 || data.cities.length === 0 || data.themes.length === 0) return <NothingToCompare data={data} />;

  const toggle = (themeId: string) =>
    setView((v) => {
      const collapsed = new Set(v.collapsed);
      if (!collapsed.delete(themeId)) collapsed.add(themeId);
      return { ...v, collapsed };
    });

  return (
    <Stack gap="sm" p="md" flex={1} mih={0} style={{ overflow: 'auto' }} data-testid="compare-screen">
      <Title order={2} size="h3">
        Compare
      </Title>
      <CompareFilters data={data} filters={view.filters} onChange={(filters) => setView((v) => ({ ...v, filters }))} />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="matrix">Matrix</Tabs.Tab>
          <Tabs.Tab value="cooccurrence">Co-occurrence</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="matrix" pt="sm">
          <Stack gap="sm">
            <CompareToolbar matrix={matrix} measure={view.measure} onMeasure={(measure) => setView((v) => ({ ...v, measure }))} />
            <Text size="sm" c="dimmed">
              {matrix.documentCount} of {data.documents.length} documents. Click a cell for its quotes and summary, a theme for its quotes side by
              side.
              {matrix.uncountedSegments > 0 &&
                ` ${matrix.uncountedSegments} coded passage${matrix.uncountedSegments === 1 ? ' is' : 's are'} in documents without a city and not counted.`}
            </Text>
            <MatrixGrid matrix={matrix} collapsed={view.collapsed} onToggle={toggle} onOpenCell={setOpenCell} onOpenRow={setOpenRow} />
            <HeatLegend matrix={matrix} max={shadingMax(matrix, view.collapsed)} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="cooccurrence" pt="sm">
          {tab === 'cooccurrence' && <CooccurrenceView data={data} filters={view.filters} />}
        </Tabs.Panel>
      </Tabs>
      <CellDrawer data={data} matrix={matrix} cell={openCell} onClose={() => setOpenCell(null)} />
      <SideBySideDrawer
        key={openRow ?? 'none'}
        data={data}
        themeId={openRow}
        cityIds={matrix.columns.map((c) => c.city.id)}
        filters={view.filters}
        onClose={() => setOpenRow(null)}
      />
    </Stack>
  );
}
