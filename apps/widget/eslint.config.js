// The shared lint rules, with browser globals for the widget's sources.
import globals from 'globals';
import tseslint from 'typescript-eslint';
import shared from '../../eslint.config.js';

export default tseslint.config(...shared, {
  files: ['src/**'],
  languageOptions: { globals: { ...globals.browser } },
});
