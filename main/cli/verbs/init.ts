// `comparanda init`: creates a new repository archive, empty or with the sample project.
import { basename, extname } from 'node:path';
import { countRepository, setSetting } from '../../../shared/db';
import { SETTING_KEYS } from '../../../shared/model';
import { loadSampleProject } from '../../../shared/sample';
import { CliFailure } from '../failure';
import { printJson } from '../io';
import { fileExists, memoryRepository, saveRepositoryFile } from '../repository-file';
import type { RegisterVerb } from './verb';

interface InitOptions {
  sample?: boolean;
  name?: string;
  force?: boolean;
  json?: boolean;
}

export const registerInit: RegisterVerb = (program, io) => {
  program
    .command('init')
    .description('create a new repository archive')
    .argument('<repo>', 'the archive to create, e.g. study.comparanda')
    .option('--sample', 'fill it with the sample project (six documents about five cities)')
    .option('--name <name>', 'the repository name (default: the file name)')
    .option('--force', 'overwrite the file if it exists')
    .option('--json', 'print the result as JSON')
    .action(async (repo: string, options: InitOptions) => {
      if (fileExists(repo) && !options.force) throw new CliFailure(`${repo} already exists; add --force to overwrite it.`);
      const db = memoryRepository();
      try {
        if (options.sample) {
          const loaded = await loadSampleProject(db);
          if (!loaded.ok) throw new CliFailure(loaded.error.message);
        }
        const name = options.name ?? (options.sample ? undefined : basename(repo, extname(repo)));
        if (name !== undefined) await setSetting(db, SETTING_KEYS.repositoryName, name);
        await setSetting(db, SETTING_KEYS.repositoryCreated, new Date().toISOString());
        const bytes = await saveRepositoryFile(db, repo);
        const counts = await countRepository(db);
        if (options.json) printJson(io, { file: repo, bytes, counts });
        else io.out(`Created ${repo}${options.sample ? ` with the sample project (${counts.documents} documents, ${counts.cities} cities, ${counts.themes} themes, ${counts.segments} coded passages)` : ''}.\n`);
      } finally {
        db.close();
      }
    });
};
