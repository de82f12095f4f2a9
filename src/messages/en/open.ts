/** `roadmap open`, and the browser opener that `report --open` uses too. */
export const open = () => ({
  isSection: ({ number }: { number: string }) => `${number} is a section; open a topic or a resource`,
  noResources: ({ number }: { number: string }) => `${number} has no resources to open`,
  notHttp: ({ url }: { url: string }) => `refusing to open a URL that is not http(s): ${url}`,
  opened: ({ number, title }: { number: string; title: string }) => `opened ${number}  ${title}`,
  /** The opener failed; `reason` is one of the four below. The URL follows on a line of its own. */
  couldNotOpen: ({ reason }: { reason: string }) => `could not open the URL: ${reason}`,
  openItYourself: 'open it in a browser yourself, or set $BROWSER to a command that opens one',
  notFound: ({ command }: { command: string }) => `"${command}" was not found`,
  couldNotStart: ({ command, code }: { command: string; code: string }) => `"${command}" could not be started (${code})`,
  stoppedBy: ({ command, signal }: { command: string; signal: string }) => `"${command}" was stopped by ${signal}`,
  exitedWith: ({ command, status }: { command: string; status: number }) => `"${command}" exited with status ${status}`,
});
