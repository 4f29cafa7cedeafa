// Opens an untrusted .qdpx (a zip) within bounds, or a bare project.qde, and finds its entries ignoring case.
import { strFromU8 } from 'fflate';
import { unpackArchive } from '../archive/unpack';
import type { ArchiveLimits } from '../archive/format';
import { DomainError } from '../result';
import { INTERNAL_PREFIX, QDPX_LIMITS } from './format';

export interface ProjectPackage {
  /** The project.qde text. */
  qde: string;
  /** The .qde's name inside the package. */
  qdeName: string;
  /** Entries by lower-cased path (tools write "Sources/" or "sources/"). */
  entries: Map<string, { name: string; bytes: Uint8Array }>;
  /** True for a bare .qde: its sources are not included. */
  bare: boolean;
}

function decodeUtf8(bytes: Uint8Array, name: string, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new DomainError('malformed-xml', `${file}: "${name}" is not UTF-8 text.`);
  }
}

function looksLikeXml(bytes: Uint8Array): boolean {
  const head = strFromU8(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<');
}

/** Unpacks the package; a damaged zip, an unsafe entry name, a zip bomb or a missing project.qde is an error naming it. */
export function readProjectPackage(bytes: Uint8Array, file: string, limits: Partial<ArchiveLimits> = {}): ProjectPackage {
  if (looksLikeXml(bytes)) return { qde: decodeUtf8(bytes, file, file), qdeName: file, entries: new Map(), bare: true };
  let unpacked: Map<string, Uint8Array>;
  try {
    unpacked = unpackArchive(bytes, { ...QDPX_LIMITS, ...limits }, file);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not-an-archive') {
      throw new DomainError('not-a-project', `${file} is not a REFI-QDA project: a .qdpx is a zip package and a .qde an XML file.`);
    }
    throw error;
  }
  const entries = new Map<string, { name: string; bytes: Uint8Array }>();
  for (const [name, data] of unpacked) entries.set(name.toLowerCase(), { name, bytes: data });
  const qdeNames = [...entries.values()].filter((e) => !e.name.includes('/') && e.name.toLowerCase().endsWith('.qde'));
  const qde = qdeNames.find((e) => e.name.toLowerCase() === 'project.qde') ?? qdeNames[0];
  if (!qde) throw new DomainError('not-a-project', `${file} holds no project.qde, so it is not a REFI-QDA project.`);
  return { qde: decodeUtf8(qde.bytes, qde.name, file), qdeName: qde.name, entries, bare: false };
}

/**
 * The package entry an "internal://name" path points at: per the standard under "sources/", matched ignoring case,
 * or at the top level. undefined for external paths (absolute or relative files that were not packed).
 */
export function internalEntry(pkg: ProjectPackage, path: string): { name: string; bytes: Uint8Array } | undefined {
  if (!path.toLowerCase().startsWith(INTERNAL_PREFIX)) return undefined;
  const name = path.slice(INTERNAL_PREFIX.length).replace(/^\/+/, '').toLowerCase();
  if (name === '' || name.split('/').includes('..')) return undefined;
  return pkg.entries.get(`sources/${name}`) ?? pkg.entries.get(name);
}
