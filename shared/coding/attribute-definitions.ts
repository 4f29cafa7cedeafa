// Changing attribute definitions: rename, change a choice list's choices, delete (with every value) — each one undoable step.
import { citySchema, documentSchema, isoNow, attributeDefinitionSchema, type AttributeDefinition, type AttributeValue, type City, type Document } from '../model';
import { mutate, type Draft, type MutationContext, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { DomainError, type Result } from '../result';
import { findAttribute } from './attributes';

const sameName = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/** The key under which `row` stores the attribute named `name` (keys are matched ignoring case), if any. */
function keyOf(attributes: Record<string, AttributeValue>, name: string): string | undefined {
  return Object.keys(attributes).find((key) => sameName(key, name));
}

async function requireDefinition(db: RepositoryDb, id: string): Promise<AttributeDefinition> {
  const definition = await db.attributeDefinitions.get(id);
  if (!definition) throw new DomainError('not-found', 'That attribute is no longer defined.');
  return definition;
}

/** The documents or cities (as the attribute applies to) that hold a value of it. */
async function holders(db: RepositoryDb, definition: AttributeDefinition): Promise<(Document | City)[]> {
  const has = (row: Document | City) => keyOf(row.attributes, definition.name) !== undefined;
  return definition.appliesTo === 'document' ? db.documents.filter(has).toArray() : db.cities.filter(has).toArray();
}

/** Writes `row` with its attributes replaced, validated as a document or a city. */
async function putAttributes(draft: Draft, definition: AttributeDefinition, row: Document | City, attributes: Record<string, AttributeValue>, now: string) {
  if (definition.appliesTo === 'document') {
    await draft.put('documents', validRow(documentSchema, { ...(row as Document), attributes, updatedAt: now }, 'document'));
  } else {
    await draft.put('cities', validRow(citySchema, { ...(row as City), attributes, updatedAt: now }, 'city'));
  }
}

export interface AttributeUsage {
  /** How many documents (or cities) hold a value. */
  holders: number;
  /** How many hold each value, for a choice list's choices. */
  byValue: Map<string, number>;
}

/** Who holds a value of the attribute: asked before deleting it or removing choices. */
export async function attributeUsage(db: RepositoryDb, attributeId: string): Promise<AttributeUsage> {
  const definition = await requireDefinition(db, attributeId);
  const rows = await holders(db, definition);
  const byValue = new Map<string, number>();
  for (const row of rows) {
    const value = String(row.attributes[keyOf(row.attributes, definition.name)!]);
    byValue.set(value, (byValue.get(value) ?? 0) + 1);
  }
  return { holders: rows.length, byValue };
}

/** Renames an attribute; every document's (or city's) value moves to the new name in the same step. */
export async function renameAttribute(db: RepositoryDb, ctx: MutationContext, attributeId: string, newName: string): Promise<Result<AttributeDefinition>> {
  const name = newName.trim();
  return mutate(db, ctx, `Renamed attribute to ${name}`, async (draft) => {
    const definition = await requireDefinition(db, attributeId);
    if (name === '') throw new DomainError('invalid-name', 'An attribute needs a name.');
    if (name === definition.name) throw new DomainError('unchanged', `The attribute is already called "${name}".`);
    const taken = await findAttribute(db, name, definition.appliesTo);
    if (taken && taken.id !== definition.id) throw new DomainError('name-taken', `There is already a ${definition.appliesTo} attribute called "${taken.name}".`);
    const now = isoNow(ctx.clock);
    for (const row of await holders(db, definition)) {
      const key = keyOf(row.attributes, definition.name)!;
      const attributes = Object.fromEntries(Object.entries(row.attributes).map(([k, v]) => [k === key ? name : k, v]));
      await putAttributes(draft, definition, row, attributes, now);
    }
    const next = validRow(attributeDefinitionSchema, { ...definition, name, updatedAt: now }, 'attribute');
    await draft.put('attributeDefinitions', next);
    return next;
  });
}

/**
 * Sets the choices of a choice list (adding, removing, reordering). A choice still set on a document or city
 * cannot be removed: the researcher changes those values first, so no value is left outside its list.
 */
export async function updateChoices(db: RepositoryDb, ctx: MutationContext, attributeId: string, choices: readonly string[]): Promise<Result<AttributeDefinition>> {
  return mutate(db, ctx, 'Changed the choices of an attribute', async (draft) => {
    const definition = await requireDefinition(db, attributeId);
    if (definition.type !== 'choice') throw new DomainError('not-a-choice-list', `"${definition.name}" is not a choice list.`);
    const cleaned: string[] = [];
    for (const choice of choices.map((c) => c.trim()).filter(Boolean)) {
      if (!cleaned.some((c) => sameName(c, choice))) cleaned.push(choice);
    }
    if (cleaned.length === 0) throw new DomainError('no-choices', `The choice list "${definition.name}" needs at least one choice.`);
    const usage = await attributeUsage(db, attributeId);
    for (const [value, count] of usage.byValue) {
      if (!cleaned.some((c) => c === value)) {
        const where = definition.appliesTo === 'document' ? (count === 1 ? 'document' : 'documents') : count === 1 ? 'city' : 'cities';
        throw new DomainError('choice-in-use', `"${value}" is still the ${definition.name} of ${count} ${where}: change those first, then remove the choice.`);
      }
    }
    const next = validRow(attributeDefinitionSchema, { ...definition, choices: cleaned, updatedAt: isoNow(ctx.clock) }, 'attribute');
    await draft.put('attributeDefinitions', next);
    return next;
  });
}

/** Deletes an attribute definition and, in the same step, its value on every document (or city). */
export async function deleteAttribute(db: RepositoryDb, ctx: MutationContext, attributeId: string): Promise<Result<{ removedValues: number }>> {
  return mutate(db, ctx, 'Deleted an attribute', async (draft) => {
    const definition = await requireDefinition(db, attributeId);
    const rows = await holders(db, definition);
    const now = isoNow(ctx.clock);
    for (const row of rows) {
      const key = keyOf(row.attributes, definition.name)!;
      const attributes = Object.fromEntries(Object.entries(row.attributes).filter(([k]) => k !== key));
      await putAttributes(draft, definition, row, attributes, now);
    }
    await draft.delete('attributeDefinitions', definition.id);
    return { removedValues: rows.length };
  });
}
