// commander requires node:child_process as soon as it is loaded, for its executable subcommands, which
// roadmap does not have. That module brings in Node's net, dgram and stream code at every start. In the
// bundle, commander gets instead an object that requires node:child_process when one of its properties is
// first read, whatever the property: there is no list of names to keep up to date.
//
// It rests on two facts about commander, and the build fails when either stops being true:
// - it takes the module with `require()`, and reads the functions when it calls them (an ES `import`
//   would have esbuild copy the properties when the module loads, which defeats the stub);
// - it takes the module at all (otherwise the stub is dead code, to be deleted).
const NAMESPACE = 'lazy-child-process';
const COMMANDER = /[\\/]node_modules[\\/]commander[\\/]/;

/** The esbuild plugin. `expectCommander`: fail the build if commander never required node:child_process. */
export function lazyChildProcessForCommander({ expectCommander = true } = {}) {
  return {
    name: 'lazy-child-process-for-commander',
    setup(b) {
      let stubbed = false;
      b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => {
        if (args.namespace === NAMESPACE) return { path: 'node:child_process', external: true };
        if (!COMMANDER.test(args.importer)) return undefined;
        if (args.kind !== 'require-call') {
          return { errors: [{ text: `commander now takes node:child_process by ${args.kind}, not require(): the lazy stub of scripts/lazyChildProcess.mjs cannot stand in for it` }] };
        }
        stubbed = true;
        return { path: 'child_process', namespace: NAMESPACE };
      });
      b.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({
        loader: 'js',
        contents: "let real;\nmodule.exports = new Proxy({}, { get: (_, name) => (real ??= require('node:child_process'))[name] });",
      }));
      b.onEnd((result) => {
        if (expectCommander && result.errors.length === 0 && !stubbed) {
          return { errors: [{ text: 'commander no longer requires node:child_process: delete scripts/lazyChildProcess.mjs and its use in scripts/build.mjs' }] };
        }
        return undefined;
      });
    },
  };
}
