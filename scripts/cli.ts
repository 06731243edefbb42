// What the scripts that are both modules and commands share.

/** Whether the module at `url` (its import.meta.url) is the program node was started with. */
export function isMainModule(url: string): boolean {
  const script = process.argv[1];
  return !!script && url.endsWith(script.replace(/^.*[\\/]/, ''));
}
