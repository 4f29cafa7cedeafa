// A City: the case of a comparative study (Vienna, Burgas …) with its names in other languages.
import { z } from 'zod';

export const citySchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'a city needs a name'),
  /** ISO 3166-1 alpha-2, upper case ("AT", "BG"), or "" when unknown. */
  country: z.string().regex(/^([A-Z]{2})?$/, 'country must be an ISO 3166-1 alpha-2 code such as AT'),
  aliases: z.array(z.string()),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type City = z.infer<typeof citySchema>;
