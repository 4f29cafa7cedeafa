// `comparanda matrix`: the city × theme matrix of a repository as a terminal table, CSV or JSON.
import { Option } from 'commander';
import { computeMatrix, formatFigure, loadCompareData, matrixCsv, matrixTable, MEASURES, type Matrix, type Measure } from '../../../shared/compare';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/model';
import { CliFailure, EXIT } from '../failure';
import { printJson, type CliIo } from '../io';
import { openRepositoryFile } from '../repository-file';
import { formatTable } from '../table';
import type { RegisterVerb } from './verb';

interface MatrixOptions {
  by: Measure;
  csv?: boolean;
  json?: boolean;
  kind?: DocumentKind[];
  from?: string;
  to?: string;
}

function printTable(io: CliIo, matrix: Matrix): void {
  const table = matrixTable(matrix);
  type Line = { label: string; values: number[]; total: number };
  const lines: Line[] = [
    ...table.rows.map((r) => ({ label: `${'› '.repeat(r.depth)}${r.name}`, values: r.values, total: r.total })),
    { label: 'Total', values: table.totals, total: table.grandTotal },
  ];
  const figure = (v: number) => (v === 0 ? '·' : formatFigure(v, matrix.measure));
  io.out(
    formatTable(lines, [
      { header: `Theme (${table.measureLabel.toLowerCase()})`, value: (l) => l.label, max: 40 },
      ...table.cities.map((city, i) => ({ header: city, value: (l: Line) => figure(l.values[i]!), align: 'right' as const })),
      { header: 'Total', value: (l) => figure(l.total), align: 'right' },
    ]),
  );
  if (matrix.uncountedSegments > 0) {
    io.out(`\n${matrix.uncountedSegments} coded passage${matrix.uncountedSegments === 1 ? ' is' : 's are'} in documents without a city and not counted.\n`);
  }
}

function matrixJson(matrix: Matrix) {
  const table = matrixTable(matrix);
  return {
    measure: matrix.measure,
    documents: matrix.documentCount,
    cities: matrix.columns.map((c, i) => ({ id: c.city.id, name: c.city.name, country: c.country, total: table.totals[i] })),
    themes: table.rows.map((r) => ({ id: r.themeId, name: r.name, path: r.path, depth: r.depth, values: r.values, total: r.total })),
    total: table.grandTotal,
    uncountedSegments: matrix.uncountedSegments,
    summaries: table.summaries.map(([theme, city, text]) => ({ theme, city, text })),
  };
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export const registerMatrix: RegisterVerb = (program, io) => {
  program
    .command('matrix')
    .description('print the city × theme matrix: coded passages (or documents, words, share of the material) per theme and city')
    .argument('<repo>', 'a .comparanda archive')
    .addOption(new Option('--by <measure>', 'what each cell counts').choices([...MEASURES]).default('segments'))
    .addOption(new Option('--kind <kind...>', 'only documents of these kinds').choices([...DOCUMENT_KINDS]))
    .option('--from <date>', 'only documents dated on or after this day (yyyy-mm-dd)')
    .option('--to <date>', 'only documents dated on or before this day (yyyy-mm-dd)')
    .addOption(new Option('--csv', 'print the matrix as CSV').conflicts('json'))
    .option('--json', 'print the matrix as JSON')
    .action(async (repo: string, options: MatrixOptions) => {
      for (const date of [options.from, options.to]) {
        if (date !== undefined && !ISO_DATE.test(date)) throw new CliFailure(`"${date}" is not a date written yyyy-mm-dd.`, EXIT.usage);
      }
      const { db } = await openRepositoryFile(repo);
      try {
        const data = await loadCompareData(db);
        if (data.themes.length === 0 || data.cities.length === 0) {
          throw new CliFailure(`${repo} has ${data.themes.length === 0 ? 'no themes' : 'no cities'} yet: the matrix needs both.`);
        }
        const filters = {
          ...(options.kind ? { kinds: options.kind } : {}),
          ...(options.from ? { dateFrom: options.from } : {}),
          ...(options.to ? { dateTo: options.to } : {}),
        };
        const matrix = computeMatrix(data, { measure: options.by, filters });
        if (options.csv) io.out(matrixCsv(matrix));
        else if (options.json) printJson(io, matrixJson(matrix));
        else printTable(io, matrix);
      } finally {
        db.close();
      }
    });
};
