// `comparanda theme add|list|move|merge`: the hierarchical theme codebook.
import type { Command } from 'commander';
import { codebookTree, findTheme, mergeThemes, moveTheme, themeCounts, themeUsage, type CodebookEntry } from '../../../shared/coding';
import { createTheme, listThemes } from '../../../shared/db';
import type { Theme } from '../../../shared/model';
import { CliFailure, EXIT } from '../failure';
import { printJson } from '../io';
import { openRepositoryFile, saveRepositoryFile } from '../repository-file';
import { formatTable } from '../table';
import { cliContext, lookup, orFail } from './coding-cli';
import type { RegisterVerb } from './verb';

interface AddOptions {
  parent?: string;
  colour?: string;
  description?: string;
  json?: boolean;
}

interface MoveOptions {
  parent?: string;
  top?: boolean;
  position?: string;
  json?: boolean;
}

type Node = CodebookEntry & { theme: Theme };

export const registerTheme: RegisterVerb = (program, io) => {
  const theme: Command = program.command('theme').description('add, list, move and merge the themes of the codebook');

  theme
    .command('add')
    .description('add a theme, at the top or under a parent theme')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<name>', 'the theme name')
    .option('--parent <theme>', 'the parent theme: its name, or its path such as Housing/Rent')
    .option('--colour <#rrggbb>', 'the highlight colour, e.g. #4c6ef5')
    .option('--description <text>', 'definition, when to use, examples')
    .option('--json', 'print the new theme as JSON')
    .action(async (repo: string, name: string, options: AddOptions) => {
      const { db } = await openRepositoryFile(repo);
      try {
        const parent = options.parent !== undefined ? await lookup(() => findTheme(db, options.parent!)) : null;
        const added = orFail(
          await createTheme(db, await cliContext(db), {
            name,
            parentId: parent?.id ?? null,
            ...(options.colour !== undefined ? { colour: options.colour } : {}),
            ...(options.description !== undefined ? { description: options.description } : {}),
          }),
        );
        await saveRepositoryFile(db, repo);
        if (options.json) printJson(io, added);
        else io.out(`Added theme ${added.name}${parent ? ` under ${parent.name}` : ''}.\n`);
      } finally {
        db.close();
      }
    });

  theme
    .command('list')
    .description('show the codebook as a tree with the passages and documents coded per theme (including sub-themes)')
    .argument('<repo>', 'a .comparanda archive')
    .option('--json', 'print the tree as JSON')
    .action(async (repo: string, options: { json?: boolean }) => {
      const { db } = await openRepositoryFile(repo);
      try {
        const counts = await themeCounts(db);
        const tree = codebookTree(await listThemes(db));
        const rows: { depth: number; node: Node }[] = [];
        const walk = (nodes: Node[], depth: number) => nodes.forEach((n) => (rows.push({ depth, node: n }), walk(n.children as Node[], depth + 1)));
        walk(tree, 0);
        if (options.json) {
          const json = (n: Node): unknown => ({
            id: n.theme.id, name: n.name, colour: n.theme.colour, description: n.description, counts: counts.get(n.theme.id),
            children: (n.children as Node[]).map(json),
          });
          return printJson(io, tree.map(json));
        }
        if (rows.length === 0) return io.out('The codebook is empty.\n');
        io.out(
          formatTable(rows, [
            { header: 'Theme', value: (r) => '· '.repeat(r.depth) + r.node.name, max: 60 },
            { header: 'Colour', value: (r) => r.node.theme.colour },
            { header: 'Passages', value: (r) => String(counts.get(r.node.theme.id)?.segmentsWithDescendants ?? 0), align: 'right' },
            { header: 'Documents', value: (r) => String(counts.get(r.node.theme.id)?.documentsWithDescendants ?? 0), align: 'right' },
          ]),
        );
      } finally {
        db.close();
      }
    });

  theme
    .command('move')
    .description('move a theme under another theme (or to the top) and to a position among its new siblings')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<theme>', 'the theme to move: its name or path')
    .option('--parent <theme>', 'the new parent theme')
    .option('--top', 'move it to the top level')
    .option('--position <n>', 'its position among the new siblings, 1 = first (default: last)')
    .option('--json', 'print the moved theme as JSON')
    .action(async (repo: string, name: string, options: MoveOptions) => {
      if ((options.parent === undefined) === (options.top !== true)) throw new CliFailure('Give either --parent <theme> or --top.', EXIT.usage);
      const position = options.position === undefined ? undefined : Number(options.position);
      if (position !== undefined && !(Number.isInteger(position) && position >= 1)) {
        throw new CliFailure(`--position takes 1, 2, 3 …, not "${options.position}".`, EXIT.usage);
      }
      const { db } = await openRepositoryFile(repo);
      try {
        const moving = await lookup(() => findTheme(db, name));
        const parent = options.parent !== undefined ? await lookup(() => findTheme(db, options.parent!)) : null;
        const moved = orFail(await moveTheme(db, await cliContext(db), moving.id, parent?.id ?? null, position === undefined ? undefined : position - 1));
        await saveRepositoryFile(db, repo);
        if (options.json) printJson(io, moved);
        else io.out(`Moved ${moved.name} ${parent ? `under ${parent.name}` : 'to the top level'} at position ${moved.order + 1}.\n`);
      } finally {
        db.close();
      }
    });

  theme
    .command('merge')
    .description('merge the second theme into the first: passages, documents, sub-themes and memos follow')
    .argument('<repo>', 'a .comparanda archive')
    .argument('<keep>', 'the theme to keep: its name or path')
    .argument('<merge>', 'the theme merged into it and removed')
    .option('--json', 'print the kept theme as JSON')
    .action(async (repo: string, keepName: string, mergeName: string, options: { json?: boolean }) => {
      const { db } = await openRepositoryFile(repo);
      try {
        const keep = await lookup(() => findTheme(db, keepName));
        const merge = await lookup(() => findTheme(db, mergeName));
        const usage = await themeUsage(db, merge.id);
        const kept = orFail(await mergeThemes(db, await cliContext(db), keep.id, merge.id));
        await saveRepositoryFile(db, repo);
        if (options.json) printJson(io, { theme: kept, moved: usage });
        else io.out(`Merged ${merge.name} into ${kept.name} (${usage.segments} passages, ${usage.documents} documents, ${usage.children} sub-themes moved).\n`);
      } finally {
        db.close();
      }
    });

  for (const sub of theme.commands) sub.exitOverride();
  theme.exitOverride();
};
