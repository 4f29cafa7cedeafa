// Builds project.qde (Project-mrt2019.xsd) and the source texts from the repository's rows.
import { codebookTree, type CodebookEntry } from '../coding/codebook-tree';
import { DOCUMENT_KIND_LABELS, type AttributeDefinition, type City, type Document, type Memo, type Segment, type Theme } from '../model';
import { CodePointOffsets } from './code-points';
import { INTERNAL_PREFIX, PROJECT_NAMESPACE, SOURCES_FOLDER } from './format';
import { guidFor } from './guids';
import { KIND_VARIABLE, variablesFor, variableNode, variableValues, type ExportVariable } from './variables-export';
import { element, textElement, type XmlNode } from './xml-node';

export interface ProjectRows {
  name: string;
  origin: string;
  documents: Document[];
  texts: Map<string, string>;
  themes: Theme[];
  cities: City[];
  segments: Segment[];
  memos: Memo[];
  attributeDefinitions: AttributeDefinition[];
}

export interface ProjectFiles {
  project: XmlNode;
  /** Entry path in the package → UTF-8 text. */
  sources: Map<string, string>;
}

const byCreation = <T extends { createdAt: string; id: string }>(a: T, b: T) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** "Country: AT", "Also called: Wien; Vídeň" and "Location: 48.2, 16.37": the lines a Case description carries for a city. */
export function caseDescription(city: City): string | undefined {
  const lines = [
    ...(city.country ? [`Country: ${city.country}`] : []),
    ...(city.aliases.length > 0 ? [`Also called: ${city.aliases.join('; ')}`] : []),
    ...(city.latitude !== undefined && city.longitude !== undefined ? [`Location: ${city.latitude}, ${city.longitude}`] : []),
  ];
  return lines.length > 0 ? lines.join('\n') : undefined;
}

function quoteName(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}

export function buildProject(rows: ProjectRows): ProjectFiles {
  const user = (name: string) => guidFor('user', name);
  const coders = [...new Set([...rows.segments.map((s) => s.coder), ...rows.memos.map((m) => m.coder)].filter((c) => c.trim() !== ''))].sort();
  const themeIds = new Set(rows.themes.map((t) => t.id));
  const memoGuid = (memo: Memo) => guidFor('memo', memo.id);
  const memosOn = (type: Memo['targetType'], id: string) => rows.memos.filter((m) => m.targetType === type && m.targetId === id).sort(byCreation);
  const noteRefs = (memos: Memo[]) => memos.map((m) => element('NoteRef', { targetGUID: memoGuid(m) }));
  const cellMemosOfTheme = (themeId: string) => rows.memos.filter((m) => m.targetType === 'cell' && m.targetId.split('|')[0] === themeId).sort(byCreation);

  const code = (entry: CodebookEntry & { theme: Theme }): XmlNode =>
    element('Code', { guid: guidFor('theme', entry.theme.id), name: entry.name, isCodable: 'true', color: entry.theme.colour.toUpperCase() }, [
      ...(entry.description ? [textElement('Description', entry.description)] : []),
      ...noteRefs([...memosOn('theme', entry.theme.id), ...cellMemosOfTheme(entry.theme.id)]),
      ...(entry.children as (CodebookEntry & { theme: Theme })[]).map(code),
    ]);
  const tree = codebookTree(rows.themes);

  const documentVariables = variablesFor('document', rows.attributeDefinitions, rows.documents);
  const kindVariable: ExportVariable = { guid: guidFor('variable', 'document-kind'), name: KIND_VARIABLE, target: 'document', type: 'text', choices: [] };
  const exportsKind = rows.documents.length > 0 && !documentVariables.some((v) => v.name.toLocaleLowerCase() === KIND_VARIABLE.toLocaleLowerCase());
  const cityVariables = variablesFor('city', rows.attributeDefinitions, rows.cities);
  const documents = [...rows.documents].sort(byCreation);
  const sources = new Map<string, string>();

  const cases = [...rows.cities].sort((a, b) => a.name.localeCompare(b.name)).map((city) => {
    const description = caseDescription(city);
    return element('Case', { guid: guidFor('city', city.id), name: city.name }, [
      ...(description ? [textElement('Description', description)] : []),
      ...variableValues(cityVariables, city.attributes),
      ...documents.filter((d) => d.cityIds.includes(city.id)).map((d) => element('SourceRef', { targetGUID: guidFor('document', d.id) })),
      ...rows.segments
        .filter((s) => s.cityId === city.id)
        .sort(byCreation)
        .map((s) => element('SelectionRef', { targetGUID: guidFor('segment', s.id) })),
    ]);
  });

  const textSources = documents.map((doc) => {
    const guid = guidFor('document', doc.id);
    const text = rows.texts.get(doc.id) ?? '';
    sources.set(`${SOURCES_FOLDER}/${guid}.txt`, text);
    const offsets = new CodePointOffsets(text);
    const selections = rows.segments
      .filter((s) => s.documentId === doc.id)
      .sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
      .flatMap((segment) => {
        const codes = segment.themeIds.filter((id) => themeIds.has(id));
        if (codes.length === 0) return [];
        const by = segment.coder.trim() ? user(segment.coder) : undefined;
        return [
          element(
            'PlainTextSelection',
            {
              guid: guidFor('segment', segment.id),
              name: quoteName(text.slice(segment.start, segment.end)),
              startPosition: String(offsets.toCodePoint(segment.start)),
              endPosition: String(offsets.toCodePoint(segment.end)),
              creatingUser: by,
              creationDateTime: segment.createdAt,
              modifiedDateTime: segment.updatedAt,
            },
            [
              ...(segment.memo.trim() ? [textElement('Description', segment.memo)] : []),
              ...codes.map((themeId) =>
                element('Coding', { guid: guidFor('coding', `${segment.id}:${themeId}`), creatingUser: by, creationDateTime: segment.createdAt }, [
                  element('CodeRef', { targetGUID: guidFor('theme', themeId) }),
                ]),
              ),
              ...noteRefs(memosOn('segment', segment.id)),
            ],
          ),
        ];
      });
    const documentCodings = doc.themeIds
      .filter((id) => themeIds.has(id))
      .map((themeId) =>
        element('Coding', { guid: guidFor('coding', `${doc.id}:${themeId}`), creationDateTime: doc.createdAt }, [element('CodeRef', { targetGUID: guidFor('theme', themeId) })]),
      );
    return element(
      'TextSource',
      { guid, name: doc.title, plainTextPath: `${INTERNAL_PREFIX}${guid}.txt`, creationDateTime: doc.createdAt, modifiedDateTime: doc.updatedAt },
      [
        ...selections,
        ...documentCodings,
        ...noteRefs(memosOn('document', doc.id)),
        ...variableValues(documentVariables, doc.attributes),
        ...(exportsKind ? variableValues([kindVariable], { [KIND_VARIABLE]: DOCUMENT_KIND_LABELS[doc.kind] }) : []),
      ],
    );
  });

  const memos = [...rows.memos].sort(byCreation);
  const notes = memos.map((memo) =>
    element(
      'Note',
      { guid: memoGuid(memo), name: memo.title.trim() || 'Memo', creatingUser: memo.coder.trim() ? user(memo.coder) : undefined, creationDateTime: memo.createdAt, modifiedDateTime: memo.updatedAt },
      [textElement('PlainTextContent', memo.text)],
    ),
  );
  // A Case cannot carry a NoteRef, so a memo on a city (or on a theme × city cell) is linked to its Case.
  const links = memos.flatMap((memo) => {
    const cityId = memo.targetType === 'city' ? memo.targetId : memo.targetType === 'cell' ? memo.targetId.split('|')[1] : undefined;
    if (cityId === undefined || !rows.cities.some((c) => c.id === cityId)) return [];
    return [element('Link', { guid: guidFor('value-link', memo.id), name: memo.targetType === 'city' ? 'Memo on a city' : 'Memo on a theme in a city', direction: 'OneWay', originGUID: memoGuid(memo), targetGUID: guidFor('city', cityId) })];
  });

  const project = element('Project', { xmlns: PROJECT_NAMESPACE, name: rows.name, origin: rows.origin }, [
    ...(coders.length > 0 ? [element('Users', {}, coders.map((name) => element('User', { guid: user(name), name })))] : []),
    ...(tree.length > 0 ? [element('CodeBook', {}, [element('Codes', {}, tree.map(code))])] : []),
    ...(documentVariables.length + cityVariables.length > 0 || exportsKind
      ? [element('Variables', {}, [...documentVariables, ...(exportsKind ? [kindVariable] : []), ...cityVariables].map(variableNode))]
      : []),
    ...(cases.length > 0 ? [element('Cases', {}, cases)] : []),
    ...(textSources.length > 0 ? [element('Sources', {}, textSources)] : []),
    ...(notes.length > 0 ? [element('Notes', {}, notes)] : []),
    ...(links.length > 0 ? [element('Links', {}, links)] : []),
    ...noteRefs(memos.filter((m) => m.targetType === 'repository')),
  ]);
  return { project, sources };
}
