// How the generator writes TypeScript names and values into SQL.

/** A name of src/schemas as SQL names it: `yesNoNotSure` is `yes_no_not_sure`. */
export const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A string as an SQL literal. */
export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
