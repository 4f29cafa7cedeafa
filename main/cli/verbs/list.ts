// `comparanda list`: the repository's documents as a table, optionally filtered by city or kind.
import { Option } from 'commander';
import { findCityByName, listCities } from '../../../shared/db';
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, type Document } from '../../../shared/model';
import { formatBytes } from '../../../shared/archive';
import { CliFailure } from '../failure';
import { printJson } from '../io';
import { openRepositoryFile } from '../repository-file';
import { formatTable } from '../table';
import type { RegisterVerb } from './verb';

interface ListOptions {
  json?: boolean;
  city?: string;
  kind?: Document['kind'];
}

export const registerList: RegisterVerb = (program, io) => {
  program
    .command('list')
    .description('list the documents: title, kind, cities, language, size and import date')
    .argument('<repo>', 'a .comparanda archive')
    .option('--json', 'print the documents as JSON')
    .option('--city <name>', 'only documents tagged with this city (any of its names, e.g. Wien)')
    .addOption(new Option('--kind <kind>', 'only documents of this kind').choices(DOCUMENT_KINDS))
    .action(async (repo: string, options: ListOptions) => {
      const { db } = await openRepositoryFile(repo);
      try {
        const cities = await listCities(db);
        const cityNames = new Map(cities.map((c) => [c.id, c.name]));
        // Documents imported in the same millisecond keep a stable order by title.
        let documents = (await db.documents.toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.title.localeCompare(b.title));
        if (options.city !== undefined) {
          const city = await findCityByName(db, options.city);
          if (!city) {
            const known = cities.map((c) => c.name).join(', ') || 'none';
            throw new CliFailure(`${repo} has no city called "${options.city}" (cities: ${known}).`);
          }
          documents = documents.filter((d) => d.cityIds.includes(city.id));
        }
        if (options.kind !== undefined) documents = documents.filter((d) => d.kind === options.kind);
        const rows = documents.map((d) => ({
          id: d.id,
          title: d.title,
          kind: d.kind,
          cities: d.cityIds.map((id) => cityNames.get(id) ?? id),
          language: d.language,
          size: d.size,
          characters: d.textLength,
          importedFrom: d.importedFrom,
          importedAt: d.createdAt,
        }));
        if (options.json) {
          printJson(io, rows);
          return;
        }
        if (rows.length === 0) {
          io.out('No documents match.\n');
          return;
        }
        io.out(
          formatTable(rows, [
            { header: 'Title', value: (r) => r.title, max: 60 },
            { header: 'Kind', value: (r) => DOCUMENT_KIND_LABELS[r.kind] },
            { header: 'Cities', value: (r) => r.cities.join(', '), max: 30 },
            { header: 'Language', value: (r) => r.language },
            { header: 'Size', value: (r) => formatBytes(r.size), align: 'right' },
            { header: 'Imported', value: (r) => r.importedAt.slice(0, 10) },
          ]),
        );
      } finally {
        db.close();
      }
    });
};
