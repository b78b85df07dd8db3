// The center of the app: the open episode in ProseMirror, with flags, find, saving and reloading from disk.
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorView } from 'prosemirror-view';
import { TextSelection } from 'prosemirror-state';
import type { Annotation, AnnotationFact, ContinuityClient, EpisodeDocument, HistoryEntry } from '../../shared/contract';
import type { Conflict, EntityKind, EpisodeRef, Evidence } from '../../engine/types';
import { createEditorState } from '../editor/createEditorState';
import { docToText, posToTextOffset, textOffsetToPos, textToDoc } from '../editor/docText';
import { focusConflict, locateQuote, setAnalysis, type FlagHandlers } from '../editor/analysisPlugin';
import { currentMatchIndex, findKey, findNext, replaceAll, replaceCurrent, setFindQuery } from '../editor/findPlugin';
import { renameVariant } from '../editor/renameVariant';
import { wordCount } from '../editor/wordCount';
import { SaveController, type SaveStatus } from '../state/saveController';
import { otherEvidence, type NavTarget } from '../state/navTarget';
import { ConflictTooltip } from './ConflictTooltip';
import { FindBar } from './FindBar';
import { OutsideChangeBar } from './OutsideChangeBar';
import { HistoryMenu } from './HistoryMenu';
import { AnnotationBar } from './AnnotationBar';
import '../editor/screenplay.css';
import './annotations.css';
import { FactForm } from './FactForm';
import { SeriesReplace } from './SeriesReplace';
import { AnnotationMenu } from './AnnotationMenu';
import { suggestFact, type NamedEntity } from '../editor/factSuggestion';
import { addAnnotation, annotationKey, annotationTags, currentAnnotations, removeAnnotation, setAnnotations, updateAnnotationFact, type AnnotationTag } from '../editor/annotationPlugin';

/** What the app can ask of the editor. */
export interface EditorHandle {
  /** Saves now if anything is unsaved. */
  flush(): Promise<void>;
  /** Renames a spelling variant in the open episode as one undoable step; returns how many places changed. */
  rename(from: string, to: string): number;
  openFind(): void;
  /** Replaces the text of an episode (once it is open) in one undoable step, e.g. with recovered typing. */
  replaceText(episodeId: string, text: string): void;
  /** Loads the open episode again from disk (after restoring an earlier version). */
  reload(): Promise<void>;
}

interface Props {
  client: ContinuityClient;
  episode: EpisodeRef | null;
  episodesByFile: Map<string, EpisodeRef>;
  /** Increases when a new analysis is available: the editor then fetches its episode's view. */
  analysisTick: number;
  target: NavTarget | null;
  readOnly: boolean;
  /** Kind per entity id from the latest report. */
  entityKinds: Record<string, EntityKind>;
  /** The series' entities (bible and detected), for the fact form's names. */
  entities?: NamedEntity[];
  onSaveStatus(status: SaveStatus, message?: string): void;
  onSaved(): void;
  onWordCount(count: number): void;
  onOpenSide(conflict: Conflict, evidence: Evidence): void;
  onOpenHistory(entry: HistoryEntry): void;
  handle: Ref<EditorHandle | null>;
}

interface Loaded {
  id: string;
  file: string;
}

type Phase = 'empty' | 'loading' | 'ready' | 'error';

export function EpisodeEditor(props: Props) {
  const { t } = useTranslation();
  const propsRef = useRef(props);
  propsRef.current = props;
  const mountRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const controllerRef = useRef<SaveController | null>(null);
  const loadedRef = useRef<Loaded | null>(null);
  const pendingTargetRef = useRef<NavTarget | null>(null);
  const pendingReplaceRef = useRef<{ episodeId: string; text: string } | null>(null);
  const conflictsRef = useRef(new Map<string, Conflict>());
  const findOpenRef = useRef(false);
  const [phase, setPhase] = useState<Phase>('empty');
  const [error, setError] = useState('');
  const [hover, setHover] = useState<{ ids: string[]; anchor: HTMLElement } | null>(null);
  const [diskMessage, setDiskMessage] = useState<string | null>(null);
  const [find, setFind] = useState({ open: false, query: '', current: 0, total: 0, focusToken: 0 });
  const [hasSelection, setHasSelection] = useState(false);
  const [annotations, setAnnotationList] = useState<Annotation[]>([]);
  const [factForm, setFactForm] = useState<{ quote: string; initial: AnnotationFact; from: number; to: number; editId?: string; seq?: number } | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const [seriesReplace, setSeriesReplace] = useState<{ find: string } | null>(null);
  /** Keys the editor hands to the component (the fact shortcut, the context-menu key); set below, read by the view. */
  const keyRef = useRef<(event: KeyboardEvent) => boolean>(() => false);

  const updateFindInfo = () => {
    const state = viewRef.current?.state;
    if (!state || !findOpenRef.current) return;
    const info = findKey.getState(state);
    setFind((f) => ({ ...f, query: info?.query ?? '', total: info?.matches.length ?? 0, current: currentMatchIndex(state) }));
  };

  /** What the flags call; stable for the component's life, reading the latest props through refs. */
  const handlersRef = useRef<FlagHandlers>({
    onHover: (ids, anchor) => setHover(ids && anchor ? { ids, anchor } : null),
    onOpen: (ids) => {
      const loaded = loadedRef.current;
      const conflict = conflictsRef.current.get(ids[0]);
      const other = conflict && loaded ? otherEvidence(conflict, loaded.file)[0] : undefined;
      if (conflict && other) propsRef.current.onOpenSide(conflict, other);
    },
  });

  // One EditorView for the component's life (it reads the latest props through propsRef); episodes swap its state.
  useEffect(() => {
    const view = new EditorView(mountRef.current!, {
      state: createEditorState('', handlersRef.current),
      editable: () => loadedRef.current !== null && !propsRef.current.readOnly,
      handleKeyDown: (_view, event) => keyRef.current(event),
      attributes: () => ({
        class: 'cd-prose',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('editor.label', { title: propsRef.current.episode?.title ?? '' }),
        spellcheck: 'false',
      }),
      dispatchTransaction(tr) {
        const before = view.state;
        view.updateState(view.state.apply(tr));
        if (tr.docChanged) controllerRef.current?.changed();
        if (before.selection.empty !== view.state.selection.empty) setHasSelection(!view.state.selection.empty);
        if (annotationKey.getState(before)?.annotations !== annotationKey.getState(view.state)?.annotations) {
          setAnnotationList(annotationKey.getState(view.state)?.annotations ?? []);
        }
        if (findOpenRef.current) updateFindInfo();
      },
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
  }, []);

  const refreshView = async () => {
    const loaded = loadedRef.current;
    if (!loaded) return;
    const result = await propsRef.current.client.getEpisodeView(loaded.id);
    const view = viewRef.current;
    if (loadedRef.current !== loaded || !view) return;
    conflictsRef.current = new Map(result.conflicts.map((c) => [c.id, c]));
    view.dispatch(
      setAnalysis(view.state, {
        version: result.version,
        episodeFile: loaded.file,
        mentions: result.mentions,
        conflicts: result.conflicts,
        entityKinds: propsRef.current.entityKinds,
      }),
    );
  };

  /** Stores the episode's annotations with selectors as the text now reads (the service re-anchors them on load). */
  const storeAnnotations = async () => {
    const loaded = loadedRef.current;
    const view = viewRef.current;
    if (!loaded || !view || propsRef.current.readOnly) return;
    await propsRef.current.client.saveAnnotations(loaded.id, currentAnnotations(view.state));
  };

  const loadAnnotations = async (loaded: Loaded) => {
    const list = await propsRef.current.client.getAnnotations(loaded.id);
    const view = viewRef.current;
    if (view && loadedRef.current === loaded) view.dispatch(setAnnotations(view.state, list));
  };

  const mark = (tag: AnnotationTag) => {
    const view = viewRef.current;
    const loaded = loadedRef.current;
    if (!view || !loaded) return;
    const tr = addAnnotation(view.state, tag, loaded.file, crypto.randomUUID());
    if (!tr) return;
    view.dispatch(tr);
    view.focus();
    void storeAnnotations().catch(() => undefined);
  };

  /** The series' names for the fact form: from the props when the app passes them, else from the latest report (kept per analysis). */
  const [fetchedEntities, setFetchedEntities] = useState<{ tick: number; entities: NamedEntity[] } | null>(null);
  const namedEntities = (): NamedEntity[] => props.entities ?? fetchedEntities?.entities ?? [];
  useEffect(() => {
    if (!factForm || props.entities || fetchedEntities?.tick === props.analysisTick) return;
    const tick = props.analysisTick;
    void props.client
      .getReport()
      .then((r) => setFetchedEntities({ tick, entities: r.report.entities }))
      .catch(() => undefined);
  }, [factForm, props.entities, props.analysisTick]);
  // The guess waits for the names: once they arrive, an empty subject is filled in.
  useEffect(() => {
    if (!factForm || factForm.editId || factForm.initial.subject || !fetchedEntities) return;
    const view = viewRef.current;
    if (!view) return;
    const text = docToText(view.state.doc);
    const start = posToTextOffset(view.state.doc, factForm.from);
    const end = posToTextOffset(view.state.doc, factForm.to);
    const guess = suggestFact(text, start, end, fetchedEntities.entities);
    if (guess.subject) setFactForm({ ...factForm, initial: { ...factForm.initial, subject: guess.subject, object: guess.object }, seq: (factForm.seq ?? 0) + 1 });
  }, [fetchedEntities]);

  /** Opens the fact form for the selection, subject and object guessed from its sentence. */
  const openFactForm = () => {
    const view = viewRef.current;
    if (!view || !loadedRef.current || propsRef.current.readOnly) return;
    const { from, to } = view.state.selection;
    if (from === to) return;
    const text = docToText(view.state.doc);
    const start = posToTextOffset(view.state.doc, from);
    const end = posToTextOffset(view.state.doc, to);
    const guess = suggestFact(text, start, end, namedEntities());
    setMenu(null);
    setFactForm({ quote: text.slice(start, end), initial: { subject: guess.subject, predicate: '', object: guess.object }, from, to });
  };

  const editFact = (annotation: Annotation) => {
    if (!annotation.fact) return;
    setFactForm({ quote: annotation.target.selector[0].exact, initial: annotation.fact, from: 0, to: 0, editId: annotation.id });
  };

  const saveFact = (fact: AnnotationFact) => {
    const view = viewRef.current;
    const loaded = loadedRef.current;
    const form = factForm;
    setFactForm(null);
    if (!view || !loaded || !form) return;
    if (form.editId) {
      const tr = updateAnnotationFact(view.state, form.editId, fact);
      if (tr) view.dispatch(tr);
    } else {
      const size = view.state.doc.content.size;
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, Math.min(form.from, size), Math.min(form.to, size))));
      const tr = addAnnotation(view.state, 'fact', loaded.file, crypto.randomUUID(), new Date().toISOString(), fact);
      if (tr) view.dispatch(tr);
    }
    view.focus();
    void storeAnnotations().catch(() => undefined);
  };

  /** The context menu at the caret (keyboard) or the pointer: the quick tags and "Fact…". */
  const openMenu = (x: number, y: number) => {
    const view = viewRef.current;
    if (!view || view.state.selection.empty || propsRef.current.readOnly || !loadedRef.current) return false;
    setMenu({ x, y });
    return true;
  };

  keyRef.current = (event) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.altKey && !event.shiftKey && event.code === 'KeyF') {
      openFactForm();
      return true;
    }
    if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
      const view = viewRef.current;
      if (!view || view.state.selection.empty) return false;
      view.dispatch(view.state.tr.scrollIntoView());
      const at = view.coordsAtPos(view.state.selection.to);
      return openMenu(at.left, at.bottom);
    }
    return false;
  };

  const unmark = (annotation: Annotation) => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch(removeAnnotation(view.state, annotation.id));
    void storeAnnotations().catch(() => undefined);
  };

  const selectAnnotation = (annotation: Annotation) => {
    const view = viewRef.current;
    const range = view ? annotationKey.getState(view.state)?.decorations.find(undefined, undefined, (s) => s.annotationId === annotation.id)[0] : undefined;
    if (!view || !range) return;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, range.from, range.to)).scrollIntoView());
    view.focus();
  };

  const applyTarget = () => {
    const target = pendingTargetRef.current;
    const loaded = loadedRef.current;
    const view = viewRef.current;
    if (!target || !loaded || !view || loaded.id !== target.episodeId) return;
    pendingTargetRef.current = null;
    const doc = view.state.doc;
    const found = locateQuote(docToText(doc), target.evidence.start, target.evidence.end, target.evidence.quote);
    let tr = focusConflict(view.state, target.conflictId);
    let from = 0;
    if (found) {
      from = textOffsetToPos(doc, found[0]);
      tr = tr.setSelection(TextSelection.create(doc, from, textOffsetToPos(doc, found[1])));
    }
    view.dispatch(tr);
    if (target.focusEditor) view.focus();
    if (found) {
      const at = view.domAtPos(from);
      const element = at.node instanceof HTMLElement ? at.node : at.node.parentElement;
      element?.scrollIntoView({ block: 'center' });
    }
  };

  const applyReplace = () => {
    const pending = pendingReplaceRef.current;
    const view = viewRef.current;
    if (!pending || !view || loadedRef.current?.id !== pending.episodeId) return;
    pendingReplaceRef.current = null;
    view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, textToDoc(pending.text).content));
  };

  const showDocument = (doc: EpisodeDocument, file: string) => {
    const view = viewRef.current!;
    view.updateState(createEditorState(doc.text, handlersRef.current));
    const loaded = { id: doc.id, file };
    loadedRef.current = loaded;
    setAnnotationList([]);
    setHasSelection(false);
    if (findOpenRef.current) view.dispatch(setFindQuery(view.state, find.query));
    propsRef.current.onWordCount(wordCount(doc.text));
    return loaded;
  };

  /** Loads the episode from disk; `onlyIfClean` (an outside change noticed) gives way to typing done meanwhile. */
  const reloadFromDisk = async (onlyIfClean = false) => {
    const loaded = loadedRef.current;
    const controller = controllerRef.current;
    if (!loaded || !controller) return;
    // ProseMirror documents are immutable: any keystroke while the file is read makes a new one.
    const docAtStart = viewRef.current?.state.doc;
    const doc = await propsRef.current.client.readEpisode(loaded.id);
    if (loadedRef.current !== loaded) return;
    if (onlyIfClean && (controller.hasUnsavedChanges || controller.current !== 'saved' || viewRef.current?.state.doc !== docAtStart)) return;
    // Our own save seen by the watcher: the text is what the editor shows, so the caret and the undo history stay.
    if (viewRef.current && docToText(viewRef.current.state.doc) === doc.text) {
      controller.reset(doc.hash);
      setDiskMessage(null);
      return;
    }
    showDocument(doc, loaded.file);
    controller.reset(doc.hash);
    setDiskMessage(null);
    await Promise.all([refreshView(), loadAnnotations(loadedRef.current!)]);
  };

  const keepMine = async () => {
    const loaded = loadedRef.current;
    const controller = controllerRef.current;
    if (!loaded || !controller) return;
    const doc = await propsRef.current.client.readEpisode(loaded.id);
    setDiskMessage(null);
    await controller.overwrite(doc.hash);
  };

  // Load the chosen episode; on leaving it, save what is unsaved.
  const episodeId = props.episode?.id ?? null;
  useEffect(() => {
    const episode = propsRef.current.episode;
    if (!episode) {
      setPhase('empty');
      return;
    }
    let cancelled = false;
    let frozenText: string | null = null;
    setPhase('loading');
    setHover(null);
    setDiskMessage(null);
    const client = propsRef.current.client;
    client
      .readEpisode(episode.id)
      .then(async (doc) => {
        if (cancelled) return;
        const loaded = showDocument(doc, episode.file);
        const controller: SaveController = new SaveController({
          episodeId: doc.id,
          baseHash: doc.hash,
          save: (id, text, hash) => client.saveEpisode(id, text, hash),
          getText: () => frozenText ?? docToText(viewRef.current!.state.doc),
          journal: propsRef.current.readOnly ? undefined : (id, text) => client.journalEdit(id, text),
          discardJournal: (id) => client.discardRecovery(id),
          onStatus: (status, message) => {
            if (controllerRef.current !== controller) return;
            if (status === 'changed-on-disk') setDiskMessage(message ?? '');
            propsRef.current.onSaveStatus(status, message);
          },
          onSaved: () => {
            if (controllerRef.current !== controller) return;
            if (annotationKey.getState(viewRef.current!.state)?.annotations.length) void storeAnnotations().catch(() => undefined);
            propsRef.current.onSaved();
            propsRef.current.onWordCount(wordCount(docToText(viewRef.current!.state.doc)));
          },
        });
        controllerRef.current = controller;
        propsRef.current.onSaveStatus(propsRef.current.readOnly ? 'read-only' : 'saved');
        setPhase('ready');
        viewRef.current?.setProps({});
        applyReplace();
        await Promise.all([refreshView().catch(() => undefined), loadAnnotations(loaded).catch(() => undefined)]);
        if (loadedRef.current === loaded) applyTarget();
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setError(e instanceof Error ? e.message : String(e));
        setPhase('error');
      });
    return () => {
      cancelled = true;
      const controller = controllerRef.current;
      if (controller && viewRef.current) {
        frozenText = docToText(viewRef.current.state.doc);
        void controller.flush().finally(() => controller.dispose());
      }
      controllerRef.current = null;
      loadedRef.current = null;
    };
  }, [episodeId]);

  // A new analysis, or the report's entity kinds arriving, redraws the marks (same version replaces, older is ignored).
  useEffect(() => {
    if (props.analysisTick > 0 || Object.keys(props.entityKinds).length > 0) void refreshView().catch(() => undefined);
  }, [props.analysisTick, props.entityKinds]);

  useEffect(() => {
    if (!props.target) return;
    pendingTargetRef.current = props.target;
    applyTarget();
  }, [props.target?.seq]);

  // An outside change to the open, clean episode is loaded; a dirty one is left to the save's changed-on-disk check.
  useEffect(
    () =>
      props.client.onEvent((event) => {
        if (event.type !== 'episode-changed') return;
        const loaded = loadedRef.current;
        const controller = controllerRef.current;
        if (!loaded || !controller || event.id !== loaded.id || event.hash === controller.baseHash) return;
        if (controller.current === 'saved' && !controller.hasUnsavedChanges) void reloadFromDisk(true);
      }),
    [props.client],
  );

  useEffect(() => {
    const onBlur = () => void controllerRef.current?.flush();
    window.addEventListener('blur', onBlur);
    return () => window.removeEventListener('blur', onBlur);
  }, []);

  const openFind = () => {
    findOpenRef.current = true;
    setFind((f) => ({ ...f, open: true, focusToken: f.focusToken + 1 }));
    updateFindInfo();
  };

  useImperativeHandle(props.handle, () => ({
    flush: async () => {
      await controllerRef.current?.flush();
    },
    rename: (from, to) => {
      const view = viewRef.current;
      const tr = view && loadedRef.current ? renameVariant(view.state, from, to) : null;
      if (!view || !tr) return 0;
      view.dispatch(tr);
      return tr.steps.length;
    },
    openFind,
    reload: () => reloadFromDisk(),
    replaceText: (id, text) => {
      pendingReplaceRef.current = { episodeId: id, text };
      applyReplace();
    },
  }));

  const runFind = (query: string) => {
    const view = viewRef.current;
    if (!view) return;
    view.dispatch(setFindQuery(view.state, query));
    const next = findNext(view.state);
    if (next) view.dispatch(next);
    updateFindInfo();
  };
  const stepFind = (backwards: boolean) => {
    const view = viewRef.current;
    const next = view ? findNext(view.state, backwards) : null;
    if (view && next) view.dispatch(next);
    updateFindInfo();
  };
  const closeFind = () => {
    findOpenRef.current = false;
    setFind((f) => ({ open: false, query: '', current: 0, total: 0, focusToken: f.focusToken }));
    const view = viewRef.current;
    if (view) {
      view.dispatch(setFindQuery(view.state, ''));
      view.focus();
    }
  };

  const episode = props.episode;
  return (
    <section className="cd-editor-pane" aria-label={episode?.title ?? t('editor.empty')}>
      {episode && (
        <div className="cd-editor-header">
          <span className="cd-editor-episode-no">{String(episode.index + 1).padStart(2, '0')}</span>
          <span className="cd-editor-title">{episode.title}</span>
          <span className="cd-editor-file">{episode.file}</span>
          <HistoryMenu client={props.client} episodeId={episode.id} onOpen={props.onOpenHistory} />
        </div>
      )}
      {episode && phase === 'ready' && (
        <div className="cd-annotate-wrap">
          <AnnotationBar
            canMark={hasSelection && !props.readOnly}
            annotations={annotations}
            onMark={mark}
            onSelect={selectAnnotation}
            onRemove={unmark}
            onFact={openFactForm}
            onEdit={editFact}
          />
          {factForm && (
            <FactForm
              key={`${factForm.editId ?? 'new'}-${factForm.from}-${factForm.to}-${factForm.seq ?? 0}`}
              quote={factForm.quote}
              initial={factForm.initial}
              names={[...new Set(namedEntities().map((e) => e.name))].sort((a, b) => a.localeCompare(b))}
              editing={!!factForm.editId}
              onSave={saveFact}
              onCancel={() => {
                setFactForm(null);
                viewRef.current?.focus();
              }}
            />
          )}
        </div>
      )}
      {menu && (
        <AnnotationMenu
          x={menu.x}
          y={menu.y}
          tags={annotationTags}
          onMark={(tag) => {
            setMenu(null);
            mark(tag);
          }}
          onFact={openFactForm}
          onClose={() => {
            setMenu(null);
            viewRef.current?.focus();
          }}
        />
      )}
      {episode && (
        <OutsideChangeBar
          client={props.client}
          episodeId={episode.id}
          changed={diskMessage !== null}
          getMine={() => (viewRef.current ? docToText(viewRef.current.state.doc) : '')}
          onKeepMine={keepMine}
          onLoadTheirs={() => reloadFromDisk()}
        />
      )}
      {props.readOnly && phase === 'ready' && (
        <div className="cd-infobar" role="note">
          {t('editor.readOnly')}
        </div>
      )}
      {find.open && (
        <FindBar
          query={find.query}
          current={find.current}
          total={find.total}
          onQuery={runFind}
          onStep={stepFind}
          onClose={closeFind}
          readOnly={props.readOnly}
          focusToken={find.focusToken}
          onReplace={(text) => {
            const view = viewRef.current;
            if (!view) return;
            const tr = replaceCurrent(view.state, text) ?? findNext(view.state);
            if (tr) view.dispatch(tr);
            updateFindInfo();
          }}
          onSeriesReplace={() => {
            // The panel takes the query over; the floating find bar would cover it.
            setSeriesReplace({ find: find.query });
            closeFind();
          }}
          onReplaceAll={(text) => {
            const view = viewRef.current;
            const tr = view ? replaceAll(view.state, text) : null;
            if (view && tr) view.dispatch(tr);
            updateFindInfo();
          }}
        />
      )}
      {seriesReplace && !props.readOnly && (
        <SeriesReplace
          client={props.client}
          initialFind={seriesReplace.find}
          flush={async () => {
            await controllerRef.current?.flush();
          }}
          onChanged={() => void reloadFromDisk().catch(() => undefined)}
          onClose={() => {
            setSeriesReplace(null);
            viewRef.current?.focus();
          }}
        />
      )}
      <div
        className="cd-editor-scroll"
        ref={scrollRef}
        onContextMenu={(e) => {
          // Only a right click on the selected words is about them; elsewhere the browser's own menu shows.
          const view = viewRef.current;
          const at = view?.posAtCoords({ left: e.clientX, top: e.clientY })?.pos;
          if (!view || at === undefined || at < view.state.selection.from || at > view.state.selection.to) return;
          if (openMenu(e.clientX, e.clientY)) e.preventDefault();
        }}
      >
        <div className={`cd-page${phase === 'ready' ? '' : ' cd-hidden'}`}>
          <div ref={mountRef} className="cd-mount" />
        </div>
        {phase !== 'ready' && (
          <div className="cd-placeholder">{phase === 'empty' ? t('editor.empty') : phase === 'loading' ? t('editor.loading') : error}</div>
        )}
        {hover && loadedRef.current && (
          <ConflictTooltip
            anchor={hover.anchor}
            container={scrollRef.current}
            conflicts={hover.ids.map((id) => conflictsRef.current.get(id)).filter((c): c is Conflict => !!c)}
            episodeFile={loadedRef.current.file}
            episodesByFile={props.episodesByFile}
          />
        )}
      </div>
    </section>
  );
}
