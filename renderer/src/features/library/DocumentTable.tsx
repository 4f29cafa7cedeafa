// The Library's document list: a virtualised, sortable grid that stays smooth at tens of thousands of rows.
import { Badge, Box, Checkbox, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { humanSize, languageName, shortDate, type DocumentRow, type RowSort, type SortKey } from '../../../../shared/library';
import classes from './DocumentTable.module.css';

const ROW_HEIGHT = 41;

interface Column {
  key: SortKey;
  label: string;
  width?: number;
  align?: 'right';
}

const COLUMNS: readonly Column[] = [
  { key: 'title', label: 'Title' },
  { key: 'kind', label: 'Kind', width: 150 },
  { key: 'cities', label: 'Cities', width: 190 },
  { key: 'language', label: 'Language', width: 130 },
  { key: 'size', label: 'Size', width: 96, align: 'right' },
  { key: 'imported', label: 'Imported', width: 124 },
];

interface DocumentTableProps {
  rows: readonly DocumentRow[];
  sort: RowSort;
  onSort: (key: SortKey) => void;
  onOpen: (documentId: string) => void;
  selected: ReadonlySet<string>;
  onToggle: (documentId: string, shift: boolean) => void;
  onToggleAll: () => void;
}

const SortHeader = memo(function SortHeader({ column, sort, onSort, children }: { column: Column; sort: RowSort; onSort: (key: SortKey) => void; children?: React.ReactNode }) {
  const active = sort.key === column.key;
  const Icon = !active ? IconSelector : sort.direction === 'ascending' ? IconChevronUp : IconChevronDown;
  return (
    <Table.Th w={column.width} aria-sort={active ? sort.direction : 'none'} className={classes.header}>
      {children}
      <UnstyledButton onClick={() => onSort(column.key)} className={classes.sortButton} data-align={column.align}>
        <Group gap={4} wrap="nowrap" justify={column.align === 'right' ? 'flex-end' : 'flex-start'}>
          <Text fw={600} size="sm" span>
            {column.label}
          </Text>
          <Icon size={14} stroke={1.8} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
});

interface DocumentRowViewProps {
  row: DocumentRow;
  index: number;
  focusable: boolean;
  onOpen: (documentId: string) => void;
  onFocusRow: (index: number) => void;
  selected: boolean;
  onToggle: (documentId: string, shift: boolean) => void;
}

/** One row; memoised so scrolling renders only the rows that come into view. */
const DocumentRowView = memo(function DocumentRowView({ row, index, focusable, onOpen, onFocusRow, selected, onToggle }: DocumentRowViewProps) {
  const cities = row.cityNames.join(', ');
  return (
    <Table.Tr
      data-index={index}
      aria-rowindex={index + 2}
      tabIndex={focusable ? 0 : -1}
      className={classes.row}
      style={{ height: ROW_HEIGHT }}
      onClick={() => onOpen(row.id)}
      onFocus={() => onFocusRow(index)}
      aria-selected={selected}
      data-selected={selected || undefined}
    >
      <Table.Td className={classes.cell}>
        {/* A native checkbox: one element per row where Mantine's renders several. */}
        <input
          type="checkbox"
          className={`${classes.select} ${classes.rowSelect}`}
          aria-label={`Select ${row.title}`}
          checked={selected}
          tabIndex={focusable ? 0 : -1}
          onClick={(e) => {
            e.stopPropagation();
            onToggle(row.id, e.shiftKey);
          }}
          onKeyDown={(e) => e.stopPropagation()}
          onChange={() => {}}
        />
        <span className={classes.title} title={row.title}>
          {row.title}
        </span>
      </Table.Td>
      <Table.Td className={classes.cell}>
        <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>
          {row.kindLabel}
        </Badge>
      </Table.Td>
      <Table.Td className={classes.cell} title={cities || undefined} data-empty={cities ? undefined : true}>
        {cities || 'No city'}
      </Table.Td>
      <Table.Td className={classes.cell} title={row.language}>
        {languageName(row.language)}
      </Table.Td>
      <Table.Td className={`${classes.cell} ${classes.number}`}>{humanSize(row.size)}</Table.Td>
      <Table.Td className={`${classes.cell} ${classes.date}`} title={row.importedAt}>
        {shortDate(row.importedAt)}
      </Table.Td>
    </Table.Tr>
  );
});

export function DocumentTable({ rows, sort, onSort, onOpen, selected, onToggle, onToggleAll }: DocumentTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Rendering in React's normal batches keeps fast scrolling from blocking each frame.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const activeIndex = Math.min(active, Math.max(rows.length - 1, 0));

  // Moving focus waits for the virtualiser to render the row it scrolled to.
  useEffect(() => {
    if (!focusPending.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (row) {
      focusPending.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    focusPending.current = true;
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageSize,
      PageUp: activeIndex - pageSize,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      const row = rows[activeIndex];
      if (row) {
        event.preventDefault();
        onOpen(row.id);
      }
    }
  };

  return (
    <Box ref={scrollRef} className={classes.scroller} data-testid="document-table-scroller">
      <Table
        role="grid"
        aria-label="Documents"
        aria-rowcount={rows.length + 1}
        aria-readonly
        layout="fixed"
        stickyHeader
        highlightOnHover
        verticalSpacing={0}
        className={classes.table}
      >
        <Table.Thead>
          <Table.Tr aria-rowindex={1}>
            {COLUMNS.map((column) => (
              <SortHeader key={column.key} column={column} sort={sort} onSort={onSort}>
                {column.key === 'title' && (
                  <Checkbox
                    size="xs"
                    className={classes.select}
                    aria-label="Select all shown documents"
                    checked={rows.length > 0 && rows.every((r) => selected.has(r.id))}
                    indeterminate={selected.size > 0 && !rows.every((r) => selected.has(r.id))}
                    onChange={onToggleAll}
                  />
                )}
              </SortHeader>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody onKeyDown={onKeyDown}>
          {paddingTop > 0 && <tr aria-hidden style={{ height: paddingTop }} />}
          {items.map((item) => (
            <DocumentRowView
              key={rows[item.index]!.id}
              row={rows[item.index]!}
              index={item.index}
              focusable={item.index === activeIndex}
              onOpen={onOpen}
              onFocusRow={setActive}
              selected={selected.has(rows[item.index]!.id)}
              onToggle={onToggle}
            />
          ))}
          {paddingBottom > 0 && <tr aria-hidden style={{ height: paddingBottom }} />}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
