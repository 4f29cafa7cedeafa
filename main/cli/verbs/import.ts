// `comparanda import`: imports files and folders into a repository archive, one line per file, then writes it back.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Option } from 'commander';
import { createCity, findCityByName, getDocument, type RepositoryDb } from '../../../shared/db';
import { europeanGazetteer, foldWord, type GazetteerCity } from '../../../shared/gazetteer';
import { importFiles } from '../../../shared/import/pipeline';
import type { ImportOptions, ImportOutcome, ImportReport } from '../../../shared/import/pipeline';
import { DOCUMENT_KINDS, type DocumentKind } from '../../../shared/model';
import { CliFailure, EXIT } from '../failure';
import { printJson, type CliIo } from '../io';
import { loadPdfjsForNode, pdfjsNodeDocumentOptions } from '../pdfjs-node';
import { openRepositoryFile, saveRepositoryFile } from '../repository-file';
import type { RegisterVerb } from './verb';

interface ImportCliOptions {
  city: string[];
  kind?: DocumentKind;
  password?: string;
  json?: boolean;
}

/** The files named, with folders expanded recursively (hidden entries and symbolic links inside folders skipped). */
async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (folder: string) => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) files.push(full);
    }
  };
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new CliFailure(`${path} does not exist.`, EXIT.usage);
    if (info.isDirectory()) await walk(path);
    else files.push(path);
  }
  return files;
}

function gazetteerCity(name: string): GazetteerCity | undefined {
  const wanted = foldWord(name.trim());
  return europeanGazetteer().cities.find((c) => [c.name, ...c.aliases].some((n) => foldWord(n) === wanted));
}

/** The ids of the --city names: the repository's cities, or new ones from the gazetteer; anything else is a usage error. */
async function resolveCities(db: RepositoryDb, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const existing = await findCityByName(db, name);
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const known = gazetteerCity(name);
    if (!known) {
      throw new CliFailure(`"${name}" is neither a city of this repository nor a European city the gazetteer knows; check the spelling.`, EXIT.usage);
    }
    const created = await createCity(db, { coder: 'comparanda import' }, {
      name: known.name, country: known.country, aliases: known.aliases, latitude: known.latitude, longitude: known.longitude,
    });
    if (!created.ok) throw new CliFailure(created.error.message);
    ids.push(created.value.id);
  }
  return ids;
}

async function describe(db: RepositoryDb, outcome: ImportOutcome): Promise<string> {
  if (outcome.status === 'duplicate') return `duplicate ${outcome.file}: ${outcome.message}\n`;
  if (outcome.status === 'failed') return `failed    ${outcome.file}: ${outcome.message}\n`;
  const doc = await getDocument(db, outcome.documentId);
  const parts = [doc?.language ?? 'und', doc?.kind ?? 'other'];
  if (doc && doc.pages.length > 0) parts.push(`${doc.pages.length} page${doc.pages.length === 1 ? '' : 's'}`);
  else if (doc && doc.turns.length > 0) parts.push(`${doc.turns.length} turn${doc.turns.length === 1 ? '' : 's'}`);
  let line = `imported  ${outcome.file} → "${outcome.title}" (${parts.join(', ')})\n`;
  for (const warning of outcome.warnings) line += `          warning: ${warning}\n`;
  if (outcome.suggestedCities.length > 0) {
    line += `          cities mentioned: ${outcome.suggestedCities.map((c) => `${c.name} (${c.mentions})`).join(', ')}\n`;
  }
  return line;
}

async function importEach(db: RepositoryDb, paths: string[], options: ImportOptions, io: CliIo, json: boolean): Promise<ImportReport> {
  const report: ImportReport = { outcomes: [], imported: 0, duplicates: 0, failed: 0, cancelled: false };
  // One file at a time, so a folder of large files never has to fit in memory at once.
  for (const path of paths) {
    let outcome: ImportOutcome;
    try {
      const bytes = new Uint8Array(await readFile(path));
      const single = await importFiles(db, { coder: 'comparanda import' }, [{ name: basename(path), path, bytes }], options);
      outcome = single.outcomes[0] ?? { status: 'failed', file: path, code: 'unexpected', message: `${path} was not imported.` };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      outcome = { status: 'failed', file: path, code: 'unreadable', message: `${path} cannot be read (${code}).` };
    }
    report.outcomes.push(outcome);
    if (outcome.status === 'imported') report.imported += 1;
    else if (outcome.status === 'duplicate') report.duplicates += 1;
    else report.failed += 1;
    if (!json) io.out(await describe(db, outcome));
  }
  return report;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const registerImport: RegisterVerb = (program, io) => {
  program
    .command('import')
    .description('import files and folders (txt, md, html, docx, pdf, odt, rtf, vtt, srt) into a repository archive')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<paths...>', 'files and folders (folders are read recursively, hidden files skipped)')
    .option('--city <name>', 'tag every imported document with this city (repeatable; any of its names, e.g. Wien)', (v: string, all: string[]) => [...all, v], [])
    .addOption(new Option('--kind <kind>', 'the kind of every imported document (default: guessed per file)').choices(DOCUMENT_KINDS))
    .option('--password <password>', 'the password of encrypted PDFs')
    .option('--json', 'print the import report as JSON')
    .action(async (repo: string, paths: string[], options: ImportCliOptions) => {
      const { db } = await openRepositoryFile(repo);
      try {
        const files = await expandPaths(paths);
        if (files.length === 0) throw new CliFailure(`There are no files to import in ${paths.join(', ')}.`, EXIT.usage);
        const cityIds = await resolveCities(db, options.city);
        const report = await importEach(
          db,
          files,
          {
            loadPdfjs: loadPdfjsForNode,
            pdfjsDocumentOptions: pdfjsNodeDocumentOptions,
            ...(cityIds.length > 0 ? { cityIds } : {}),
            ...(options.kind ? { kind: options.kind } : {}),
            ...(options.password !== undefined ? { password: options.password } : {}),
          },
          io,
          options.json === true,
        );
        if (report.imported > 0) await saveRepositoryFile(db, repo);
        if (options.json) printJson(io, report);
        else {
          const rest = [report.duplicates > 0 ? plural(report.duplicates, 'duplicate') : '', report.failed > 0 ? `${report.failed} failed` : '']
            .filter(Boolean)
            .join(', ');
          io.out(`Imported ${report.imported} of ${plural(files.length, 'file')} into ${repo}${rest ? ` (${rest})` : ''}.\n`);
        }
        if (report.failed > 0) throw new CliFailure(`${plural(report.failed, 'file')} could not be imported.`);
      } finally {
        db.close();
      }
    });
};
