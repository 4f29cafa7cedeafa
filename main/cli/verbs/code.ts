// `comparanda code`: codes a passage of a document (character offsets) with one or more themes.
import { codeSelection, findDocument, findTheme, segmentQuote } from '../../../shared/coding';
import { findCityByName } from '../../../shared/db';
import { CliFailure } from '../failure';
import { printJson } from '../io';
import { openRepositoryFile, saveRepositoryFile } from '../repository-file';
import { cliContext, collect, lookup, orFail, wholeNumber } from './coding-cli';
import type { RegisterVerb } from './verb';

interface CodeOptions {
  from: string;
  to: string;
  theme: string[];
  city?: string;
  memo?: string;
  json?: boolean;
}

export const registerCode: RegisterVerb = (program, io) => {
  program
    .command('code')
    .description('code a passage: characters --from N (inclusive) --to M (exclusive) of a document, with one or more themes')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<document>', 'the document by id or exact title')
    .requiredOption('--from <n>', 'offset of the first character (0 = start of the text)')
    .requiredOption('--to <m>', 'offset just after the last character')
    .option('--theme <theme>', 'a theme to code with (repeatable; name or path such as Housing/Rent)', collect, [])
    .option('--city <name>', 'the city this passage is about, when it differs from the document\'s')
    .option('--memo <text>', 'a memo on the passage')
    .option('--json', 'print the coded passage with its quote as JSON')
    .action(async (repo: string, name: string, options: CodeOptions) => {
      const start = wholeNumber(options.from, '--from');
      const end = wholeNumber(options.to, '--to');
      if (options.theme.length === 0) throw new CliFailure('Give at least one --theme to code with.', 2);
      const { db } = await openRepositoryFile(repo);
      try {
        const doc = await lookup(() => findDocument(db, name));
        const themes = await Promise.all(options.theme.map((t) => lookup(() => findTheme(db, t))));
        let cityId: string | null = null;
        if (options.city !== undefined) {
          const city = await findCityByName(db, options.city);
          if (!city) throw new CliFailure(`${repo} has no city called "${options.city}".`);
          cityId = city.id;
        }
        const segment = orFail(
          await codeSelection(db, await cliContext(db), {
            documentId: doc.id, start, end, themeIds: themes.map((t) => t.id), cityId, ...(options.memo !== undefined ? { memo: options.memo } : {}),
          }),
        );
        const quote = await segmentQuote(db, segment);
        await saveRepositoryFile(db, repo);
        if (options.json) return printJson(io, { ...segment, quote });
        io.out(`Coded ${start}–${end} of "${doc.title}" as ${themes.map((t) => t.name).join(', ')}:\n  “${quote.replace(/\s+/g, ' ').trim()}”\n`);
      } finally {
        db.close();
      }
    });
};
