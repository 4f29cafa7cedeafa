// The import report: counts, then one line per file with what became of it and what the researcher can do next.
import { Button, Divider, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment } from 'react';
import type { CitySuggestion, ImportReport } from '../../../../shared/import/pipeline/types';
import { useRepository } from '../../db';
import { OutcomeRow, type ImportedDetails } from './OutcomeRow';

export interface ImportReportModalProps {
  report: ImportReport | null;
  opened: boolean;
  /** Files whose password can be typed and tried again. */
  retryable: readonly string[];
  onClose: () => void;
  onOpenDocument: (documentId: string) => void;
  onRetry: (file: string, password: string) => Promise<void>;
  onApplyCities: (documentId: string, chosen: CitySuggestion[]) => Promise<boolean>;
}

function useImportedDetails(report: ImportReport | null): Map<string, ImportedDetails> | undefined {
  const db = useRepository();
  const ids = (report?.outcomes ?? []).flatMap((o) => (o.status === 'imported' ? [o.documentId] : []));
  const key = ids.join('\n');
  return useLiveQuery(async () => {
    const docs = await db.documents.bulkGet(key ? key.split('\n') : []);
    return new Map(docs.flatMap((d) => (d ? [[d.id, { language: d.language, kind: d.kind }] as const] : [])));
  }, [db, key]);
}

function Counts({ report }: { report: ImportReport }) {
  const items = [
    { label: 'imported', value: report.imported, color: 'teal' },
    { label: report.duplicates === 1 ? 'duplicate' : 'duplicates', value: report.duplicates, color: 'gray' },
    { label: 'failed', value: report.failed, color: 'red' },
  ];
  return (
    <Group gap="xl" data-testid="import-counts">
      {items.map((item) => (
        <div key={item.label}>
          <Text size="xl" fw={700} c={item.value > 0 ? item.color : 'dimmed'} lh={1.1}>
            {item.value}
          </Text>
          <Text size="xs" c="dimmed">
            {item.label}
          </Text>
        </div>
      ))}
    </Group>
  );
}

export function ImportReportModal({ report, opened, retryable, onClose, onOpenDocument, onRetry, onApplyCities }: ImportReportModalProps) {
  const details = useImportedDetails(report);
  return (
    <Modal opened={opened && report !== null} onClose={onClose} title="Import report" size="lg" scrollAreaComponent={ScrollArea.Autosize}>
      {report && (
        <Stack gap="md">
          <Counts report={report} />
          {report.cancelled && (
            <Text size="sm" c="orange">
              The import was cancelled: the files after the last one listed were not read.
            </Text>
          )}
          <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Files">
            {report.outcomes.map((outcome, index) => (
              <Fragment key={outcome.file}>
                {index > 0 && <Divider component="li" aria-hidden />}
                <OutcomeRow
                  outcome={outcome}
                  {...(outcome.status === 'imported' && details?.get(outcome.documentId) ? { details: details.get(outcome.documentId)! } : {})}
                  canRetry={retryable.includes(outcome.file)}
                  onOpenDocument={onOpenDocument}
                  onRetry={onRetry}
                  onApplyCities={onApplyCities}
                />
              </Fragment>
            ))}
          </Stack>
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
