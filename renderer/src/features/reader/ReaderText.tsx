// A document's text as paragraphs or speaker turns, with page markers, coded passages highlighted and margin stripes.
import { Divider, Text, Title } from '@mantine/core';
import { memo, useRef } from 'react';
import { clockTime, type ReadingBlock } from '../../../../shared/library';
import type { Segment, Theme } from '../../../../shared/model';
import { KEYBOARD_HINT_ID, KeyboardCodingHint } from './KeyboardCodingHint';
import { stripeBackground } from './segment-lanes';
import { useKeyboardSelection } from './use-keyboard-selection';
import classes from './ReaderText.module.css';

interface ReaderTextProps {
  blocks: readonly ReadingBlock[];
  segments: ReadonlyMap<string, Segment>;
  themes: ReadonlyMap<string, Theme>;
  /** The margin lane of each coded passage (see segment-lanes.ts). */
  lanes: ReadonlyMap<string, number>;
  activeSegmentId: string | null;
  onOpenSegment: (segmentId: string) => void;
  /** A click on a speaker's name offers to code all of that speaker's turns. */
  onSpeaker?: (speaker: string) => void;
  /** The document text: with it the text takes the focus and the arrow keys select (see use-keyboard-selection.ts). */
  text?: string;
  /** The document language (BCP 47 or ISO 639), for word and sentence steps. */
  language?: string;
  /** Called when the keyboard has changed the page's selection. */
  onKeyboardSelect?: () => void;
}

function highlightStyle(colours: string[]): React.CSSProperties {
  const first = colours[0] ?? '#868e96';
  // Overlapping passages show every theme's colour as stacked underlines.
  const underline = colours.map((c, i) => `inset 0 -${2 * (i + 1)}px 0 ${c}`).join(', ');
  return { '--highlight-colour': first, boxShadow: underline } as React.CSSProperties;
}

function themesOf(segment: Segment | undefined, themes: ReadonlyMap<string, Theme>): Theme[] {
  return (segment?.themeIds ?? []).map((id) => themes.get(id)).filter((t): t is Theme => t !== undefined);
}

/** A speaker label; its data-start/data-end say which text it stands for (none when the label is not in the text). */
function SpeakerLabel({ block, onSpeaker }: { block: ReadingBlock; onSpeaker?: (speaker: string) => void }) {
  return (
    <span data-start={block.start} data-end={block.labelEnd} data-label="">
      {block.timeStart !== null && (
        <Text span size="sm" c="dimmed" ff="monospace" mr={6} className={classes.time}>
          {clockTime(block.timeStart)}
        </Text>
      )}
      {onSpeaker && block.speaker ? (
        <button type="button" className={classes.speaker} title={`Code all turns of ${block.speaker}…`} onClick={() => onSpeaker(block.speaker!)}>
          {block.speaker}
        </button>
      ) : (
        <Text span fw={700}>
          {block.speaker}
        </Text>
      )}
      {': '}
    </span>
  );
}

/** A heading of the document becomes a heading one level below the document's title (h2). */
function Paragraph({ block, children }: { block: ReadingBlock; children: React.ReactNode }) {
  if (block.heading !== null) {
    const level = Math.min(6, block.heading + 2) as 3 | 4 | 5 | 6;
    return (
      <Title order={level} className={`${classes.heading} ${classes.block}`} data-level={block.heading}>
        {children}
      </Title>
    );
  }
  return (
    <p className={classes.block} data-speaker={block.speaker ?? undefined}>
      {children}
    </p>
  );
}

type BlockProps = { block: ReadingBlock } & Omit<ReaderTextProps, 'blocks'>;

function Stripes({ block, segments, themes, lanes, activeSegmentId, onOpenSegment }: BlockProps) {
  const ids = [...new Set(block.pieces.flatMap((p) => p.segmentIds))];
  if (ids.length === 0) return null;
  return (
    <span className={classes.stripes} contentEditable={false}>
      {ids.map((id) => {
        const themeList = themesOf(segments.get(id), themes);
        const names = themeList.map((t) => t.name).join(', ');
        return (
          <button
            key={id}
            type="button"
            className={classes.stripe}
            data-testid="margin-stripe"
            data-segment={id}
            data-active={id === activeSegmentId || undefined}
            style={{ '--lane': lanes.get(id) ?? 0, background: stripeBackground(themeList.map((t) => t.colour)) } as React.CSSProperties}
            aria-label={`Coded passage: ${names}`}
            title={names}
            onClick={() => onOpenSegment(id)}
          />
        );
      })}
    </span>
  );
}

const Block = memo(function Block(props: BlockProps) {
  const { block, segments, themes, onOpenSegment, onSpeaker } = props;
  const hasLabelInText = block.labelEnd > block.start;
  return (
    <>
      {block.pageLabel && (
        <Divider label={block.pageLabel} labelPosition="left" my="md" role="separator" aria-label={block.pageLabel} />
      )}
      <Paragraph block={block}>
        <Stripes {...props} />
        {block.speaker && !hasLabelInText && <SpeakerLabel block={block} onSpeaker={onSpeaker} />}
        {block.pieces.map((piece) => {
          if (piece.label) return piece.start === block.start ? <SpeakerLabel key={piece.start} block={block} onSpeaker={onSpeaker} /> : null;
          if (piece.segmentIds.length === 0) {
            return (
              <span key={piece.start} data-start={piece.start} data-end={piece.end}>
                {piece.text}
              </span>
            );
          }
          const names: string[] = [];
          const colours: string[] = [];
          for (const id of piece.segmentIds) {
            for (const theme of themesOf(segments.get(id), themes)) {
              if (!names.includes(theme.name)) {
                names.push(theme.name);
                colours.push(theme.colour);
              }
            }
          }
          // A click opens the innermost passage (the one starting last) unless the reader is selecting text.
          const innermost = piece.segmentIds[piece.segmentIds.length - 1]!;
          return (
            <mark
              key={piece.start}
              className={classes.highlight}
              style={highlightStyle(colours)}
              title={names.join(', ')}
              data-testid="highlight"
              data-start={piece.start}
              data-end={piece.end}
              data-segments={piece.segmentIds.join(' ')}
              onClick={() => {
                if (window.getSelection()?.isCollapsed !== false) onOpenSegment(innermost);
              }}
            >
              {piece.text}
            </mark>
          );
        })}
      </Paragraph>
    </>
  );
});

const noop = () => {};
const NO_ROOT = { current: null };

export function ReaderText({ blocks, activeSegmentId, text, language, onKeyboardSelect, ...rest }: ReaderTextProps) {
  const root = useRef<HTMLDivElement>(null);
  const keyboard = text !== undefined;
  useKeyboardSelection(keyboard ? root : NO_ROOT, text ?? '', blocks, onKeyboardSelect ?? noop, language);
  const focusable = keyboard
    ? { tabIndex: 0, role: 'document', 'aria-label': 'Document text: select with Shift and the arrow keys', 'aria-describedby': KEYBOARD_HINT_ID }
    : {};
  return (
    <>
      {keyboard && <KeyboardCodingHint />}
      <div ref={root} className={classes.text} data-reader-text="" {...focusable}>
        {blocks.map((block) => (
          // Only the blocks of the open passage see it change, so opening one re-renders a few blocks, not thousands.
          <Block
            key={block.start}
            block={block}
            activeSegmentId={activeSegmentId && block.pieces.some((p) => p.segmentIds.includes(activeSegmentId)) ? activeSegmentId : null}
            {...rest}
          />
        ))}
      </div>
    </>
  );
}
