// The confirmation before a restore: what will be replaced, and a first backup of the current state (on unless unticked).
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { backupReason, backupWhen } from './format';

interface RestoreBackupModalProps {
  /** The backup to restore; the modal is open while one is set. */
  name: string | null;
  onCancel: () => void;
  onRestore: (name: string, keepCurrent: boolean) => Promise<void>;
}

export function RestoreBackupModal({ name, onCancel, onRestore }: RestoreBackupModalProps) {
  const [keepCurrent, setKeepCurrent] = useState(true);
  const [busy, setBusy] = useState(false);
  const restore = async () => {
    if (!name) return;
    setBusy(true);
    try {
      await onRestore(name, keepCurrent);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened={name !== null} onClose={busy ? () => undefined : onCancel} title="Restore from backup" centered>
      {name && (
        <Stack gap="sm">
          <Text size="sm">
            The whole repository (documents, codebook, coded passages, memos, chapters and the undo history) will be replaced by the backup from{' '}
            <strong>{backupWhen(name)}</strong> ({backupReason(name).toLowerCase()}).
          </Text>
          <Alert variant="light" color="orange" icon={<IconAlertTriangle size={18} />} title="Work since then is replaced">
            Anything added or changed after that backup is no longer in the repository afterwards.
          </Alert>
          <Checkbox
            checked={keepCurrent}
            onChange={(event) => setKeepCurrent(event.currentTarget.checked)}
            label="First back up the repository as it is now"
            description="So this restore can itself be undone by restoring that backup."
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onCancel} disabled={busy}>
              Cancel
            </Button>
            <Button color="red.9" onClick={() => void restore()} loading={busy} data-autofocus>
              Replace the repository
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
