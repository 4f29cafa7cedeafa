// The password field and "Try again" button of a PDF that is locked with a password.
import { Button, Group, PasswordInput } from '@mantine/core';
import { useState } from 'react';

interface PasswordRetryProps {
  file: string;
  onRetry: (password: string) => Promise<void>;
}

export function PasswordRetry({ file, onRetry }: PasswordRetryProps) {
  const [password, setPassword] = useState('');
  const [trying, setTrying] = useState(false);
  const retry = async () => {
    setTrying(true);
    try {
      await onRetry(password);
    } finally {
      setTrying(false);
    }
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (password) void retry();
      }}
    >
      <Group gap="xs" mt={6} wrap="nowrap" align="flex-end">
        <PasswordInput
          size="xs"
          label={`Password for ${file}`}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          w={240}
          autoComplete="off"
        />
        <Button size="xs" type="submit" disabled={!password} loading={trying}>
          Try again
        </Button>
      </Group>
    </form>
  );
}
