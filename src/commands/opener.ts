import { spawn } from 'node:child_process';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { messages } from '../messages/index.js';
import { safeText } from '../render/text.js';

/**
 * Opens `url` (an http(s) URL, or the file URL of a written report) in the learner's browser: `$BROWSER`
 * when set, else the system's opener. The URL is one argument, never seen by a shell.
 */
export async function launchOpener(context: Pick<Context, 'env' | 'platform'>, url: string): Promise<void> {
  const [command, ...args] = opener(context.env, context.platform);
  await launch(command!, [...args, url], url);
}

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
  const text = messages().open;
  const failed = (reason: string) => usageError(text.couldNotOpen({ reason }), [`  ${safeText(url)}`, text.openItYourself]);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, shell: false });
    let timer: NodeJS.Timeout | undefined;
    child.once('error', (error) => {
      clearTimeout(timer);
      const code = (error as NodeJS.ErrnoException).code;
      reject(failed(safeText(code === 'ENOENT' ? text.notFound({ command }) : text.couldNotStart({ command, code: code ?? error.message }))));
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
      else reject(failed(safeText(signal ? text.stoppedBy({ command, signal }) : text.exitedWith({ command, status: code! }))));
    });
  });
}
