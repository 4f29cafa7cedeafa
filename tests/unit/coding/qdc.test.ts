// REFI-QDA codebooks: export valid against the official schema, round trip, real ATLAS.ti and MAXQDA files, bad files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  exportCodebookCsv, exportCodebookQdc, flattenCodebook, importCodebook, parseCodebookCsv, parseCodebookQdc, themeGuid, updateTheme,
  type ParsedCodebook,
} from '../../../shared/coding';
import { createTheme, listThemes, type RepositoryDb } from '../../../shared/db';
import { freshDb, testContext } from '../../helpers';
import { codedRepository, snapshot, value } from './fixtures';

const REFI = '/work/shared/refi-qda';
const SCHEMA = join(REFI, 'schemas/Codebook-mrt2019.xsd');
const hasXmllint = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function xmllint(xml: string): { valid: boolean; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'qdc-'));
  const file = join(dir, 'codebook.qdc');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', SCHEMA, file], { stdio: 'pipe' });
    return { valid: true, output: '' };
  } catch (error) {
    return { valid: false, output: String((error as { stderr?: Buffer }).stderr ?? error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The codebook as comparable data: path, colour and description of every theme in tree order. */
async function codebookOf(db: RepositoryDb) {
  const parsed = value(parseCodebookCsv(exportCodebookCsv(await listThemes(db))));
  return flattenCodebook(parsed.entries).map(({ path, entry }) => [path.join(' / '), entry.colour, entry.description]);
}

async function richCodebook(): Promise<RepositoryDb> {
  const { db, ctx, ids } = await codedRepository();
  value(await updateTheme(db, ctx, ids.housing, { description: 'Definition: where people live.\nWhen to use: any talk about flats & rooms <"quoted">.' }));
  value(await createTheme(db, ctx, { name: 'Évictions “forcées”', parentId: ids.rent, colour: '#A1B2C3' }));
  const school = value(await createTheme(db, ctx, { name: 'Schule & Kita', description: 'Kinder' }));
  value(await createTheme(db, ctx, { name: 'Teachers/aides', parentId: school.id }));
  value(await createTheme(db, ctx, { name: 'Classes', parentId: (await db.themes.filter((t) => t.name === 'Teachers/aides').first())!.id }));
  return db;
}

describe('exportCodebookQdc', () => {
  it.skipIf(!hasXmllint || !existsSync(SCHEMA))('writes a .qdc that xmllint validates against Codebook-mrt2019.xsd', async () => {
    const db = await richCodebook();
    const xml = exportCodebookQdc(await listThemes(db))!;
    expect(xml).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Comparanda">');
    expect(xmllint(xml)).toEqual({ valid: true, output: '' });
  });

  it('nests codes, writes GUIDs, upper-case colours and descriptions; an empty codebook gives null', async () => {
    const db = await richCodebook();
    const xml = exportCodebookQdc(await listThemes(db))!;
    const housing = (await db.themes.filter((t) => t.name === 'Housing').first())!;
    expect(xml).toContain(`<Code guid="${themeGuid(housing.id)}" name="Housing" isCodable="true" color="${housing.colour.toUpperCase()}">`);
    expect(themeGuid(housing.id)).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-8[0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(themeGuid('3f2504e0-4f89-11d3-9a0c-0305e82c3301')).toBe('3F2504E0-4F89-11D3-9A0C-0305E82C3301');
    expect(xml).toMatch(/name="Housing"[^>]*>\n\s+<Description>[^<]*&amp; rooms &lt;&quot;quoted&quot;&gt;/);
    expect(exportCodebookQdc([])).toBeNull();
  });

  it('round-trips: export → parse → import into an empty repository → the identical codebook, with the GUIDs kept', async () => {
    const source = await richCodebook();
    const themes = await listThemes(source);
    const xml = exportCodebookQdc(themes)!;
    const target = freshDb();
    const report = value(await importCodebook(target, testContext, value(parseCodebookQdc(xml, 'codebook.qdc'))));
    expect(report).toMatchObject({ kept: 0 });
    expect(report.created).toHaveLength(themes.length);
    expect(await codebookOf(target)).toEqual(await codebookOf(source));
    expect(exportCodebookQdc(await listThemes(target))).toBe(xml);
  });

  it('round-trips through CSV too', async () => {
    const source = await richCodebook();
    const target = freshDb();
    value(await importCodebook(target, testContext, value(parseCodebookCsv(exportCodebookCsv(await listThemes(source))))));
    expect(await codebookOf(target)).toEqual(await codebookOf(source));
  });
});

describe('importCodebook (merge by path)', () => {
  it('keeps existing paths unchanged, creates new ones, in one undoable change', async () => {
    const { db, ctx } = await codedRepository();
    const parsed: ParsedCodebook = {
      entries: [
        { name: 'housing', colour: '#000000', description: 'ignored', children: [{ name: 'Evictions', description: '', children: [] }] },
        { name: 'Work', description: '', children: [] },
      ],
    };
    const report = value(await importCodebook(db, ctx, parsed));
    expect(report.kept).toBe(1);
    expect(report.created.map((t) => t.name)).toEqual(['Evictions', 'Work']);
    expect((await db.themes.filter((t) => t.name === 'Housing').first())!.colour).not.toBe('#000000');
    const again = value(await importCodebook(db, ctx, parsed));
    expect(again).toEqual({ created: [], kept: 3 });
  });
});

const sample = (path: string) => join(REFI, 'samples', path);
const qdeIn = (qdpx: string) => {
  const files = unzipSync(new Uint8Array(readFileSync(sample(qdpx))));
  const name = Object.keys(files).find((n) => n.toLowerCase().endsWith('.qde'))!;
  return strFromU8(files[name]!);
};
const countCodes = (xml: string) => (xml.match(/<Code[\s>]/g) ?? []).length;

describe.skipIf(!existsSync(join(REFI, 'samples')))('real codebooks from other QDA tools', () => {
  it.each([
    ['ATLAS.ti 23.4 .qdc', () => readFileSync(sample('atlas-ti/atlas-ti-23.4-codebook.qdc'), 'utf8'), 'ATLAS.ti Win 23.4.0'],
    ['ATLAS.ti 23.2 project (.qdpx)', () => qdeIn('atlas-ti/target-atlas-project.qdpx'), 'ATLAS.ti for Windows 23.2.3.27778'],
    ['MAXQDA 24 project (.qdpx)', () => qdeIn('maxqda/maxqda24-ICLS_Conf_Themes_ALL_just10.qdpx'), 'MAXQDA 24 (Release 24.7.0)'],
    ['MAXQDA 24 .qde with a codebook:0:4 CodeBook', () => readFileSync(sample('maxqda/maxqda24-project_with_generated_codes.qde'), 'utf8'), 'MAXQDA 24 (Release 24.7.0)'],
  ])('imports the codebook of %s', async (_name, read, origin) => {
    const xml = read();
    const parsed = value(parseCodebookQdc(xml, 'sample'));
    expect(parsed.origin).toBe(origin);
    const all = flattenCodebook(parsed.entries);
    expect(all).toHaveLength(countCodes(xml));
    const db = freshDb();
    const report = value(await importCodebook(db, testContext, parsed));
    expect(report.created.length + report.kept).toBe(all.length);
    expect(await db.themes.count()).toBe(report.created.length);
    const themes = await db.themes.toArray();
    const ids = new Set(themes.map((t) => t.id));
    expect(themes.filter((t) => t.parentId !== null && !ids.has(t.parentId))).toEqual([]);
  });

  it('reads names, colours, nesting and Czech descriptions from the ATLAS.ti codebook', () => {
    const parsed = value(parseCodebookQdc(readFileSync(sample('atlas-ti/atlas-ti-23.4-codebook.qdc'), 'utf8')));
    expect(parsed.entries).toEqual([{ guid: '1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294', name: 'code1', colour: '#46aa00', description: 'description', children: [] }]);
  });

  it('reports the truncated ATLAS.ti codebook with its line and changes nothing', async () => {
    const { db } = await codedRepository();
    const before = await snapshot(db);
    const parsed = parseCodebookQdc(readFileSync(sample('atlas-ti/atlas-ti-23.4-codebook-truncated-ns04.qdc'), 'utf8'), 'truncated.qdc');
    expect(parsed).toMatchObject({ ok: false, error: { code: 'malformed-xml', message: expect.stringMatching(/^truncated\.qdc, line 17: the XML is malformed/) } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports an ATLAS.ti project without a codebook', () => {
    expect(parseCodebookQdc(qdeIn('atlas-ti/blank-atlas-project.qdpx'), 'blank.qde')).toMatchObject({ ok: false, error: { message: 'blank.qde: the project has no <CodeBook>.' } });
  });
});

describe('parseCodebookQdc refusals', () => {
  it.each([
    ['an unknown namespace', '<?xml version="1.0"?>\n<CodeBook xmlns="urn:example:codes">\n<Codes/></CodeBook>', 'unknown-namespace', 'c.qdc, line 2: <CodeBook> is in the namespace "urn:example:codes"'],
    ['no namespace', '<CodeBook>\n<Codes/></CodeBook>', 'unknown-namespace', 'c.qdc, line 1: <CodeBook> is in the namespace "none"'],
    ['a foreign namespace deeper in', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n\n<x:Code xmlns:x="urn:other" name="a"/></Codes></CodeBook>', 'unknown-namespace', 'c.qdc, line 3'],
    ['mismatched tags', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n</CodeBook>', 'malformed-xml', 'c.qdc, line 2: the XML is malformed (Opening and ending tag mismatch: "Codes" != "CodeBook")'],
    ['a DOCTYPE with entities', '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]>\n<CodeBook/>', 'malformed-xml', 'c.qdc, line 2: the file declares a document type'],
    ['a code without a name', '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>\n<Code guid="x" isCodable="true"/></Codes></CodeBook>', 'invalid-codebook', 'c.qdc, line 2: a <Code> has no name.'],
    ['another root element', '<Codes xmlns="urn:QDA-XML:codebook:1.0"/>', 'invalid-codebook', 'c.qdc, line 1: the root element is <Codes>'],
  ])('reports %s with the line', (_what, xml, code, message) => {
    const parsed = parseCodebookQdc(xml, 'c.qdc');
    expect(parsed).toMatchObject({ ok: false, error: { code } });
    expect(!parsed.ok && parsed.error.message).toContain(message);
  });

  it('accepts the NVivo "1:0" namespace variant', () => {
    const xml = '<CodeBook xmlns="urn:QDA-XML:codebook:1:0" origin="NVivo"><Codes><Code guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="A" isCodable="true" color="#abc"/></Codes></CodeBook>';
    expect(value(parseCodebookQdc(xml)).entries).toEqual([{ guid: '1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294', name: 'A', colour: '#aabbcc', description: '', children: [] }]);
  });
});

describe('parseCodebookCsv paths', () => {
  it('reads a hand-written parent path with bare slashes', () => {
    const parsed = value(parseCodebookCsv('name,parent path\nHousing,\nRent,Housing\nLevels,Housing/Rent\nRent,\nCosts,housing / rent\n'));
    expect(flattenCodebook(parsed.entries).map((e) => e.path.join(' > '))).toEqual(['Housing', 'Housing > Rent', 'Housing > Rent > Levels', 'Housing > Rent > Costs', 'Rent']);
  });
});

describe('parseCodebookCsv refusals', () => {
  it.each([
    ['title,colour\nA,#fff\n', 'line 1: the header has no "name" column'],
    ['name,parent path\nRent,Housing\n', 'row 2: the parent "Housing" is not defined on an earlier row'],
    ['name,colour\nA,red\n', 'row 2: "red" is not a colour'],
    ['name\nA\na\n', 'row 3: "a" appears twice'],
    ['name\n"open\n', 'line 2: a quoted field is never closed'],
    ['name\nA / B\n', 'row 2: the name "A / B" contains " / "'],
  ])('reports %j', (text, message) => {
    const parsed = parseCodebookCsv(text, 'book.csv');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message).toContain(`book.csv, ${message}`);
  });
});
