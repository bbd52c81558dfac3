import { describe, expect, it } from 'vitest';
import { htmlToText } from './html';

describe('htmlToText', () => {
  it.each([
    ['a link inside a sentence', '<p>berbeda dengan <a href="/profesi/x/">diplomat</a>.</p>', 'berbeda dengan diplomat.'],
    ['a highlight inside a word', '<p>meng<mark>anggar</mark>kan</p>', 'menganggarkan'],
    ['block elements', '<h2>Tugas</h2><p>Satu.</p><ul><li>Dua</li></ul>', 'Tugas Satu. Dua'],
    ['a line break', 'Ekspektasi<br>Realita', 'Ekspektasi Realita'],
    ['scripts and entities', '<script>x()</script><p>A &amp; B&nbsp;C</p>', 'A & B C'],
  ])('reads %s as a reader sees it', (_case, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
