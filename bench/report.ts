/**
 * The figures of one `npm run bench`, printed as they are measured and kept as Markdown, which
 * scripts/bench.ts writes to docs/performance.md.
 */

/** Rows of a table: row label → column → value. */
export type Rows = Record<string, Record<string, string | number>>;

/** Returns rows as a Markdown table, the row labels in the first column (headed `corner`). */
export function markdownTable(rows: Rows, corner = ''): string {
  const columns = [...new Set(Object.values(rows).flatMap((row) => Object.keys(row)))];
  const cell = (value: string | number | undefined) => String(value ?? '').replaceAll('|', '\\|');
  return [
    `| ${[corner, ...columns].map(cell).join(' | ')} |`,
    `|${' --- |'.repeat(columns.length + 1)}`,
    ...Object.entries(rows).map(([label, row]) => `| ${[label, ...columns.map((c) => row[c])].map(cell).join(' | ')} |`),
  ].join('\n');
}

/** Collects a bench run's tables and notes: each is printed at once and kept for the Markdown file. */
export class Report {
  private readonly parts: string[] = [];

  /** Prints a titled table and keeps it. */
  table(title: string, rows: Rows, corner = ''): void {
    console.log(`\n${title}`);
    console.table(rows);
    this.parts.push(`### ${title}\n\n${markdownTable(rows, corner)}`);
  }

  /** Prints a line and keeps it as a paragraph. */
  note(text: string): void {
    console.log(text);
    this.parts.push(text);
  }

  /** Returns everything kept so far, as Markdown. */
  markdown(): string {
    return `${this.parts.join('\n\n')}\n`;
  }
}
