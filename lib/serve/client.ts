// The browser side of live reload, served as /livereload.js by the live reload
// server. It speaks the LiveReload protocol's messages as Jekyll's reactor sends
// them ({command: "reload", path, liveCSS}), over a WebSocket.

export const CLIENT_SCRIPT = `(function () {
  var me = document.currentScript;
  var port = (me && /[?&]port=(\\d+)/.exec(me.src) || [])[1] || location.port;
  // livereload.js's options: reconnect after mindelay ms, doubling up to maxdelay ms.
  var option = function (name, fallback) { var m = me && new RegExp('[?&]' + name + '=([0-9.]+)').exec(me.src); return m ? Number(m[1]) : fallback; };
  var minDelay = option('mindelay', 1000), maxDelay = option('maxdelay', 60000), nextDelay = minDelay;
  // Every escape decoded: the server escapes each path segment whole (a + as %2B), the browser's
  // location keeps what the link had (a raw +), and decodeURI would leave %2B, %2C, %3A... as they are.
  var decode = function (p) { try { return decodeURIComponent(p); } catch (e) { return p; } };
  var strip = function (p) { return decode(p).replace(/index\\.html?$/, '').replace(/\\.x?html?$/, '').replace(/\\/$/, ''); };
  var here = strip(location.pathname);
  var reloading = false;
  function swapStyles(path) {
    var links = [].slice.call(document.querySelectorAll('link[rel~="stylesheet"][href]'));
    var match = links.filter(function (l) { return decode(new URL(l.href).pathname) === decode(path); });
    (match.length ? match : links).forEach(function (l) {
      var u = new URL(l.href);
      u.searchParams.set('livereload', String(Date.now()));
      var fresh = l.cloneNode();
      fresh.href = u.href;
      fresh.addEventListener('load', function () { l.remove(); });
      l.after(fresh);
    });
  }
  function reloadImages(path) {
    var want = strip(path);
    [].slice.call(document.images || []).forEach(function (img) {
      var u = new URL(img.src, location.href);
      if (strip(u.pathname) !== want) return;
      u.searchParams.set('livereload', String(Date.now()));
      img.src = u.href;
    });
  }
  function connect() {
    var ws = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + (location.hostname || 'localhost') + ':' + port + '/livereload');
    ws.onopen = function () { nextDelay = minDelay; ws.send(JSON.stringify({ command: 'hello', protocols: ['http://livereload.com/protocols/official-7'] })); };
    ws.onmessage = function (event) {
      var m = JSON.parse(event.data);
      if (m.command !== 'reload' || reloading) return;
      if (m.liveCSS && /\\.css$/i.test(m.path)) return swapStyles(m.path);
      // An image: this page's copies of it load again (livereload.js's reloadImages), the page stays.
      if (/\\.(jpe?g|png|gif|svg|webp|avif)$/i.test(m.path)) return reloadImages(m.path);
      // Another page, a feed or an image changed: this page is the same.
      if (strip(m.path) !== here && !/\\.m?js$/i.test(m.path)) return;
      reloading = true;
      location.reload();
    };
    ws.onclose = function () {
      if (reloading) return;
      setTimeout(connect, nextDelay);
      nextDelay = Math.min(maxDelay, nextDelay * 2);
    };
  }
  connect();
})();
`;
