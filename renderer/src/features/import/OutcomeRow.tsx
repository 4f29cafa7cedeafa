// One file's line in the import report: imported (with a link), duplicate (of which document) or failed (why).
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../../../shared/model';
import { languageName } from '../../../../shared/library';
import type { CitySuggestion, ImportOutcome } from '../../../../shared/import/pipeline/types';
import { PASSWORD_CODES } from '../../workers/import-messages';
import { CitySuggestions } from './CitySuggestions';
import { PasswordRetry } from './PasswordRetry';

/** What the report shows of an imported document beyond the outcome itself. */
export interface ImportedDetails {
  language: string;
  kind: DocumentKind;
}

interface OutcomeRowProps {
  outcome: ImportOutcome;
  details?: ImportedDetails;
  canRetry: boolean;
  onOpenDocument: (documentId: string) => void;
  onRetry: (file: string, password: string) => Promise<void>;
  onApplyCities: (documentId: string, chosen: CitySuggestion[]) => Promise<boolean>;
}

const STATUS = {
  imported: { label: 'Imported', color: 'teal' },
  duplicate: { label: 'Duplicate', color: 'gray' },
  failed: { label: 'Failed', color: 'red' },
} as const;

export function OutcomeRow({ outcome, details, canRetry, onOpenDocument, onRetry, onApplyCities }: OutcomeRowProps) {
  const status = STATUS[outcome.status];
  return (
    <Stack component="li" gap={2} py={8} data-testid="import-outcome" data-status={outcome.status} aria-label={`${outcome.file}: ${status.label}`}>
      <Group gap="xs" wrap="nowrap" align="baseline">
        <Badge size="sm" variant="light" color={status.color} radius="sm" tt="none" miw={78}>
          {status.label}
        </Badge>
        <Text size="sm" fw={600} truncate title={outcome.file}>
          {outcome.file}
        </Text>
      </Group>
      {outcome.status === 'imported' && (
        <>
          <Text size="sm">
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => onOpenDocument(outcome.documentId)}
              aria-label={`Open "${outcome.title}" in the Reader`}
            >
              {outcome.title}
            </Anchor>
            {details && (
              <Text span size="sm" c="dimmed">
                {` · ${DOCUMENT_KIND_LABELS[details.kind]} · ${languageName(details.language)}`}
              </Text>
            )}
          </Text>
          {outcome.warnings.length > 0 && (
            <Text size="xs" c="orange">
              {outcome.warnings.length === 1 ? outcome.warnings[0] : `${outcome.warnings.length} warnings: ${outcome.warnings[0]} …`}
            </Text>
          )}
          {outcome.suggestedCities.length > 0 && (
            <CitySuggestions suggestions={outcome.suggestedCities} onApply={(chosen) => onApplyCities(outcome.documentId, chosen)} />
          )}
        </>
      )}
      {outcome.status === 'duplicate' && (
        <Text size="sm" c="dimmed">
          Already in the repository as{' '}
          <Anchor component="button" type="button" size="sm" onClick={() => onOpenDocument(outcome.existingDocumentId)}>
            {outcome.existingTitle}
          </Anchor>
          : not stored twice.
        </Text>
      )}
      {outcome.status === 'failed' && (
        <>
          <Text size="sm" c="red">
            {outcome.message}
          </Text>
          {PASSWORD_CODES.has(outcome.code) && canRetry && (
            <PasswordRetry file={outcome.file} onRetry={(password) => onRetry(outcome.file, password)} />
          )}
        </>
      )}
    </Stack>
  );
}
