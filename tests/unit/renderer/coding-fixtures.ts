// Test repositories for the coding screens: documents with known text, themes and cities, written through the real functions.
import { configure } from '@testing-library/react';
import { addDocument, createCity, createTheme, type RepositoryDb } from '../../../shared/db';
import { sha256Hex } from '../../../shared/hash';
import type { City, Theme } from '../../../shared/model';
import { freshDb, testContext } from '../../helpers';

// Each coding step is a Dexie transaction and a live-query round trip; on a busy 2-core machine one can take over a second.
configure({ asyncUtilTimeout: 5000 });

export const REPORT_TEXT = 'Housing was the first worry.\n\nRents in Graz rose fast after 2020.\n\nSchools helped the children settle.';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

export async function addReport(db: RepositoryDb, title: string, text = REPORT_TEXT): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = await sha256Hex(bytes);
  const doc = must(
    await addDocument(
      db,
      testContext,
      {
        title,
        kind: 'report',
        sourceFormat: 'txt',
        language: 'eng',
        text,
        textHash: hash,
        sha256: hash,
        pages: [],
        turns: [],
        headings: [],
        cityIds: [],
        themeIds: [],
        attributes: {},
        metadata: {},
        importedFrom: `${title}.txt`,
        size: bytes.length,
      },
      null,
    ),
  );
  return doc.id;
}

export interface CodingRepository {
  db: RepositoryDb;
  documentId: string;
  housing: Theme;
  schools: Theme;
  graz: City;
}

export async function codingRepository(): Promise<CodingRepository> {
  const db = freshDb();
  const housing = must(await createTheme(db, testContext, { name: 'Housing', colour: '#fa5252' }));
  const schools = must(await createTheme(db, testContext, { name: 'Schools', colour: '#4c6ef5' }));
  const graz = must(await createCity(db, testContext, { name: 'Graz', country: 'AT' }));
  const documentId = await addReport(db, 'Graz report');
  return { db, documentId, housing, schools, graz };
}

/** Selects document text [start, end) in the rendered Reader, as a mouse drag would, and lets the Reader see it. */
export function selectText(container: HTMLElement, start: number, end: number): void {
  const pieces = [...container.querySelectorAll<HTMLElement>('article [data-start]:not([data-label])')];
  const at = (offset: number, side: 'start' | 'end') => {
    const piece = pieces.find((p) => Number(p.dataset.start) <= offset && (side === 'start' ? offset < Number(p.dataset.end) : offset <= Number(p.dataset.end)))!;
    return [piece.firstChild!, offset - Number(piece.dataset.start)] as const;
  };
  const range = document.createRange();
  range.setStart(...at(start, 'start'));
  range.setEnd(...at(end, 'end'));
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}
