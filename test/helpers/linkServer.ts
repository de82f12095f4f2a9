import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A web server on 127.0.0.1 for link-check tests, answering each path the way some real site does: so
 * that no test reaches the internet. `requests` records what was asked, in order.
 *
 * /ok 200 · /missing 404 · /gone 410 · /chain/1 → 301 /chain/2 → 308 /chain/end 200 · /temporary → 302 /ok
 * · /loop/a → 302 /loop/b → 302 /loop/a · /endless/N → 302 /endless/N+1 · /slow answers after 5 s ·
 * /busy/NAME 429 (Retry-After: 1) the first time, then 200 · /unavailable 503 (Retry-After: 0) always ·
 * /no-head 405 to HEAD, 200 to GET · /head-lies 404 to HEAD, 200 to GET · /reset drops the connection ·
 * /moved-then-missing → 301 /missing
 */
export class LinkServer {
  readonly requests: { method: string; path: string }[] = [];
  private readonly server: http.Server;
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor() {
    this.server = http.createServer((request, response) => this.answer(request, response));
  }

  static async start(): Promise<LinkServer> {
    const server = new LinkServer();
    await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
    return server;
  }

  get origin(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  url(path: string): string {
    return this.origin + path;
  }

  /**
   * A curriculum (YAML) whose resources link to this server: `paths` go one per resource (`Resource 1`,
   * …), in one topic; a path given twice is two resources sharing a URL.
   */
  curriculum(paths: string[]): string {
    const resources = paths.map((linkPath, index) => `          - id: r${index + 1}\n            title: Resource ${index + 1}\n            url: "${this.url(linkPath)}"\n`);
    return `schema: 1\nid: links\ntitle: Links\nsections:\n  - id: web\n    title: Web\n    topics:\n      - id: pages\n        title: Pages\n        resources:\n${resources.join('')}`;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse): void {
    const path = request.url ?? '/';
    const method = request.method ?? 'GET';
    this.requests.push({ method, path });
    const send = (status: number, headers: http.OutgoingHttpHeaders = {}) => {
      response.writeHead(status, { 'content-type': 'text/plain', ...headers });
      response.end(method === 'HEAD' ? undefined : `${status} ${path}\n`);
    };
    const redirect = (status: number, location: string) => send(status, { location });

    if (path === '/ok' || path === '/chain/end') return send(200);
    if (path === '/missing') return send(404);
    if (path === '/gone') return send(410);
    if (path === '/chain/1') return redirect(301, '/chain/2');
    if (path === '/chain/2') return redirect(308, `${this.origin}/chain/end`);
    if (path === '/temporary') return redirect(302, '/ok');
    if (path === '/loop/a') return redirect(302, '/loop/b');
    if (path === '/loop/b') return redirect(302, '/loop/a');
    if (path.startsWith('/endless/')) return redirect(302, `/endless/${Number(path.slice('/endless/'.length)) + 1}`);
    if (path === '/slow') {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        send(200);
      }, 5_000);
      this.timers.add(timer);
      return;
    }
    if (path.startsWith('/busy/')) {
      const before = this.requests.filter((seen) => seen.path === path).length - 1;
      return before === 0 ? send(429, { 'retry-after': '1' }) : send(200);
    }
    if (path === '/unavailable') return send(503, { 'retry-after': '0' });
    if (path === '/no-head') return method === 'HEAD' ? send(405, { allow: 'GET' }) : send(200);
    if (path === '/head-lies') return method === 'HEAD' ? send(404) : send(200);
    if (path === '/reset') {
      request.socket.destroy();
      return;
    }
    if (path === '/moved-then-missing') return redirect(301, '/missing');
    send(404);
  }
}
