// One quote: the passage's text with its document, kind, date and place in the document, a Reader link and "add to chapter".
import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { DOCUMENT_KIND_LABELS } from '../../../../shared/model';
import { formatLocation, type Quote } from '../../../../shared/compare';
import { AddToChapterMenu } from '../chapters/AddToChapterMenu';

export function QuoteCard({ quote }: { quote: Quote }) {
  const location = formatLocation(quote);
  const where = [DOCUMENT_KIND_LABELS[quote.kind], quote.date, location && quote.speaker && location !== quote.speaker ? `${quote.speaker}, ${location}` : location]
    .filter(Boolean)
    .join(' · ');
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="quote" data-segment={quote.segmentId}>
      <Stack gap={6}>
        <Text size="sm" component="blockquote" m={0} style={{ whiteSpace: 'pre-wrap' }}>
          “{quote.text}”
        </Text>
        <Text size="xs" c="dimmed">
          <Anchor href={`#/reader/${encodeURIComponent(quote.documentId)}/${quote.start}`} size="xs" fw={600}>
            {quote.documentTitle}
          </Anchor>
          {where && ` · ${where}`}
        </Text>
        <Group gap="xs">
          <AddToChapterMenu block={{ type: 'quote', segmentId: quote.segmentId }} label="Add quote to chapter" />
        </Group>
      </Stack>
    </Paper>
  );
}
