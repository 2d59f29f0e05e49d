import { describe, expect, it } from 'vitest';
import { datawrapperFrameId, iframeCode, pymCode } from './codes';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('embed codes', () => {
  it('iframe + snippet: an opted-in frame on the canonical origin, and the snippet', () => {
    const d = doc(iframeCode({ siteUrl: 'https://h.example/', visual: 'map', step: 'handover-a', title: 'H: "map"' }));
    const f = d.querySelector('iframe')!;
    expect(f.hasAttribute('data-handover-embed')).toBe(true);
    expect(f.getAttribute('src')).toBe('https://h.example/embed/map/#handover-a');
    expect(f.getAttribute('title')).toBe('H: "map"');
    expect(f.getAttribute('scrolling')).toBe('no');
    expect(d.querySelector('script')!.getAttribute('src')).toBe('https://h.example/embed.js');
  });

  it("pym: the auto-init div pym's loader reads", () => {
    const d = doc(pymCode({ siteUrl: 'https://h.example', visual: null, title: 'H' }));
    expect(d.querySelector('div')!.getAttribute('data-pym-src')).toBe('https://h.example/embed/');
    expect(d.querySelector('script')!.getAttribute('src')).toMatch(/pym\.v1\.min\.js$/);
  });

  it('names the Datawrapper frame id after the chart id the embed reports', () => {
    expect(datawrapperFrameId('map')).toBe('datawrapper-chart-handover-map');
    expect(datawrapperFrameId(null)).toBe('datawrapper-chart-handover-story');
  });
});
