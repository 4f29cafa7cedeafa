// Reads the codebook of a REFI-QDA .qdc (or the CodeBook inside a project's .qde), in the namespaces real tools write.
import { DomainError, fail, ok, toFailure, type Result } from '../result';
import { normaliseColour, type CodebookEntry, type ParsedCodebook } from './codebook-tree';
import { childElements, lineOfElement, parseStrictXml, type XmlElement } from './xml';

/**
 * Namespaces accepted, per ../shared/refi-qda/README.md: the standard one; NVivo 12 for Mac's "1:0";
 * ATLAS.ti's (and fixtures modelled on it) "0:4"; a project file (.qde) from MAXQDA and others, whose
 * CodeBook sits in the project namespace; and the project variants with a colon.
 */
export const CODEBOOK_NAMESPACES = [
  'urn:QDA-XML:codebook:1.0',
  'urn:QDA-XML:codebook:1:0',
  'urn:QDA-XML:codebook:0:4',
  'urn:QDA-XML:project:1.0',
  'urn:QDA-XML:project:1:0',
] as const;

function known(element: XmlElement, fileName: string): void {
  const ns = element.namespaceURI ?? '';
  if (!(CODEBOOK_NAMESPACES as readonly string[]).includes(ns)) {
    const line = lineOfElement(element);
    throw new DomainError(
      'unknown-namespace',
      `${fileName}${line !== undefined ? `, line ${line}` : ''}: <${element.localName}> is in the namespace "${ns || 'none'}", ` +
        'which is not a REFI-QDA codebook namespace (expected urn:QDA-XML:codebook:1.0).',
    );
  }
}

/** Codebooks nest a handful of levels; far deeper nesting is refused before the recursion runs out of stack. */
const MAX_CODE_DEPTH = 100;

function readCode(element: XmlElement, fileName: string, depth = 1): CodebookEntry {
  known(element, fileName);
  if (depth > MAX_CODE_DEPTH) {
    throw new DomainError('invalid-codebook', `${fileName}, line ${lineOfElement(element) ?? '?'}: codes are nested more than ${MAX_CODE_DEPTH} levels deep; it was not read.`);
  }
  const name = (element.getAttribute('name') ?? '').trim();
  if (name === '') {
    throw new DomainError('invalid-codebook', `${fileName}, line ${lineOfElement(element) ?? '?'}: a <Code> has no name.`);
  }
  const description = childElements(element, 'Description')[0]?.textContent ?? '';
  const guid = element.getAttribute('guid')?.trim();
  const colour = normaliseColour(element.getAttribute('color'));
  return {
    ...(guid ? { guid } : {}),
    name,
    ...(colour ? { colour } : {}),
    description: description.trim(),
    children: childElements(element, 'Code').map((c) => readCode(c, fileName, depth + 1)),
  };
}

/** Parses a .qdc or .qde; malformed XML, an unknown namespace or a file without a codebook is an error naming the line. */
export function parseCodebookQdc(xml: string, fileName = 'the codebook'): Result<ParsedCodebook> {
  try {
    const root = parseStrictXml(xml.replace(/^\uFEFF/, ''), fileName);
    known(root, fileName);
    const codebook = root.localName === 'CodeBook' ? root : childElements(root, 'CodeBook')[0];
    if (root.localName !== 'CodeBook' && root.localName !== 'Project') {
      return fail('invalid-codebook', `${fileName}, line ${lineOfElement(root) ?? 1}: the root element is <${root.localName}>, not <CodeBook> or <Project>.`);
    }
    if (!codebook) return fail('invalid-codebook', `${fileName}: the project has no <CodeBook>.`);
    known(codebook, fileName);
    const codes = childElements(codebook, 'Codes')[0];
    if (!codes) return fail('invalid-codebook', `${fileName}, line ${lineOfElement(codebook) ?? '?'}: the <CodeBook> has no <Codes>.`);
    known(codes, fileName);
    const origin = (root.getAttribute('origin') ?? '').trim();
    return ok({ ...(origin ? { origin } : {}), entries: childElements(codes, 'Code').map((c) => readCode(c, fileName)) });
  } catch (error) {
    return { ok: false, error: toFailure(error, 'invalid-codebook') };
  }
}
