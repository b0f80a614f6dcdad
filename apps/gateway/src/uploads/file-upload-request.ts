import type { IncomingMessage } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { Kind, parse, print, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { readBodyBytes, RequestBodyError } from '@fg/graphql-kit';
import { multipartBoundary, parseMultipartForm, type FormPart } from './multipart-form';

/** The mutations that take a file, and the Extension argument that carries its bytes (base64) to the subgraph. */
export const FILE_MUTATIONS = ['createSecret', 'updateSecret'];
export const FILE_ARGUMENT = 'fileContent';
/** The variable the gateway adds to the operation; clients never send it. */
export const FILE_VARIABLE = 'fgUploadedFileContent';
/** Room for the operation and the multipart framing around the file. */
const FORM_ALLOWANCE_BYTES = 64 * 1024;

export interface UploadLimits {
  /** The largest file accepted (GATEWAY_MAX_UPLOAD_BYTES); a larger one answers 413. */
  maxFileBytes: number;
}

export const isMultipartRequest = (req: IncomingMessage) => multipartBoundary(req.headers['content-type']) !== null;

const tooLarge = (maxFileBytes: number) => new RequestBodyError(413, `The file is larger than the upload limit of ${maxFileBytes} bytes`);
const badRequest = (message: string) => new RequestBodyError(400, message);

function jsonPart(part: FormPart | undefined, name: string): unknown {
  if (!part) throw badRequest(`The multipart request needs a "${name}" part`);
  try {
    return JSON.parse(part.data.toString('utf8'));
  } catch {
    throw badRequest(`The "${name}" part is not valid JSON`);
  }
}

/**
 * The operation and the file of the request, in either form: the GraphQL multipart request spec (`operations`,
 * `map` naming exactly one file part) or the reference's (`query` holding the JSON request, `file` the bytes).
 */
function operationAndFile(parts: FormPart[]): { operation: Record<string, unknown>; file: Buffer } {
  const byName = new Map(parts.map((part) => [part.name, part]));
  let operation: unknown;
  let file: FormPart | undefined;
  if (byName.has('operations')) {
    operation = jsonPart(byName.get('operations'), 'operations');
    const map = jsonPart(byName.get('map'), 'map');
    const keys = map && typeof map === 'object' && !Array.isArray(map) ? Object.keys(map) : [];
    if (keys.length !== 1) throw badRequest('The "map" part must name exactly one file');
    file = byName.get(keys[0]);
    if (!file) throw badRequest(`The file part "${keys[0]}" named in "map" is missing`);
  } else {
    operation = jsonPart(byName.get('query'), 'query');
    file = byName.get('file');
    if (!file) throw badRequest('The multipart request needs a "file" part');
  }
  if (!operation || typeof operation !== 'object' || Array.isArray(operation) || typeof (operation as { query?: unknown }).query !== 'string') {
    throw badRequest('A file is sent with one operation: { "query": "...", "variables": { ... } }');
  }
  return { operation: operation as Record<string, unknown>, file: file.data };
}

/** Hands the file to every createSecret / updateSecret of the operation through the fileContent argument. */
function withFileArgument(document: DocumentNode, operationName: unknown): DocumentNode {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const target = operations.length === 1 ? operations[0] : operations.find((o) => o.name?.value === operationName);
  if (!target || target.operation !== 'mutation') throw badRequest('A file can only be sent with a createSecret or updateSecret mutation');
  const takesFile = target.selectionSet.selections.some((s) => s.kind === Kind.FIELD && FILE_MUTATIONS.includes(s.name.value));
  if (!takesFile) throw badRequest('A file can only be sent with a createSecret or updateSecret mutation');
  const variable = { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: FILE_VARIABLE } } as const;
  return visit(document, {
    OperationDefinition(node) {
      if (node !== target) return undefined;
      const definition = { kind: Kind.VARIABLE_DEFINITION, variable, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'String' } } } as const;
      const selections = node.selectionSet.selections.map((selection) =>
        selection.kind === Kind.FIELD && FILE_MUTATIONS.includes(selection.name.value)
          ? {
              ...selection,
              arguments: [
                ...(selection.arguments ?? []).filter((argument) => argument.name.value !== FILE_ARGUMENT),
                { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: FILE_ARGUMENT }, value: variable },
              ],
            }
          : selection,
      );
      return { ...node, variableDefinitions: [...(node.variableDefinitions ?? []), definition], selectionSet: { ...node.selectionSet, selections } };
    },
  });
}

/**
 * A multipart GraphQL request (an encrypted file upload) as the JSON request the subgraphs take: the file's bytes,
 * base64, in the Extension argument `fileContent` (README "Encrypted files"). A file over the limit answers 413.
 */
export async function toFileUploadRequest(req: IncomingMessage, url: URL, limits: UploadLimits): Promise<HTTPGraphQLRequest> {
  const boundary = multipartBoundary(req.headers['content-type']) as string;
  let body: Buffer;
  try {
    body = await readBodyBytes(req, limits.maxFileBytes + FORM_ALLOWANCE_BYTES);
  } catch (error) {
    throw error instanceof RequestBodyError && error.status === 413 ? tooLarge(limits.maxFileBytes) : error;
  }
  const { operation, file } = operationAndFile(parseMultipartForm(body, boundary));
  if (file.length > limits.maxFileBytes) throw tooLarge(limits.maxFileBytes);
  let document: DocumentNode;
  try {
    document = parse(operation.query as string);
  } catch {
    throw badRequest('The operation is not a valid GraphQL document');
  }
  const variables = operation.variables && typeof operation.variables === 'object' ? operation.variables : {};
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set('content-type', 'application/json');
  return {
    method: 'POST',
    headers,
    search: url.search,
    body: {
      query: print(withFileArgument(document, operation.operationName)),
      variables: { ...variables, [FILE_VARIABLE]: file.toString('base64') },
      ...(typeof operation.operationName === 'string' ? { operationName: operation.operationName } : {}),
    },
  };
}
