// Real ATLAS.ti and MAXQDA exports import with the expected documents, codes and passages, and an honest loss report.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDocumentText, type RepositoryDb } from '../../../shared/db';
import { importQdpx, type QdpxImportReport } from '../../../shared/qdpx';
import { freshDb, testContext } from '../../helpers';
import { SAMPLES } from './qdpx-fixtures';

const present = existsSync(SAMPLES);

async function importSample(relative: string): Promise<{ db: RepositoryDb; report: QdpxImportReport }> {
  const db = freshDb();
  const result = await importQdpx(new Uint8Array(readFileSync(join(SAMPLES, relative))), db, testContext, { fileName: relative.split('/').pop()! });
  if (!result.ok) throw new Error(result.error.message);
  return { db, report: result.value };
}

const SETS = [
  { kind: 'set', item: 'Set "ICLS 2024" (5 documents)', reason: 'Comparanda has no sets; the documents and codes themselves were imported.', line: 946 },
  { kind: 'set', item: 'Set "ICLS 2025" (5 documents)', reason: 'Comparanda has no sets; the documents and codes themselves were imported.', line: 953 },
];

describe.skipIf(!present)('real REFI-QDA samples', () => {
  if (!present) it.skip(`samples folder absent (${SAMPLES})`, () => {});

  it('ATLAS.ti 23 blank project: its two users become coder names, nothing else, nothing lost', async () => {
    const { db, report } = await importSample('atlas-ti/blank-atlas-project.qdpx');
    expect(report).toMatchObject({ projectName: 'blank-atlas-project', origin: 'ATLAS.ti for Windows 23.2.3.27778', coders: ['ATLAS.ti', 'Enric Llagostera'], losses: [] });
    expect(await db.themes.count()).toBe(0);
  });

  it('ATLAS.ti 23 project with nested codes: the code tree becomes themes', async () => {
    const { db, report } = await importSample('atlas-ti/target-atlas-project.qdpx');
    expect(report.themes).toEqual({ added: 3, kept: 0 });
    expect(report.losses).toEqual([]);
    const themes = await db.themes.toArray();
    const commits = themes.find((t) => t.name === 'Commits')!;
    expect(themes.filter((t) => t.parentId === commits.id).map((t) => t.name).sort()).toEqual(['2022-02-11T10:39:25Z cdbfd92', '2022-05-10T02:05:59Z 19e4dce']);
    expect(commits.id).toBe('a182cd3a-d83c-4d8c-bc80-26d9103ec6d6');
  });

  it('MAXQDA 24 project: 10 documents from lower-case sources/, 307 codes with colours and descriptions, the two sets reported as lost', async () => {
    const { db, report } = await importSample('maxqda/maxqda24-ICLS_Conf_Themes_ALL_just10.qdpx');
    expect(report.documents).toEqual({ added: 10, reused: 0 });
    expect(report.themes).toEqual({ added: 307, kept: 0 });
    expect(report.segments).toEqual({ added: 0, alreadyPresent: 0 });
    expect(report.coders).toEqual(['johnb']);
    expect(report.losses).toEqual(SETS);
    const doc = (await db.documents.where('title').equals('ICLS 2025 1034-1042').first())!;
    expect((await getDocumentText(db, doc.id)).startsWith('Personal Authentic, Expansively Framed, and Culturally Sustaining Cybersecurity')).toBe(true);
    expect(doc.sourceFormat).toBe('qdpx');
    const original = (await db.sources.get(doc.sourceId!))!;
    expect(original.name).toBe('DFBA1BB6-2213-427B-819D-35408645187D.txt');
    const affinity = (await db.themes.where('name').equals('THEME - Affinity Spaces (Gee)').first())!;
    expect(affinity).toMatchObject({ colour: '#ef8256', description: "Apply this code when a study uses Gee's concept of affinity spaces." });
    expect((await db.themes.get(affinity.parentId!))!.name).toBe('Additional Themes and Ideas');
  });

  it('a bare MAXQDA project.qde whose codebook is in the old 0:4 namespace: codes imported, each document listed as lost with its reason', async () => {
    const { db, report } = await importSample('maxqda/maxqda24-project_with_generated_codes.qde');
    expect(report.themes.added).toBe(343);
    expect(report.documents).toEqual({ added: 0, reused: 0 });
    expect(report.losses.slice(0, 2)).toEqual(SETS);
    const missing = report.losses.filter((l) => l.kind === 'missing-text');
    expect(missing).toHaveLength(10);
    expect(missing[0]).toEqual({
      kind: 'missing-text',
      item: 'Document "ICLS 2024 3-10"',
      reason: 'It was not imported: its text file (internal://C5E4C960-5296-4FDE-8C63-DEABA4E17F92.txt) is not included: a bare .qde carries no source files.',
      line: 934,
    });
    expect(await db.documents.count()).toBe(0);
  });
});
