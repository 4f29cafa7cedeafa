// A document's details in the Reader (read view): kind, cities, language, dates, structure and attributes.
import { Badge, Group, SimpleGrid, Text } from '@mantine/core';
import { humanSize, languageName, shortDate } from '../../../../shared/library';
import { DOCUMENT_KIND_LABELS, type City, type Document } from '../../../../shared/model';

function Detail({ name, value }: { name: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {name}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

export function DocumentDetails({ document: doc, cities }: { document: Document; cities: City[] }) {
  const details: [string, string][] = [];
  details.push(['Language', languageName(doc.language)]);
  if (doc.metadata.date) details.push(['Date', doc.metadata.date]);
  if (doc.metadata.author) details.push(['Author', doc.metadata.author]);
  if (doc.pages.length > 0) details.push(['Pages', String(doc.pages.length)]);
  if (doc.turns.length > 0) details.push(['Speaker turns', String(doc.turns.length)]);
  details.push(['Size', humanSize(doc.size)]);
  details.push(['Imported', `${shortDate(doc.createdAt)} from ${doc.importedFrom}`]);
  for (const [name, value] of Object.entries(doc.attributes)) {
    if (value !== null && value !== '') details.push([name, String(value)]);
  }
  return (
    <>
      <Group gap="xs">
        <Badge variant="light" radius="sm" tt="none">
          {DOCUMENT_KIND_LABELS[doc.kind]}
        </Badge>
        {cities.map((city) => (
          <Badge key={city.id} variant="outline" color="gray" radius="sm" tt="none">
            {city.name}
            {city.country ? ` · ${city.country}` : ''}
          </Badge>
        ))}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" verticalSpacing="xs" mt="xs">
        {details.map(([name, value]) => (
          <Detail key={name} name={name} value={value} />
        ))}
      </SimpleGrid>
    </>
  );
}
