// A matrix table block: chosen themes × cities with counts or cell summaries, and its caption; the table shown as it will export.
import { Group, MultiSelect, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ChapterBlockEdit, ChapterTable } from '../../../../shared/chapters';
import type { ChapterBlock } from '../../../../shared/model';
import type { Codebook } from './queries';
import { useAutosave } from './use-autosave';

type MatrixBlock = Extract<ChapterBlock, { type: 'matrix' }>;

export const SHOW_OPTIONS = [
  { value: 'segments', label: 'Coded passages' },
  { value: 'documents', label: 'Documents' },
  { value: 'words', label: 'Words coded' },
  { value: 'summaries', label: 'Cell summaries' },
];

export function ChapterTableView({ table }: { table: ChapterTable }) {
  return (
    <Table.ScrollContainer minWidth={400}>
      <Table withTableBorder withColumnBorders striped verticalSpacing={4} fz="xs" captionSide="top">
        {table.caption && <Table.Caption style={{ textAlign: 'left', fontStyle: 'italic' }}>{table.caption}</Table.Caption>}
        <Table.Thead>
          <Table.Tr>
            {table.header.map((h, i) => (
              <Table.Th key={i}>{h}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, r) => (
            <Table.Tr key={r}>
              <Table.Th scope="row" fw={500} style={{ paddingLeft: `calc(${row.depth} * 0.9rem + 0.5rem)` }}>
                {row.label}
              </Table.Th>
              {row.cells.map((c, i) => (
                <Table.Td key={i} style={{ whiteSpace: 'pre-wrap' }}>
                  {c}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface MatrixBlockEditorProps {
  block: MatrixBlock;
  table: ChapterTable | undefined;
  codebook: Codebook;
  save: (edit: ChapterBlockEdit) => Promise<unknown>;
}

export function MatrixBlockEditor({ block, table, codebook, save }: MatrixBlockEditorProps) {
  const [caption, setCaption] = useState(block.caption);
  const autosave = useAutosave((value: string) => save({ caption: value }));
  useEffect(() => {
    if (!autosave.isPending()) setCaption(block.caption);
  }, [block.caption, autosave]);
  return (
    <Stack gap="xs">
      <TextInput
        label="Caption"
        size="xs"
        value={caption}
        onChange={(e) => {
          setCaption(e.currentTarget.value);
          autosave.schedule(e.currentTarget.value);
        }}
        onBlur={autosave.flush}
      />
      <Group grow align="flex-start" gap="xs">
        <MultiSelect
          label="Themes (rows)"
          size="xs"
          searchable
          data={codebook.themes.map((t) => ({ value: t.id, label: t.name }))}
          value={block.themeIds}
          onChange={(themeIds) => void save({ themeIds })}
        />
        <MultiSelect
          label="Cities (columns)"
          size="xs"
          searchable
          data={codebook.cities.map((c) => ({ value: c.id, label: c.name }))}
          value={block.cityIds}
          onChange={(cityIds) => void save({ cityIds })}
        />
        <Select label="Cells show" size="xs" data={SHOW_OPTIONS} value={block.show} allowDeselect={false} onChange={(show) => show && void save({ show: show as MatrixBlock['show'] })} />
      </Group>
      {table ? <ChapterTableView table={table} /> : <Text size="xs">Loading the table…</Text>}
      {table && table.missing.length > 0 && (
        <Text size="xs" c="dimmed">
          Left out: {[...new Set(table.missing)].join('; ')}.
        </Text>
      )}
    </Stack>
  );
}
