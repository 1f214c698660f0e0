import { describe, expect, it } from 'vitest';
import { StatusError } from '../../api/index.js';
import { parseBody, summarizeBody } from './request-body.js';

function refusal(text: string, kind = 'ConfigMap'): StatusError {
  try {
    parseBody(Buffer.from(text, 'utf8'), 'json', kind);
  } catch (err) {
    expect(err).toBeInstanceOf(StatusError);
    return err as StatusError;
  }
  throw new Error('expected the body to be refused');
}

describe('parseBody: malformed JSON, as Kubernetes answers it', () => {
  it('is a 400 naming the kind expected, Go’s parse error and the body', () => {
    expect(refusal('{"metadata":').status).toMatchObject({
      code: 400,
      reason: 'BadRequest',
      message:
        'the object provided is unrecognized (must be of type ConfigMap): couldn\'t get version/kind; json parse error: unexpected end of JSON input ({"metadata":)',
    });
  });

  it('answers an empty JSON body the same way', () => {
    expect(refusal('', 'Deployment').message).toBe(
      "the object provided is unrecognized (must be of type Deployment): couldn't get version/kind; json parse error: unexpected end of JSON input (<empty>)",
    );
  });

  it('still reads well-formed JSON', () => {
    expect(parseBody(Buffer.from('{"a":1,"a":2}'), 'json', 'ConfigMap')).toEqual({ value: { a: 2 }, duplicates: ['a'] });
  });
});

describe('summarizeBody (Kubernetes’ summarizeData)', () => {
  it.each([
    ['', '<empty>'],
    ['{"a":1}', '{"a":1}'],
    ['{"metadata":{"name":"web","labels":{}}}', '{"metadata":{"name":"web","lab ...'],
    ['[1,', '5b312c'],
    ['x'.repeat(31), `${'78'.repeat(30)} ...`],
  ])('%j is quoted as %j', (body, summary) => {
    expect(summarizeBody(Buffer.from(body))).toBe(summary);
  });
});
