import { SECRET_MASK, maskSecretValues } from './mask-secret-values';

describe('maskSecretValues', () => {
  it('replaces every occurrence of every value', () => {
    const text = 'login hunter2 ok; token=abc-123; again hunter2';
    expect(maskSecretValues(text, ['hunter2', 'abc-123'])).toBe(`login ${SECRET_MASK} ok; token=${SECRET_MASK}; again ${SECRET_MASK}`);
  });

  it('masks a value that contains another one whole', () => {
    expect(maskSecretValues('key=pass-extended', ['pass', 'pass-extended'])).toBe(`key=${SECRET_MASK}`);
  });

  it('treats values literally, including regular-expression characters and new lines', () => {
    expect(maskSecretValues('a.*b and a-b', ['a.*b'])).toBe(`${SECRET_MASK} and a-b`);
    const pem = '-----BEGIN KEY-----\nMIIE\n-----END KEY-----';
    expect(maskSecretValues(`key:\n${pem}\ndone`, [pem])).toBe(`key:\n${SECRET_MASK}\ndone`);
  });

  it('leaves text without values, and ignores empty values', () => {
    expect(maskSecretValues('nothing to hide', ['absent', ''])).toBe('nothing to hide');
    expect(maskSecretValues('', ['x'])).toBe('');
  });
});
