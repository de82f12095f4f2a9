/**
 * The prompts roadmap uses, the only way the menu and `note` reach @inquirer/prompts. The build bundles
 * this module on its own (dist/prompts.cjs, only these three prompts and what they need), loaded on first
 * use: one 70 KB file instead of @inquirer/prompts' whole graph of ES modules, which includes the editor
 * prompt and its character-set tables.
 */
export { checkbox, input, select } from '@inquirer/prompts';
