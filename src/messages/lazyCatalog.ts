/**
 * A catalog whose areas are made by their functions when first read, then kept. The main bundle runs from a
 * V8 code cache, and every object made at start-up is more cache to read and more heap to collect:
 * building all of English's areas at every start cost each command about 5 ms (test/bench/steps.mjs), for
 * words most commands never say.
 */
export function lazyCatalog<Areas extends Record<string, () => object>>(areas: Areas): { readonly [Area in keyof Areas]: ReturnType<Areas[Area]> } {
  const catalog = {};
  for (const [area, make] of Object.entries(areas)) {
    Object.defineProperty(catalog, area, {
      enumerable: true,
      configurable: true,
      get() {
        const value = make();
        Object.defineProperty(catalog, area, { value, enumerable: true });
        return value;
      },
    });
  }
  return catalog as { readonly [Area in keyof Areas]: ReturnType<Areas[Area]> };
}
