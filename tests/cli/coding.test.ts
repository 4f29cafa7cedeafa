// The coding verbs through the real executable: city, tag, theme, code and codebook, with exit codes and --json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedJson, runCli } from './run-cli';

const SCHEMA = '/work/shared/refi-qda/schemas/Codebook-mrt2019.xsd';
const VIENNA = 'Interview with a housing official, Vienna';
let dir: string;

const comparanda = (...args: string[]) => runCli(dir, args);

const json = printedJson;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comparanda-coding-'));
  expect((await comparanda('init', 'study.comparanda', '--sample')).code).toBe(0);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('comparanda city', () => {
  it('adds a city, refuses a duplicate name, merges it and lists the result', async () => {
    const added = await comparanda('city', 'add', 'study.comparanda', 'Graz', '--country', 'at', '--alias', 'Gradec', '--lat', '47.07', '--lon', '15.44');
    expect(added).toEqual({ code: 0, stdout: 'Added Graz (AT) to study.comparanda.\n', stderr: '' });
    const again = await comparanda('city', 'add', 'study.comparanda', 'gradec');
    expect(again).toMatchObject({ code: 1, stderr: 'comparanda: There is already a city called Graz.\n' });
    expect(await comparanda('city', 'add', 'study.comparanda', 'X', '--lat', 'north')).toMatchObject({ code: 2 });
    const merged = await comparanda('city', 'merge', 'study.comparanda', 'Wien', 'Graz');
    expect(merged).toMatchObject({ code: 0, stdout: 'Merged Graz into Vienna (0 documents, 0 passages moved).\n' });
    const cities = json<{ name: string; aliases: string[]; usage: { documents: number } }[]>(await comparanda('city', 'list', 'study.comparanda', '--json'));
    expect(cities.map((c) => c.name)).toEqual(['Berlin', 'Bologna', 'Burgas', 'Prague', 'Vienna']);
    expect(cities.at(-1)!.aliases).toEqual(expect.arrayContaining(['Wien', 'Graz', 'Gradec']));
    const table = await comparanda('city', 'list', 'study.comparanda');
    expect(table.stdout.split('\n')[0]).toMatch(/^City\s+Country\s+Other names\s+Documents\s+Passages$/);
    expect(await comparanda('city', 'merge', 'study.comparanda', 'Vienna', 'Atlantis')).toMatchObject({ code: 1, stderr: 'comparanda: study.comparanda has no city called "Atlantis".\n' });
  });
});

describe('comparanda tag', () => {
  it('tags documents by title and id with a city, a theme, an attribute and a kind', async () => {
    const docs = json<{ id: string; title: string }[]>(await comparanda('list', 'study.comparanda', '--json'));
    const berlin = docs.find((d) => d.title.includes('Berlin'))!;
    const run = await comparanda('tag', 'study.comparanda', VIENNA, berlin.id, '--city', 'Praha', '--theme', 'Housing', '--attr', 'project=eu-mia', '--attr', 'mood=calm', '--kind', 'focus-group', '--json');
    const report = json<{ defined: string[]; documents: { title: string; kind: string; attributes: Record<string, unknown> }[] }>(run);
    expect(report.defined).toEqual(['mood']);
    expect(report.documents.map((d) => [d.kind, d.attributes.project, d.attributes.mood])).toEqual([
      ['focus-group', 'EU-MIA', 'calm'],
      ['focus-group', 'EU-MIA', 'calm'],
    ]);
    const listed = json<{ title: string; cities: string[] }[]>(await comparanda('list', 'study.comparanda', '--json', '--city', 'Prague'));
    expect(listed.map((d) => d.title)).toEqual(expect.arrayContaining([VIENNA, berlin.title]));
  });

  it.each([
    [['Nope', '--city', 'Vienna'], 1, 'There is no document with the id or title "Nope".'],
    [[VIENNA, '--attr', 'project=Other'], 1, '"project" takes one of MiStra, EU-MIA, not "Other".'],
    [[VIENNA, '--attr', 'interview date=2025-13-01'], 1, '"interview date" takes a date written yyyy-mm-dd'],
    [[VIENNA, '--city', 'Atlantis'], 1, 'has no city called "Atlantis"'],
    [[VIENNA], 2, 'Nothing to tag with'],
    [[VIENNA, '--attr', 'novalue'], 2, '--attr takes name=value'],
  ])('refuses %j (exit %i) and leaves the archive untouched', async (args, code, message) => {
    const before = statSync(join(dir, 'study.comparanda')).mtimeMs;
    const run = await comparanda('tag', 'study.comparanda', ...args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(statSync(join(dir, 'study.comparanda')).mtimeMs).toBe(before);
  });
});

describe('comparanda theme', () => {
  it('adds, lists with counts, moves and merges themes', async () => {
    expect(await comparanda('theme', 'add', 'study.comparanda', 'Rent', '--parent', 'Housing', '--colour', '#112233')).toMatchObject({ code: 0, stdout: 'Added theme Rent under Housing.\n' });
    expect(await comparanda('theme', 'add', 'study.comparanda', 'rent', '--parent', 'EU Action Plan areas/Housing')).toMatchObject({ code: 1, stderr: expect.stringContaining('There is already a theme called "rent" here.') });
    expect(await comparanda('theme', 'move', 'study.comparanda', 'Rent', '--top', '--position', '1')).toMatchObject({ code: 0, stdout: 'Moved Rent to the top level at position 1.\n' });
    expect(await comparanda('theme', 'move', 'study.comparanda', 'EU Action Plan areas', '--parent', 'Housing')).toMatchObject({ code: 1, stderr: expect.stringContaining('cannot be moved under itself or one of its own sub-themes') });
    expect(await comparanda('theme', 'move', 'study.comparanda', 'Rent')).toMatchObject({ code: 2, stderr: 'comparanda: Give either --parent <theme> or --top.\n' });
    const merged = await comparanda('theme', 'merge', 'study.comparanda', 'Housing', 'Rent');
    expect(merged).toMatchObject({ code: 0, stdout: 'Merged Rent into Housing (0 passages, 0 documents, 0 sub-themes moved).\n' });
    type Node = { name: string; counts: { segmentsWithDescendants: number }; children: Node[] };
    const tree = json<Node[]>(await comparanda('theme', 'list', 'study.comparanda', '--json'));
    expect(tree.map((n) => n.name)).toEqual(['EU Action Plan areas', 'Cross-cutting']);
    const areas = tree[0]!;
    expect(areas.counts.segmentsWithDescendants).toBeGreaterThan(0);
    expect(areas.children.map((c) => c.name)).toContain('Housing');
    const table = await comparanda('theme', 'list', 'study.comparanda');
    expect(table.stdout).toMatch(/\n· Housing\s+#[0-9a-f]{6}\s+\d+\s+\d+\n/);
  });
});

describe('comparanda code', () => {
  it('codes a passage by document title and prints the quote from the text', async () => {
    const run = await comparanda('code', 'study.comparanda', VIENNA, '--from', '0', '--to', '11', '--theme', 'Health', '--json');
    const segment = json<{ start: number; end: number; quote: string; themeIds: string[] }>(run);
    expect(segment).toMatchObject({ start: 0, end: 11, quote: 'Interviewer' });
    const plain = await comparanda('code', 'study.comparanda', VIENNA, '--from', '0', '--to', '11', '--theme', 'Language learning');
    expect(plain).toMatchObject({ code: 0, stdout: `Coded 0–11 of "${VIENNA}" as Language learning:\n  “Interviewer”\n` });
  });

  it.each([
    [['--from', '0', '--to', '11', '--theme', 'Health'], 1, 'The passage 0–11 is already coded with exactly these themes.'],
    [['--from', '5', '--to', '20', '--theme', 'Health'], 1, '"Health" already codes the overlapping passage 0–11'],
    [['--from', '5', '--to', '5', '--theme', 'Health'], 1, 'Select some text to code.'],
    [['--from', '0', '--to', '99999999', '--theme', 'Health'], 1, 'lies outside'],
    [['--from', 'x', '--to', '4', '--theme', 'Health'], 2, '--from takes a whole number'],
    [['--from', '0', '--to', '4'], 2, 'Give at least one --theme'],
    [['--from', '0', '--to', '4', '--theme', 'Nothing'], 1, 'There is no theme "Nothing" in the codebook.'],
    [['--to', '4', '--theme', 'Health'], 2, "required option '--from <n>' not specified"],
  ])('refuses %j with exit %i', async (args, code, message) => {
    const run = await comparanda('code', 'study.comparanda', VIENNA, ...args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('comparanda codebook', () => {
  it('exports a valid .qdc and a CSV, and imports both into an empty repository as the same codebook', async () => {
    expect(await comparanda('codebook', 'export', 'study.comparanda', 'book.qdc')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Wrote \d+ themes to book\.qdc\.\n$/) });
    expect(await comparanda('codebook', 'export', 'study.comparanda', 'book.csv')).toMatchObject({ code: 0 });
    // Validated against the official schema when xmllint and the REFI-QDA folder are present.
    const lint = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, join(dir, 'book.qdc')], { encoding: 'utf8' });
    if (existsSync(SCHEMA) && !lint.error) expect(lint.stderr).toMatch(/book\.qdc validates/);
    expect((await comparanda('init', 'empty.comparanda')).code).toBe(0);
    const imported = json<{ created: string[]; kept: number }>(await comparanda('codebook', 'import', 'empty.comparanda', 'book.qdc', '--json'));
    expect(imported.kept).toBe(0);
    const csv = json<{ created: string[]; kept: number }>(await comparanda('codebook', 'import', 'empty.comparanda', 'book.csv', '--json'));
    expect(csv).toEqual({ file: 'book.csv', origin: null, created: [], kept: imported.created.length });
    expect((await comparanda('codebook', 'export', 'empty.comparanda', 'again.csv')).code).toBe(0);
    expect(readFileSync(join(dir, 'again.csv'), 'utf8')).toBe(readFileSync(join(dir, 'book.csv'), 'utf8'));
  });

  it('reports a malformed codebook with its line (exit 1), an unknown extension (exit 2), and changes nothing', async () => {
    writeFileSync(join(dir, 'broken.qdc'), '<?xml version="1.0"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0">\n<Codes>\n<Code name="a" guid="x" isCodable="true">\n</Codes>\n');
    writeFileSync(join(dir, 'other.qdc'), '<?xml version="1.0"?>\n<CodeBook xmlns="urn:example">\n<Codes/></CodeBook>\n');
    const before = statSync(join(dir, 'empty.comparanda')).mtimeMs;
    const broken = await comparanda('codebook', 'import', 'empty.comparanda', 'broken.qdc');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/^comparanda: broken\.qdc, line \d+: the XML is malformed/);
    const other = await comparanda('codebook', 'import', 'empty.comparanda', 'other.qdc');
    expect(other).toMatchObject({ code: 1, stderr: expect.stringContaining('other.qdc, line 2: <CodeBook> is in the namespace "urn:example"') });
    expect(await comparanda('codebook', 'import', 'empty.comparanda', 'book.txt')).toMatchObject({ code: 2, stderr: expect.stringContaining('ends in .qdc (REFI-QDA) or .csv') });
    expect(statSync(join(dir, 'empty.comparanda')).mtimeMs).toBe(before);
  });
});

describe.skipIf(!existsSync('/work/shared/refi-qda/samples'))('comparanda codebook import of other tools\' projects', () => {
  it('imports the codebook of a MAXQDA .qdpx and reports an ATLAS.ti project without one', async () => {
    expect((await comparanda('init', 'maxqda.comparanda')).code).toBe(0);
    const run = await comparanda('codebook', 'import', 'maxqda.comparanda', '/work/shared/refi-qda/samples/maxqda/maxqda24-ICLS_Conf_Themes_ALL_just10.qdpx', '--json');
    expect(json<{ origin: string; created: string[] }>(run)).toMatchObject({ origin: 'MAXQDA 24 (Release 24.7.0)', created: expect.arrayContaining(['Additional Themes and Ideas']) });
    const blank = await comparanda('codebook', 'import', 'maxqda.comparanda', '/work/shared/refi-qda/samples/atlas-ti/blank-atlas-project.qdpx');
    expect(blank).toMatchObject({ code: 1, stderr: expect.stringContaining('blank-atlas-project.qdpx: the project has no <CodeBook>.') });
  });
});

describe('help', () => {
  it('prints help for every coding verb and sub-command', async () => {
    const verbs = [['city'], ['city', 'add'], ['city', 'list'], ['city', 'merge'], ['tag'], ['theme'], ['theme', 'add'], ['theme', 'list'], ['theme', 'move'], ['theme', 'merge'], ['code'], ['codebook'], ['codebook', 'export'], ['codebook', 'import']];
    const runs = await Promise.all(verbs.map((v) => comparanda(...v, '--help')));
    for (const [i, verb] of verbs.entries()) {
      expect(runs[i]!.code, verb.join(' ')).toBe(0);
      expect(runs[i]!.stdout, verb.join(' ')).toMatch(new RegExp(`^Usage: comparanda ${verb.join(' ')} `));
    }
  });
});
