import { beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { parseProblem, parseRetryAfter } from './problem';

const json = 'application/problem+json';

describe('parseProblem', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('puts validation errors next to their fields and says something a person can act on', () => {
    const error = parseProblem(400, json, JSON.stringify({
      title: 'Invalid input', status: 400, detail: 'Some fields are missing or invalid; see errors.',
      errors: { username: ['Ensure this field has at least 3 characters.'], '$.price': ['The JSON value could not be converted.'] },
    }), null);
    expect(error.status).toBe(400);
    // What the serializer says about a value it could not read is developer text: the person gets a sentence to act on.
    expect(error.fieldErrors).toEqual({ username: ['Ensure this field has at least 3 characters.'], price: ['This value is not valid here. Check what you entered.'] });
    expect(error.userMessage).toBe('Some fields need attention.');
  });

  it('shows the detail of a problem that is not about fields', () => {
    const error = parseProblem(401, json, JSON.stringify({ title: 'Unauthorized', status: 401, detail: 'Wrong username or password.' }), null);
    expect(error.hasFieldErrors).toBe(false);
    expect(error.userMessage).toBe('Wrong username or password.');
  });

  it('reads DRF-style bodies with fields at the top level and non_field_errors as the message', () => {
    const error = parseProblem(400, 'application/json', JSON.stringify({ email: ['Taken.'], non_field_errors: ['Try again.'] }), null);
    expect(error.fieldErrors).toEqual({ email: ['Taken.'] });
    expect(error.detail).toBe('Try again.');
  });

  it('turns 429 and Retry-After into a wait in seconds', () => {
    const error = parseProblem(429, json, JSON.stringify({ title: 'Too many requests', detail: 'Try again in 1 minute(s).' }), '42');
    expect(error.retryAfter).toBe(42);
    expect(error.userMessage).toBe('Too many attempts, try again in 42 s.');
    expect(parseProblem(429, json, '', '898').userMessage).toBe('Too many attempts, try again in 898 s (about 15 min).');
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(30);
  });

  it('explains an answer without a body, such as a gateway that cannot reach a service', () => {
    const error = parseProblem(503, 'text/html', '<html>down</html>', null);
    expect(error.detail).toBeNull();
    expect(error.userMessage).toMatch(/not available right now/);
  });
});

describe('messages of the app itself', () => {
  it('are in the chosen language', async () => {
    await i18n.changeLanguage('es');
    try {
      expect(parseProblem(0, null, '', null).userMessage).toBe('No se puede conectar con Agrovet. Revise su conexión e intente de nuevo.');
      expect(parseProblem(429, json, '', '42').userMessage).toBe('Demasiados intentos; intente de nuevo en 42 s.');
      expect(parseProblem(400, json, JSON.stringify({ errors: { '$.price': ["The field 'price' has a value of the wrong type."] } }), null).fieldErrors)
        .toEqual({ price: ['Este valor no es válido aquí. Revise lo que ingresó.'] });
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
