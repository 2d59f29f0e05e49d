/* Handover embed snippet: sizes every <iframe data-handover-embed> to the content height its page reports, in
   pym.js v1 or Datawrapper format. Trusts a message only from that iframe's own window; ignores anything else.
   Dependency-free, ES2017, safe to load twice. The parser mirrors src/lib/embed/height.ts. */
(function () {
  'use strict';
  if (window.__handoverEmbed) return;
  window.__handoverEmbed = true;
  var MAX = 100000;
  var SEL = 'iframe[data-handover-embed]';
  var PYM = /^pymxPYMx(\S+?)xPYMx(\S+?)xPYMx([\s\S]*)$/;

  function toHeight(n) {
    return typeof n === 'number' && isFinite(n) && n > 0 && n <= MAX ? Math.ceil(n) : null;
  }

  function heightOf(data) {
    if (typeof data === 'string') {
      if (data.length > 2000) return null;
      var m = PYM.exec(data);
      return m && m[2] === 'height' && /^\d+(\.\d+)?$/.test(m[3]) ? toHeight(Number(m[3])) : null;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
    var inner = data['datawrapper-height'];
    if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return null;
    var keys = Object.keys(inner);
    return keys.length === 1 ? toHeight(inner[keys[0]]) : null;
  }

  function frameOf(source) {
    if (!source) return null;
    var list = document.querySelectorAll(SEL);
    for (var i = 0; i < list.length; i++) if (list[i].contentWindow === source) return list[i];
    return null;
  }

  window.addEventListener('message', function (e) {
    try {
      var frame = frameOf(e.source);
      if (!frame) return;
      var h = heightOf(e.data);
      if (h === null) return;
      // A style beats host rules like `iframe { height: 100% }` (pym #168); the attribute is for old CMS CSS.
      frame.style.height = h + 'px';
      frame.setAttribute('height', String(h));
    } catch (err) {
      /* a message we cannot read is a message we ignore */
    }
  });

  // The embed may have spoken before this script listened (async load): ask each frame for its height, the way
  // pym's Parent does with a `width` message. Also on each (re)load of a frame.
  function ask(frame) {
    try {
      if (frame.contentWindow) frame.contentWindow.postMessage('pymxPYMxhandoverxPYMxwidthxPYMx' + frame.offsetWidth, '*');
    } catch (err) {
      /* a frame gone away needs no height */
    }
  }
  function setup() {
    var list = document.querySelectorAll(SEL);
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (f.__handoverEmbed) continue;
      f.__handoverEmbed = true;
      // No inner scrollbar: it would narrow the content, change its height and make the frame oscillate.
      f.setAttribute('scrolling', 'no');
      f.style.overflow = 'hidden';
      f.addEventListener('load', ask.bind(null, f));
      ask(f);
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setup);
  else setup();
  // Frames a CMS adds later; coalesced, so a busy page pays one query per batch of changes.
  var pending = false;
  if (typeof MutationObserver === 'function')
    new MutationObserver(function () {
      if (pending) return;
      pending = true;
      setTimeout(function () {
        pending = false;
        setup();
      }, 50);
    }).observe(document.documentElement, { childList: true, subtree: true });
})();
