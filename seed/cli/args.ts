/** Minimal `--name value` / `--flag` parsing for the seed commands. */
export const argValue = (argv: string[], name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
/** Every value of a repeatable option. */
export const argValues = (argv: string[], name: string): string[] =>
  argv.flatMap((a, i) => (a === `--${name}` && argv[i + 1] !== undefined ? [argv[i + 1]!] : []));
export const hasFlag = (argv: string[], name: string): boolean => argv.includes(`--${name}`);
