// The floating bar at a text selection: recent themes on number keys, a searchable theme palette, and in-vivo coding.
import { Badge, Button, CloseButton, Group, Paper, Portal, Stack, Text, Tooltip } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { Theme } from '../../../../shared/model';
import { ThemePicker } from './ThemePicker';
import classes from './CodingBar.module.css';

export interface CodingBarProps {
  /** Where the selection is on screen (viewport coordinates). */
  anchor: { top: number; bottom: number; left: number };
  selectedText: string;
  themes: readonly Theme[];
  recent: readonly Theme[];
  onApply: (theme: Theme) => void;
  onInVivo: () => void;
  onClose: () => void;
}

const BAR_WIDTH = 320;

export function CodingBar({ anchor, selectedText, themes, recent, onApply, onInVivo, onClose }: CodingBarProps) {
  const bar = useRef<HTMLDivElement>(null);
  // When the bar closes, the keyboard focus goes back where it was (the text, for coding from the keyboard).
  useEffect(() => {
    const before = document.activeElement;
    return () => {
      const now = document.activeElement;
      if (before instanceof HTMLElement && before.isConnected && (now === null || now === document.body || bar.current?.contains(now))) before.focus({ preventScroll: true });
    };
  }, []);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - BAR_WIDTH - 8));
  // Below the selection when there is room for the palette, otherwise above it.
  const below = anchor.bottom + 340 < window.innerHeight;
  const style = below ? { top: anchor.bottom + 8, left } : { bottom: window.innerHeight - anchor.top + 8, left };
  return (
    <Portal>
      <Paper
        ref={bar}
        className={classes.bar}
        style={style}
        shadow="md"
        withBorder
        p="xs"
        role="dialog"
        aria-label="Code the selection"
        data-testid="coding-bar"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <Stack gap={6}>
          <Group justify="space-between" wrap="nowrap" gap={4}>
            <Text size="xs" c="dimmed" truncate title={selectedText}>
              Code “{selectedText.length > 40 ? `${selectedText.slice(0, 39)}…` : selectedText}”
            </Text>
            <CloseButton size="sm" aria-label="Close the coding bar" onClick={onClose} />
          </Group>
          {recent.length > 0 && (
            <Group gap={4} aria-label="Recent themes (number keys)">
              {recent.map((theme, i) => (
                <Tooltip key={theme.id} label={`Press ${i + 1} to code with ${theme.name}`}>
                  <Badge
                    component="button"
                    type="button"
                    variant="light"
                    color="gray"
                    tt="none"
                    radius="sm"
                    style={{ cursor: 'pointer', borderLeft: `4px solid ${theme.colour}` }}
                    onClick={() => onApply(theme)}
                    aria-label={`${i + 1}: ${theme.name}`}
                  >
                    {i + 1} {theme.name}
                  </Badge>
                </Tooltip>
              ))}
            </Group>
          )}
          <ThemePicker themes={themes} onChoose={onApply} label="Code with theme… (/ to type)" />
          <Button size="xs" variant="light" onClick={onInVivo}>
            In-vivo code (new theme named by the words)
          </Button>
        </Stack>
      </Paper>
    </Portal>
  );
}
