// `comparanda city add|list|merge`: the cities (cases) of a repository.
import type { Command } from 'commander';
import { cityUsage, mergeCities } from '../../../shared/coding';
import { createCity, findCityByName, listCities, type RepositoryDb } from '../../../shared/db';
import type { City } from '../../../shared/model';
import { CliFailure, EXIT } from '../failure';
import { printJson } from '../io';
import { openRepositoryFile, saveRepositoryFile } from '../repository-file';
import { formatTable } from '../table';
import { cliContext, collect, orFail } from './coding-cli';
import type { RegisterVerb } from './verb';

async function cityNamed(db: RepositoryDb, name: string, repo: string): Promise<City> {
  const city = await findCityByName(db, name);
  if (!city) throw new CliFailure(`${repo} has no city called "${name}".`);
  return city;
}

function coordinate(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new CliFailure(`${option} takes a number in degrees, not "${value}".`, EXIT.usage);
  return n;
}

interface AddOptions {
  country?: string;
  alias: string[];
  lat?: string;
  lon?: string;
  json?: boolean;
}

export const registerCity: RegisterVerb = (program, io) => {
  const city: Command = program.command('city').description('add, list and merge the cities (cases) of a repository');

  city
    .command('add')
    .description('add a city by hand')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<name>', 'the city name, e.g. Vienna')
    .option('--country <code>', 'ISO 3166-1 alpha-2 country code, e.g. AT')
    .option('--alias <name>', 'another name of the city (repeatable), e.g. Wien', collect, [])
    .option('--lat <degrees>', 'latitude')
    .option('--lon <degrees>', 'longitude')
    .option('--json', 'print the new city as JSON')
    .action(async (repo: string, name: string, options: AddOptions) => {
      const { db } = await openRepositoryFile(repo);
      try {
        const latitude = coordinate(options.lat, '--lat');
        const longitude = coordinate(options.lon, '--lon');
        const added = orFail(
          await createCity(db, await cliContext(db), {
            name,
            aliases: options.alias,
            ...(options.country !== undefined ? { country: options.country } : {}),
            ...(latitude !== undefined ? { latitude } : {}),
            ...(longitude !== undefined ? { longitude } : {}),
          }),
        );
        await saveRepositoryFile(db, repo);
        if (options.json) printJson(io, added);
        else io.out(`Added ${added.name}${added.country ? ` (${added.country})` : ''} to ${repo}.\n`);
      } finally {
        db.close();
      }
    });

  city
    .command('list')
    .description('list the cities with their country, other names and how many documents and passages use them')
    .argument('<repo>', 'a .comparanda archive')
    .option('--json', 'print the cities as JSON')
    .action(async (repo: string, options: { json?: boolean }) => {
      const { db } = await openRepositoryFile(repo);
      try {
        const rows = await Promise.all((await listCities(db)).map(async (c) => ({ ...c, usage: await cityUsage(db, c.id) })));
        if (options.json) return printJson(io, rows);
        if (rows.length === 0) return io.out('No cities yet.\n');
        io.out(
          formatTable(rows, [
            { header: 'City', value: (r) => r.name },
            { header: 'Country', value: (r) => r.country },
            { header: 'Other names', value: (r) => r.aliases.join(', '), max: 40 },
            { header: 'Documents', value: (r) => String(r.usage.documents), align: 'right' },
            { header: 'Passages', value: (r) => String(r.usage.segments), align: 'right' },
          ]),
        );
      } finally {
        db.close();
      }
    });

  city
    .command('merge')
    .description('merge the second city into the first: documents, passages and memos follow; its names become aliases')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<keep>', 'the city to keep (any of its names)')
    .argument('<merge>', 'the city merged into it and removed')
    .option('--json', 'print the kept city as JSON')
    .action(async (repo: string, keepName: string, mergeName: string, options: { json?: boolean }) => {
      const { db } = await openRepositoryFile(repo);
      try {
        const keep = await cityNamed(db, keepName, repo);
        const merge = await cityNamed(db, mergeName, repo);
        const usage = await cityUsage(db, merge.id);
        const kept = orFail(await mergeCities(db, await cliContext(db), keep.id, merge.id));
        await saveRepositoryFile(db, repo);
        if (options.json) printJson(io, kept);
        else io.out(`Merged ${merge.name} into ${kept.name} (${usage.documents} documents, ${usage.segments} passages moved).\n`);
      } finally {
        db.close();
      }
    });

  for (const sub of city.commands) sub.exitOverride();
  city.exitOverride();
};
