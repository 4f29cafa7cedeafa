// Export to Word from the composer: build the .docx, hand it to the save dialog (desktop) or a download (browser), say what happened.
import { notifications } from '@mantine/notifications';
import type { RepositoryDb } from '../../../../shared/db';
import { exportChapterDocx, type ChapterExportOptions } from '../../../../shared/export-docx';
import { toFailure } from '../../../../shared/result';
import { backgroundWork } from '../../app/background-work';
import { bridge } from '../../bridge';

export async function exportChapterToWord(db: RepositoryDb, chapterId: string, options: ChapterExportOptions): Promise<boolean> {
  const keep = 'The chapter itself is unchanged.';
  try {
    const built = await backgroundWork.run('Writing the Word document', () => exportChapterDocx(db, chapterId, options));
    if (!built.ok) {
      notifications.show({ title: 'The Word document was not written', message: `${built.error.message} ${keep}`, color: 'red', autoClose: false });
      return false;
    }
    const saved = await bridge.saveExport({
      suggestedName: built.value.fileName,
      bytes: built.value.bytes as Uint8Array<ArrayBuffer>,
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    if (!saved.ok) {
      notifications.show({ title: 'The Word document was not saved', message: `${saved.error.message} ${keep}`, color: 'red', autoClose: false });
      return false;
    }
    if (saved.value) notifications.show({ title: 'Chapter exported to Word', message: saved.value.name, color: 'teal' });
    return saved.value !== null;
  } catch (error) {
    notifications.show({ title: 'The Word document was not written', message: `${toFailure(error).message} ${keep}`, color: 'red', autoClose: false });
    return false;
  }
}
