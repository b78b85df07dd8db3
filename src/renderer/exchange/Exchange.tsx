// Report export and episode import in the app: the title-bar buttons, Ctrl+E, the menu commands, drag and drop onto the window, and their dialogs.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { ContinuityClient, ProjectInfo } from '../../shared/contract';
import type { EpisodeRef } from '../../engine/types';
import { DropOverlay } from './DropOverlay';
import { ExportDialog, errorText } from './ExportDialog';
import { ImportDialog, type ImportState } from './ImportDialog';
import { importBatches, maxImportFileBytes, readImportFiles } from './readImportFiles';
import { importOutcome } from './importOutcome';
import './exchange.css';

interface Props {
  client: ContinuityClient;
  project: Pick<ProjectInfo, 'language' | 'episodes' | 'readOnly'>;
}

/** The file kinds the importers understand (the chooser shows these; a drop may bring anything and gets a warning). */
export const importAccept = '.txt,.md,.markdown,.fountain,.fdx,.docx';

/** Whether a drag carries files (not text dragged inside the editor). */
function carriesFiles(e: DragEvent): boolean {
  return !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
}

export function Exchange({ client, project }: Props) {
  const { t } = useTranslation();
  const [exportOpen, setExportOpen] = useState(false);
  const [importState, setImportState] = useState<ImportState | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  /** Files already sent in earlier calls of this import, so the service's per-call progress adds up. */
  const importOffset = useRef<{ offset: number; total: number } | null>(null);
  const readOnly = project.readOnly;

  const runImport = useCallback(
    async (files: File[]) => {
      if (!files.length || importOffset.current) return;
      if (readOnly) {
        setImportState({ phase: 'failed', message: t('exchange.readOnly'), warnings: [] });
        return;
      }
      setImportState({ phase: 'reading', total: files.length });
      const { inputs, skipped } = await readImportFiles(files);
      const warnings = skipped.map((s) =>
        s.reason === 'too-large'
          ? t('exchange.tooLarge', { name: s.name, max: Math.round(maxImportFileBytes / 1024 / 1024) })
          : t('exchange.unreadable', { name: s.name, detail: s.detail ?? '' }),
      );
      const added: EpisodeRef[] = [];
      let failure: { error: unknown; message: string } | null = null;
      importOffset.current = { offset: 0, total: inputs.length };
      try {
        for (const batch of importBatches(inputs)) {
          setImportState({ phase: 'importing', done: importOffset.current.offset, total: inputs.length });
          try {
            const outcome = await client.importEpisodes(batch);
            added.push(...outcome.added);
            warnings.push(...outcome.warnings);
          } catch (error) {
            failure = { error, message: errorText(error) };
            break;
          }
          importOffset.current.offset += batch.length;
        }
      } finally {
        importOffset.current = null;
      }
      setImportState(importOutcome(added, warnings, failure, (message) => t('exchange.importFailed', { message })));
    },
    [client, readOnly, t],
  );

  const chooseFiles = useCallback(() => {
    if (readOnly) setImportState({ phase: 'failed', message: t('exchange.readOnly'), warnings: [] });
    else fileInput.current?.click();
  }, [readOnly, t]);

  // Menu commands (Electron) and the import's progress.
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type === 'command' && event.command === 'export-report') setExportOpen(true);
        else if (event.type === 'command' && event.command === 'import-files') chooseFiles();
        else if (event.type === 'progress' && event.task === 'import' && importOffset.current) {
          const { offset, total } = importOffset.current;
          setImportState({ phase: 'importing', done: Math.min(total, offset + event.done), total });
        }
      }),
    [client, chooseFiles],
  );

  // Ctrl+E (Cmd+E) opens the export dialog from anywhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        setExportOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Files dragged onto the window: an overlay while dragging, an import on drop. Caught before the editor sees them.
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = readOnly ? 'none' : 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.stopPropagation();
      depth = 0;
      setDragging(false);
      void runImport([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter, true);
    window.addEventListener('dragover', over, true);
    window.addEventListener('dragleave', leave, true);
    window.addEventListener('drop', drop, true);
    return () => {
      window.removeEventListener('dragenter', enter, true);
      window.removeEventListener('dragover', over, true);
      window.removeEventListener('dragleave', leave, true);
      window.removeEventListener('drop', drop, true);
    };
  }, [readOnly, runImport]);

  const closeExport = useCallback(() => setExportOpen(false), []);
  const closeImport = useCallback(() => setImportState(null), []);

  return (
    <div className="cdx-actions">
      <button type="button" className="cd-titlebar-button cdx-import-button" onClick={chooseFiles} disabled={readOnly} title={readOnly ? t('exchange.readOnly') : t('exchange.importTitle')} aria-haspopup="dialog">
        {t('exchange.importButton')}
      </button>
      <button type="button" className="cd-titlebar-button cdx-export-button" onClick={() => setExportOpen(true)} title={t('exchange.exportTitle')} aria-haspopup="dialog" aria-keyshortcuts="Control+E">
        {t('exchange.exportButton')}
      </button>
      <input
        ref={fileInput}
        className="cdx-file-input"
        type="file"
        multiple
        accept={importAccept}
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          void runImport(files);
        }}
      />
      {createPortal(
        <>
          {dragging && <DropOverlay readOnly={readOnly} />}
          {exportOpen && <ExportDialog client={client} projectLanguage={project.language} episodes={project.episodes} onClose={closeExport} />}
          {importState && <ImportDialog state={importState} onClose={closeImport} />}
        </>,
        document.body,
      )}
    </div>
  );
}
