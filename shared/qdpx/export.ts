// exportQdpx: the repository as a REFI-QDA project package (.qdpx): project.qde plus one UTF-8 text per document.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { repositoryName, type RepositoryDb } from '../db';
import { PROJECT_ENTRY } from './format';
import { buildProject } from './qde-export';
import { renderXml } from './xml-node';

export interface QdpxExportOptions {
  /** Written into the project's origin ("Comparanda 0.4.0"). */
  appVersion?: string;
}

/** Entries carry a fixed date, so the same repository always gives the same bytes. */
const ENTRY_DATE = new Date('2000-01-01T00:00:00Z');

/** project.qde as text, for tests and tools that want the XML alone. */
export async function exportProjectQde(db: RepositoryDb, options: QdpxExportOptions = {}): Promise<{ qde: string; sources: Map<string, string> }> {
  const [documents, texts, themes, cities, segments, memos, attributeDefinitions, name] = await Promise.all([
    db.documents.toArray(),
    db.texts.toArray(),
    db.themes.toArray(),
    db.cities.toArray(),
    db.segments.toArray(),
    db.memos.toArray(),
    db.attributeDefinitions.toArray(),
    repositoryName(db),
  ]);
  const { project, sources } = buildProject({
    name,
    origin: `Comparanda${options.appVersion ? ` ${options.appVersion}` : ''}`,
    documents,
    texts: new Map(texts.map((t) => [t.id, t.text])),
    themes,
    cities,
    segments,
    memos,
    attributeDefinitions,
  });
  return { qde: renderXml(project), sources };
}

/** The .qdpx bytes: a zip with project.qde and sources/<GUID>.txt. */
export async function exportQdpx(db: RepositoryDb, options: QdpxExportOptions = {}): Promise<Uint8Array> {
  const { qde, sources } = await exportProjectQde(db, options);
  const entries: Zippable = { [PROJECT_ENTRY]: [strToU8(qde), { mtime: ENTRY_DATE }] };
  for (const [path, text] of sources) entries[path] = [strToU8(text), { mtime: ENTRY_DATE }];
  return zipSync(entries, { level: 6 });
}
