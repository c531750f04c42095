/** What the floor (bench/floor/handler.ts) answers to `{ floor }` once it has read the item. */
export const FLOOR_ANSWER = '三無三可';
/** The floor's row in the cold-start tables. */
export const FLOOR = 'floor of the fixed stack';
/** The row of a process that only loads the Node built-ins the bundle loads (bench/cold-start.ts STACK_BUILTINS). */
export const BUILTINS_ONLY = 'node, loading only the built-ins the stack loads';
