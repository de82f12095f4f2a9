/** `1 day`, `2 days`: English counts its nouns; the other catalogs have no plural forms. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
