/** html-validate's rules for the built pages (tests/site/html-valid.test.ts; `npx html-validate dist`). */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A profession's title is shown whole: cutting "Kepala atau Anggota Staf Unit Kebijakan Luar
    // Negeri di Organisasi Internasional" to 70 characters would make the tab and the screen
    // reader's name of the page wrong, which matters more than a search engine's snippet width.
    'long-title': 'off',
    // The profession page has two "Daftar isi" navs, one display:none at every width (folded on
    // phones, a sidebar on wide screens). This rule reads markup without CSS and cannot see that;
    // axe's landmark-unique rule checks the same thing on the rendered page, at both widths.
    'unique-landmark': 'off',
    // The header search box is an ARIA 1.2 combobox with a listbox of live results, which a native
    // <select> cannot be: it filters as you type and its options are links.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox'] }],
  },
};
