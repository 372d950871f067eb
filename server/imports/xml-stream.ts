import "server-only";
import { SaxesParser } from "saxes";
import { ImportFileError } from "./import-errors";

/** What a reader of SpreadsheetML wants from the XML: element names without their prefix, attributes and text. */
export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

// Some writers prefix every element (`<x:row>`); the prefix carries nothing an import needs.
const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * Parses XML from chunks as they arrive, so a part is never held whole in memory. A handler may
 * throw to stop reading (a limit reached); the chunks' producer is then abandoned and stops too.
 */
export async function parseXmlStream(chunks: AsyncIterable<Uint8Array>, handlers: XmlHandlers): Promise<void> {
  // saxes is exceljs's own XML parser, already in the tree; it keeps no document, only events.
  const parser = new SaxesParser({ position: false });
  // A handler's own error (a limit reached) is thrown as it is; the parser's means a broken file.
  let failure: unknown = null;
  parser.on("error", () => {
    failure ??= new ImportFileError("errors.fileUnreadable");
  });
  parser.on("opentag", (node) => {
    if (failure) return;
    try {
      handlers.open(localName(node.name), node.attributes as Record<string, string>);
    } catch (err) {
      failure = err;
    }
  });
  const onText = (text: string) => {
    if (failure || !handlers.text) return;
    try {
      handlers.text(text);
    } catch (err) {
      failure = err;
    }
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (node) => {
    if (failure || !handlers.close) return;
    try {
      handlers.close(localName(node.name));
    } catch (err) {
      failure = err;
    }
  });
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    parser.write(decoder.decode(chunk, { stream: true }));
    if (failure) break;
  }
  if (!failure) parser.write(decoder.decode()).close();
  if (failure) throw failure;
}
