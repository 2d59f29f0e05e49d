import { describe, expect, it } from 'vitest';
import {
  MAX_HEIGHT,
  childIdFrom,
  datawrapperHeightMessage,
  heightMessages,
  isHeightRequest,
  parseHeightMessage,
  parsePymMessage,
  pymHeightMessage,
  toHeight
} from './height';
import { HOST_CASES } from './host-cases';


describe('toHeight', () => {
  it.each([
    [300, 300],
    [300.01, 301],
    ['300', 300],
    [' 12.5 ', 13],
    [MAX_HEIGHT, MAX_HEIGHT],
    [MAX_HEIGHT + 1, null],
    [0, null],
    [-1, null],
    [NaN, null],
    [Infinity, null],
    ['', null],
    ['12px', null],
    [null, null],
    [{}, null]
  ])('%j → %j', (input, out) => {
    expect(toHeight(input)).toBe(out);
  });
});

describe('what an embed posts', () => {
  it('formats pym v1 height strings exactly', () => {
    expect(pymHeightMessage('example', 640)).toBe('pymxPYMxexamplexPYMxheightxPYMx640');
  });

  it('formats the Datawrapper object', () => {
    expect(datawrapperHeightMessage('handover-map', 512)).toEqual({ 'datawrapper-height': { 'handover-map': 512 } });
  });

  it('sends pym only when pym made the frame', () => {
    expect(heightMessages(300, { childId: null, chartId: 'c' })).toEqual([{ 'datawrapper-height': { c: 300 } }]);
    expect(heightMessages(300, { childId: 'p1', chartId: 'c' })).toEqual([
      'pymxPYMxp1xPYMxheightxPYMx300',
      { 'datawrapper-height': { c: 300 } }
    ]);
  });

  it('round-trips through the host parser', () => {
    for (const m of heightMessages(777, { childId: 'p1', chartId: 'c' })) expect(parseHeightMessage(m)?.height).toBe(777);
  });
});

describe('childIdFrom', () => {
  it.each([
    ['?initialWidth=320&childId=example', 'example'],
    ['?childId=handover-map_2', 'handover-map_2'],
    ['', null],
    ['?initialWidth=320', null],
    ['?childId=', null],
    ['?childId=a%20b', null],
    ['?childId=axPYMxb', null],
    ['?childId=' + 'a'.repeat(101), null],
    ['?childId=%3Cscript%3E', null]
  ])('%s → %j', (search, id) => {
    expect(childIdFrom(search)).toBe(id);
  });
});

describe('parsePymMessage', () => {
  it('splits id, type and payload; the payload may contain spaces', () => {
    expect(parsePymMessage('pymxPYMxp1xPYMxviewport-iframe-positionxPYMx1 2 3 4')).toEqual({
      id: 'p1',
      type: 'viewport-iframe-position',
      payload: '1 2 3 4'
    });
  });
  it.each([null, 1, {}, 'pym', 'pymxPYMxp1xPYMxheight'])('ignores %j', (d) => {
    expect(parsePymMessage(d)).toBeNull();
  });
});

describe('isHeightRequest', () => {
  it.each([
    ['pymxPYMxp1xPYMxwidthxPYMx320', true],
    ['pymxPYMxhandoverxPYMxheightxPYMx', true],
    ['pymxPYMxp1xPYMxviewport-iframe-positionxPYMx1 2', false],
    [{ 'datawrapper-height': { a: 1 } }, false],
    [null, false]
  ])('%j → %j', (d, yes) => {
    expect(isHeightRequest(d)).toBe(yes);
  });
});

describe('parseHeightMessage (the host side)', () => {
  it.each(HOST_CASES)('%s', (_name, data, height) => {
    const got = parseHeightMessage(data);
    expect(got?.height ?? null).toBe(height);
  });

  it('names the protocol and id', () => {
    expect(parseHeightMessage('pymxPYMxp1xPYMxheightxPYMx5')).toEqual({ protocol: 'pym', id: 'p1', height: 5 });
    expect(parseHeightMessage({ 'datawrapper-height': { c: 5 } })).toEqual({ protocol: 'datawrapper', id: 'c', height: 5 });
  });

  it('never throws, even on objects whose properties throw', () => {
    const hostile = {
      get 'datawrapper-height'() {
        throw new Error('boom');
      }
    };
    expect(parseHeightMessage(hostile)).toBeNull();
    expect(parseHeightMessage(new Proxy({}, { ownKeys: () => { throw new Error('boom'); } }))).toBeNull();
  });
});
