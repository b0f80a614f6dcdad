import { HeaderMap, type HTTPGraphQLRequest } from '@apollo/server';
import { withLenientDocuments } from './lenient-documents';

const SENT = 'query($filters: [ServiceFilter]) { services(limit: 10, offset: 0. filters: $filters) { nodes { id } } }';
const REPAIRED = 'query($filters: [ServiceFilter]) { services(limit: 10, offset: 0, filters: $filters) { nodes { id } } }';

const request = (body: unknown, search = ''): HTTPGraphQLRequest => ({ method: 'POST', headers: new HeaderMap(), search, body });

describe('withLenientDocuments', () => {
  it('repairs the stray dot in a JSON body\'s query and keeps the other members', () => {
    const repaired = withLenientDocuments(request({ query: SENT, variables: { filters: [] }, operationName: null }));
    expect(repaired.body).toEqual({ query: REPAIRED, variables: { filters: [] }, operationName: null });
  });

  it('repairs every operation of a batch', () => {
    const repaired = withLenientDocuments(request([{ query: SENT }, { query: '{ a }' }, { query: SENT, variables: {} }]));
    expect(repaired.body).toEqual([{ query: REPAIRED }, { query: '{ a }' }, { query: REPAIRED, variables: {} }]);
  });

  it('repairs the query parameter of a GET', () => {
    const repaired = withLenientDocuments({ ...request(undefined, `?${new URLSearchParams({ query: SENT, operationName: 'x' })}`), method: 'GET' });
    expect(new URLSearchParams(repaired.search).get('query')).toBe(REPAIRED);
    expect(new URLSearchParams(repaired.search).get('operationName')).toBe('x');
  });

  it('leaves valid documents, other bodies and malformed text as they are', () => {
    const valid = request({ query: '{ services(limit: 10, offset: 0) { nodes { id } } }' });
    expect(withLenientDocuments(valid)).toEqual(valid);
    for (const body of [undefined, {}, { query: 42 }, 'text', [1, null]]) expect(withLenientDocuments(request(body)).body).toEqual(body);
    const float = request({ query: '{ a(x: 0.5, y: 1.) }' });
    expect(withLenientDocuments(float).body).toEqual({ query: '{ a(x: 0.5, y: 1.) }' });
    expect(withLenientDocuments(request({}, '?x=1')).search).toBe('?x=1');
  });
});
