// `comparanda info`: the repository's name and how much it holds.
import { countRepository, repositoryName } from '../../../shared/db';
import { printJson } from '../io';
import { openRepositoryFile } from '../repository-file';
import { formatTable } from '../table';
import type { RegisterVerb } from './verb';

export const registerInfo: RegisterVerb = (program, io) => {
  program
    .command('info')
    .description('show the repository name and counts of documents, cities, themes, coded passages and chapters')
    .argument('<repo>', 'a .comparanda archive')
    .option('--json', 'print the result as JSON')
    .action(async (repo: string, options: { json?: boolean }) => {
      const { db, manifest, bytes } = await openRepositoryFile(repo);
      try {
        const name = await repositoryName(db);
        const counts = await countRepository(db);
        const archive = { formatVersion: manifest.formatVersion, appVersion: manifest.appVersion, createdAt: manifest.createdAt, bytes };
        if (options.json) {
          printJson(io, { file: repo, name, counts, archive });
          return;
        }
        io.out(`${name}\n${repo} · archive format ${archive.formatVersion} · written by Comparanda ${archive.appVersion} on ${archive.createdAt.slice(0, 10)}\n\n`);
        const rows: [string, number][] = [
          ['Documents', counts.documents],
          ['Cities', counts.cities],
          ['Themes', counts.themes],
          ['Coded passages', counts.segments],
          ['Memos', counts.memos],
          ['Chapters', counts.chapters],
        ];
        io.out(formatTable(rows, [{ header: 'Holds', value: (r) => r[0] }, { header: 'Count', value: (r) => String(r[1]), align: 'right' }]));
      } finally {
        db.close();
      }
    });
};
