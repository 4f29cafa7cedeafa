// `comparanda export`: writes the repository, or the documents of chosen cities/themes, to another archive.
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { exportArchive, readArchive } from '../../../shared/archive';
import { findTheme } from '../../../shared/coding';
import { findCityByName } from '../../../shared/db';
import { CliFailure, EXIT } from '../failure';
import { printJson } from '../io';
import { openRepositoryFile } from '../repository-file';
import { APP_VERSION } from '../version';
import { collect, lookup } from './coding-cli';
import type { RegisterVerb } from './verb';

interface ExportVerbOptions {
  output?: string;
  city: string[];
  theme: string[];
  chapters?: boolean;
  json?: boolean;
}

/** Written beside the destination, then renamed over it: a crash never leaves half an archive. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliFailure(`${path} cannot be written (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
}

export const registerExport: RegisterVerb = (program, io) => {
  program
    .command('export')
    .description('write the repository, or only the documents of some cities and/or themes, to a .comparanda archive')
    .argument('<repo>', 'a .comparanda archive')
    .option('-o, --output <file>', 'the archive to write')
    .option('--city <name>', 'only documents tagged with or coded for this city (repeatable; any of its names)', collect, [])
    .option('--theme <theme>', 'only documents about this theme or a theme below it, tagged or coded (repeatable; name or path)', collect, [])
    .option('--chapters', 'with --city/--theme: include the chapters (quotes of passages left out are dropped)')
    .option('--json', 'print what was written as JSON')
    .action(async (repo: string, options: ExportVerbOptions) => {
      if (!options.output) throw new CliFailure('Say where to write the archive: -o file.comparanda.', EXIT.usage);
      if (resolve(options.output) === resolve(repo)) throw new CliFailure('The export would overwrite the repository itself; choose another file with -o.', EXIT.usage);
      const { db } = await openRepositoryFile(repo);
      try {
        const cityIds: string[] = [];
        for (const name of options.city) {
          const city = await findCityByName(db, name);
          if (!city) throw new CliFailure(`${repo} has no city called "${name}".`);
          cityIds.push(city.id);
        }
        const themeIds = await Promise.all(options.theme.map(async (t) => (await lookup(() => findTheme(db, t))).id));
        const selected = cityIds.length + themeIds.length > 0;
        const selection = selected ? { cityIds, themeIds, chapters: options.chapters === true } : undefined;
        const bytes = await exportArchive(db, { appVersion: APP_VERSION, selection });
        const read = await readArchive(bytes, {}, options.output);
        if (!read.ok) throw new CliFailure(read.error.message);
        await writeAtomically(options.output, bytes);
        const { counts, selection: recorded } = read.value.manifest;
        if (options.json) {
          printJson(io, { file: options.output, bytes: bytes.length, counts, selection: recorded ?? null });
          return;
        }
        const what = recorded ? `a selection (${[...recorded.cities, ...recorded.themes].join(', ')})` : 'the whole repository';
        io.out(`Wrote ${what} to ${options.output}: ${counts.documents ?? 0} documents, ${counts.segments ?? 0} coded passages, ${bytes.length} bytes.\n`);
      } finally {
        db.close();
      }
    });
};
