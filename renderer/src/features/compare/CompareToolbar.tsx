// Above the matrix: the measure switch, the export menu and "add the matrix to a chapter".
import { Button, Group, Menu, SegmentedControl } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { MEASURE_LABELS, MEASURES, type Matrix, type Measure } from '../../../../shared/compare';
import { AddToChapterMenu } from '../chapters/AddToChapterMenu';
import { EXPORT_LABELS, exportMatrix, type MatrixExportFormat } from './compare-exports';

interface CompareToolbarProps {
  matrix: Matrix;
  measure: Measure;
  onMeasure: (measure: Measure) => void;
}

const SHORT_LABELS: Record<Measure, string> = { segments: 'Passages', documents: 'Documents', words: 'Words', share: 'Share' };

export function CompareToolbar({ matrix, measure, onMeasure }: CompareToolbarProps) {
  return (
    <Group gap="sm" justify="space-between" wrap="wrap">
      <SegmentedControl
        aria-label="What each cell counts"
        size="xs"
        value={measure}
        onChange={(value) => onMeasure(value as Measure)}
        data={MEASURES.map((m) => ({ value: m, label: SHORT_LABELS[m] }))}
        title={MEASURE_LABELS[measure]}
      />
      <Group gap="xs">
        <AddToChapterMenu
          label="Add matrix to chapter"
          block={{
            type: 'matrix',
            themeIds: matrix.rows.map((r) => r.theme.id),
            cityIds: matrix.columns.map((c) => c.city.id),
            show: measure === 'share' ? 'words' : measure,
            caption: `${MEASURE_LABELS[measure === 'share' ? 'words' : measure]} by city and theme`,
          }}
        />
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="compact-sm" variant="default" leftSection={<IconDownload size={14} />}>
              Export
            </Button>
          </Menu.Target>
          <Menu.Dropdown aria-label="Export the matrix">
            {(Object.keys(EXPORT_LABELS) as MatrixExportFormat[]).map((format) => (
              <Menu.Item key={format} onClick={() => void exportMatrix(matrix, format)}>
                {EXPORT_LABELS[format]}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
