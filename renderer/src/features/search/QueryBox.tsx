// The query box with the query language hint, and a parse error shown under it with a caret at its position.
import { Code, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { QueryError } from '../../../../shared/search';

export const QUERY_HINT = 'Words, "exact phrases", prefix*, fuzzy~, AND / OR / NOT, -word, ( ), city:, theme:, kind:, lang:, doc:, speaker:, coded:';

interface QueryBoxProps {
  value: string;
  onChange: (value: string) => void;
  error: QueryError | null;
}

export function QueryBox({ value, onChange, error }: QueryBoxProps) {
  return (
    <Stack gap={4}>
      <TextInput
        label="Search the documents"
        description={QUERY_HINT}
        placeholder='e.g. "social housing" city:Wien'
        leftSection={<IconSearch size={18} stroke={1.6} />}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error ? error.message : undefined}
        aria-invalid={error ? true : undefined}
        size="md"
        spellCheck={false}
        autoFocus
        data-autofocus
      />
      {error && <QueryCaret query={value} position={error.position} />}
    </Stack>
  );
}

/** The query with a caret under the character where the problem is. */
export function QueryCaret({ query, position }: { query: string; position: number }) {
  const column = [...query.slice(0, position)].length;
  return (
    <Code block data-testid="query-caret" aria-label={`The problem is at character ${column + 1}`} c="red">
      <Text component="span" inherit>
        {query}
      </Text>
      {'\n'}
      {' '.repeat(column)}^
    </Code>
  );
}
