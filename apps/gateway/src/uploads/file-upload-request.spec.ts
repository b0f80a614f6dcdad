import { RequestBodyError } from '@fg/graphql-kit';
import { fakeRequest } from '../testing/fake-http';
import { FILE_VARIABLE, toFileUploadRequest } from './file-upload-request';
import { multipartBoundary, parseMultipartForm } from './multipart-form';

const BOUNDARY = '----fg-spec-boundary';
const CREATE = 'mutation Upload($input: CreateSecretInput!) { createSecret(input: $input) { secret { id } } }';
const INPUT = { input: { secretType: 'ENCRYPTED_FILE', encryptedFile: { name: 'kubeconfig' } } };

type Part = { name: string; filename?: string; data: string | Buffer };

function form(parts: Part[]): Buffer {
  const chunks = parts.flatMap(({ name, filename, data }) => [
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n`),
    Buffer.from(filename ? 'Content-Type: application/octet-stream\r\n\r\n' : '\r\n'),
    Buffer.from(data),
    Buffer.from('\r\n'),
  ]);
  return Buffer.concat([...chunks, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}

const specForm = (file: Buffer | string, operations: unknown = { query: CREATE, variables: INPUT }, map: unknown = { 0: ['variables.file'] }) =>
  form([
    { name: 'operations', data: JSON.stringify(operations) },
    { name: 'map', data: JSON.stringify(map) },
    { name: '0', filename: 'kubeconfig.yaml', data: file },
  ]);

const upload = (body: Buffer, maxFileBytes = 1024) =>
  toFileUploadRequest(
    fakeRequest({ body, headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'x-api-key': 'k' } }),
    new URL('http://gateway/api/graphql?accountId=acc-1'),
    { maxFileBytes },
  );

async function failure(promise: Promise<unknown>): Promise<RequestBodyError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RequestBodyError);
  return error as RequestBodyError;
}

describe('multipart file uploads', () => {
  it('reads the boundary of a multipart content type only', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('multipart/form-data; charset=utf-8; boundary="a b"')).toBe('a b');
    expect(multipartBoundary('application/json')).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
  });

  it('keeps a file part’s bytes exactly, binary included', () => {
    const binary = Buffer.from([0, 255, 13, 10, 45, 45, 128, 7]);
    const parts = parseMultipartForm(specForm(binary), BOUNDARY);
    expect(parts.map((p) => p.name)).toEqual(['operations', 'map', '0']);
    expect(parts[2].filename).toBe('kubeconfig.yaml');
    expect(parts[2].data.equals(binary)).toBe(true);
  });

  it('turns the GraphQL multipart request into the operation with the file as the fileContent argument', async () => {
    const request = await upload(specForm('apiVersion: v1\n'));
    expect(request.method).toBe('POST');
    expect(request.search).toBe('?accountId=acc-1');
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(request.headers.get('x-api-key')).toBe('k');
    const body = request.body as { query: string; variables: Record<string, unknown>; operationName?: string };
    expect(body.query).toContain(`mutation Upload($input: CreateSecretInput!, $${FILE_VARIABLE}: String)`);
    expect(body.query).toContain(`createSecret(input: $input, fileContent: $${FILE_VARIABLE})`);
    expect(body.variables).toEqual({ ...INPUT, [FILE_VARIABLE]: Buffer.from('apiVersion: v1\n').toString('base64') });
  });

  it('takes the reference’s form too: the JSON request in "query", the bytes in "file"', async () => {
    const body = form([
      { name: 'query', data: JSON.stringify({ query: CREATE.replace('createSecret', 'updateSecret').replace('CreateSecretInput', 'UpdateSecretInput'), variables: INPUT }) },
      { name: 'file', filename: 'a.bin', data: 'xyz' },
    ]);
    const request = await upload(body);
    expect((request.body as { query: string }).query).toContain(`updateSecret(input: $input, fileContent: $${FILE_VARIABLE})`);
    expect((request.body as { variables: Record<string, unknown> }).variables[FILE_VARIABLE]).toBe(Buffer.from('xyz').toString('base64'));
  });

  it('answers 413 to a file over the limit, however the body is framed', async () => {
    expect(await failure(upload(specForm(Buffer.alloc(1025, 1))))).toMatchObject({ status: 413, message: 'The file is larger than the upload limit of 1024 bytes' });
    expect(await failure(upload(specForm(Buffer.alloc(200_000, 1))))).toMatchObject({ status: 413, message: 'The file is larger than the upload limit of 1024 bytes' });
    // Exactly at the limit is accepted.
    await expect(upload(specForm(Buffer.alloc(1024, 1)))).resolves.toMatchObject({ method: 'POST' });
  });

  it('answers 400 to a malformed request: no file, two files, no operation, a query, a broken body', async () => {
    const cases: [Buffer, string][] = [
      [form([{ name: 'operations', data: JSON.stringify({ query: CREATE }) }, { name: 'map', data: '{}' }]), 'The "map" part must name exactly one file'],
      [specForm('x', undefined, { 0: ['variables.a'], 1: ['variables.b'] }), 'The "map" part must name exactly one file'],
      [specForm('x', undefined, { 7: ['variables.file'] }), 'The file part "7" named in "map" is missing'],
      [specForm('x', [{ query: CREATE }]), 'A file is sent with one operation: { "query": "...", "variables": { ... } }'],
      [specForm('x', { query: '{ secret(secretId: "1", secretType: ENCRYPTED_FILE) { id } }' }), 'A file can only be sent with a createSecret or updateSecret mutation'],
      [specForm('x', { query: 'mutation {' }), 'The operation is not a valid GraphQL document'],
      [Buffer.from(`--${BOUNDARY}\r\nno headers end`), 'The multipart body is malformed'],
    ];
    for (const [body, message] of cases) expect(await failure(upload(body))).toMatchObject({ status: 400, message });
  });
});
