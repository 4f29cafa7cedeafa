// Repository settings: small key/value records (the coder's name, the repository's title …).
import { z } from 'zod';

export const settingSchema = z.object({ key: z.string().min(1), value: z.unknown() });
export type Setting = z.infer<typeof settingSchema>;

export const SETTING_KEYS = {
  repositoryName: 'repository.name',
  repositoryCreated: 'repository.created',
  coderName: 'coder.name',
} as const;
