// Keyword in context: concordance lines (left | keyword | right), sortable by the word left or right, exported as CSV.
// A first page of lines renders at once and the rest as the researcher scrolls; the export holds every line.
import { Button, Group, ScrollArea, SegmentedControl, Table, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { memo, useMemo, useState } from 'react';
import { formatTime, sortConcordance, type ConcordanceLine } from '../../../../shared/search';
import classes from './SearchScreen.module.css';
import { useShownCount } from './use-shown-count';

/** Lines rendered at once, and added at a time. */
export const LINES_PAGE = 80;

export type KwicOrder = 'document' | 'left' | 'right';

interface KwicViewProps {
  lines: ConcordanceLine[];
  /** The query answered: a new one, or another order, starts again at the first page. */
  query: string;
  onExport: (lines: ConcordanceLine[]) => void;
  onOpen: (documentId: string, offset: number) => void;
}

function place(line: ConcordanceLine): string {
  const parts = [line.title];
  if (line.page !== undefined) parts.push(`p. ${line.page}`);
  if (line.timeStart !== undefined) parts.push(formatTime(line.timeStart));
  if (line.speaker !== undefined) parts.push(line.speaker);
  return parts.join(' · ');
}

export function KwicView({ lines, query, onExport, onOpen }: KwicViewProps) {
  const [order, setOrder] = useState<KwicOrder>('document');
  const sorted = useMemo(() => (order === 'document' ? lines : sortConcordance(lines, order)), [lines, order]);
  const { shown, showMore, endRef } = useShownCount(sorted.length, LINES_PAGE, `${order}\n${query}`);
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Sort by
          </Text>
          <SegmentedControl
            size="xs"
            aria-label="Sort the lines by"
            value={order}
            onChange={(value) => setOrder(value as KwicOrder)}
            data={[
              { value: 'document', label: 'Document order' },
              { value: 'left', label: 'Left word' },
              { value: 'right', label: 'Right word' },
            ]}
          />
        </Group>
        <Button size="xs" variant="default" leftSection={<IconFileExport size={16} />} onClick={() => onExport(sorted)} disabled={lines.length === 0}>
          Export CSV
        </Button>
      </Group>
      <ScrollArea type="auto">
        <Table striped highlightOnHover aria-label="Keyword in context" layout="fixed" verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th className={classes.left} style={{ textAlign: 'right' }}>
                Left
              </Table.Th>
              <Table.Th style={{ width: '16%', textAlign: 'center' }}>Keyword</Table.Th>
              <Table.Th className={classes.right}>Right</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.slice(0, shown).map((line) => (
              <KwicLine key={`${line.documentId}:${line.offset}`} line={line} onOpen={onOpen} />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {shown < sorted.length && (
        <Group ref={endRef} justify="center" mt="sm" data-testid="more-lines">
          <Button variant="subtle" size="xs" onClick={showMore}>
            Show more lines ({sorted.length - shown} not shown yet)
          </Button>
        </Group>
      )}
    </>
  );
}

/** One line; Enter opens the Reader there, like a click. */
const KwicLine = memo(function KwicLine({ line, onOpen }: { line: ConcordanceLine; onOpen: (documentId: string, offset: number) => void }) {
  return (
    <Table.Tr
      title={place(line)}
      style={{ cursor: 'pointer' }}
      tabIndex={0}
      className={classes.line}
      onClick={() => onOpen(line.documentId, line.offset)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        onOpen(line.documentId, line.offset);
      }}
      data-testid="kwic-line"
    >
      <Table.Td className={classes.left}>
        <span>{line.left}</span>
      </Table.Td>
      <Table.Td className={classes.keyword}>
        <mark>{line.keyword}</mark>
      </Table.Td>
      <Table.Td className={classes.right}>{line.right}</Table.Td>
    </Table.Tr>
  );
});
