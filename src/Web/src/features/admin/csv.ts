import { labelOf, type AdminResource, type Column, type Row } from './resource';

/** A cell as RFC 4180 wants it; cells that a spreadsheet would run as a formula are defused with a leading '. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function cellText(column: Column, row: Row): string {
  if (column.csv) return column.csv(row);
  const value = row[column.field];
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function toCsv(resource: AdminResource, columns: Column[], rows: Row[]): string {
  const lines = [columns.map((c) => csvCell(labelOf(resource, c.field))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(cellText(c, row))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Hands a file to the browser without a server round trip (an object URL, allowed by the page's CSP). */
export function download(filename: string, content: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
