import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) } };
}

describe('createLogger', () => {
  it('redacts API keys, passwords and the x-api-key header', () => {
    const { lines, stream } = capture();
    const logger = createLogger('test', 'info', stream);
    logger.info({ apiKey: 'k-123', user: { password: 'p-1' }, req: { headers: { 'x-api-key': 'k-456' } } }, 'hello');
    const line = JSON.parse(lines[0]);
    expect(line.msg).toBe('hello');
    expect(line.name).toBe('test');
    expect(line.apiKey).toBe('[redacted]');
    expect(line.user.password).toBe('[redacted]');
    expect(line.req.headers['x-api-key']).toBe('[redacted]');
  });

  it('drops lines below its level', () => {
    const { lines, stream } = capture();
    createLogger('test', 'warn', stream).info('quiet');
    expect(lines).toHaveLength(0);
  });
});
