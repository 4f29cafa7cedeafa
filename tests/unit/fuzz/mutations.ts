// Mutations of real files: byte flips, truncation, splices and repeats, chosen by fast-check so a failure shrinks and reproduces.
import fc from 'fast-check';

export type Mutation =
  | { kind: 'flip'; at: number[]; values: number[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; length: number; from: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'delete'; at: number; length: number };

/** Positions and lengths are fractions of the file, so one mutation fits a file of any size. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.nat(1_000_000), { minLength: 1, maxLength: 16 }), values: fc.array(fc.nat(255), { minLength: 16, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(1_000_000) }),
  fc.record({ kind: fc.constant('splice' as const), at: fc.nat(1_000_000), length: fc.nat(4_096), from: fc.nat(1_000_000) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(1_000_000), length: fc.integer({ min: 1, max: 512 }), times: fc.integer({ min: 2, max: 64 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(1_000_000), length: fc.integer({ min: 1, max: 4_096 }) }),
);

const place = (fraction: number, length: number) => Math.floor((fraction / 1_000_001) * length);

/** Applies a mutation; `donor` supplies spliced bytes (another real file). */
export function mutate(bytes: Uint8Array, change: Mutation, donor: Uint8Array = bytes): Uint8Array {
  switch (change.kind) {
    case 'flip': {
      const out = bytes.slice();
      change.at.forEach((at, i) => {
        if (out.length > 0) out[place(at, out.length)] = change.values[i % change.values.length]!;
      });
      return out;
    }
    case 'truncate':
      return bytes.slice(0, place(change.at, bytes.length));
    case 'splice': {
      const at = place(change.at, bytes.length);
      const from = place(change.from, donor.length);
      const piece = donor.subarray(from, from + change.length);
      return concat(bytes.subarray(0, at), piece, bytes.subarray(at));
    }
    case 'repeat': {
      const at = place(change.at, bytes.length);
      const piece = bytes.subarray(at, at + change.length);
      return concat(bytes.subarray(0, at), ...Array.from({ length: change.times }, () => piece), bytes.subarray(at + change.length));
    }
    case 'delete': {
      const at = place(change.at, bytes.length);
      return concat(bytes.subarray(0, at), bytes.subarray(at + change.length));
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
