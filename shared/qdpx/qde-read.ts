// Reads project.qde into plain data, leniently: any urn:QDA-XML namespace variant, elements matched by local name.
import { normaliseColour } from '../coding/codebook-tree';
import { childElements, lineOfElement, parseStrictXml, type XmlElement } from '../coding/xml';
import { DomainError } from '../result';
import type { LossItem } from './format';
import { normaliseGuid } from './guids';
import type {
  ParsedCase, ParsedCode, ParsedCoding, ParsedLink, ParsedNote, ParsedProject, ParsedSelection, ParsedSource, ParsedValue, ParsedVariable, RefiValue, TextOrigin,
} from './project-model';

const attr = (element: XmlElement, name: string) => (element.getAttribute(name) ?? '').trim();
const guidOf = (element: XmlElement, name = 'guid') => normaliseGuid(element.getAttribute(name));
const line = (element: XmlElement) => lineOfElement(element);
const child = (element: XmlElement, name: string) => childElements(element, name)[0];
const textOf = (element: XmlElement | undefined) => element?.textContent ?? '';
const refs = (element: XmlElement, name: string) => childElements(element, name).map((r) => guidOf(r, 'targetGUID')).filter(Boolean);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function integer(element: XmlElement, name: string, file: string): number {
  const raw = attr(element, name);
  const value = Number(raw);
  if (raw === '' || !Number.isInteger(value) || value < 0) {
    throw new DomainError('invalid-project', `${file}, line ${line(element) ?? '?'}: <${element.localName}> has ${name}="${raw}", which is not a position.`);
  }
  return value;
}

function readCode(element: XmlElement): ParsedCode {
  const colour = normaliseColour(element.getAttribute('color'));
  return {
    guid: guidOf(element),
    name: attr(element, 'name').replace(/\s+/g, ' ') || 'Unnamed code',
    ...(colour ? { colour } : {}),
    description: textOf(child(element, 'Description')).trim(),
    noteGuids: refs(element, 'NoteRef'),
    children: childElements(element, 'Code').map(readCode),
  };
}

function readValue(element: XmlElement): ParsedValue | null {
  const variableGuid = normaliseGuid(child(element, 'VariableRef')?.getAttribute('targetGUID'));
  const holder = childElements(element).find((e) => e.localName !== 'VariableRef');
  if (!variableGuid || !holder) return null;
  const raw = textOf(holder).trim();
  let value: RefiValue = raw;
  if (holder.localName === 'BooleanValue') value = raw === 'true' || raw === '1';
  else if ((holder.localName === 'IntegerValue' || holder.localName === 'FloatValue') && raw !== '' && Number.isFinite(Number(raw))) value = Number(raw);
  return { variableGuid, value, line: line(element) };
}

const readValues = (element: XmlElement) => childElements(element, 'VariableValue').map(readValue).filter((v): v is ParsedValue => v !== null);

function readCodings(element: XmlElement): ParsedCoding[] {
  return childElements(element, 'Coding').map((coding) => ({
    codeGuid: normaliseGuid(child(coding, 'CodeRef')?.getAttribute('targetGUID')),
    userGuid: guidOf(coding, 'creatingUser'),
    noteGuids: refs(coding, 'NoteRef'),
  }));
}

function readSelection(element: XmlElement, file: string): ParsedSelection {
  const start = integer(element, 'startPosition', file);
  const end = integer(element, 'endPosition', file);
  return {
    guid: guidOf(element),
    start: Math.min(start, end),
    end: Math.max(start, end),
    description: textOf(child(element, 'Description')).trim(),
    userGuid: guidOf(element, 'creatingUser'),
    codings: readCodings(element),
    noteGuids: refs(element, 'NoteRef'),
    line: line(element),
  };
}

function textOrigin(element: XmlElement): TextOrigin {
  const content = child(element, 'PlainTextContent');
  const path = attr(element, 'plainTextPath');
  return { ...(content ? { content: textOf(content) } : {}), ...(path ? { plainTextPath: path } : {}) };
}

function readTextSource(element: XmlElement, file: string): ParsedSource {
  return {
    guid: guidOf(element),
    name: attr(element, 'name'),
    kind: 'text',
    ...textOrigin(element),
    description: textOf(child(element, 'Description')).trim(),
    selections: childElements(element, 'PlainTextSelection').map((s) => readSelection(s, file)),
    codings: readCodings(element),
    noteGuids: refs(element, 'NoteRef'),
    values: readValues(element),
    line: line(element),
  };
}

function readPdfSource(element: XmlElement, file: string, losses: LossItem[]): ParsedSource {
  const name = attr(element, 'name') || 'a PDF';
  for (const region of childElements(element, 'PDFSelection')) {
    const codes = childElements(region, 'Coding').length;
    losses.push({
      kind: 'pdf-region',
      item: `Area on page ${attr(region, 'page') || '?'} of "${name}"${codes > 0 ? ` (${plural(codes, 'coding')})` : ''}`,
      reason: 'Comparanda codes passages of text, not areas of a PDF page.',
      line: line(region),
    });
  }
  const representation = child(element, 'Representation');
  const text = representation ? readTextSource(representation, file) : undefined;
  const path = attr(element, 'currentPath') || attr(element, 'path');
  return {
    guid: guidOf(element),
    name,
    kind: 'pdf',
    ...(text ? { ...(text.content !== undefined ? { content: text.content } : {}), ...(text.plainTextPath ? { plainTextPath: text.plainTextPath } : {}) } : {}),
    ...(path ? { pdfPath: path } : {}),
    description: textOf(child(element, 'Description')).trim(),
    selections: text?.selections ?? [],
    codings: [...readCodings(element), ...(text?.codings ?? [])],
    noteGuids: [...refs(element, 'NoteRef'), ...(text?.noteGuids ?? [])],
    values: [...readValues(element), ...(text?.values ?? [])],
    line: line(element),
  };
}

const MEDIA: Record<string, { kind: LossItem['kind']; label: string; selection: string }> = {
  PictureSource: { kind: 'picture', label: 'Picture', selection: 'PictureSelection' },
  AudioSource: { kind: 'audio', label: 'Audio recording', selection: 'AudioSelection' },
  VideoSource: { kind: 'video', label: 'Video', selection: 'VideoSelection' },
};

function mediaLoss(element: XmlElement): LossItem {
  const media = MEDIA[element.localName ?? '']!;
  const selections = childElements(element, media.selection).length;
  const transcripts = childElements(element, 'Transcript').length;
  const parts = [
    ...(selections > 0 ? [plural(selections, 'coded region')] : []),
    ...(transcripts > 0 ? [plural(transcripts, 'transcript')] : []),
  ];
  return {
    kind: media.kind,
    item: `${media.label} "${attr(element, 'name') || attr(element, 'path') || attr(element, 'guid')}"${parts.length > 0 ? ` with ${parts.join(' and ')}` : ''}`,
    reason: 'Comparanda holds text documents only; pictures, audio and video are not imported.',
    line: line(element),
  };
}

function readNote(element: XmlElement): ParsedNote {
  return { guid: guidOf(element), name: attr(element, 'name'), userGuid: guidOf(element, 'creatingUser'), ...textOrigin(element), line: line(element) };
}

function readLink(element: XmlElement): ParsedLink {
  return {
    guid: guidOf(element),
    name: attr(element, 'name'),
    originGuid: guidOf(element, 'originGUID'),
    targetGuid: guidOf(element, 'targetGUID'),
    noteGuids: refs(element, 'NoteRef'),
    line: line(element),
  };
}

function readCase(element: XmlElement): ParsedCase {
  return {
    guid: guidOf(element),
    name: attr(element, 'name').replace(/\s+/g, ' '),
    description: textOf(child(element, 'Description')).trim(),
    values: readValues(element),
    sourceGuids: refs(element, 'SourceRef'),
    selectionGuids: refs(element, 'SelectionRef'),
    line: line(element),
  };
}

function setAndGraphLosses(root: XmlElement, losses: LossItem[]): void {
  for (const set of childElements(child(root, 'Sets') ?? root, 'Set')) {
    const members = [
      ...(childElements(set, 'MemberSource').length > 0 ? [plural(childElements(set, 'MemberSource').length, 'document')] : []),
      ...(childElements(set, 'MemberCode').length > 0 ? [plural(childElements(set, 'MemberCode').length, 'code')] : []),
      ...(childElements(set, 'MemberNote').length > 0 ? [plural(childElements(set, 'MemberNote').length, 'note')] : []),
    ];
    losses.push({
      kind: 'set',
      item: `Set "${attr(set, 'name')}"${members.length > 0 ? ` (${members.join(', ')})` : ''}`,
      reason: 'Comparanda has no sets; the documents and codes themselves were imported.',
      line: line(set),
    });
  }
  for (const graph of childElements(child(root, 'Graphs') ?? root, 'Graph')) {
    losses.push({
      kind: 'graph',
      item: `Graph "${attr(graph, 'name') || attr(graph, 'guid')}" (${plural(childElements(graph, 'Vertex').length, 'node')}, ${plural(childElements(graph, 'Edge').length, 'edge')})`,
      reason: 'Comparanda has no network diagrams.',
      line: line(graph),
    });
  }
}

/** Parses project.qde; malformed XML, a DTD or a root that is not a REFI-QDA Project is an error naming the file and line. */
export function readProjectQde(xml: string, file: string): ParsedProject {
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(xml);
  if (declaration) {
    const at = xml.slice(0, declaration.index).split('\n').length;
    throw new DomainError('malformed-xml', `${file}, line ${at}: the project declares a document type or entities, which REFI-QDA never uses; it was not read.`);
  }
  const root = parseStrictXml(xml, file);
  const ns = root.namespaceURI ?? '';
  if (root.localName !== 'Project' || (ns !== '' && !ns.startsWith('urn:QDA-XML:'))) {
    throw new DomainError(
      'not-a-project',
      `${file}, line ${line(root) ?? 1}: the root element is <${root.localName}>${ns ? ` in "${ns}"` : ''}, not a REFI-QDA <Project> (urn:QDA-XML:project:1.0).`,
    );
  }
  const losses: LossItem[] = [];
  const users = new Map(childElements(child(root, 'Users') ?? root, 'User').map((u) => [guidOf(u), attr(u, 'name') || attr(u, 'id')] as const));
  const codes = childElements(child(child(root, 'CodeBook') ?? root, 'Codes') ?? root, 'Code').map(readCode);
  const variables: ParsedVariable[] = childElements(child(root, 'Variables') ?? root, 'Variable').map((v) => ({
    guid: guidOf(v),
    name: attr(v, 'name'),
    type: attr(v, 'typeOfVariable') || 'Text',
    description: textOf(child(v, 'Description')).trim(),
  }));
  const sources: ParsedSource[] = [];
  for (const element of childElements(child(root, 'Sources') ?? root)) {
    if (element.localName === 'TextSource') sources.push(readTextSource(element, file));
    else if (element.localName === 'PDFSource') sources.push(readPdfSource(element, file, losses));
    else if (MEDIA[element.localName ?? '']) losses.push(mediaLoss(element));
  }
  setAndGraphLosses(root, losses);
  return {
    name: attr(root, 'name') || file.replace(/\.[^.]+$/, ''),
    origin: attr(root, 'origin') || null,
    description: textOf(child(root, 'Description')).trim(),
    users,
    codes,
    variables,
    cases: childElements(child(root, 'Cases') ?? root, 'Case').map(readCase),
    sources,
    notes: childElements(child(root, 'Notes') ?? root, 'Note').map(readNote),
    links: childElements(child(root, 'Links') ?? root, 'Link').map(readLink),
    projectNoteGuids: refs(root, 'NoteRef'),
    losses,
  };
}
