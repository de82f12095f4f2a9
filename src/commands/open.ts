import { spawn } from 'node:child_process';
import { resolveRef } from '../curriculum/resolveRef.js';
import { usageError } from '../errors.js';
import { safeText } from '../render/text.js';
import type { CommandSpec } from './spec.js';

export const openCommand: CommandSpec = {
  name: 'open',
  arguments: '<ref>',
  argumentKinds: ['ref'],
  summary: "open a resource's URL in the browser (a topic: its next unresolved resource)",
  details: 'Uses $BROWSER when set, else the system opener (xdg-open, open, start). Only http(s) URLs are opened, never through a shell.',
  options: [{ flags: '--print', description: 'print the URL instead of opening it' }],
  examples: ['roadmap open 1.2.1', 'roadmap open linear-algebra', 'roadmap open 1.2 --print'],
  async run(session, [ref], options) {
    const { curriculum, state } = await session.snapshot();
    const target = resolveRef(curriculum, ref as string);
    if (target.kind === 'section') throw usageError(`${target.section.number} is a section; open a topic or a resource`);
    const resource =
      target.kind === 'resource'
        ? target.resource
        : (target.topic.resources.find((r) => !r.optional && !state.resources.get(r.ref)!.resolved) ??
          target.topic.resources.find((r) => !state.resources.get(r.ref)!.resolved) ??
          target.topic.resources[0]);
    if (!resource) throw usageError(`${target.topic.number} has no resources to open`);
    if (!/^https?:\/\//i.test(resource.url)) throw usageError(`refusing to open a URL that is not http(s): ${safeText(resource.url)}`);
    if (options.print) {
      session.print(safeText(resource.url));
      return;
    }
    const [command, ...args] = opener(session.context.env, session.context.platform);
    await launch(command!, [...args, resource.url], resource.url);
    session.print(`opened ${resource.number}  ${safeText(resource.title)}\n  ${safeText(resource.url)}`);
  },
};

function opener(env: Record<string, string | undefined>, platform: NodeJS.Platform): string[] {
  if (env.BROWSER) return env.BROWSER.split(/\s+/).filter(Boolean);
  if (platform === 'darwin') return ['open'];
  if (platform === 'win32') return ['explorer.exe'];
  return ['xdg-open'];
}

/**
 * An opener that is still running after this long is taken to be the browser itself (a `$BROWSER` that
 * stays in the foreground, or xdg-open handing over to one) and left running; openers like xdg-open,
 * open and start hand the URL over and exit well within it.
 */
const STILL_RUNNING_MEANS_OPENED_MS = 3000;

/**
 * Runs the opener and waits until it exits: a failure (it cannot start, or exits with a status other
 * than 0) is an error that names the command and its status and shows the URL, so the learner can still
 * open it by hand. Arguments are passed as they are, with no shell: a URL cannot inject a command.
 */
function launch(command: string, args: string[], url: string): Promise<void> {
  const failed = (what: string) =>
    usageError(`could not open the URL: ${what}`, [`  ${safeText(url)}`, 'open it in a browser yourself, or set $BROWSER to a command that opens one']);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, shell: false });
    let timer: NodeJS.Timeout | undefined;
    child.once('error', (error) => {
      clearTimeout(timer);
      const code = (error as NodeJS.ErrnoException).code;
      reject(failed(safeText(code === 'ENOENT' ? `"${command}" was not found` : `"${command}" could not be started (${code ?? error.message})`)));
    });
    child.once('spawn', () => {
      timer = setTimeout(() => {
        child.unref();
        resolve();
      }, STILL_RUNNING_MEANS_OPENED_MS);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(failed(safeText(`"${command}" ${signal ? `was stopped by ${signal}` : `exited with status ${code}`}`)));
    });
  });
}
