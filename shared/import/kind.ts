// Guesses what kind of document a file is (interview, focus group, transcript, report …) from its name and content.
import type { DocumentKind, SourceFormat, Turn } from '../model';

interface KindEvidence {
  name: string;
  sourceFormat: SourceFormat;
  text: string;
  turns: Turn[];
  pageCount?: number;
}

const NAME_RULES: Array<[RegExp, DocumentKind]> = [
  [/focus[\s_-]?group|fokusgruppe|groupe[\s_-]de[\s_-]discussion|grupo[\s_-]focal|grupa[\s_-]fokusowa|fgd\b/i, 'focus-group'],
  [/field[\s_-]?notes?|feldnotiz|observation|beobachtung|notes?[\s_-]de[\s_-]terrain|diario[\s_-]de[\s_-]campo/i, 'field-note'],
  [/interview|intervju|entrevista|intervista|wywiad|rozhovor|gespräch/i, 'interview'],
  [/transcript|transkript|transcription|trascrizione|\.(vtt|srt)$/i, 'transcript'],
  [/polic(y|ies)|strateg(y|ie|ia)|action[\s_-]plan|aktionsplan|regulation|ordinance|decree|gesetz|verordnung|leitbild|konzept/i, 'policy-document'],
  [/report|bericht|rapport|raport|zpráva|informe|rapporto|evaluation|study|studie|survey|review/i, 'report'],
];

const CONTENT_RULES: Array<[RegExp, DocumentKind]> = [
  [/\bfocus group\b|\bfokusgruppe\b/i, 'focus-group'],
  [/^\s*(interview|transcript|interviewee|interviewer)\b/im, 'interview'],
  [/\b(this|the present) (report|study)\b|\bexecutive summary\b|\btable of contents\b|\binhaltsverzeichnis\b/i, 'report'],
  [/\b(strategy|policy|action plan) (for|on|of)\b|\bthe (city|municipality) (shall|will)\b/i, 'policy-document'],
];

export function guessKind(evidence: KindEvidence): DocumentKind {
  const fileName = evidence.name.toLowerCase();
  for (const [pattern, kind] of NAME_RULES) if (pattern.test(fileName)) return kind;
  if (evidence.sourceFormat === 'vtt' || evidence.sourceFormat === 'srt') return 'transcript';
  const speakers = new Set(evidence.turns.map((t) => t.speaker?.toLowerCase()).filter(Boolean));
  if (evidence.turns.length >= 3 && speakers.size >= 4) return 'focus-group';
  if (evidence.turns.length >= 3 && speakers.size >= 2) return 'interview';
  // Only the opening: a news page that mentions an interview somewhere is not an interview.
  const head = evidence.text.slice(0, 600);
  for (const [pattern, kind] of CONTENT_RULES) if (pattern.test(head)) return kind;
  if ((evidence.pageCount ?? 0) >= 10) return 'report';
  return 'other';
}
