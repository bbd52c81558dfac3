/**
 * Prettier's settings, chosen to match how the code was already written (single quotes, semicolons,
 * trailing commas, two-space indent) so that adopting it changed as few lines as possible.
 * .astro files are left out (.prettierignore says why).
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
};
