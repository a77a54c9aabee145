// A plain-text table for query results on a terminal: one column per result column, lists
// joined with commas, long cells cut so a row stays readable (`--json` keeps everything).

export function formatTable(columns: string[], rows: Record<string, unknown>[], maxCellWidth = 60): string {
  if (columns.length === 0) return '(no rows)\n';
  const cells = rows.map((row) => columns.map((c) => clip(cellText(row[c]), maxCellWidth)));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]): string =>
    values
      .map((v, i) => v.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  const out = [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  out.push(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
  return out.join('\n') + '\n';
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value).replace(/\s+/g, ' ');
}

function clip(text: string, max: number): string {
  return max > 0 && text.length > max ? text.slice(0, max - 1) + '…' : text;
}
