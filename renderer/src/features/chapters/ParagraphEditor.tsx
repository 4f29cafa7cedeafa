// A paragraph block: rich text (bold, italic, lists) in TipTap, stored as the editor's JSON and autosaved.
import { ActionIcon, Group, Paper, Tooltip } from '@mantine/core';
import { IconBold, IconItalic, IconList, IconListNumbers } from '@tabler/icons-react';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect } from 'react';
import type { ChapterBlockEdit } from '../../../../shared/chapters';
import type { ChapterBlock } from '../../../../shared/model';
import classes from './ParagraphEditor.module.css';
import { useAutosave } from './use-autosave';

type ParagraphBlock = Extract<ChapterBlock, { type: 'paragraph' }>;

const EMPTY = { type: 'doc', content: [{ type: 'paragraph' }] };

function contentOf(block: ParagraphBlock) {
  const content = block.content as { type?: string } | null | undefined;
  return content && typeof content === 'object' && content.type === 'doc' ? content : EMPTY;
}

export function ParagraphEditor({ block, save }: { block: ParagraphBlock; save: (edit: ChapterBlockEdit) => Promise<unknown> }) {
  const autosave = useAutosave((content: unknown) => save({ content }));
  const editor = useEditor({
    extensions: [StarterKit.configure({ heading: { levels: [3] }, link: false, codeBlock: false })],
    content: contentOf(block),
    immediatelyRender: true,
    editorProps: { attributes: { 'aria-label': 'Paragraph text', role: 'textbox', 'aria-multiline': 'true', class: classes.prose! } },
    onUpdate: ({ editor: e }) => autosave.schedule(e.getJSON()),
    onBlur: () => autosave.flush(),
  });
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bullets: e?.isActive('bulletList') ?? false,
      numbers: e?.isActive('orderedList') ?? false,
    }),
  });

  // Undo/redo or another window changed the stored text: show it unless the author is typing here.
  useEffect(() => {
    if (!editor || editor.isFocused || autosave.isPending()) return;
    const stored = contentOf(block);
    if (JSON.stringify(stored) !== JSON.stringify(editor.getJSON())) editor.commands.setContent(stored, { emitUpdate: false });
  }, [block, editor, autosave]);

  const tool = (label: string, active: boolean, icon: React.ReactNode, run: () => void) => (
    <Tooltip label={label} withArrow openDelay={400}>
      <ActionIcon variant={active ? 'filled' : 'subtle'} color="gray" size="sm" aria-label={label} aria-pressed={active} onMouseDown={(e) => e.preventDefault()} onClick={run}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );

  return (
    <Paper withBorder radius="sm">
      <Group gap={4} p={4} role="toolbar" aria-label="Paragraph formatting" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        {tool('Bold', state?.bold ?? false, <IconBold size={14} />, () => editor?.chain().focus().toggleBold().run())}
        {tool('Italic', state?.italic ?? false, <IconItalic size={14} />, () => editor?.chain().focus().toggleItalic().run())}
        {tool('Bulleted list', state?.bullets ?? false, <IconList size={14} />, () => editor?.chain().focus().toggleBulletList().run())}
        {tool('Numbered list', state?.numbers ?? false, <IconListNumbers size={14} />, () => editor?.chain().focus().toggleOrderedList().run())}
      </Group>
      <EditorContent editor={editor} />
    </Paper>
  );
}
