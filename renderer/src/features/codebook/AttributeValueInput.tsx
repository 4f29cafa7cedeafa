// The input for one typed attribute value: text, number, date, yes/no or a choice, with its problem in plain words.
import { NumberInput, Select, TextInput, type MantineSize } from '@mantine/core';
import { attributeProblem } from '../../../../shared/coding';
import type { AttributeDefinition } from '../../../../shared/model';

export interface AttributeValueInputProps {
  definition: AttributeDefinition;
  /** The value as a form holds it: "42", "2024-03-18", "true"/"false", a choice, or '' for none. */
  value: string;
  onChange: (value: string) => void;
  label?: string;
  'aria-label'?: string;
  size?: MantineSize;
  w?: number | string;
  flex?: number;
}

const YES_NO = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];

/** The form value of a stored yes/no (also "yes"/"ja" typed earlier as free text). */
function yesNo(value: string): string | null {
  const v = value.trim().toLocaleLowerCase();
  if (['true', 'yes', 'y', '1', 'ja', 'oui'].includes(v)) return 'true';
  if (['false', 'no', 'n', '0', 'nein', 'non'].includes(v)) return 'false';
  return null;
}

export function AttributeValueInput({ definition, value, onChange, label, size = 'xs', ...rest }: AttributeValueInputProps) {
  const error = attributeProblem(definition, value) ?? undefined;
  const common = { label, size, error, ...rest };
  switch (definition.type) {
    case 'number':
      return (
        <NumberInput
          {...common}
          value={value}
          onChange={(v) => onChange(String(v))}
          allowDecimal
          placeholder="A number"
          hideControls
        />
      );
    case 'date':
      return <TextInput {...common} type="date" value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'boolean':
      return (
        <Select
          {...common}
          data={YES_NO}
          value={yesNo(value)}
          onChange={(v) => onChange(v ?? '')}
          placeholder="Yes or no"
          clearable
          error={value.trim() !== '' && yesNo(value) === null ? error : undefined}
        />
      );
    case 'choice': {
      const known = definition.choices.find((c) => c.toLocaleLowerCase() === value.trim().toLocaleLowerCase());
      // A value stored before the list changed is kept visible (and named in the error) until it is replaced.
      const data = known || value.trim() === '' ? definition.choices : [...definition.choices, value];
      return <Select {...common} data={data} value={known ?? (value.trim() === '' ? null : value)} onChange={(v) => onChange(v ?? '')} placeholder="Choose…" clearable searchable />;
    }
    case 'text':
      return <TextInput {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
}
