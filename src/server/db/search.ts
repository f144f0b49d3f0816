// Accent-insensitive "contains" over a folded column (f_unaccent(lower(name))),
// with LIKE wildcards in the user's text taken literally.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** The LIKE pattern of a search text: folded like the name_fold columns, wildcards taken literally. */
export function foldedPattern(text: string): SQL {
  return sql`'%' || f_unaccent(lower(${escapeLike(text)})) || '%'`;
}

export function containsFolded(foldedColumn: SQLWrapper, text: string): SQL {
  return sql`${foldedColumn} LIKE ${foldedPattern(text)}`;
}

/** The same for a column that is not folded in the table (folded on the fly). */
export function containsFoldedExpr(column: SQLWrapper, text: string): SQL {
  return sql`f_unaccent(lower(${column})) LIKE ${foldedPattern(text)}`;
}
