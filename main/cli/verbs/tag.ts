// `comparanda tag`: sets cities, a kind, themes and attributes on several documents in one undoable change.
import { Option } from 'commander';
import { defineAttribute, findAttribute, findDocument, findTheme, tagDocuments } from '../../../shared/coding';
import { findCityByName } from '../../../shared/db';
import { DOCUMENT_KINDS, type AttributeValue, type DocumentKind } from '../../../shared/model';
import { CliFailure, EXIT } from '../failure';
import { printJson } from '../io';
import { openRepositoryFile, saveRepositoryFile } from '../repository-file';
import { cliContext, collect, lookup, orFail } from './coding-cli';
import type { RegisterVerb } from './verb';

interface TagOptions {
  city: string[];
  removeCity: string[];
  theme: string[];
  attr: string[];
  kind?: DocumentKind;
  json?: boolean;
}

function splitAttribute(text: string): [string, string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new CliFailure(`--attr takes name=value, e.g. "interview date=2025-03-01", not "${text}".`, EXIT.usage);
  return [text.slice(0, eq).trim(), text.slice(eq + 1).trim()];
}

export const registerTag: RegisterVerb = (program, io) => {
  program
    .command('tag')
    .description('tag documents with cities, a kind, document-level themes and attributes (one undoable change)')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<documents...>', 'documents by id or exact title')
    .option('--city <name>', 'add this city (repeatable; any of its names)', collect, [])
    .option('--remove-city <name>', 'remove this city (repeatable)', collect, [])
    .option('--theme <theme>', 'add this document-level theme (repeatable; name or path such as Housing/Rent)', collect, [])
    .option('--attr <name=value>', 'set an attribute (repeatable); an attribute not yet defined is defined as text; an empty value clears it', collect, [])
    .addOption(new Option('--kind <kind>', 'set the kind of document').choices(DOCUMENT_KINDS))
    .option('--json', 'print the tagged documents as JSON')
    .action(async (repo: string, names: string[], options: TagOptions) => {
      const pairs = options.attr.map(splitAttribute);
      if (options.city.length + options.removeCity.length + options.theme.length + pairs.length === 0 && options.kind === undefined) {
        throw new CliFailure('Nothing to tag with: give --city, --remove-city, --theme, --attr or --kind.', EXIT.usage);
      }
      const { db } = await openRepositoryFile(repo);
      try {
        const ctx = await cliContext(db);
        const documents = await Promise.all(names.map((n) => lookup(() => findDocument(db, n))));
        const cityIds = async (list: string[]) =>
          Promise.all(
            list.map(async (name) => {
              const city = await findCityByName(db, name);
              if (!city) throw new CliFailure(`${repo} has no city called "${name}"; add it with comparanda city add.`);
              return city.id;
            }),
          );
        const addCityIds = await cityIds(options.city);
        const removeCityIds = await cityIds(options.removeCity);
        const addThemeIds = await Promise.all(options.theme.map(async (t) => (await lookup(() => findTheme(db, t))).id));
        const attributes: Record<string, AttributeValue> = {};
        const defined: string[] = [];
        for (const [name, text] of pairs) {
          let definition = await findAttribute(db, name);
          if (!definition) {
            definition = orFail(await defineAttribute(db, ctx, { name, type: 'text' }));
            defined.push(name);
          }
          attributes[definition.id] = text === '' ? null : text;
        }
        const tagged = orFail(
          await tagDocuments(db, ctx, documents.map((d) => d.id), {
            addCityIds, removeCityIds, addThemeIds, attributes, ...(options.kind ? { kind: options.kind } : {}),
          }),
        );
        await saveRepositoryFile(db, repo);
        if (options.json) return printJson(io, { defined, documents: tagged });
        for (const name of defined) io.out(`Defined the text attribute "${name}".\n`);
        io.out(`Tagged ${tagged.length} document${tagged.length === 1 ? '' : 's'}: ${tagged.map((d) => `"${d.title}"`).join(', ')}.\n`);
      } finally {
        db.close();
      }
    });
};
