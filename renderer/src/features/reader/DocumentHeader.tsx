// The top of the Reader: title and details with "Edit details" and "Open original", or the form that edits them.
import { Button, Group, Stack, Title, Tooltip } from '@mantine/core';
import { IconDownload, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { City, Document } from '../../../../shared/model';
import { useRepository } from '../../db';
import { DocumentDetails } from './DocumentDetails';
import { DocumentDetailsForm } from './DocumentDetailsForm';
import { ExtractionWarnings } from './ExtractionWarnings';
import { openOriginal, saveDocumentDetails } from './reader-actions';

interface DocumentHeaderProps {
  document: Document;
  /** The document's own cities. */
  cities: City[];
  /** Every city of the repository, for the form. */
  allCities: City[];
}

export function DocumentHeader({ document: doc, cities, allCities }: DocumentHeaderProps) {
  const db = useRepository();
  const [editing, setEditing] = useState(false);
  const hasOriginal = doc.sourceId !== null;
  return (
    <Stack gap={6}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Title order={2} lh={1.25}>
          {doc.title}
        </Title>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)} disabled={editing}>
            Edit details
          </Button>
          <Tooltip label={hasOriginal ? 'Save a copy of the imported file' : 'This document has no original file: it was written in the app or came without one.'} multiline w={hasOriginal ? undefined : 260}>
            {/* A disabled button gets no pointer events; the wrapper keeps the tooltip working. */}
            <span>
              <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} disabled={!hasOriginal} onClick={() => void openOriginal(db, doc)}>
                Open original
              </Button>
            </span>
          </Tooltip>
        </Group>
      </Group>
      {editing ? (
        <DocumentDetailsForm document={doc} cities={allCities} onSave={(edit) => saveDocumentDetails(db, doc.id, edit)} onCancel={() => setEditing(false)} />
      ) : (
        <DocumentDetails document={doc} cities={cities} />
      )}
      <ExtractionWarnings warnings={doc.metadata.warnings ?? []} />
    </Stack>
  );
}
