// Bulk tagging from the Library: many documents get cities, a kind, themes or attributes in one undoable change.
import { documentSchema, isoNow, type AttributeValue, type Document, type DocumentKind } from '../model';
import { mutate, type MutationContext, type RepositoryDb } from '../db';
import { validRow } from '../db/validate';
import { DomainError, type Result } from '../result';
import { withDocumentAttribute } from './attributes';
import { plural, requireCity, requireDocument, requireTheme, unique } from './lookups';

export interface DocumentTags {
  addCityIds?: string[];
  removeCityIds?: string[];
  kind?: DocumentKind;
  addThemeIds?: string[];
  removeThemeIds?: string[];
  /** Attribute definition id → value (null clears); stored under the attribute's name. */
  attributes?: Record<string, AttributeValue>;
}

export async function tagDocuments(
  db: RepositoryDb,
  ctx: MutationContext,
  documentIds: string[],
  tags: DocumentTags,
): Promise<Result<Document[]>> {
  const ids = unique(documentIds);
  return mutate(db, ctx, `Tagged ${plural(ids.length, 'document')}`, async (draft) => {
    if (ids.length === 0) throw new DomainError('nothing-selected', 'Select at least one document to tag.');
    for (const id of tags.addCityIds ?? []) await requireCity(db, id);
    for (const id of tags.addThemeIds ?? []) await requireTheme(db, id);
    const now = isoNow(ctx.clock);
    const removeCities = new Set(tags.removeCityIds ?? []);
    const removeThemes = new Set(tags.removeThemeIds ?? []);
    const tagged: Document[] = [];
    for (const id of ids) {
      const doc = await requireDocument(db, id);
      let next: Document = {
        ...doc,
        kind: tags.kind ?? doc.kind,
        cityIds: unique([...doc.cityIds.filter((c) => !removeCities.has(c)), ...(tags.addCityIds ?? [])]),
        themeIds: unique([...doc.themeIds.filter((t) => !removeThemes.has(t)), ...(tags.addThemeIds ?? [])]),
        updatedAt: now,
      };
      for (const [attributeId, value] of Object.entries(tags.attributes ?? {})) {
        next = await withDocumentAttribute(db, next, attributeId, value, now);
      }
      next = validRow(documentSchema, next, 'document');
      await draft.put('documents', next);
      tagged.push(next);
    }
    return tagged;
  });
}
