// The matrix grid: theme rows following the codebook tree (collapsible), city columns under their country, shaded cells.
import { ActionIcon, Text, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconColumns3 } from '@tabler/icons-react';
import { darkShade, formatFigure, heatLevel, heatRgba, MEASURE_LABELS, type Matrix, type MatrixRow } from '../../../../shared/compare';
import { countryName, shadingMax, visibleRows, type OpenCell } from './compare-view';
import classes from './MatrixGrid.module.css';

interface MatrixGridProps {
  matrix: Matrix;
  collapsed: ReadonlySet<string>;
  onToggle: (themeId: string) => void;
  onOpenCell: (cell: OpenCell) => void;
  onOpenRow: (themeId: string) => void;
}

function ThemeHeader({ row, collapsed, onToggle, onOpenRow }: { row: MatrixRow; collapsed: boolean } & Pick<MatrixGridProps, 'onToggle' | 'onOpenRow'>) {
  return (
    <th scope="row" className={classes.themeCell}>
      <div className={classes.themeInner} style={{ paddingLeft: 6 + row.depth * 18 }}>
        {row.hasChildren ? (
          <ActionIcon
            size="sm"
            variant="subtle"
            color="gray"
            aria-expanded={!collapsed}
            aria-label={`${collapsed ? 'Expand' : 'Collapse'} ${row.theme.name}`}
            onClick={() => onToggle(row.theme.id)}
          >
            {collapsed ? <IconChevronRight size={14} /> : <IconChevronDown size={14} />}
          </ActionIcon>
        ) : (
          <span style={{ width: 22, flex: 'none' }} />
        )}
        <span className={classes.dot} style={{ background: row.theme.colour }} aria-hidden />
        <Tooltip label="Open side by side: the quotes of this theme, a column per city" openDelay={400}>
          <UnstyledButton onClick={() => onOpenRow(row.theme.id)} aria-label={`${row.theme.name}: side by side by city`} style={{ display: 'flex', alignItems: 'center', gap: 4, minWidth: 0 }}>
            <Text size="sm" fw={row.depth === 0 ? 600 : 400} truncate>
              {row.theme.name}
            </Text>
            <IconColumns3 size={14} style={{ flex: 'none', opacity: 0.5 }} aria-hidden />
          </UnstyledButton>
        </Tooltip>
      </div>
    </th>
  );
}

export function MatrixGrid({ matrix, collapsed, onToggle, onOpenCell, onOpenRow }: MatrixGridProps) {
  const rows = visibleRows(matrix, collapsed);
  const scale = shadingMax(matrix, collapsed);
  const measure = matrix.measure;
  const label = MEASURE_LABELS[measure].toLowerCase();
  return (
    <div className={classes.wrap}>
      <table className={classes.table} aria-label={`City × theme matrix: ${label}`} data-testid="matrix">
        <thead>
          <tr>
            <th rowSpan={2} className={classes.corner} scope="col">
              Theme
            </th>
            {matrix.countries.map((group) => (
              <th key={group.country || 'none'} colSpan={group.cityIds.length} scope="colgroup" className={classes.country}>
                {countryName(group.country)}
              </th>
            ))}
            <th rowSpan={2} scope="col" className={classes.corner} style={{ left: 'auto', textAlign: 'center' }}>
              Total
            </th>
          </tr>
          <tr>
            {matrix.columns.map((column) => (
              <th key={column.city.id} scope="col" className={classes.city}>
                {column.city.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isCollapsed = collapsed.has(row.theme.id) && row.hasChildren;
            const cells = isCollapsed ? row.rolledUp.cells : row.cells;
            const total = isCollapsed ? row.rolledUp.totalValue : row.totalValue;
            return (
              <tr key={row.theme.id} data-theme={row.theme.name}>
                <ThemeHeader row={row} collapsed={isCollapsed} onToggle={onToggle} onOpenRow={onOpenRow} />
                {cells.map((cell, i) => {
                  const city = matrix.columns[i]!.city;
                  const level = heatLevel(cell.value, scale);
                  const summary = row.cells[i]!.summary;
                  const figure = formatFigure(cell.value, measure);
                  return (
                    <td key={city.id} style={{ background: heatRgba(level) }}>
                      <UnstyledButton
                        className={`${classes.cellButton} ${darkShade(level) ? classes.onDark : ''}`}
                        onClick={() => onOpenCell({ themeId: row.theme.id, cityId: city.id, rolledUp: isCollapsed })}
                        data-city={city.name}
                      >
                        <VisuallyHidden>{`${row.theme.name} in ${city.name}: `}</VisuallyHidden>
                        <span className={`${classes.value} ${cell.value === 0 ? classes.zero : ''}`} data-testid="cell-value">{cell.value === 0 ? '·' : figure}</span>
                        <VisuallyHidden>{` ${label}. Open quotes. `}</VisuallyHidden>
                        {summary && (
                          <span className={classes.summary} data-testid="cell-summary">
                            {summary.text}
                          </span>
                        )}
                      </UnstyledButton>
                    </td>
                  );
                })}
                <td className={classes.total}>{formatFigure(total, measure)}</td>
              </tr>
            );
          })}
          <tr className={classes.totalRow}>
            <th scope="row" className={classes.themeCell}>
              <div className={classes.themeInner}>
                <Text size="sm" fw={700}>
                  Total
                </Text>
              </div>
            </th>
            {matrix.columns.map((column) => (
              <td key={column.city.id} className={classes.total}>
                {formatFigure(column.totalValue, measure)}
              </td>
            ))}
            <td className={classes.total}>{formatFigure(matrix.grandTotalValue, measure)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
