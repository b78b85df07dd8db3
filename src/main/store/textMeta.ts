// Rough facts about a text that the store and importers need: its title heading and its likely language.

const deWords = new Set('und der die das nicht ist ich sie er mit auf ein eine zu den dem des sich auch wie was aber noch nach wir ihr hat war wird'.split(' '));
const enWords = new Set('the and is not he she with on a to of you that it was his her are have for this but what we they be at'.split(' '));

/** 'en' when English function words outnumber German ones in the sample, else 'de'. */
export function roughLanguage(text: string): 'de' | 'en' {
  let de = 0;
  let en = 0;
  const sample = text.slice(0, 200_000).toLowerCase();
  for (const m of sample.matchAll(/[a-zäöüß]+/g)) {
    if (deWords.has(m[0])) de++;
    if (enWords.has(m[0])) en++;
  }
  return en > de ? 'en' : 'de';
}

/** The first Markdown heading or episode heading ("Folge 12", "Episode 3: …") in the first lines, if any. */
export function firstHeading(text: string): string | undefined {
  const lines = text.slice(0, 20_000).split('\n', 40);
  for (const line of lines) {
    const md = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (md) return md[1].slice(0, 200);
    const ep = /^\s*((?:Folge|Episode|Teil|Part|Kapitel|Chapter)\s+\d+\b.*)$/i.exec(line);
    if (ep && ep[1].length <= 200) return ep[1].trim();
  }
  return undefined;
}

/** A file name without folder and extension. */
export function fileStem(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
