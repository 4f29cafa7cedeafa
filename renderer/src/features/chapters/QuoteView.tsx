// A quote as the chapter shows it: read live from its coded passage, with speaker, document, city and place; a deleted passage is flagged.
import { Alert, Anchor, Paper, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { REMOVED_PASSAGE } from '../../../../shared/chapters';
import { formatLocation, type Quote } from '../../../../shared/compare';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/model';
import { htmlLanguage } from '../reader/html-language';

export function QuoteView({ quote, compact = false }: { quote: Quote | null; compact?: boolean }) {
  if (!quote) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={REMOVED_PASSAGE} data-testid="removed-quote">
        The coded passage this quote referred to was deleted. Undo the deletion to bring it back, or remove this block. The Word export marks it the same way.
      </Alert>
    );
  }
  const place = formatLocation(quote);
  const where = [DOCUMENT_KIND_LABELS[quote.kind], quote.cityName, quote.date, place !== quote.speaker ? place : ''].filter(Boolean).join(' · ');
  return (
    <Paper component="figure" m={0} p={compact ? 'xs' : 'sm'} radius="sm" style={{ borderLeft: '4px solid var(--mantine-color-blue-filled)' }} data-testid="chapter-quote">
      <Stack gap={4}>
        <Text component="blockquote" m={0} size={compact ? 'xs' : 'sm'} fs="italic" style={{ whiteSpace: 'pre-wrap' }} lang={htmlLanguage(quote.language)}>
          {quote.speaker && (
            <Text span fw={700} fs="normal" inherit>
              {quote.speaker}:{' '}
            </Text>
          )}
          “{quote.text.trim()}”
        </Text>
        <Text component="figcaption" size="xs" c="dimmed">
          <Anchor href={`#/reader/${encodeURIComponent(quote.documentId)}/${quote.start}`} size="xs" fw={600} underline="always">
            {quote.documentTitle}
          </Anchor>
          {where && ` · ${where}`}
        </Text>
      </Stack>
    </Paper>
  );
}
