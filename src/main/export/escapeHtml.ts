// Escapes text from the series (untrusted quotes, names, notes) for HTML text and attribute values.
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML/SVG elements and quoted attributes; control characters other than tab and newlines are dropped. */
export function escapeHtml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/[&<>"']/g, (c) => entities[c]);
}
