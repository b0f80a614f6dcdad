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

  it('writes an error whose properties form a large cyclic graph with its type, message, code and cause', () => {
    const { lines, stream } = capture();
    const topology: Record<string, unknown> = { servers: new Map() };
    for (let i = 0; i < 50; i += 1) topology[`node${i}`] = { topology, peers: [topology] };
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:27017', { cause: new Error('socket closed') }), {
      name: 'MongooseServerSelectionError',
      code: 'ECONNREFUSED',
      reason: topology,
    });
    createLogger('test', 'info', stream).fatal({ err: error }, 'could not start');
    const { err } = JSON.parse(lines[0]);
    expect(err).toMatchObject({
      type: 'MongooseServerSelectionError',
      message: 'connect ECONNREFUSED 127.0.0.1:27017',
      code: 'ECONNREFUSED',
      cause: { type: 'Error', message: 'socket closed' },
    });
    expect(err.stack).toContain('logger.spec');
    expect(err.reason).toBeUndefined();
  });

  it('drops lines below its level', () => {
    const { lines, stream } = capture();
    createLogger('test', 'warn', stream).info('quiet');
    expect(lines).toHaveLength(0);
  });
});

describe('createLogger redaction of secret values', () => {
  const VALUE = 'recognisable-secret-value-0042';

  it('redacts values in every input shape of the secrets API, at any depth', () => {
    const { lines, stream } = capture();
    const logger = createLogger('test', 'info', stream);
    logger.info(
      {
        value: VALUE,
        input: {
          encryptedText: { name: 'db', value: VALUE, parameters: [{ name: 'p', value: VALUE }] },
          sshCredential: { sshAuthentication: { sshAuthenticationMethod: { serverPassword: { password: VALUE } } } },
          hashicorpVaultConfigInput: { authDetails: { authToken: VALUE, appRoleId: 'role-1', secretId: VALUE } },
        },
        request: { secretValue: VALUE, key: VALUE, passphrase: VALUE, fileContent: VALUE },
        resolved: { values: { db: VALUE } },
      },
      'secret mutation',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(VALUE);
    const line = JSON.parse(lines[0]);
    expect(line.value).toBe('[redacted]');
    expect(line.input.encryptedText.value).toBe('[redacted]');
    expect(line.input.encryptedText.name).toBe('db');
    expect(line.input.hashicorpVaultConfigInput.authDetails.appRoleId).toBe('role-1');
    expect(line.request.key).toBe('[redacted]');
    expect(line.resolved.values).toBe('[redacted]');
  });

  it('keeps the ids of secrets, which are not values', () => {
    const { lines, stream } = capture();
    createLogger('test', 'info', stream).info({ input: { secretId: 'sec-1', secretType: 'ENCRYPTED_TEXT' } }, 'deleted');
    expect(JSON.parse(lines[0]).input).toEqual({ secretId: 'sec-1', secretType: 'ENCRYPTED_TEXT' });
  });
});
