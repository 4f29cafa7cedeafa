// The coder's name, asked once (at the first coding action when settings have none) and stored for every change.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import type { MutationContext } from '../../../shared/db';
import { getCoderName, setCoderName } from '../../../shared/coding';
import { useRepository } from '../db';

/** Resolves to the context for a change, or null when the researcher closed the question without a name. */
type AskCoder = () => Promise<MutationContext | null>;

const CoderContext = createContext<AskCoder | null>(null);

export function CoderNameProvider({ children }: { children: ReactNode }) {
  const db = useRepository();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const waiting = useRef<((ctx: MutationContext | null) => void)[]>([]);

  const ask = useCallback<AskCoder>(async () => {
    const known = await getCoderName(db);
    if (known) return { coder: known };
    return new Promise((resolve) => {
      waiting.current.push(resolve);
      setOpen(true);
    });
  }, [db]);

  const finish = (ctx: MutationContext | null) => {
    const resolvers = waiting.current;
    waiting.current = [];
    setOpen(false);
    setError(null);
    for (const resolve of resolvers) resolve(ctx);
  };

  const save = async () => {
    const result = await setCoderName(db, name);
    if (!result.ok) return setError(result.error.message);
    finish({ coder: result.value });
  };

  return (
    <CoderContext.Provider value={ask}>
      {children}
      <Modal opened={open} onClose={() => finish(null)} title="Who is coding?" centered>
        <form
          aria-label="Coder name"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">Your name is recorded with every coding change, so the history shows who did what. You are asked only once.</Text>
            <TextInput label="Your name" value={name} onChange={(e) => setName(e.currentTarget.value)} error={error} data-autofocus required />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => finish(null)}>
                Cancel
              </Button>
              <Button type="submit">Save name</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </CoderContext.Provider>
  );
}

/** Asks for the coder's name when it is not known yet; tests without the provider record changes as "Researcher". */
export function useAskCoder(): AskCoder {
  const ask = useContext(CoderContext);
  return ask ?? (async () => ({ coder: 'Researcher' }));
}
