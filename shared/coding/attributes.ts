// Typed attributes the researcher defines (text, number, date, yes/no, choice) and their values on documents.
import {
  attributeDefinitionSchema,
  citySchema,
  documentSchema,
  isoNow,
  randomId,
  type AttributeDefinition,
  type AttributeType,
  type AttributeValue,
  type City,
  type Document,
  type IdGenerator,
} from '../model';
import { mutate, type MutationContext, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { DomainError, type Result } from '../result';
import { requireCity, requireDocument } from './lookups';

export interface NewAttribute {
  name: string;
  appliesTo?: AttributeDefinition['appliesTo'];
  type: AttributeType;
  choices?: string[];
}

export async function defineAttribute(
  db: RepositoryDb,
  ctx: MutationContext & { newId?: IdGenerator },
  input: NewAttribute,
): Promise<Result<AttributeDefinition>> {
  return mutate(db, ctx, `Defined attribute ${input.name.trim()}`, async (draft) => {
    const appliesTo = input.appliesTo ?? 'document';
    const name = input.name.trim();
    if (await findAttribute(db, name, appliesTo)) {
      throw new DomainError('name-taken', `There is already a ${appliesTo} attribute called "${name}".`);
    }
    const choices = [...new Set((input.choices ?? []).map((c) => c.trim()).filter(Boolean))];
    if (input.type === 'choice' && choices.length === 0) {
      throw new DomainError('no-choices', `The choice list "${name}" needs at least one choice.`);
    }
    const now = isoNow(ctx.clock);
    const definition = validRow(
      attributeDefinitionSchema,
      { id: (ctx.newId ?? randomId)(), name, appliesTo, type: input.type, choices: input.type === 'choice' ? choices : [], createdAt: now, updatedAt: now },
      'attribute',
    );
    await draft.put('attributeDefinitions', definition);
    return definition;
  });
}

/** Finds an attribute definition by name (ignoring case) for documents or cities. */
export async function findAttribute(
  db: RepositoryDb,
  name: string,
  appliesTo: AttributeDefinition['appliesTo'] = 'document',
): Promise<AttributeDefinition | undefined> {
  const wanted = name.trim().toLocaleLowerCase();
  return db.attributeDefinitions.filter((a) => a.appliesTo === appliesTo && a.name.toLocaleLowerCase() === wanted).first();
}

const YES = new Set(['true', 'yes', 'y', '1', 'ja', 'oui']);
const NO = new Set(['false', 'no', 'n', '0', 'nein', 'non']);

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Checks a value against its definition and returns it in its stored form; strings (from the CLI or a form)
 * are converted: "42" → 42 for numbers, "yes" → true for yes/no. null clears the value.
 */
export function attributeValueFor(definition: AttributeDefinition, value: AttributeValue): AttributeValue {
  if (value === null) return null;
  const name = definition.name;
  switch (definition.type) {
    case 'text':
      return String(value);
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n)) throw new DomainError('invalid-value', `"${name}" takes a number, not "${String(value)}".`);
      return n;
    }
    case 'date': {
      const text = String(value).trim();
      if (!isIsoDate(text)) throw new DomainError('invalid-value', `"${name}" takes a date written yyyy-mm-dd, not "${text}".`);
      return text;
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value;
      const text = String(value).trim().toLocaleLowerCase();
      if (YES.has(text)) return true;
      if (NO.has(text)) return false;
      throw new DomainError('invalid-value', `"${name}" takes yes or no, not "${String(value)}".`);
    }
    case 'choice': {
      const text = String(value).trim();
      const match = definition.choices.find((c) => c.toLocaleLowerCase() === text.toLocaleLowerCase());
      if (match === undefined) {
        throw new DomainError('invalid-value', `"${name}" takes one of ${definition.choices.join(', ')}, not "${text}".`);
      }
      return match;
    }
  }
}

/** Why `value` (as typed in a form) does not fit the definition, in plain words; null when it fits or is empty. */
export function attributeProblem(definition: AttributeDefinition, value: string): string | null {
  if (value.trim() === '') return null;
  try {
    attributeValueFor(definition, value);
    return null;
  } catch (error) {
    return error instanceof DomainError ? error.message : String(error);
  }
}

/** The document with one attribute set (or cleared with null), validated, not yet written. */
export async function withDocumentAttribute(
  db: RepositoryDb,
  doc: Document,
  attributeId: string,
  value: AttributeValue,
  now: string,
): Promise<Document> {
  const definition = await db.attributeDefinitions.get(attributeId);
  if (!definition || definition.appliesTo !== 'document') {
    throw new DomainError('not-found', 'That document attribute is no longer defined.');
  }
  // Values are keyed by the attribute's name, as the sample project and the Reader's details form store them.
  const attributes = { ...doc.attributes };
  for (const key of Object.keys(attributes)) {
    if (key.toLocaleLowerCase() === definition.name.toLocaleLowerCase()) delete attributes[key];
  }
  const stored = attributeValueFor(definition, value);
  if (stored !== null) attributes[definition.name] = stored;
  return validRow(documentSchema, { ...doc, attributes, updatedAt: now }, 'document');
}

/** Sets one attribute (given by its definition's id) of a document; the value is stored under the attribute's name. */
export async function setDocumentAttribute(
  db: RepositoryDb,
  ctx: MutationContext,
  documentId: string,
  attributeId: string,
  value: AttributeValue,
): Promise<Result<Document>> {
  return mutate(db, ctx, 'Set a document attribute', async (draft) => {
    const doc = await requireDocument(db, documentId);
    const next = await withDocumentAttribute(db, doc, attributeId, value, isoNow(ctx.clock));
    await draft.put('documents', next);
    return next;
  });
}

/** The city with one attribute set (or cleared with null), validated, not yet written. */
async function withCityAttribute(db: RepositoryDb, city: City, attributeId: string, value: AttributeValue, now: string): Promise<City> {
  const definition = await db.attributeDefinitions.get(attributeId);
  if (!definition || definition.appliesTo !== 'city') throw new DomainError('not-found', 'That city attribute is no longer defined.');
  const attributes = Object.fromEntries(Object.entries(city.attributes).filter(([key]) => key.toLocaleLowerCase() !== definition.name.toLocaleLowerCase()));
  const stored = attributeValueFor(definition, value);
  if (stored !== null) attributes[definition.name] = stored;
  return validRow(citySchema, { ...city, attributes, updatedAt: now }, 'city');
}

/** Sets one attribute (given by its definition's id) of a city, stored under the attribute's name; null clears it. */
export async function setCityAttribute(
  db: RepositoryDb,
  ctx: MutationContext,
  cityId: string,
  attributeId: string,
  value: AttributeValue,
): Promise<Result<City>> {
  return setCityAttributes(db, ctx, cityId, { [attributeId]: value });
}

/** Sets several attributes of a city (keyed by definition id; null clears) as one undoable step; one bad value writes nothing. */
export async function setCityAttributes(db: RepositoryDb, ctx: MutationContext, cityId: string, values: Record<string, AttributeValue>): Promise<Result<City>> {
  return mutate(db, ctx, 'Set city attributes', async (draft) => {
    let city = await requireCity(db, cityId);
    const now = isoNow(ctx.clock);
    for (const [attributeId, value] of Object.entries(values)) city = await withCityAttribute(db, city, attributeId, value, now);
    await draft.put('cities', city);
    return city;
  });
}
