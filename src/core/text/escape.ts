/** Returns text safe inside HTML or XML, as text or as a quoted attribute value: 'a < b & "c"' → "a &lt; b &amp; &quot;c&quot;". */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
