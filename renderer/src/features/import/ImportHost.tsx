// Mounted once in the app: the drop target for files and folders and the report of the last import.
import { useLocation } from 'wouter';
import { useRepository } from '../../db';
import { DropOverlay } from './DropOverlay';
import { ImportReportModal } from './ImportReportModal';
import { useImportSession, useImportSessionInstance } from './import-session';

export function ImportHost() {
  const db = useRepository();
  const session = useImportSessionInstance();
  const state = useImportSession(session);
  const [, navigate] = useLocation();
  return (
    <>
      <DropOverlay onFiles={(files) => void session.importFiles(db, files)} />
      <ImportReportModal
        report={state.report}
        opened={state.reportOpen}
        retryable={state.retryable}
        onClose={session.closeReport}
        onOpenDocument={(id) => {
          session.closeReport();
          navigate(`/reader/${encodeURIComponent(id)}`);
        }}
        onRetry={(file, password) => session.retryWithPassword(db, file, password)}
        onApplyCities={(documentId, chosen) => session.applyCities(db, documentId, chosen)}
      />
    </>
  );
}
