// Identifiers and timestamps; both injectable so tests and archives are reproducible.

export type IdGenerator = () => string;
export type Clock = () => Date;

export const randomId: IdGenerator = () => globalThis.crypto.randomUUID();
export const systemClock: Clock = () => new Date();

export function isoNow(clock: Clock = systemClock): string {
  return clock().toISOString();
}
