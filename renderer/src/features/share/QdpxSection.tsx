// REFI-QDA exchange on the Share screen: export a .qdpx for other tools, import one and read what it could not bring along.
import { Badge, Button, Card, Group, List, Modal, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { QdpxImportReport } from '../../../../shared/qdpx';
import { useAskCoder } from '../../app/CoderName';
import { useRepository } from '../../db';
import { importQdpxProject, saveQdpxProject, type ImportedProject } from './qdpx-actions';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function Summary({ report }: { report: QdpxImportReport }) {
  const { documents, themes, cities, segments, memos } = report;
  return (
    <List size="sm" spacing={2}>
      <List.Item>
        {plural(documents.added, 'new document')}
        {documents.reused > 0 && `, ${plural(documents.reused, 'document')} already in the repository (same text)`}
      </List.Item>
      <List.Item>
        {plural(themes.added, 'new theme')}
        {themes.kept > 0 && `, ${plural(themes.kept, 'code')} matched existing themes`}
      </List.Item>
      <List.Item>
        {plural(cities.added, 'new city', 'new cities')} from the project’s cases{cities.kept > 0 && `, ${plural(cities.kept, 'case')} matched existing cities`}
      </List.Item>
      <List.Item>
        {plural(segments.added, 'coded passage')}
        {segments.alreadyPresent > 0 && `, ${plural(segments.alreadyPresent, 'passage')} already coded here`}
      </List.Item>
      <List.Item>{plural(memos.added, 'memo')} from the project’s notes</List.Item>
      {report.coders.length > 0 && <List.Item>Coders: {report.coders.join(', ')}</List.Item>}
    </List>
  );
}

function LossTable({ report }: { report: QdpxImportReport }) {
  if (report.losses.length === 0) return <Text size="sm">Nothing was left out.</Text>;
  return (
    <ScrollArea.Autosize mah={360} type="auto">
      <Table striped withTableBorder verticalSpacing="xs" aria-label="Items not imported">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Item</Table.Th>
            <Table.Th>Why it is not in the repository</Table.Th>
            <Table.Th>Line</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.losses.map((loss, index) => (
            <Table.Tr key={index}>
              <Table.Td>{loss.item}</Table.Td>
              <Table.Td>{loss.reason}</Table.Td>
              <Table.Td>{loss.line ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

export function ImportReportModal({ imported, onClose }: { imported: ImportedProject; onClose: () => void }) {
  const { report } = imported;
  return (
    <Modal opened onClose={onClose} size="xl" title={`Imported ${imported.fileName}`}>
      <Stack gap="md">
        <Text size="sm">
          “{report.projectName}”{report.origin ? `, written by ${report.origin}` : ''}. The import is one change: Undo takes all of it back.
        </Text>
        <Summary report={report} />
        <Group gap="xs">
          <Title order={3} size="h5">
            Not imported
          </Title>
          <Badge color={report.losses.length > 0 ? 'orange' : 'teal'} variant="light">
            {report.losses.length}
          </Badge>
        </Group>
        <LossTable report={report} />
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function QdpxSection() {
  const db = useRepository();
  const ask = useAskCoder();
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [imported, setImported] = useState<ImportedProject | null>(null);
  const run = async (which: 'export' | 'import', work: () => Promise<void>) => {
    setBusy(which);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  };
  const importProject = async () => {
    const ctx = await ask();
    if (!ctx) return;
    setImported(await importQdpxProject(db, ctx));
  };
  return (
    <>
      <Card withBorder padding="lg" component="section" aria-labelledby="qdpx-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="qdpx-title">
            Exchange with other tools (REFI-QDA)
          </Title>
          <Text size="sm">
            A <Text span ff="monospace">.qdpx</Text> project opens in ATLAS.ti, MAXQDA, NVivo, QualCoder and other tools that follow the REFI-QDA
            standard: it carries the codebook, cities as cases, documents as text, coded passages, attributes and memos. Importing lists
            anything the project holds that Comparanda cannot keep, such as pictures, recordings or areas of PDF pages.
          </Text>
          <Group>
            <Button leftSection={<IconFileExport size={18} />} onClick={() => void run('export', () => saveQdpxProject(db))} loading={busy === 'export'} disabled={busy !== null}>
              Export REFI-QDA project (.qdpx)
            </Button>
            <Button variant="light" leftSection={<IconFileImport size={18} />} onClick={() => void run('import', importProject)} loading={busy === 'import'} disabled={busy !== null}>
              Import REFI-QDA project…
            </Button>
          </Group>
        </Stack>
      </Card>
      {imported && <ImportReportModal imported={imported} onClose={() => setImported(null)} />}
    </>
  );
}
