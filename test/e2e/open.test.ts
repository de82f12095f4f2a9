import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, SAMPLE, TempHome } from './helpers/roadmap.js';
import { Tmux } from './helpers/tmux.js';

let home: TempHome;
beforeEach(() => (home = new TempHome()));
afterEach(() => home.remove());

describe('open, when the browser command fails', () => {
  it('is an error naming the command and its status, and shows the URL to open by hand', () => {
    const result = home.sample(['open', '1.1.1'], { env: { BROWSER: 'false' } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      'roadmap: could not open the URL: "false" exited with status 1\n  https://example.com/welcome\nopen it in a browser yourself, or set $BROWSER to a command that opens one\n',
    );
  });

  it('says when the command is not found, and shows the URL too', () => {
    const result = home.sample(['open', '1.1.1'], { env: { BROWSER: path.join(home.dir, 'no-such-browser') } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-browser" was not found\n  https://example.com/welcome\n');
    expect(result.stderr).not.toContain('--print');
  });

  it('in the menu shows the failure and the URL, and the menu goes on', async () => {
    const tmux = new Tmux(home.dir);
    try {
      const stderrFile = path.join(home.dir, 'stderr.txt');
      tmux.start([process.execPath, path.relative(ROOT, BIN), '--curriculum', path.relative(ROOT, SAMPLE)], home.env({ BROWSER: 'false' }), { cwd: ROOT, stderrFile });
      await tmux.waitFor('What would you like to do?');
      tmux.keys('Enter');
      await tmux.waitFor('❯ Start it');
      tmux.keys('Down');
      await tmux.waitFor('❯ Open a resource…');
      tmux.keys('Enter');
      await tmux.waitFor('Open which resource?');
      tmux.keys('Enter');
      const screen = await tmux.waitFor('could not open the URL');
      expect(screen).toContain('could not open the URL: "false" exited with status 1\n  https://example.com/welcome\n');
      expect(screen).not.toContain('opened');
      expect(screen).not.toContain('--print');
      await tmux.waitFor('What now?');
      tmux.keys('C-c');
      expect(await tmux.exitCode()).toBe(130);
      expect(readFileSync(stderrFile, 'utf8')).toBe('');
    } finally {
      tmux.kill();
    }
  });
});
