// The Cities tab: every city with country, aliases and usage; add (from the gazetteer or by hand), edit aliases, merge, delete.
import { Button, Group, Menu, Modal, Select, Stack, Table, TagsInput, Text, TextInput, ActionIcon, Autocomplete, VisuallyHidden } from '@mantine/core';
import { IconDots } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { deleteCity, mergeCities, updateCity } from '../../../../shared/coding';
import { createCity, type RepositoryDb } from '../../../../shared/db';
import type { GazetteerCity } from '../../../../shared/gazetteer';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { MemoEditor } from '../memos/MemoEditor';
import { CityAttributesForm } from './CityAttributesForm';
import { withCoder } from '../reader/coding-actions';
import { useCityRows, type CityRow } from './queries';

type CityDialog = { kind: 'merge' | 'delete' | 'memos' | 'attributes'; city: CityRow } | null;

/** The gazetteer is large: it is loaded the first time the add form is used. */
function useGazetteerCities(wanted: boolean): GazetteerCity[] {
  const [cities, setCities] = useState<GazetteerCity[]>([]);
  useEffect(() => {
    if (!wanted || cities.length > 0) return;
    void import('../../../../shared/gazetteer').then((g) => setCities(g.europeanGazetteer().cities));
  }, [wanted, cities.length]);
  return cities;
}

function AddCity({ db }: { db: RepositoryDb }) {
  const ask = useAskCoder();
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const gazetteer = useGazetteerCities(name.length > 1);
  const matches = name.length > 1 ? gazetteer.filter((c) => c.name.toLowerCase().startsWith(name.toLowerCase())).slice(0, 12) : [];
  const options = matches.map((c) => `${c.name} · ${c.country}`);
  const pick = (value: string) => {
    const found = matches.find((c) => `${c.name} · ${c.country}` === value);
    if (found) {
      setName(found.name);
      setCountry(found.country);
    } else setName(value);
  };
  const add = async () => {
    const known = gazetteer.find((c) => c.name === name.trim() && c.country === country.trim().toUpperCase());
    const done = await withCoder(ask, 'The city was not added', (ctx) =>
      createCity(db, ctx, {
        name,
        country: country.trim().toUpperCase() || undefined,
        ...(known ? { aliases: known.aliases.slice(0, 12), latitude: known.latitude, longitude: known.longitude } : {}),
      }),
    );
    if (done) {
      setName('');
      setCountry('');
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <Group gap="xs" align="flex-end">
        <Autocomplete label="City" description="Type to find it in the gazetteer, or enter any name" value={name} onChange={pick} data={options} w={260} />
        <TextInput label="Country" description="ISO code, e.g. AT" value={country} onChange={(e) => setCountry(e.currentTarget.value)} w={110} maxLength={2} />
        <Button type="submit" disabled={name.trim() === ''}>
          Add city
        </Button>
      </Group>
    </form>
  );
}

function CityDialogs({ db, dialog, cities, onClose }: { db: RepositoryDb; dialog: CityDialog; cities: CityRow[]; onClose: () => void }) {
  const ask = useAskCoder();
  const [target, setTarget] = useState<string | null>(null);
  const city = dialog?.city;
  const run = async () => {
    if (!dialog || !city) return;
    const done =
      dialog.kind === 'merge'
        ? target && (await withCoder(ask, 'The cities were not merged', (ctx) => mergeCities(db, ctx, target, city.id)))
        : await withCoder(ask, 'The city was not deleted', (ctx) => deleteCity(db, ctx, city.id, { force: true }));
    if (done) onClose();
  };
  const title = dialog ? { merge: 'Merge city', delete: 'Delete city', memos: 'Memos on', attributes: 'Attributes of' }[dialog.kind] + `: ${city?.name}` : '';
  return (
    <Modal opened={dialog !== null} onClose={onClose} title={title}>
      {dialog?.kind === 'memos' && city && <MemoEditor targetType="city" targetId={city.id} />}
      {dialog?.kind === 'attributes' && city && <CityAttributesForm city={city} onDone={onClose} />}
      {dialog?.kind === 'merge' && city && (
        <Stack gap="sm">
          <Text size="sm">Every document, passage and memo of {city.name} moves to the city you choose; its names become aliases there.</Text>
          <Select label="Merge into" data={cities.filter((c) => c.id !== city.id).map((c) => ({ value: c.id, label: `${c.name} (${c.country})` }))} value={target} onChange={setTarget} searchable />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button disabled={!target} onClick={() => void run()}>
              Merge
            </Button>
          </Group>
        </Stack>
      )}
      {dialog?.kind === 'delete' && city && (
        <Stack gap="sm">
          <Text size="sm">
            {city.documents + city.segments > 0
              ? `${city.name} is a city of ${city.documents} ${city.documents === 1 ? 'document' : 'documents'} and of ${city.segments} coded ${city.segments === 1 ? 'passage' : 'passages'}. Deleting it removes it from them. Undo brings it back.`
              : `No document or passage uses ${city.name}.`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button color="red" onClick={() => void run()}>
              Delete city
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

export function CitiesPanel() {
  const db = useRepository();
  const ask = useAskCoder();
  const cities = useCityRows(db);
  const [dialog, setDialog] = useState<CityDialog>(null);
  return (
    <Stack gap="md">
      <AddCity db={db} />
      {cities && cities.length === 0 && <Text c="dimmed">No cities yet.</Text>}
      {cities && cities.length > 0 && (
        <Table striped highlightOnHover aria-label="Cities">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>City</Table.Th>
              <Table.Th>Country</Table.Th>
              <Table.Th>Aliases</Table.Th>
              <Table.Th>Documents</Table.Th>
              <Table.Th>Passages</Table.Th>
              <Table.Th>Attributes</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cities.map((city) => (
              <Table.Tr key={city.id}>
                <Table.Td>{city.name}</Table.Td>
                <Table.Td>{city.country}</Table.Td>
                <Table.Td miw={220}>
                  <TagsInput
                    size="xs"
                    aria-label={`Aliases of ${city.name}`}
                    value={city.aliases}
                    onChange={(aliases) => void withCoder(ask, 'The aliases were not saved', (ctx) => updateCity(db, ctx, city.id, { aliases }))}
                  />
                </Table.Td>
                <Table.Td>{city.documents}</Table.Td>
                <Table.Td>{city.segments}</Table.Td>
                <Table.Td>
                  <Text size="xs">{Object.entries(city.attributes).map(([k, v]) => `${k}: ${String(v)}`).join(' · ')}</Text>
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${city.name}`}>
                        <IconDots size={16} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item onClick={() => setDialog({ kind: 'attributes', city })}>Attributes…</Menu.Item>
                      <Menu.Item onClick={() => setDialog({ kind: 'memos', city })}>Memos…</Menu.Item>
                      <Menu.Item onClick={() => setDialog({ kind: 'merge', city })}>Merge into…</Menu.Item>
                      <Menu.Item color="red" onClick={() => setDialog({ kind: 'delete', city })}>
                        Delete…
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CityDialogs db={db} dialog={dialog} cities={cities ?? []} onClose={() => setDialog(null)} />
    </Stack>
  );
}
