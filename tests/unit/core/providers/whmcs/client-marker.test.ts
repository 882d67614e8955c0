import { describe, expect, it } from 'vitest';
import { splitClientMarker, withClientMarker } from '@main/core/providers/whmcs/client-marker';

describe('client markers', () => {
  it('round-trips a marker through the message text, including WHMCS \\r\\n line endings', () => {
    const sent = withClientMarker('Hello\nworld', '0193a1b2-c3d4');
    expect(sent).toBe('Hello\nworld\n\n[hd:0193a1b2-c3d4]');
    expect(splitClientMarker(sent.replace(/\n/g, '\r\n'))).toEqual({
      body: 'Hello\r\nworld',
      marker: '0193a1b2-c3d4'
    });
  });

  it('leaves a message without a trailer alone', () => {
    expect(splitClientMarker('Use [hd:x] in the middle please')).toEqual({
      body: 'Use [hd:x] in the middle please',
      marker: null
    });
    expect(withClientMarker('Plain', undefined)).toBe('Plain');
  });

  it('rejects markers that could break out of the trailer', () => {
    expect(() => withClientMarker('x', 'a]b')).toThrow(/Client marker/);
    expect(() => withClientMarker('x', '')).toThrow(/Client marker/);
  });
});
