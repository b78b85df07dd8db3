// Saves the open episode after a pause in typing, on demand, and tells the status bar where the save stands.
import type { SaveResult } from '../../shared/contract';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'changed-on-disk' | 'read-only' | 'error';

export interface SaveControllerOptions {
  episodeId: string;
  /** Hash of the text on disk the editor started from. */
  baseHash: string;
  save(id: string, text: string, baseHash: string): Promise<SaveResult>;
  /** The editor's current text (called only when a save starts, never per keystroke). */
  getText(): string;
  onStatus(status: SaveStatus, message?: string): void;
  /** Called with the new hash after each successful save. */
  onSaved?(hash: string): void;
  /** Keeps unsaved typing in the recovery journal, shortly after each change (crash safety before the save). */
  journal?(id: string, text: string): Promise<void>;
  /** Drops the journal entry when a save made it obsolete (the journal kept an in-between text). */
  discardJournal?(id: string): Promise<void>;
  delayMs?: number;
  journalDelayMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class SaveController {
  private hash: string;
  private status: SaveStatus = 'saved';
  private message: string | undefined;
  private timer: unknown = null;
  private journalTimer: unknown = null;
  /** The journal write in flight, and the text last journalled since the last save. */
  private journaling: Promise<void> | null = null;
  private journalled: string | null = null;
  private running: Promise<void> | null = null;
  /** Edits made since the last save started. */
  private dirty = false;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: SaveControllerOptions) {
    this.hash = options.baseHash;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  get baseHash(): string {
    return this.hash;
  }

  get current(): SaveStatus {
    return this.status;
  }

  /** True when the editor holds text that is not on disk yet. */
  get hasUnsavedChanges(): boolean {
    return this.dirty || this.status === 'changed-on-disk' || this.status === 'error';
  }

  /** Tells the UI only when the status changes: typing must not re-render the app per keystroke. */
  private setStatus(status: SaveStatus, message?: string) {
    if (status === this.status && message === this.message) return;
    this.status = status;
    this.message = message;
    this.options.onStatus(status, message);
  }

  /** The writer changed the text: save after a pause. */
  changed(): void {
    this.dirty = true;
    if (this.status === 'changed-on-disk' || this.status === 'read-only') return;
    this.setStatus('dirty');
    this.schedule();
    this.scheduleJournal();
  }

  private scheduleJournal() {
    const journal = this.options.journal;
    if (!journal || this.journalTimer !== null) return;
    this.journalTimer = this.setTimer(() => {
      this.journalTimer = null;
      if (!this.dirty) return;
      const text = this.options.getText();
      this.journalled = text;
      this.journaling = journal(this.options.episodeId, text).catch(() => undefined);
    }, this.options.journalDelayMs ?? 300);
  }

  private schedule() {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.flush();
    }, this.options.delayMs ?? 1000);
  }

  /** Saves now if anything is unsaved (Ctrl+S, switching episodes, leaving the window). */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
    if (this.running) await this.running;
    if (!this.dirty || this.status === 'changed-on-disk' || this.status === 'read-only') return;
    this.running = this.saveOnce();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  private async saveOnce(): Promise<void> {
    this.dirty = false;
    this.setStatus('saving');
    const text = this.options.getText();
    // A journal write still on its way must land before the save, or it could outlive it.
    if (this.journaling) await this.journaling;
    let result: SaveResult;
    try {
      result = await this.options.save(this.options.episodeId, text, this.hash);
    } catch (error) {
      this.dirty = true;
      this.setStatus('error', error instanceof Error ? error.message : String(error));
      return;
    }
    if (result.ok) {
      this.hash = result.hash;
      if (this.journalled !== null && this.journalled !== text && !this.dirty) {
        this.options.discardJournal?.(this.options.episodeId).catch(() => undefined);
      }
      this.journalled = null;
      this.options.onSaved?.(result.hash);
      if (this.dirty) {
        this.setStatus('dirty');
        this.schedule();
      } else this.setStatus('saved');
      return;
    }
    this.dirty = true;
    if (result.reason === 'changed-on-disk') this.setStatus('changed-on-disk', result.message);
    else if (result.reason === 'read-only') this.setStatus('read-only', result.message);
    else this.setStatus('error', result.message);
  }

  /** Keep mine: the writer chose to overwrite the version on disk, whose hash is given. */
  async overwrite(diskHash: string): Promise<void> {
    this.hash = diskHash;
    this.dirty = true;
    this.setStatus('dirty');
    await this.flush();
  }

  /** The editor was reloaded from disk: nothing unsaved any more. */
  reset(hash: string): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.hash = hash;
    this.dirty = false;
    this.setStatus('saved');
  }

  dispose(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    if (this.journalTimer !== null) this.clearTimer(this.journalTimer);
    this.timer = null;
    this.journalTimer = null;
  }
}
