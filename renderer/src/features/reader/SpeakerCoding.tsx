// Speaker-aware coding for transcripts: every turn of one speaker coded with a theme at once.
import { Button, Modal, Stack, Text, Title } from '@mantine/core';
import type { Theme } from '../../../../shared/model';
import { ThemePicker } from './ThemePicker';

interface SpeakerCodingProps {
  speakers: readonly string[];
  themes: readonly Theme[];
  /** The speaker whose turns are being coded (the dialog is open), or null. */
  speaker: string | null;
  setSpeaker: (speaker: string | null) => void;
  onCode: (speaker: string, theme: Theme) => void;
}

export function SpeakerCoding({ speakers, themes, speaker, setSpeaker, onCode }: SpeakerCodingProps) {
  if (speakers.length === 0) return null;
  return (
    <Stack gap={4} role="group" aria-label="Speakers">
      <Title order={3} size="h6" tt="uppercase" c="dimmed" lts={0.4}>
        Speakers
      </Title>
      {speakers.map((name) => (
        <Button key={name} size="xs" variant="subtle" justify="flex-start" onClick={() => setSpeaker(name)}>
          Code all turns of {name}…
        </Button>
      ))}
      <Modal opened={speaker !== null} onClose={() => setSpeaker(null)} title={`Code all turns of ${speaker ?? ''}`}>
        <Stack gap="sm">
          <Text size="sm">Every turn of {speaker} becomes a coded passage; turns already coded with the theme are skipped.</Text>
          <ThemePicker
            themes={themes}
            autoFocus
            onChoose={(theme) => {
              if (speaker) onCode(speaker, theme);
              setSpeaker(null);
            }}
          />
        </Stack>
      </Modal>
    </Stack>
  );
}
