// A document's text as paragraphs or speaker turns, with page markers and coded passages highlighted.
import { Divider, Text, Title } from '@mantine/core';
import { memo } from 'react';
import { clockTime, type ReadingBlock } from '../../../../shared/library';
import type { Segment, Theme } from '../../../../shared/model';
import classes from './ReaderText.module.css';

interface ReaderTextProps {
  blocks: readonly ReadingBlock[];
  segments: ReadonlyMap<string, Segment>;
  themes: ReadonlyMap<string, Theme>;
}

function highlightStyle(colours: string[]): React.CSSProperties {
  const first = colours[0] ?? '#868e96';
  // Overlapping passages show every theme's colour as stacked underlines.
  const underline = colours.map((c, i) => `inset 0 -${2 * (i + 1)}px 0 ${c}`).join(', ');
  return { '--highlight-colour': first, boxShadow: underline } as React.CSSProperties;
}

function SpeakerLabel({ block }: { block: ReadingBlock }) {
  return (
    <>
      {block.timeStart !== null && (
        <Text span size="sm" c="dimmed" ff="monospace" mr={6} className={classes.time}>
          {clockTime(block.timeStart)}
        </Text>
      )}
      <Text span fw={700}>
        {block.speaker}
      </Text>
      {': '}
    </>
  );
}

/** A heading of the document becomes a heading one level below the document's title (h2). */
function Paragraph({ block, children }: { block: ReadingBlock; children: React.ReactNode }) {
  if (block.heading !== null) {
    const level = Math.min(6, block.heading + 2) as 3 | 4 | 5 | 6;
    return (
      <Title order={level} className={classes.heading} data-level={block.heading}>
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

const Block = memo(function Block({ block, segments, themes }: { block: ReadingBlock } & Omit<ReaderTextProps, 'blocks'>) {
  const hasLabelInText = block.labelEnd > block.start;
  return (
    <>
      {block.pageLabel && (
        <Divider
          label={block.pageLabel}
          labelPosition="left"
          my="md"
          role="separator"
          aria-label={block.pageLabel}
        />
      )}
      <Paragraph block={block}>
        {block.speaker && !hasLabelInText && <SpeakerLabel block={block} />}
        {block.pieces.map((piece) => {
          if (piece.label) return piece.start === block.start ? <SpeakerLabel key={piece.start} block={block} /> : null;
          if (piece.segmentIds.length === 0) return piece.text;
          const names: string[] = [];
          const colours: string[] = [];
          for (const id of piece.segmentIds) {
            for (const themeId of segments.get(id)?.themeIds ?? []) {
              const theme = themes.get(themeId);
              if (theme && !names.includes(theme.name)) {
                names.push(theme.name);
                colours.push(theme.colour);
              }
            }
          }
          return (
            <mark key={piece.start} className={classes.highlight} style={highlightStyle(colours)} title={names.join(', ')} data-testid="highlight">
              {piece.text}
            </mark>
          );
        })}
      </Paragraph>
    </>
  );
});

export function ReaderText({ blocks, segments, themes }: ReaderTextProps) {
  return (
    <div className={classes.text}>
      {blocks.map((block) => (
        <Block key={block.start} block={block} segments={segments} themes={themes} />
      ))}
    </div>
  );
}
