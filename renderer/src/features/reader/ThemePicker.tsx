// A searchable list of themes with colour dots: type to filter, arrows to move, Enter to choose.
import { ColorSwatch, Group, ScrollArea, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { themePath } from '../../../../shared/coding';
import type { Theme } from '../../../../shared/model';
import classes from './CodingBar.module.css';

interface ThemePickerProps {
  themes: readonly Theme[];
  onChoose: (theme: Theme) => void;
  label?: string;
  exclude?: readonly string[];
  autoFocus?: boolean;
}

export function ThemePicker({ themes, onChoose, label = 'Find a theme', exclude = [], autoFocus = false }: ThemePickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const options = useMemo(() => {
    const byId = new Map(themes.map((t) => [t.id, t]));
    const q = query.trim().toLocaleLowerCase();
    return themes
      .filter((t) => !exclude.includes(t.id))
      .map((t) => ({ theme: t, path: themePath(t, byId).join(' / ') }))
      .filter((o) => q === '' || o.path.toLocaleLowerCase().includes(q))
      .sort((a, b) => a.path.localeCompare(b.path));
  }, [themes, query, exclude]);
  const current = Math.min(active, Math.max(0, options.length - 1));

  return (
    <div>
      <TextInput
        size="xs"
        placeholder={label}
        aria-label={label}
        value={query}
        data-autofocus={autoFocus || undefined}
        autoFocus={autoFocus}
        role="combobox"
        aria-expanded
        aria-controls={listId}
        aria-activedescendant={options[current] ? `${listId}-${current}` : undefined}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive(Math.min(current + 1, options.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(Math.max(current - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            const option = options[current];
            if (option) onChoose(option.theme);
          }
        }}
      />
      <ScrollArea.Autosize mah={220} type="auto" scrollbars="y" mt={4}>
        <div role="listbox" id={listId} aria-label="Themes">
          {options.length === 0 && (
            <Text size="xs" c="dimmed" p={6}>
              No theme matches "{query}".
            </Text>
          )}
          {options.map((o, i) => (
            <UnstyledButton
              key={o.theme.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              tabIndex={-1}
              className={classes.option}
              data-active={i === current || undefined}
              onMouseEnter={() => setActive(i)}
              onClick={() => onChoose(o.theme)}
            >
              <Group gap={8} wrap="nowrap">
                <ColorSwatch color={o.theme.colour} size={12} withShadow={false} aria-hidden />
                <Text size="sm" truncate>
                  {o.path}
                </Text>
              </Group>
            </UnstyledButton>
          ))}
        </div>
      </ScrollArea.Autosize>
    </div>
  );
}
