// The offline web map of the dossier, inlined into map.html by webmap.py.
// Plain JavaScript and SVG, no library, nothing fetched unless the user
// switches the OpenStreetMap background on. Data text goes in with
// textContent only.
(function () {
  var data = JSON.parse(document.getElementById('data').textContent);
  var svg = document.getElementById('map'), NS = 'http://www.w3.org/2000/svg';
  var tiles = document.getElementById('tiles'), shapes = document.getElementById('shapes');
  var marks = document.getElementById('marks'), popup = document.getElementById('popup');
  var labels = document.getElementById('labels');
  var R = 6378137, view = {x: 0, y: 0, s: 1};
  function merc(p) {
    var l = p[1] * Math.PI / 180;
    return [R * p[0] * Math.PI / 180, R * Math.log(Math.tan(Math.PI / 4 + l / 2))];
  }
  data.polygons.forEach(function (f) {
    f.m = f.rings.map(function (r) { return r.map(merc); });
    if (f.at) { f.atm = merc(f.at); }
  });
  data.cameras.forEach(function (c) { c.m = merc(c.xy); });
  var all = [];
  data.polygons.forEach(function (f) { f.m.forEach(function (r) { all = all.concat(r); }); });
  data.cameras.forEach(function (c) { all.push(c.m); });
  var x0 = Math.min.apply(null, all.map(function (p) { return p[0]; }));
  var x1 = Math.max.apply(null, all.map(function (p) { return p[0]; }));
  var y0 = Math.min.apply(null, all.map(function (p) { return p[1]; }));
  var y1 = Math.max.apply(null, all.map(function (p) { return p[1]; }));
  function size() { var b = svg.getBoundingClientRect(); return [b.width || 800, b.height || 600]; }
  function fit() {
    var w = size();
    view.s = Math.min(w[0] / (x1 - x0 || 1), w[1] / (y1 - y0 || 1)) * 0.92;
    view.x = (x0 + x1) / 2; view.y = (y0 + y1) / 2;
  }
  function px(p) {
    var w = size();
    return [w[0] / 2 + (p[0] - view.x) * view.s, w[1] / 2 - (p[1] - view.y) * view.s];
  }
  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    parent.appendChild(e); return e;
  }
  function drawTiles() {
    while (tiles.firstChild) { tiles.removeChild(tiles.firstChild); }
    if (!document.getElementById('osm').checked) { return; }
    var w = size(), z = Math.max(0, Math.min(19, Math.round(Math.log2(view.s * 2 * Math.PI * R / 256))));
    var n = Math.pow(2, z), span = 2 * Math.PI * R / n;
    var left = view.x - w[0] / 2 / view.s, top = view.y + w[1] / 2 / view.s;
    var i0 = Math.floor((left + Math.PI * R) / span), j0 = Math.floor((Math.PI * R - top) / span);
    var i1 = Math.floor((left + w[0] / view.s + Math.PI * R) / span);
    var j1 = Math.floor((Math.PI * R - top + w[1] / view.s) / span);
    for (var i = i0; i <= i1; i++) { for (var j = j0; j <= j1; j++) {
      if (j < 0 || j >= n) { continue; }
      var p = px([i * span - Math.PI * R, Math.PI * R - j * span]);
      el('image', {href: 'https://tile.openstreetmap.org/' + z + '/' + ((i % n) + n) % n + '/' + j + '.png',
        x: p[0], y: p[1], width: span * view.s + 0.5, height: span * view.s + 0.5}, tiles);
    } }
  }
  function draw() {
    drawTiles();
    data.polygons.forEach(function (f) {
      var d = f.m.map(function (r) {
        return 'M' + r.map(function (p) { var q = px(p); return q[0].toFixed(1) + ' ' + q[1].toFixed(1); }).join('L') + (f.open ? '' : 'Z');
      }).join('');
      if (!f.node) {
        // Areas filled; outlines (a perimeter) and lines (walls) stroked only.
        var a = {'class': f.kind || 'area', fill: f.open || f.fill === 'none' ? 'none' : f.colour,
          'fill-rule': 'evenodd'};
        if (f.stroke || f.open) {
          a.style = 'stroke:' + (f.stroke || f.colour) + ';stroke-width:' + (f.width || 2) + 'px' +
            (f.dash ? ';stroke-dasharray:' + f.dash : '') +
            (f.opacity !== undefined ? ';fill-opacity:' + f.opacity : '');
        } else if (f.opacity !== undefined) {
          a.style = 'fill-opacity:' + f.opacity;
        }
        f.node = el('path', a, shapes);
        if (f.label) {
          f.text = el('text', {'class': 'zone-label'}, labels);
          f.text.textContent = f.label;
        }
      }
      f.node.setAttribute('d', d);
      if (f.text) {
        var t = px(f.atm); f.text.setAttribute('x', t[0].toFixed(1)); f.text.setAttribute('y', t[1].toFixed(1));
      }
    });
    data.cameras.forEach(function (c) {
      var p = px(c.m);
      if (!c.node) {
        c.node = el('g', {'class': 'camera', tabindex: 0}, marks);
        if (c.dir !== null) {
          c.wedge = el('path', {fill: c.colour, 'fill-opacity': 0.5, stroke: c.colour}, c.node);
        }
        c.dot = el('circle', {r: 6, fill: c.colour, stroke: '#fff', 'stroke-width': 2}, c.node);
        c.node.addEventListener('click', function (e) { e.stopPropagation(); show(c, e); });
      }
      c.dot.setAttribute('cx', p[0]); c.dot.setAttribute('cy', p[1]);
      if (c.wedge) {
        var a0 = (c.dir - c.fov / 2) * Math.PI / 180, a1 = (c.dir + c.fov / 2) * Math.PI / 180, r = 22;
        c.wedge.setAttribute('d', 'M' + p[0] + ' ' + p[1] + 'L' + (p[0] + r * Math.sin(a0)) + ' ' +
          (p[1] - r * Math.cos(a0)) + 'A' + r + ' ' + r + ' 0 ' + (c.fov > 180 ? 1 : 0) + ' 1 ' +
          (p[0] + r * Math.sin(a1)) + ' ' + (p[1] - r * Math.cos(a1)) + 'Z');
      }
    });
  }
  function show(c, e) {
    while (popup.firstChild) { popup.removeChild(popup.firstChild); }
    var h = document.createElement('h3'); h.textContent = c.id; popup.appendChild(h);
    var t = document.createElement('p'); t.textContent = c.status; popup.appendChild(t);
    if (c.reason) { var r = document.createElement('p'); r.textContent = c.reason; popup.appendChild(r); }
    var dl = document.createElement('dl');
    c.rows.forEach(function (row) {
      var dt = document.createElement('dt'); dt.textContent = row[0]; dl.appendChild(dt);
      var dd = document.createElement('dd'); dd.textContent = row[1]; dl.appendChild(dd);
    });
    popup.appendChild(dl);
    var b = svg.getBoundingClientRect(), p = px(c.m);
    popup.style.left = Math.min(p[0] + 12, b.width - 260) + 'px';
    popup.style.top = Math.max(p[1] - 20, 0) + 'px';
    popup.hidden = false;
  }
  svg.addEventListener('click', function () { popup.hidden = true; });
  var drag = null;
  svg.addEventListener('pointerdown', function (e) { drag = [e.clientX, e.clientY, view.x, view.y]; });
  window.addEventListener('pointerup', function () { drag = null; });
  svg.addEventListener('pointermove', function (e) {
    if (!drag) { return; }
    view.x = drag[2] - (e.clientX - drag[0]) / view.s; view.y = drag[3] + (e.clientY - drag[1]) / view.s;
    draw();
  });
  function zoom(f) { view.s *= f; draw(); }
  svg.addEventListener('wheel', function (e) { e.preventDefault(); zoom(e.deltaY < 0 ? 1.25 : 0.8); });
  document.getElementById('in').onclick = function () { zoom(1.5); };
  document.getElementById('out').onclick = function () { zoom(1 / 1.5); };
  document.getElementById('osm').onchange = function () {
    document.getElementById('tile-credit').hidden = !this.checked; draw();
  };
  window.addEventListener('resize', draw);
  fit(); draw();
  window.cameraMap = {cameras: data.cameras.length, polygons: data.polygons.length, px: px,
    labels: data.polygons.filter(function (f) { return f.label; }).map(function (f) { return f.label; })};
})();
