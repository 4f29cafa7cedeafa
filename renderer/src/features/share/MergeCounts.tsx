// A merge's figures per kind of thing: added, matched, skipped and conflicting.
import { Table } from '@mantine/core';
import { MERGE_KINDS, type MergeReport } from '../../../../shared/archive';

const LABELS: Record<(typeof MERGE_KINDS)[number], string> = {
  documents: 'Documents',
  cities: 'Cities',
  themes: 'Themes',
  segments: 'Coded passages',
  memos: 'Memos',
  chapters: 'Chapters',
  attributeDefinitions: 'Attributes',
  savedSearches: 'Saved searches',
};

export function MergeCounts({ report, caption }: { report: MergeReport; caption: string }) {
  return (
    <Table striped withTableBorder fz="sm" captionSide="top">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Kind</Table.Th>
          <Table.Th scope="col" ta="right">Added</Table.Th>
          <Table.Th scope="col" ta="right">Already here</Table.Th>
          <Table.Th scope="col" ta="right">Skipped</Table.Th>
          <Table.Th scope="col" ta="right">Conflicting</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {MERGE_KINDS.map((kind) => {
          const c = report.counts[kind];
          return (
            <Table.Tr key={kind}>
              <Table.Th scope="row" fw={500}>{LABELS[kind]}</Table.Th>
              <Table.Td ta="right">{c.added}</Table.Td>
              <Table.Td ta="right">{c.matched}</Table.Td>
              <Table.Td ta="right">{c.skipped}</Table.Td>
              <Table.Td ta="right">{c.conflicting}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

/** A conflict's value as a reader sees it. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
