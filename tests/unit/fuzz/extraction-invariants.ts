// What every extraction must satisfy, whatever the input: NFC text, and pages, turns and headings that lie inside it.
import { expect } from 'vitest';
import { EXTRACTION_FAILURES, type Extraction } from '../../../shared/import';
import { headingSchema, pageMarkSchema, turnSchema } from '../../../shared/model';
import type { Failure } from '../../../shared/result';

export function expectSoundExtraction(extraction: Extraction): void {
  const { text } = extraction;
  expect(typeof text).toBe('string');
  expect(text.normalize('NFC')).toBe(text);
  for (const turn of extraction.turns) {
    expect(turnSchema.safeParse(turn).success, JSON.stringify(turn)).toBe(true);
    expect(turn.end).toBeLessThanOrEqual(text.length);
    if (turn.timeStart !== undefined) expect(Number.isFinite(turn.timeStart)).toBe(true);
    if (turn.timeEnd !== undefined) expect(Number.isFinite(turn.timeEnd)).toBe(true);
  }
  extraction.turns.forEach((turn, i) => {
    const next = extraction.turns[i + 1];
    if (next) expect(turn.end, 'turns do not overlap').toBeLessThanOrEqual(next.start);
  });
  for (const page of extraction.pages) {
    expect(pageMarkSchema.safeParse(page).success, JSON.stringify(page)).toBe(true);
    expect(page.start).toBeLessThanOrEqual(text.length);
  }
  for (const heading of extraction.headings) {
    expect(headingSchema.safeParse(heading).success, JSON.stringify(heading)).toBe(true);
    expect(heading.start).toBeLessThanOrEqual(heading.end);
    expect(heading.end).toBeLessThanOrEqual(text.length);
  }
}

/** A refusal: one of the known codes and a one-line message that names the file. */
export function expectPlainRefusal(error: Failure, fileName: string): void {
  expect(EXTRACTION_FAILURES as readonly string[]).toContain(error.code);
  expect(error.message.includes(fileName), `${error.message} names ${fileName}`).toBe(true);
  expect(error.message).not.toMatch(/\n\s+at |\[object /);
}
