export const VERSION = "0.1.0";

/** Set by the build (scripts/build.mjs) to a hash of what the bundle is made from. */
declare const ROADMAP_BUILD_ID: string | undefined;

/** The build this code belongs to; running from the sources (the unit tests), there is none. */
export const BUILD_ID: string = typeof ROADMAP_BUILD_ID === 'string' ? ROADMAP_BUILD_ID : 'sources';
