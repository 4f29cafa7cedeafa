// Keyword in context: concordance lines (left | keyword | right), sortable by the word left or right, exported as CSV.
// Thousands of lines: only those in and near the view are rendered (virtualised like the Library); the export holds every line.
import { Button, Group, ScrollArea, SegmentedControl, Table, Text } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { formatTime, sortConcordance, type ConcordanceLine } from '../../../../shared/search';
import classes from './SearchScreen.module.css';

/** Every line's height: one line of small text (cells do not wrap) with the table's spacing. */
const LINE_HEIGHT = 31;

export type KwicOrder = 'document' | 'left' | 'right';

interface KwicViewProps {
  lines: ConcordanceLine[];
  /** The element that scrolls the lines (the Search screen's results pane). */
  scroller: RefObject<HTMLElement | null>;
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

export function KwicView({ lines, scroller, onExport, onOpen }: KwicViewProps) {
  const [order, setOrder] = useState<KwicOrder>('document');
  const sorted = useMemo(() => (order === 'document' ? lines : sortConcordance(lines, order)), [lines, order]);
  const body = useRef<HTMLTableSectionElement>(null);
  const [above, setAbove] = useState(0);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);

  // Where the lines start in the scrolling pane: the toolbar, warnings and header come first.
  useLayoutEffect(() => {
    const pane = scroller.current;
    if (!pane || !body.current) return;
    const offset = Math.round(body.current.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop);
    if (offset !== above) setAbove(offset);
  });

  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: 20,
    scrollMargin: above,
    // Rendering in React's normal batches keeps fast scrolling from blocking each frame.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0]!.start - above : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - above) : 0;
  const activeIndex = Math.min(active, Math.max(sorted.length - 1, 0));

  // Moving the focus waits for the virtualiser to render the line it scrolled to.
  useEffect(() => {
    if (!focusPending.current) return;
    const row = body.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (row) {
      focusPending.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(sorted.length - 1, index));
    focusPending.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const pageSize = Math.max(1, Math.floor((scroller.current?.clientHeight ?? 400) / LINE_HEIGHT) - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageSize,
      PageUp: activeIndex - pageSize,
      Home: 0,
      End: sorted.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter') {
      const line = sorted[activeIndex];
      if (line) {
        event.preventDefault();
        onOpen(line.documentId, line.offset);
      }
    }
  };

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
        <Group gap="xs">
          <Text size="sm" c="dimmed" data-testid="kwic-count">
            {sorted.length} line{sorted.length === 1 ? '' : 's'}
          </Text>
          <Button size="xs" variant="default" leftSection={<IconFileExport size={16} />} onClick={() => onExport(sorted)} disabled={lines.length === 0}>
            Export CSV
          </Button>
        </Group>
      </Group>
      <ScrollArea type="auto">
        <Table aria-label="Keyword in context" aria-rowcount={sorted.length + 1} layout="fixed" verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr aria-rowindex={1}>
              <Table.Th className={classes.left} style={{ textAlign: 'right' }}>
                Left
              </Table.Th>
              <Table.Th style={{ width: '16%', textAlign: 'center' }}>Keyword</Table.Th>
              <Table.Th className={classes.right}>Right</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody ref={body} onKeyDown={onKeyDown}>
            {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
            {items.map((item) => {
              const line = sorted[item.index]!;
              return (
                <KwicLine
                  key={`${line.documentId}:${line.offset}`}
                  line={line}
                  index={item.index}
                  focusable={item.index === activeIndex}
                  onFocusLine={setActive}
                  onOpen={onOpen}
                />
              );
            })}
            {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </>
  );
}

interface KwicLineProps {
  line: ConcordanceLine;
  index: number;
  /** The one line reached with Tab; the arrow keys move from it. */
  focusable: boolean;
  onFocusLine: (index: number) => void;
  onOpen: (documentId: string, offset: number) => void;
}

/**
 * One line; memoised so scrolling renders only the lines that come into view. Plain table elements styled like
 * Mantine's (its row and cell components cost several times more, and scrolling mounts a screenful at a time).
 */
const KwicLine = memo(function KwicLine({ line, index, focusable, onFocusLine, onOpen }: KwicLineProps) {
  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      title={place(line)}
      style={{ height: LINE_HEIGHT }}
      tabIndex={focusable ? 0 : -1}
      className={classes.line}
      // Stripes by the line's number: the table's own stripes would count the spacer row and flicker while scrolling.
      data-stripe={index % 2 === 0 || undefined}
      onClick={() => onOpen(line.documentId, line.offset)}
      onFocus={() => onFocusLine(index)}
      data-testid="kwic-line"
    >
      <td className={classes.left}>
        <span>{line.left}</span>
      </td>
      <td className={classes.keyword}>
        <mark>{line.keyword}</mark>
      </td>
      <td className={classes.right}>{line.right}</td>
    </tr>
  );
});
