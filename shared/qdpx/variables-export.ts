// Document and city attributes as REFI-QDA Variables (one per attribute and target) and their VariableValues.
import type { AttributeDefinition, AttributeType, AttributeValue } from '../model';
import { guidFor } from './guids';
import { element, textElement, type XmlNode } from './xml-node';

export type VariableTarget = AttributeDefinition['appliesTo'];

export interface ExportVariable {
  guid: string;
  name: string;
  target: VariableTarget;
  type: AttributeType;
  choices: string[];
}

const REFI_TYPES: Record<AttributeType, string> = { text: 'Text', number: 'Float', date: 'Date', boolean: 'Boolean', choice: 'Text' };

/** The document kind travels as a Text variable of this name, its value the kind's label ("Focus group"). */
export const KIND_VARIABLE = 'Document kind';

/** Written into a choice list's Description so that Comparanda can restore the list on import. */
export const CHOICES_PREFIX = 'One of: ';

function inferredType(values: AttributeValue[]): AttributeType {
  const present = values.filter((v) => v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return 'number';
  if (present.length > 0 && present.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'text';
}

/**
 * The variables of one target: every defined attribute, plus attribute names used on rows without a definition
 * (their type inferred from the values). Names are matched ignoring case, as the attribute functions do.
 */
export function variablesFor(target: VariableTarget, definitions: readonly AttributeDefinition[], rows: readonly { attributes: Record<string, AttributeValue> }[]): ExportVariable[] {
  const byKey = new Map<string, ExportVariable>();
  for (const d of definitions.filter((d) => d.appliesTo === target)) {
    byKey.set(d.name.toLocaleLowerCase(), { guid: guidFor('variable', `${target}:${d.name.toLocaleLowerCase()}`), name: d.name, target, type: d.type, choices: d.choices });
  }
  const undefinedNames = new Map<string, { name: string; values: AttributeValue[] }>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row.attributes)) {
      const key = name.toLocaleLowerCase();
      if (byKey.has(key)) continue;
      const seen = undefinedNames.get(key) ?? { name, values: [] };
      seen.values.push(value);
      undefinedNames.set(key, seen);
    }
  }
  for (const [key, { name, values }] of undefinedNames) {
    byKey.set(key, { guid: guidFor('variable', `${target}:${key}`), name, target, type: inferredType(values), choices: [] });
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function variableNode(variable: ExportVariable): XmlNode {
  const description = variable.type === 'choice' ? [textElement('Description', `${CHOICES_PREFIX}${variable.choices.join('; ')}`)] : [];
  return element('Variable', { guid: variable.guid, name: variable.name, typeOfVariable: REFI_TYPES[variable.type] }, description);
}

/** A number as xsd:decimal (no exponent). */
export function decimal(n: number): string {
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  return Math.abs(n) >= 1 ? BigInt(Math.round(n)).toString() : n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

function valueElement(variable: ExportVariable, value: Exclude<AttributeValue, null>): XmlNode {
  if (typeof value === 'boolean') return textElement('BooleanValue', String(value));
  if (typeof value === 'number') return textElement('FloatValue', decimal(value));
  if (variable.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return textElement('DateValue', value);
  return textElement('TextValue', value);
}

/** The VariableValue elements of one row's attributes, in the variables' order. */
export function variableValues(variables: readonly ExportVariable[], attributes: Record<string, AttributeValue>): XmlNode[] {
  const byKey = new Map(Object.entries(attributes).map(([name, value]) => [name.toLocaleLowerCase(), value]));
  return variables.flatMap((variable) => {
    const value = byKey.get(variable.name.toLocaleLowerCase());
    if (value === undefined || value === null) return [];
    return [element('VariableValue', {}, [element('VariableRef', { targetGUID: variable.guid }), valueElement(variable, value)])];
  });
}
