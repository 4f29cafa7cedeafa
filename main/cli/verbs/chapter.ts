// `comparanda chapter`: list a repository's chapters, export one to Word, or draft one from the matrix and export it.
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { CITATION_STYLES, draftChapter, listChapters, type CitationStyle } from '../../../shared/chapters';
import { findTheme } from '../../../shared/coding';
import { findCityByName, type RepositoryDb } from '../../../shared/db';
import { chapterDocx } from '../../../shared/export-docx';
import type { Chapter } from '../../../shared/model';
import { CliFailure, EXIT } from '../failure';
import { printJson, type CliIo } from '../io';
import { openRepositoryFile, saveRepositoryFile } from '../repository-file';
import { svgToPng } from '../svg-to-png';
import { formatTable } from '../table';
import { cliContext, lookup, orFail } from './coding-cli';
import type { RegisterVerb } from './verb';

interface ExportOptions {
  output?: string;
  citations: CitationStyle;
  notes?: boolean;
  heatmaps?: boolean;
  json?: boolean;
}

interface DraftOptions extends ExportOptions {
  themes: string[];
  cities: string[];
  title: string;
  quotes: string;
  save?: boolean;
}

/** Written beside the destination, then renamed over it: a failed write never leaves half a document. */
async function writeDocx(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unknown error');
    throw new CliFailure(`${path} cannot be written (${why}); the chapter is unchanged.`);
  }
}

/** A chapter by its number in `chapter list`, its id, or its title (any case). */
function findChapter(chapters: readonly Chapter[], wanted: string, repo: string): Chapter {
  const byNumber = /^\d+$/.test(wanted) ? chapters[Number(wanted) - 1] : undefined;
  const lower = wanted.trim().toLocaleLowerCase();
  const found = byNumber ?? chapters.find((c) => c.id === wanted) ?? chapters.find((c) => c.title.toLocaleLowerCase() === lower);
  if (!found) throw new CliFailure(`${repo} has no chapter "${wanted}"; \`comparanda chapter list ${repo}\` shows them.`);
  return found;
}

/** Names given as repeated options and/or comma-separated lists. */
const splitNames = (values: readonly string[]) => values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');

async function exportTo(io: CliIo, db: RepositoryDb, chapter: Chapter, options: ExportOptions): Promise<void> {
  const exported = orFail(
    await chapterDocx(db, chapter, { citations: options.citations, includeNotes: options.notes === true, heatmapPictures: options.heatmaps ? svgToPng : undefined }),
  );
  await writeDocx(options.output!, exported.bytes);
  const quotes = chapter.blocks.filter((b) => b.type === 'quote').length;
  const pictures = options.heatmaps ? `, ${exported.pictures} heat-map ${exported.pictures === 1 ? 'picture' : 'pictures'}` : '';
  if (options.json) {
    printJson(io, { chapter: chapter.title, output: options.output, bytes: exported.bytes.length, blocks: chapter.blocks.length, quotes, citations: options.citations, heatmaps: exported.pictures });
  } else io.out(`Wrote "${chapter.title}" to ${options.output} (${chapter.blocks.length} blocks, ${quotes} quotes${pictures}, citations as ${options.citations}).\n`);
}

function exportOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', 'the .docx file to write')
    .addOption(new Option('--citations <style>', 'how quotes are cited').choices([...CITATION_STYLES]).default('footnotes'))
    .option('--notes', "include the author's note blocks (left out by default)")
    .option('--heatmaps', 'put the heat map of each matrix table after it as a picture')
    .option('--json', 'print what was written as JSON');
}

function requireOutput(options: ExportOptions): void {
  if (!options.output) throw new CliFailure('Say where to write the Word file: -o chapter.docx.', EXIT.usage);
  if (!options.output.toLowerCase().endsWith('.docx')) throw new CliFailure(`${options.output} should end in .docx: Word opens it by that name.`, EXIT.usage);
}

export const registerChapter: RegisterVerb = (program, io) => {
  const chapter = program.command('chapter').description('list chapters, export one to Word (.docx), or draft one from the matrix');

  chapter
    .command('list')
    .description("list the repository's chapters with their blocks and quotes")
    .argument('<repo>', 'a .comparanda archive')
    .option('--json', 'print the chapters as JSON')
    .action(async (repo: string, options: { json?: boolean }) => {
      const { db } = await openRepositoryFile(repo);
      try {
        const rows = (await listChapters(db)).map((c, i) => ({
          number: i + 1,
          id: c.id,
          title: c.title,
          blocks: c.blocks.length,
          quotes: c.blocks.filter((b) => b.type === 'quote').length,
          tables: c.blocks.filter((b) => b.type === 'matrix' || b.type === 'comparison').length,
          updated: c.updatedAt,
        }));
        if (options.json) return printJson(io, rows);
        if (rows.length === 0) return io.out(`${repo} has no chapters yet.\n`);
        io.out(
          formatTable(rows, [
            { header: '#', value: (r) => String(r.number), align: 'right' },
            { header: 'Title', value: (r) => r.title, max: 60 },
            { header: 'Blocks', value: (r) => String(r.blocks), align: 'right' },
            { header: 'Quotes', value: (r) => String(r.quotes), align: 'right' },
            { header: 'Tables', value: (r) => String(r.tables), align: 'right' },
            { header: 'Changed', value: (r) => r.updated.slice(0, 10) },
          ]),
        );
      } finally {
        db.close();
      }
    });

  exportOptions(
    chapter
      .command('export')
      .description('write a chapter to a Word document: built-in styles, contents, footnoted quotes, tables, appendix')
      .argument('<repo>', 'a .comparanda archive')
      .argument('<chapter>', 'the chapter: its number in `chapter list`, its title or its id'),
  ).action(async (repo: string, wanted: string, options: ExportOptions) => {
    requireOutput(options);
    const { db } = await openRepositoryFile(repo);
    try {
      await exportTo(io, db, findChapter(await listChapters(db), wanted, repo), options);
    } finally {
      db.close();
    }
  });

  exportOptions(
    chapter
      .command('draft')
      .description('draft a chapter from the matrix (a section per theme, cell summaries, strongest quotes per city) and write it to Word')
      .argument('<repo>', 'a .comparanda archive')
      .requiredOption('--themes <theme...>', 'the themes, each a section (names or paths; comma-separated or repeated)')
      .requiredOption('--cities <city...>', 'the cities to compare (any of their names; comma-separated or repeated)')
      .option('--title <title>', 'the chapter title', 'Draft chapter')
      .option('--quotes <n>', 'quotes per theme and city', '2')
      .option('--save', 'also keep the drafted chapter in the repository'),
  ).action(async (repo: string, options: DraftOptions) => {
    requireOutput(options);
    if (!/^\d+$/.test(options.quotes)) throw new CliFailure(`--quotes takes a whole number, not "${options.quotes}".`, EXIT.usage);
    const { db } = await openRepositoryFile(repo);
    try {
      const themeIds = await Promise.all(splitNames(options.themes).map(async (t) => (await lookup(() => findTheme(db, t))).id));
      const cityIds: string[] = [];
      for (const name of splitNames(options.cities)) {
        const city = await findCityByName(db, name);
        if (!city) throw new CliFailure(`${repo} has no city called "${name}".`);
        cityIds.push(city.id);
      }
      const drafted = orFail(await draftChapter(db, await cliContext(db), options.title, { themeIds, cityIds, quotesPerCity: Number(options.quotes) }));
      await exportTo(io, db, drafted, options);
      if (options.save) {
        await saveRepositoryFile(db, repo);
        if (!options.json) io.out(`Kept the draft in ${repo}.\n`);
      }
    } finally {
      db.close();
    }
  });
};
