import { describe, expect, it } from 'vitest';
import { inLang, langOf } from './lang';

describe('editions', () => {
  it('reads the optional segment', () => {
    expect(langOf({})).toBe('en');
    expect(langOf({ lang: 'es' })).toBe('es');
  });
  it('puts a page of the English edition in the Spanish one', () => {
    expect(inLang('es', '/embed-codes/')).toBe('/es/embed-codes/');
    expect(inLang('en', '/embed-codes/')).toBe('/embed-codes/');
  });
});
