import { describe, expect, it } from 'vitest';
import en from '../../../messages/en.json';
import es from '../../../messages/es.json';
import { missingMessages } from './check';

describe('interface messages', () => {
  it('has Spanish for every English message and English for every Spanish one', () => {
    expect(missingMessages(en, es)).toEqual([]);
    expect(Object.keys(es).length).toBeGreaterThan(10);
  });
  it('names a message that lacks its Spanish text', () => {
    expect(missingMessages({ share: 'Share', next: 'Next' }, { share: 'Compartir', next: ' ' })).toEqual([
      'messages/es.json: no Spanish text for "next"'
    ]);
    expect(missingMessages({ share: 'Share' }, { share: 'Compartir', extra: 'Más' })).toEqual(['messages/en.json: no English text for "extra"']);
  });
});
