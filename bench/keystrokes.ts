// Simulated typing in one episode of a loaded series: each keystroke gives a new episode list with one character changed.
import type { Episode } from '../src/engine/types';

/** Types and deletes a word in the body of one episode, so the text stays the same size however long it runs. */
export class Typist {
  private readonly episodes: Episode[];
  private target: number;
  private base = '';
  private at = 0;
  private typed = '';
  private deleting = false;
  private readonly word: string;

  constructor(episodes: Episode[], target: number, word = 'Notaufnahme ') {
    this.episodes = [...episodes];
    this.word = word;
    this.target = target;
    this.focus(target);
  }

  /** Moves the caret to another episode (the typing so far there stays). */
  focus(target: number): void {
    this.target = target;
    const text = this.episodes[target].text;
    // After the heading, at the start of the second paragraph: inside the body, as a writer edits.
    const para = text.indexOf('\n\n', text.indexOf('\n\n') + 2);
    this.at = para >= 0 ? para + 2 : Math.floor(text.length / 2);
    this.base = text;
    this.typed = '';
    this.deleting = false;
  }

  /** One keystroke: a letter typed, or one deleted once the word is complete; returns the series after it. */
  key(): Episode[] {
    if (!this.deleting) {
      this.typed += this.word[this.typed.length];
      if (this.typed.length === this.word.length) this.deleting = true;
    } else {
      this.typed = this.typed.slice(0, -1);
      if (this.typed.length === 0) this.deleting = false;
    }
    const ep = this.episodes[this.target];
    this.episodes[this.target] = { ...ep, text: this.base.slice(0, this.at) + this.typed + this.base.slice(this.at) };
    return this.episodes;
  }

  get current(): Episode[] {
    return this.episodes;
  }
}
