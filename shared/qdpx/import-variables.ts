// Variables become attribute definitions (for documents, cities or both, as their values are used) and values.
import { attributeValueFor } from '../coding/attributes';
import { validRow } from '../db/validate';
import { attributeDefinitionSchema, DOCUMENT_KIND_LABELS, type AttributeDefinition, type AttributeType, type AttributeValue, type DocumentKind } from '../model';
import type { ImportRun } from './import-context';
import type { ParsedValue, ParsedVariable } from './project-model';
import { CHOICES_PREFIX, KIND_VARIABLE } from './variables-export';

type Target = AttributeDefinition['appliesTo'];

function typeOf(variable: ParsedVariable): { type: AttributeType; choices: string[] } {
  switch (variable.type.toLowerCase()) {
    case 'boolean':
      return { type: 'boolean', choices: [] };
    case 'integer':
    case 'float':
      return { type: 'number', choices: [] };
    case 'date':
      return { type: 'date', choices: [] };
    default: {
      const choices = variable.description.startsWith(CHOICES_PREFIX)
        ? variable.description.slice(CHOICES_PREFIX.length).split(';').map((c) => c.trim()).filter(Boolean)
        : [];
      return choices.length > 0 ? { type: 'choice', choices } : { type: 'text', choices: [] };
    }
  }
}

/** Converts values of the project's variables into attribute values, defining missing attributes on first use. */
export class VariableImport {
  private readonly variables: Map<string, ParsedVariable>;
  private readonly definitions = new Map<string, AttributeDefinition>();

  constructor(private readonly run: ImportRun) {
    this.variables = new Map(run.project.variables.map((v) => [v.guid, v]));
  }

  private async definition(variable: ParsedVariable, target: Target): Promise<AttributeDefinition> {
    const key = `${target}:${variable.guid}`;
    const known = this.definitions.get(key);
    if (known) return known;
    const name = variable.name.trim() || 'Variable';
    const wanted = name.toLocaleLowerCase();
    let definition = await this.run.db.attributeDefinitions.filter((a) => a.appliesTo === target && a.name.toLocaleLowerCase() === wanted).first();
    if (!definition) {
      const { type, choices } = typeOf(variable);
      definition = validRow(
        attributeDefinitionSchema,
        { id: this.run.newId(), name, appliesTo: target, type, choices, createdAt: this.run.now, updatedAt: this.run.now },
        'attribute',
      );
      await this.run.draft.put('attributeDefinitions', definition);
      this.run.report.attributes.added += 1;
    }
    this.definitions.set(key, definition);
    return definition;
  }

  /** Whether a value belongs to the "Document kind" variable our export writes. */
  isKindValue(value: ParsedValue): boolean {
    return this.variables.get(value.variableGuid)?.name.trim().toLocaleLowerCase() === KIND_VARIABLE.toLocaleLowerCase();
  }

  /** The document kind a "Document kind" value names ("Focus group" or "focus-group"), if it names one. */
  documentKind(values: readonly ParsedValue[]): DocumentKind | undefined {
    const value = values.find((v) => this.isKindValue(v));
    if (!value) return undefined;
    const wanted = String(value.value).trim().toLocaleLowerCase();
    return (Object.entries(DOCUMENT_KIND_LABELS) as [DocumentKind, string][]).find(([key, label]) => key === wanted || label.toLocaleLowerCase() === wanted)?.[0];
  }

  /** The attributes these values give a document or city (stored under the attribute's name); unusable values are losses. */
  async attributes(values: readonly ParsedValue[], target: Target, owner: string): Promise<Record<string, AttributeValue>> {
    const out: Record<string, AttributeValue> = {};
    for (const value of values) {
      const variable = this.variables.get(value.variableGuid);
      if (!variable) {
        this.run.losses.push({ kind: 'variable-value', item: `A value of ${owner}`, reason: 'It refers to a variable the project does not define.', line: value.line });
        continue;
      }
      const definition = await this.definition(variable, target);
      try {
        const raw = definition.type === 'text' || definition.type === 'choice' ? String(value.value) : value.value;
        const stored = attributeValueFor(definition, definition.type === 'date' && typeof raw === 'string' ? raw.slice(0, 10) : raw);
        if (stored !== null) out[definition.name] = stored;
      } catch (error) {
        this.run.losses.push({ kind: 'variable-value', item: `"${variable.name}" = "${String(value.value)}" of ${owner}`, reason: (error as Error).message, line: value.line });
      }
    }
    return out;
  }
}
