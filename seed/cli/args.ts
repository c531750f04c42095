/** Minimal `--name value` / `--flag` parsing for the seed commands. */
export const argValue = (argv: string[], name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
export const hasFlag = (argv: string[], name: string): boolean => argv.includes(`--${name}`);
