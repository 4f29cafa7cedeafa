// Conflicts: a matched theme or document that differs keeps what is here by default, records the incoming value, and can be flipped.
import { describe, expect, it } from 'vitest';
import { applyMerge, planMerge, type ArchiveContents } from '../../../../shared/archive';
import type { Document } from '../../../../shared/model';
import { contentsOf, mergeContext, sampleRepository } from './merge-fixtures';

async function differingArchive(): Promise<{ incoming: ArchiveContents; doc: Document }> {
  const incoming = await contentsOf(await sampleRepository('b'));
  const [first, ...rest] = incoming.documents;
  const berlin = incoming.cities.find((c) => c.name === 'Berlin')!;
  const doc: Document = {
    ...first!,
    title: `${first!.title} (second transcription)`,
    kind: first!.kind === 'report' ? 'interview' : 'report',
    cityIds: [berlin.id],
    metadata: { ...first!.metadata, date: '1999-12-31' },
    attributes: { ...first!.attributes, interviewer: 'Someone else', 'new attribute': 'filled' },
  };
  return {
    doc,
    incoming: {
      ...incoming,
      documents: [doc, ...rest],
      themes: incoming.themes.map((t) => (t.name === 'Health' ? { ...t, colour: '#000000', description: 'Another definition.' } : t)),
    },
  };
}

describe('merge conflicts', () => {
  it('lists each differing field, keeps what is here by default and fills only gaps', async () => {
    const db = await sampleRepository('a');
    const { incoming, doc } = await differingArchive();
    const current = (await db.documents.toArray()).find((d) => d.sha256 === doc.sha256)!;
    const plan = await planMerge(db, incoming);
    const fields = plan.report.conflicts.map((c) => `${c.kind} ${c.field}`).sort();
    const expected = ['theme colour', 'theme description', 'document title', 'document kind'];
    if (current.cityIds.length > 0) expected.push('document cities');
    if (current.metadata.date !== undefined) expected.push('document date');
    if (typeof current.attributes.interviewer === 'string') expected.push('document attribute interviewer');
    expect(fields).toEqual(expected.sort());
    expect(plan.report.conflicts.every((c) => c.choice === 'keep-current' && c.choosable)).toBe(true);
    expect(plan.report.counts.documents.conflicting).toBe(expected.filter((e) => e.startsWith('document')).length);
    const applied = await applyMerge(db, mergeContext, plan);
    expect(applied.ok).toBe(true);
    const after = (await db.documents.get(current.id))!;
    expect(after).toMatchObject({ title: current.title, kind: current.kind });
    expect(after.attributes['new attribute']).toBe('filled');
    expect((await db.themes.toArray()).find((t) => t.name === 'Health')!.colour).not.toBe('#000000');
  });

  it('takes the incoming value for each conflict the user flips, and only those', async () => {
    const db = await sampleRepository('a');
    const { incoming, doc } = await differingArchive();
    const plan = await planMerge(db, incoming);
    const flip = (field: string) => plan.report.conflicts.find((c) => c.field === field)!.id;
    const applied = await applyMerge(db, mergeContext, plan, { conflicts: { [flip('title')]: 'take-incoming', [flip('colour')]: 'take-incoming' } });
    expect(applied.ok).toBe(true);
    if (applied.ok) expect(applied.value.conflicts.filter((c) => c.choice === 'take-incoming').map((c) => c.field).sort()).toEqual(['colour', 'title']);
    const after = (await db.documents.toArray()).find((d) => d.sha256 === doc.sha256)!;
    expect(after.title).toBe(doc.title);
    expect(after.kind).not.toBe(doc.kind);
    const health = (await db.themes.toArray()).find((t) => t.name === 'Health')!;
    expect(health.colour).toBe('#000000');
    expect(health.description).not.toBe('Another definition.');
  });

  it('reports an attribute defined with another type and keeps the definition here', async () => {
    const db = await sampleRepository('a');
    const incoming = await contentsOf(await sampleRepository('b'));
    const plan = await planMerge(db, {
      ...incoming,
      attributeDefinitions: incoming.attributeDefinitions.map((a) => (a.name === 'interviewer' ? { ...a, name: 'Interviewer', type: 'number' as const } : a)),
    });
    expect(plan.report.conflicts).toEqual([expect.objectContaining({ kind: 'attributeDefinition', subject: 'interviewer', current: 'text', incoming: 'number', choosable: false })]);
    expect(plan.report.counts.attributeDefinitions).toMatchObject({ added: 0, conflicting: 1 });
  });

  it('matches a document by its text when the original file differs', async () => {
    const db = await sampleRepository('a');
    const incoming = await contentsOf(await sampleRepository('b'));
    const plan = await planMerge(db, { ...incoming, documents: incoming.documents.map((d) => ({ ...d, sha256: 'f'.repeat(64) })) });
    expect(plan.report.documents.every((d) => d.outcome === 'matched' && d.matchedBy === 'text')).toBe(true);
  });

  it('skips, and says why, the passages of a document matched by its original whose text differs', async () => {
    const db = await sampleRepository('a');
    const incoming = await contentsOf(await sampleRepository('b'));
    const [first] = incoming.documents;
    const plan = await planMerge(db, { ...incoming, documents: incoming.documents.map((d) => (d === first ? { ...d, textHash: '0'.repeat(64) } : d)) });
    const passages = incoming.segments.filter((s) => s.documentId === first!.id).length;
    expect(plan.report.counts.segments.skipped).toBe(passages);
    expect(plan.report.skipped[0]?.reason).toMatch(/different text/);
  });
});
