// The appendix: every cited source (title, kind, city, date, language) and the codebook definitions of the themes used.
import { HeadingLevel, Paragraph, Table, TableRow, TableCell, TextRun, WidthType } from 'docx';
import type { ResolvedChapter } from '../chapters';
import { REMOVED_PASSAGE } from '../chapters';
import { DOCUMENT_KIND_LABELS } from '../model';
import { STYLE } from './styles';
import { TEXT_WIDTH } from './tables';

interface SourceRow {
  title: string;
  kind: string;
  cities: string[];
  date: string;
  language: string;
}

function sourceRows(resolved: ResolvedChapter): SourceRow[] {
  const byDocument = new Map<string, SourceRow>();
  for (const q of resolved.cited) {
    const row = byDocument.get(q.documentId) ?? { title: q.documentTitle, kind: DOCUMENT_KIND_LABELS[q.kind] ?? q.kind, cities: [], date: q.date ?? '', language: q.language };
    if (q.cityName && !row.cities.includes(q.cityName)) row.cities.push(q.cityName);
    byDocument.set(q.documentId, row);
  }
  return [...byDocument.values()].sort((a, b) => a.title.localeCompare(b.title));
}

const plainCell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

export function appendixDocx(resolved: ResolvedChapter): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Appendix: sources')] })];
  const rows = sourceRows(resolved);
  if (rows.length === 0) out.push(new Paragraph('No passages are quoted in this chapter.'));
  else {
    out.push(
      new Table({
        style: STYLE.tableGrid,
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: [0.4, 0.14, 0.18, 0.15, 0.13].map((share) => Math.round(TEXT_WIDTH * share)),
        rows: [
          new TableRow({ tableHeader: true, children: ['Title', 'Kind', 'City', 'Date', 'Language'].map((h) => plainCell(h, true)) }),
          ...rows.map((r) => new TableRow({ cantSplit: true, children: [r.title, r.kind, r.cities.join(', '), r.date, r.language].map((t) => plainCell(t)) })),
        ],
      }),
    );
  }
  if (resolved.removed > 0) {
    const n = resolved.removed;
    out.push(
      new Paragraph({
        style: STYLE.note,
        children: [new TextRun(`${n} quoted ${n === 1 ? 'passage was' : 'passages were'} removed from the repository after being quoted; ${n === 1 ? 'it is' : 'they are'} marked ${REMOVED_PASSAGE} in the text.`)],
      }),
    );
  }
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Appendix: codebook')] }));
  if (resolved.themesUsed.length === 0) out.push(new Paragraph('No themes are used in this chapter.'));
  const byId = new Map(resolved.themes.map((t) => [t.id, t]));
  const depthOf = (id: string): number => {
    let depth = 0;
    for (let t = byId.get(id); t?.parentId && byId.has(t.parentId); t = byId.get(t.parentId)) depth += 1;
    return depth;
  };
  for (const theme of resolved.themesUsed) {
    const parent = theme.parentId ? byId.get(theme.parentId) : undefined;
    out.push(
      new Paragraph({
        indent: { left: depthOf(theme.id) * 360 },
        keepLines: true,
        children: [
          new TextRun({ text: theme.name, bold: true }),
          ...(parent ? [new TextRun({ text: ` (under ${parent.name})`, color: '595959' })] : []),
          new TextRun(theme.description.trim() ? `: ${theme.description.trim()}` : ': no definition written.'),
        ],
      }),
    );
  }
  return out;
}
