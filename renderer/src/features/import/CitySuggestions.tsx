// The cities an imported document mentions most, offered as tags the researcher confirms.
import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CitySuggestion } from '../../../../shared/import/pipeline/types';

interface CitySuggestionsProps {
  suggestions: CitySuggestion[];
  onApply: (chosen: CitySuggestion[]) => Promise<boolean>;
}

const key = (s: CitySuggestion) => `${s.name}|${s.country}`;

/**
 * Ticked at first: the most-mentioned city and those mentioned at least half as often. A book that names
 * London 13 times and Bern 4 times is not about Bern; the researcher can still tick it.
 */
export function preselected(suggestions: CitySuggestion[]): string[] {
  const top = Math.max(0, ...suggestions.map((s) => s.mentions));
  return suggestions.filter((s) => s.mentions * 2 >= top).map(key);
}

export function CitySuggestions({ suggestions, onApply }: CitySuggestionsProps) {
  const [chosen, setChosen] = useState<string[]>(() => preselected(suggestions));
  const [applying, setApplying] = useState(false);
  const apply = async () => {
    setApplying(true);
    try {
      await onApply(suggestions.filter((s) => chosen.includes(key(s))));
    } finally {
      setApplying(false);
    }
  };
  return (
    <Stack gap={6} mt={6}>
      <Checkbox.Group value={chosen} onChange={setChosen} label={<Text size="xs">Tag with:</Text>}>
        <Group gap="md" mt={4}>
          {suggestions.map((s) => (
            <Checkbox
              key={key(s)}
              size="xs"
              value={key(s)}
              label={`${s.name} (${s.mentions.toLocaleString('en')} ${s.mentions === 1 ? 'mention' : 'mentions'})`}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <Group>
        <Button size="compact-xs" variant="light" onClick={() => void apply()} disabled={chosen.length === 0} loading={applying}>
          Apply city tags
        </Button>
      </Group>
    </Stack>
  );
}
