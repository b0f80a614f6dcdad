import { SECRET_MASK } from '@fg/secrets/masking';
import { maskedResult, secretReferencesIn, withSecretValues } from './task-secrets';

const script = (text: string) => ({ version: 1 as const, type: 'SHELL_SCRIPT' as const, script: text, timeoutMs: 1000 });

describe('secret references in task payloads', () => {
  it('finds each referenced name once, in double or single quotes, in scripts and URLs', () => {
    expect(secretReferencesIn(script('curl -u "${secrets.getValue("db-user")}:${secrets.getValue(\'db pass\')}" && echo ${secrets.getValue("db-user")}'))).toEqual([
      'db-user',
      'db pass',
    ]);
    expect(secretReferencesIn({ version: 1, type: 'HTTP', url: 'https://h/x?token=${ secrets.getValue("api-token") }', method: 'GET', expectedStatus: 200 })).toEqual([
      'api-token',
    ]);
    expect(secretReferencesIn(script('echo ${secrets.getValue()} ${other.getValue("x")} $secrets'))).toEqual([]);
    expect(secretReferencesIn({ version: 1, type: 'NOOP', waitMs: 1 })).toEqual([]);
  });

  it("reads and fills an HTTP task's header values and body too", () => {
    const request = {
      version: 2 as const,
      type: 'HTTP' as const,
      url: 'https://h/hook',
      method: 'POST' as const,
      headers: [{ name: 'Authorization', value: 'Bearer ${secrets.getValue("api-token")}' }],
      body: '{"password":"${secrets.getValue("db-pass")}"}',
      expectedStatus: 200,
    };
    expect(secretReferencesIn(request)).toEqual(['api-token', 'db-pass']);
    expect(withSecretValues(request, new Map([['api-token', 'T'], ['db-pass', 'P']]))).toEqual({
      ...request,
      headers: [{ name: 'Authorization', value: 'Bearer T' }],
      body: '{"password":"P"}',
    });
  });

  it('puts values in place of the references, leaving anything it has no value for as written', () => {
    const values = new Map([
      ['a', 'VALUE-A'],
      ['b', '$pecial & "quoted"'],
    ]);
    expect(withSecretValues(script('x=${secrets.getValue("a")}; y=\'${secrets.getValue(\'b\')}\'; z=${secrets.getValue("c")}'), values)).toEqual(
      script('x=VALUE-A; y=\'$pecial & "quoted"\'; z=${secrets.getValue("c")}'),
    );
  });

  it('masks every value in the output and the error, keeping the rest of the result', () => {
    expect(maskedResult({ exitCode: 2, output: 'user=VALUE-A pass=VALUE-AB', error: 'bad VALUE-A' }, ['VALUE-A', 'VALUE-AB'])).toEqual({
      exitCode: 2,
      output: `user=${SECRET_MASK} pass=${SECRET_MASK}`,
      error: `bad ${SECRET_MASK}`,
    });
    expect(maskedResult({ httpStatus: 200 }, ['VALUE-A'])).toEqual({ httpStatus: 200 });
  });
});
