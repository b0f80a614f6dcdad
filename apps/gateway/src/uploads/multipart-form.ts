import { RequestBodyError } from '@fg/graphql-kit';

/** One part of a multipart/form-data body. */
export interface FormPart {
  name: string;
  filename: string | null;
  data: Buffer;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

/** The boundary of a multipart/form-data content type, or null for any other content type. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : null;
}

function dispositionOf(headerText: string): { name: string; filename: string | null } {
  const line = headerText.split('\r\n').find((header) => /^content-disposition\s*:/i.test(header));
  const name = line && /;\s*name="([^"]*)"/i.exec(line);
  if (!line || !/:\s*form-data\s*(;|$)/i.test(line) || !name) {
    throw new RequestBodyError(400, 'Each multipart part needs a Content-Disposition: form-data header with a name');
  }
  const filename = /;\s*filename="([^"]*)"/i.exec(line);
  return { name: name[1], filename: filename ? filename[1] : null };
}

/**
 * Splits a multipart/form-data body (RFC 7578) into its parts. Parts are kept as bytes: a file part is never decoded
 * as text. Anything malformed is a 400.
 */
export function parseMultipartForm(body: Buffer, boundary: string): FormPart[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const malformed = () => new RequestBodyError(400, 'The multipart body is malformed');
  let position = body.indexOf(delimiter);
  if (position < 0) throw malformed();
  const parts: FormPart[] = [];
  for (;;) {
    position += delimiter.length;
    // "--" after a delimiter closes the body.
    if (body.subarray(position, position + 2).toString() === '--') return parts;
    if (!body.subarray(position, position + 2).equals(CRLF)) throw malformed();
    const headersEnd = body.indexOf(HEADER_END, position + 2);
    if (headersEnd < 0) throw malformed();
    const next = body.indexOf(Buffer.concat([CRLF, delimiter]), headersEnd + HEADER_END.length);
    if (next < 0) throw malformed();
    parts.push({
      ...dispositionOf(body.subarray(position + 2, headersEnd).toString('utf8')),
      data: body.subarray(headersEnd + HEADER_END.length, next),
    });
    position = next + CRLF.length;
  }
}
