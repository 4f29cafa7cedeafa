// A city's typed attributes (population, region …) edited together and saved as one undoable change.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { attributeProblem, setCityAttributes } from '../../../../shared/coding';
import type { AttributeValue, City } from '../../../../shared/model';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { withCoder } from '../reader/coding-actions';
import { AttributeValueInput } from './AttributeValueInput';

const valueOf = (city: City, name: string) => {
  const key = Object.keys(city.attributes).find((k) => k.toLocaleLowerCase() === name.toLocaleLowerCase());
  const value = key === undefined ? null : city.attributes[key];
  return value === null || value === undefined ? '' : String(value);
};

export function CityAttributesForm({ city, onDone }: { city: City; onDone: () => void }) {
  const db = useRepository();
  const ask = useAskCoder();
  const definitions = useLiveQuery(() => db.attributeDefinitions.filter((a) => a.appliesTo === 'city').sortBy('name'), [db]);
  const [values, setValues] = useState<Record<string, string>>({});
  if (!definitions) return null;
  if (definitions.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No city attributes are defined yet. Define them (population, region …) in the <Anchor href="#/codebook">Attributes tab</Anchor>.
      </Text>
    );
  }
  const current = (id: string, name: string) => values[id] ?? valueOf(city, name);
  const problem = definitions.some((d) => attributeProblem(d, current(d.id, d.name)) !== null);
  const save = async () => {
    const changed: Record<string, AttributeValue> = {};
    for (const d of definitions) {
      if (values[d.id] !== undefined && values[d.id] !== valueOf(city, d.name)) changed[d.id] = values[d.id]!.trim() === '' ? null : values[d.id]!;
    }
    if (Object.keys(changed).length === 0) return onDone();
    if (await withCoder(ask, 'The city attributes were not saved', (ctx) => setCityAttributes(db, ctx, city.id, changed))) onDone();
  };
  return (
    <form
      aria-label={`Attributes of ${city.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!problem) void save();
      }}
    >
      <Stack gap="sm">
        {definitions.map((d) => (
          <AttributeValueInput key={d.id} size="sm" definition={d} label={d.name} value={current(d.id, d.name)} onChange={(v) => setValues((all) => ({ ...all, [d.id]: v }))} />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" disabled={problem}>
            Save attributes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
