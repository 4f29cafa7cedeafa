// `comparanda search`: runs a query over a repository and prints hits with their location, or KWIC lines.
import { InvalidArgumentError, Option } from 'commander';
import {
  SearchIndex,
  concordance,
  concordanceCsv,
  csvRows,
  formatTime,
  loadCatalog,
  parseQuery,
  runSearch,
  sortConcordance,
  type ConcordanceLine,
  type SearchHit,
  type SearchResults,
} from '../../../shared/search';
import { CliFailure, EXIT } from '../failure';
import { printJson, type CliIo } from '../io';
import { openRepositoryFile } from '../repository-file';
import type { RegisterVerb } from './verb';

interface SearchOptions {
  limit: number;
  kwic?: boolean;
  json?: boolean;
  csv?: boolean;
  sort?: 'left' | 'right';
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of hits, 1 or more.');
  return n;
}

/** The query with a caret under the column where the parser stopped. */
export function caretUnder(query: string, position: number): string {
  const column = [...query.slice(0, position)].length;
  return `  ${query}\n  ${' '.repeat(column)}^\n`;
}

function location(hit: Pick<SearchHit['passage'], 'page' | 'speaker' | 'timeStart'>): string {
  const parts: string[] = [];
  if (hit.page !== undefined) parts.push(`p. ${hit.page}`);
  if (hit.timeStart !== undefined) parts.push(formatTime(hit.timeStart));
  if (hit.speaker !== undefined) parts.push(hit.speaker);
  return parts.join(' · ');
}

/** The snippet with each highlight in «guillemets». */
function marked(hit: SearchHit): string {
  let out = '';
  let at = 0;
  for (const [start, end] of hit.snippet.highlights) {
    out += `${hit.snippet.text.slice(at, start)}«${hit.snippet.text.slice(start, end)}»`;
    at = end;
  }
  const tail = hit.snippet.text.slice(at);
  return `${hit.snippet.start > hit.passage.start ? '…' : ''}${out}${tail}${hit.snippet.end < hit.passage.end ? '…' : ''}`;
}

function printHits(io: CliIo, results: SearchResults): void {
  const shown = results.documents.reduce((n, d) => n + d.hits.length, 0);
  io.out(`${results.totalHits} passage${results.totalHits === 1 ? '' : 's'} in ${results.totalDocuments} document${results.totalDocuments === 1 ? '' : 's'}${shown < results.totalHits ? ` (showing ${shown})` : ''}\n`);
  for (const doc of results.documents) {
    io.out(`\n${doc.title} (${doc.hitCount} hit${doc.hitCount === 1 ? '' : 's'})\n`);
    for (const hit of doc.hits) {
      const where = hit.titleOnly ? 'title' : location(hit.passage);
      io.out(`  ${where ? `[${where}] ` : ''}${marked(hit)}\n`);
    }
  }
}

function printKwic(io: CliIo, lines: ConcordanceLine[]): void {
  const width = 40;
  for (const line of lines) {
    const left = line.left.slice(-width).padStart(width);
    const right = line.right.slice(0, width);
    const where = [line.title.slice(0, 30), location(line)].filter(Boolean).join(' · ');
    io.out(`${left} ${line.keyword} ${right}  (${where})\n`);
  }
}

function hitsCsv(results: SearchResults): string {
  return csvRows([
    ['document', 'page', 'time', 'speaker', 'start', 'end', 'snippet'],
    ...results.documents.flatMap((d) =>
      d.hits.map((h) => [d.title, h.passage.page, h.passage.timeStart === undefined ? undefined : formatTime(h.passage.timeStart), h.passage.speaker, h.passage.start, h.passage.end, h.snippet.text]),
    ),
  ]);
}

export const registerSearch: RegisterVerb = (program, io) => {
  program
    .command('search')
    .description('search the documents: words, "exact phrases", prefix*, fuzzy~, AND/OR/NOT, city:, theme:, kind:, lang:, doc:, speaker:, coded:')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<query>', 'the query, e.g. \'"social housing" city:Wien -Airbnb\'')
    .option('--limit <n>', 'show at most this many hits', positiveInteger, 20)
    .option('--kwic', 'print every occurrence as a keyword-in-context line')
    .addOption(new Option('--sort <side>', 'order KWIC lines by the word left or right of the keyword').choices(['left', 'right']))
    .option('--json', 'print the results (or the KWIC lines) as JSON')
    .option('--csv', 'print the hits (or the KWIC lines) as CSV')
    .action(async (repo: string, query: string, options: SearchOptions) => {
      const parsed = parseQuery(query);
      if (!parsed.ok) throw new CliFailure(`${parsed.error.message}\n${caretUnder(query, parsed.error.position).trimEnd()}`, EXIT.usage);
      const { db } = await openRepositoryFile(repo);
      try {
        const { index } = await SearchIndex.open(db);
        const catalog = await loadCatalog(db);
        const results = await runSearch(index, catalog, parsed.query, { limit: options.limit });
        for (const warning of results.warnings) io.err(`comparanda: ${warning}\n`);
        if (options.kwic) {
          let lines = await concordance(results, (id) => index.text(id));
          if (options.sort) lines = sortConcordance(lines, options.sort);
          if (options.json) printJson(io, lines);
          else if (options.csv) io.out(concordanceCsv(lines));
          else printKwic(io, lines);
          return;
        }
        if (options.json) printJson(io, results);
        else if (options.csv) io.out(hitsCsv(results));
        else printHits(io, results);
      } finally {
        db.close();
      }
    });
};
