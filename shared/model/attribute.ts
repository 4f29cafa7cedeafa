// An attribute definition: a typed variable the researcher defines for documents or cities.
import { z } from 'zod';

export const ATTRIBUTE_TYPES = ['text', 'number', 'date', 'boolean', 'choice'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

export const attributeDefinitionSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'an attribute needs a name'),
  appliesTo: z.enum(['document', 'city']),
  type: z.enum(ATTRIBUTE_TYPES),
  /** Allowed values for a choice list. */
  choices: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AttributeDefinition = z.infer<typeof attributeDefinitionSchema>;
