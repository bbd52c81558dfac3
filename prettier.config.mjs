/**
 * Prettier's settings, chosen to match how the code was already written (single quotes, semicolons,
 * trailing commas, two-space indent) so that adopting it changed as few lines as possible.
 */
export default {
  singleQuote: true,
  semi: true,
  trailingComma: 'all',
  tabWidth: 2,
  // 160, not the default 80: the code keeps one rule, cue or table row per line (regex tables,
  // budget rows, test cases), many 120–160 characters long; narrower would fold ~1,500 such lines
  // into harder-to-scan multi-line objects. Comments stay wrapped near 100 by hand.
  printWidth: 160,
  // .astro files: prettier-plugin-astro 0.14 (the last for Node 20). Inside {…} it prints markup
  // like JSX (withastro/prettier-plugin-astro#308): an element with two or more attributes, or
  // holding another element, gets its content on lines of its own, and ' ' between tags moves or
  // goes. Astro renders those line breaks as spaces when the {…} sits inside an element. So the
  // templates give such an element its text with set:text, keep text and its punctuation in one
  // expression, and the build's HTML is the same as before formatting (each file says where).
  plugins: ['prettier-plugin-astro'],
  overrides: [{ files: '*.astro', options: { parser: 'astro' } }],
};
