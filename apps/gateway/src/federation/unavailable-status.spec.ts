import { isUnavailableAnswer } from './unavailable-status';

const unavailable = { message: 'A service these fields need is unavailable; please try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } };

describe('isUnavailableAnswer', () => {
  it('is true when no field has data and every error is SERVICE_UNAVAILABLE', () => {
    expect(isUnavailableAnswer({ data: null, errors: [unavailable] })).toBe(true);
    expect(isUnavailableAnswer({ data: { applications: null, secretManagers: null }, errors: [unavailable, unavailable] })).toBe(true);
    expect(isUnavailableAnswer({ errors: [unavailable] })).toBe(true);
  });

  it('is false for partial data, which stays a 200', () => {
    expect(isUnavailableAnswer({ data: { applications: { nodes: [] }, secretManagers: null }, errors: [unavailable] })).toBe(false);
  });

  it('is false when another error is among them, or there is none', () => {
    expect(isUnavailableAnswer({ data: null, errors: [unavailable, { extensions: { code: 'FORBIDDEN' } }] })).toBe(false);
    expect(isUnavailableAnswer({ data: { applications: null } })).toBe(false);
    expect(isUnavailableAnswer({ data: null, errors: [] })).toBe(false);
  });
});
