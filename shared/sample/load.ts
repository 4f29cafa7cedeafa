// Loads the sample project into an empty repository through the ordinary repository functions.
import {
  contentTables,
  addDocument,
  codePassage,
  countRepository,
  createCity,
  createTheme,
  mutate,
  setSetting,
  type RepositoryCounts,
  type RepositoryDb,
} from '../db';
import { validRow } from '../db/validate';
import { sha256Hex } from '../hash';
import {
  attributeDefinitionSchema,
  cellKey,
  chapterSchema,
  isoNow,
  memoSchema,
  randomId,
  SETTING_KEYS,
  type Clock,
  type IdGenerator,
  type MemoTarget,
} from '../model';
import { DomainError, fail, ok, toFailure, type Result } from '../result';
import { SAMPLE_CITIES } from './cities';
import { SAMPLE_THEMES } from './codebook';
import { SAMPLE_DOCUMENTS } from './documents';
import { SAMPLE_ATTRIBUTES, SAMPLE_CHAPTER, SAMPLE_MEMOS, SAMPLE_REPOSITORY_NAME } from './notes';
import { buildStructure, locateQuote, type SampleStructure } from './structure';
import type { SampleDocument } from './types';

export interface SampleContext {
  clock?: Clock;
  newId?: IdGenerator;
  coder?: string;
}

interface PreparedDocument {
  sample: SampleDocument;
  structure: SampleStructure;
  hash: string;
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new DomainError(result.error.code, result.error.message);
  return result.value;
}

function lookup(ids: Map<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (id === undefined) throw new DomainError('sample-broken', `The sample project refers to an unknown ${what} "${key}".`);
  return id;
}

/** Hashing is asynchronous Web Crypto work: it must happen before the transaction opens. */
async function prepare(): Promise<PreparedDocument[]> {
  return Promise.all(
    SAMPLE_DOCUMENTS.map(async (sample) => {
      const structure = buildStructure(sample);
      return { sample, structure, hash: await sha256Hex(structure.text) };
    }),
  );
}

/**
 * Fills an empty repository with the sample project: cities, codebook, six documents in five
 * languages, coded passages, memos and a draft chapter. Nothing is written when anything fails.
 */
export async function loadSampleProject(db: RepositoryDb, ctx: SampleContext = {}): Promise<Result<RepositoryCounts>> {
  const held = await db.documents.count();
  if (held > 0) {
    return fail('not-empty', `The sample project can only be loaded into an empty repository; this one already holds ${held} documents.`);
  }
  const newId = ctx.newId ?? randomId;
  const mctx = { coder: ctx.coder ?? 'Sample project', clock: ctx.clock, newId };
  let prepared: PreparedDocument[];
  try {
    prepared = await prepare();
  } catch (error) {
    return { ok: false, error: toFailure(error, 'sample-broken') };
  }
  const tables = [...contentTables(db), db.changes, db.settings];
  try {
    await db.transaction('rw', tables, async () => {
      if ((await db.documents.count()) > 0) throw new DomainError('not-empty', 'The repository is no longer empty.');
      const cityIds = new Map<string, string>();
      for (const city of SAMPLE_CITIES) {
        const { key, ...input } = city;
        cityIds.set(key, unwrap(await createCity(db, mctx, input)).id);
      }
      const themeIds = new Map<string, string>();
      for (const theme of SAMPLE_THEMES) {
        const parentId = theme.parent === null ? null : lookup(themeIds, theme.parent, 'theme');
        const created = unwrap(await createTheme(db, mctx, { name: theme.name, parentId, colour: theme.colour, description: theme.description }));
        themeIds.set(theme.key, created.id);
      }
      const segmentIds = new Map<string, string>();
      const documentIds = new Map<string, string>();
      for (const { sample, structure, hash } of prepared) {
        const doc = unwrap(
          await addDocument(
            db,
            mctx,
            {
              title: sample.title,
              kind: sample.kind,
              sourceFormat: 'sample',
              language: sample.language,
              text: structure.text,
              textHash: hash,
              sha256: hash,
              pages: structure.pages,
              turns: structure.turns,
              headings: structure.headings,
              cityIds: sample.cities.map((c) => lookup(cityIds, c, 'city')),
              themeIds: [],
              attributes: sample.attributes,
              metadata: {
                date: sample.date,
                ...(sample.author ? { author: sample.author } : {}),
                ...(structure.pages.length > 0 ? { pageCount: structure.pages.length } : {}),
              },
              importedFrom: sample.importedFrom,
              size: new TextEncoder().encode(structure.text).length,
            },
            null,
          ),
        );
        documentIds.set(sample.key, doc.id);
        for (const [index, passage] of sample.passages.entries()) {
          const range = locateQuote(structure.text, passage.quote, `"${sample.title}"`);
          const segment = unwrap(
            await codePassage(db, mctx, {
              documentId: doc.id,
              ...range,
              themeIds: passage.themes.map((t) => lookup(themeIds, t, 'theme')),
              cityId: passage.city ? lookup(cityIds, passage.city, 'city') : null,
              memo: passage.memo ?? '',
            }),
          );
          segmentIds.set(`${sample.key}#${index}`, segment.id);
        }
      }
      unwrap(
        await mutate(db, mctx, 'Added the sample memos, attributes and chapter', async (draft) => {
          const now = isoNow(ctx.clock);
          for (const definition of SAMPLE_ATTRIBUTES) {
            await draft.put('attributeDefinitions', validRow(attributeDefinitionSchema, { id: newId(), ...definition, createdAt: now, updatedAt: now }, 'attribute'));
          }
          for (const memo of SAMPLE_MEMOS) {
            const [kind, ref = ''] = memo.target.split(':');
            let targetType: MemoTarget = 'repository';
            let targetId = '';
            if (kind === 'theme') [targetType, targetId] = ['theme', lookup(themeIds, ref, 'theme')];
            if (kind === 'city') [targetType, targetId] = ['city', lookup(cityIds, ref, 'city')];
            if (kind === 'cell') {
              const [theme = '', city = ''] = ref.split('|');
              [targetType, targetId] = ['cell', cellKey(lookup(themeIds, theme, 'theme'), lookup(cityIds, city, 'city'))];
            }
            const row = { id: newId(), targetType, targetId, title: memo.title, text: memo.text, coder: mctx.coder, createdAt: now, updatedAt: now };
            await draft.put('memos', validRow(memoSchema, row, 'memo'));
          }
          const c = SAMPLE_CHAPTER;
          const chapter = {
            id: newId(),
            title: c.title,
            order: 0,
            blocks: [
              { id: newId(), type: 'heading', level: 1, text: c.heading },
              { id: newId(), type: 'note', text: c.note },
              ...c.quotes.map((q) => ({ id: newId(), type: 'quote', segmentId: lookup(segmentIds, `${q.document}#${q.passage}`, 'passage') })),
              {
                id: newId(),
                type: 'matrix',
                themeIds: c.matrixThemes.map((t) => lookup(themeIds, t, 'theme')),
                cityIds: SAMPLE_CITIES.map((city) => lookup(cityIds, city.key, 'city')),
                show: 'segments',
                caption: c.matrixCaption,
              },
            ],
            createdAt: now,
            updatedAt: now,
          };
          await draft.put('chapters', validRow(chapterSchema, chapter, 'chapter'));
        }),
      );
      await setSetting(db, SETTING_KEYS.repositoryName, SAMPLE_REPOSITORY_NAME);
    });
  } catch (error) {
    return { ok: false, error: toFailure(error, 'sample-failed') };
  }
  return ok(await countRepository(db));
}
