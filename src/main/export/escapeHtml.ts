// Escapes text from the series (untrusted quotes, names, notes) for HTML text and attribute values.
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Characters the escape replaces or drops. */
const special = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Text safe inside HTML/SVG elements and quoted attributes; control characters other than tab and newlines are dropped. */
export function escapeHtml(text: string): string {
  // Most text needs nothing escaped or dropped: one scan, and the text comes back as it is.
  if (!special.test(text)) return text;
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/[&<>"']/g, (c) => entities[c]);
}
