/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional BOM) into records,
 * keeping empty lines as `[""]` so a record's index is its row number in a spreadsheet minus one.
 */
export function parseCsvRecords(text: string, delimiter = ","): string[][] {
  return [...iterateCsvRecords(text, delimiter)];
}

/**
 * The records of `parseCsvRecords` one at a time, so a reader can stop at a limit without parsing
 * the rest; a record of more than `maxFields` fields throws a RangeError as soon as it gets there.
 */
export function* iterateCsvRecords(text: string, delimiter = ",", maxFields = Infinity): Generator<string[]> {
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
      if (row.length >= maxFields) throw new RangeError(`A CSV record has more than ${maxFields} fields`);
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      yield row;
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    yield row;
  }
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of strings, without empty lines. */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).filter((r) => !(r.length === 1 && r[0] === ""));
}
