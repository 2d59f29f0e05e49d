// Which source addresses may be cited: the URL rules of src/lib/data/urls.ts, and the dataset against them.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load';
import { mirrorOf, urlProblem } from '../../src/lib/data/urls';

describe('urlProblem', () => {
  it.each([
    ['http://20.210.105.67/txt/time/Time1985/1985-03-25/964097.html', 'bare IP'],
    ['https://eluniversal-eluniversal-staging.web.arc-cdn.net/nacion/x', 'proxy or CDN'],
    ['https://elfinanciero-elfinanciero-prod.cdn.arcpublishing.com/nacional/x', 'proxy or CDN'],
    ['https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a', 'proxy or CDN'],
    ['https://i656e676c697368o656c70616973o636f6dz.oszar.com/usa/x.html', 'proxy or CDN'],
    ['https://admin.mvs.editor80.com/nacional/x.html', 'staging, admin, CMS or preview'],
    ['https://adm.heraldodemexico.com.mx/nacional/x.html', 'staging, admin, CMS or preview'],
    ['https://cms.proceso.com.mx/nacional/x.html', 'staging, admin, CMS or preview'],
    ['https://preview-prod.w.houstonchronicle.com/news/x.php', 'staging, admin, CMS or preview'],
    ['https://digital-stage.newsnationnow.com/us-news/x', 'staging, admin, CMS or preview'],
    ['https://icdev.integ.ro/mexico-organized-crime-news/', 'staging, admin, CMS or preview'],
    ['https://applemacsupportnumbers.com/why-has-mexico-extradited/', 'spam domain']
  ])('rejects %s (%s)', (url, why) => {
    expect(urlProblem(url)).toContain(why);
  });

  it.each([
    'https://www.justice.gov/usao-sdny/pr/leaders-sinaloa-cartel-presented-manhattan-federal-court',
    'https://amp.milenio.com/policia/x',
    'https://www.admiral.com/a',
    'https://cmsnoticias.mx/a',
    'https://elcomentario.ucol.mx/?p=306576'
  ])('accepts %s', (url) => {
    expect(urlProblem(url)).toBeNull();
  });

  it('knows the press-release mirrors, subdomains included', () => {
    expect(mirrorOf('https://fhwa.einnews.com/pr_news/794044850/x')).toBe('einnews.com');
    expect(mirrorOf('https://thefederalnewswire.com/stories/1-x')).toBe('thefederalnewswire.com');
    expect(mirrorOf('https://www.justice.gov/opa/pr/x')).toBeNull();
  });
});

describe('data/sources.json', () => {
  const d = loadDataset();

  it('cites no address the rules reject, and every copy names where it was read', () => {
    expect(d.sources.filter((s) => urlProblem(s.url) || (s.via && urlProblem(s.via.url))).map((s) => s.id)).toEqual([]);
    const copies = d.sources.filter((s) => mirrorOf(s.url));
    expect(copies.length).toBeGreaterThan(10);
    expect(copies.filter((s) => !s.via).map((s) => s.id)).toEqual([]);
  });

  it('cites a DOJ release read on a mirror as the DOJ release', () => {
    const bondi = d.sources.find((s) => s.url.includes('einpresswire.com/article/789921922'))!;
    expect(bondi.publisher).toBe('U.S. Department of Justice');
    expect(bondi.kind).toBe('primary');
    expect(bondi.via).toEqual({ publisher: 'EIN Presswire', url: bondi.url });
  });

  it('gives no year of the facts as a publication date: a bare year is one the address itself states', () => {
    // 379 records used to carry the year of the newest fact they were cited for; those dates are now null.
    const years = d.sources.filter((s) => s.date !== null && s.date.length === 4);
    expect(years.length).toBeGreaterThan(0);
    expect(years.filter((s) => !s.url.includes(`/${s.date}/`)).map((s) => s.id)).toEqual([]);
  });
});
