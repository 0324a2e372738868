// The event map: an equirectangular SVG with a graticule, optional country
// outlines (TopoJSON decoded here) and markers clustered on a pixel grid.
"use strict";

const TidingsMap = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const WIDTH = 960, HEIGHT = 480;
  const CLUSTER_PX = 40; // markers closer than this on screen share a cluster

  function project(lon, lat) {
    return [(lon + 180) / 360 * WIDTH, (90 - lat) / 180 * HEIGHT];
  }

  function el(name, attrs) {
    const node = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  function graticulePath() {
    const parts = [];
    for (let lon = -180; lon <= 180; lon += 30) {
      const [x] = project(lon, 0);
      parts.push(`M${x},0V${HEIGHT}`);
    }
    for (let lat = -60; lat <= 60; lat += 30) {
      const [, y] = project(0, lat);
      parts.push(`M0,${y}H${WIDTH}`);
    }
    return parts.join("");
  }

  // TopoJSON: arcs are delta-encoded integer points scaled by a transform; a
  // geometry refers to arcs by index, ~i meaning arc i walked backwards.
  function decodeArcs(topology) {
    const t = topology.transform;
    return topology.arcs.map((arc) => {
      let x = 0, y = 0;
      return arc.map(([dx, dy]) => {
        if (t) { x += dx; y += dy; return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]]; }
        return [dx, dy];
      });
    });
  }

  function ringPoints(ring, arcs) {
    const points = [];
    for (const index of ring) {
      const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
      // consecutive arcs share their joining point
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    return points;
  }

  function ringPath(points) {
    let d = "", last = null;
    for (const [lon, lat] of points) {
      const [x, y] = project(lon, lat);
      // a jump across the antimeridian would draw a line over the whole map
      const jump = last && Math.abs(x - last[0]) > WIDTH / 2;
      d += (last === null || jump ? "M" : "L") + x.toFixed(1) + "," + y.toFixed(1);
      last = [x, y];
    }
    return d + "Z";
  }

  function outlinePaths(topology) {
    const arcs = decodeArcs(topology);
    const object = topology.objects.countries || Object.values(topology.objects)[0];
    const paths = [];
    for (const g of object.geometries || []) {
      const polygons = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
      let d = "";
      for (const polygon of polygons) for (const ring of polygon) d += ringPath(ringPoints(ring, arcs));
      if (d) paths.push(d);
    }
    return paths;
  }

  // area grows with deaths, but a mass-casualty event must not hide a continent
  function radiusFor(dead) {
    return Math.min(4 + 2.2 * Math.sqrt(Math.max(0, dead || 0)), 22);
  }

  function clusterRadius(count, dead) {
    return Math.min(7 + 1.5 * Math.log2(count) + Math.log2(1 + dead), 19);
  }

  function cluster(points, scale) {
    // points: {x, y, event}; the grid is in screen pixels, so zooming splits clusters
    const cell = CLUSTER_PX / scale;
    const cells = new Map();
    for (const p of points) {
      const key = Math.floor(p.x / cell) + ":" + Math.floor(p.y / cell);
      if (!cells.has(key)) cells.set(key, []);
      cells.get(key).push(p);
    }
    return [...cells.values()];
  }

  function create(svg, { colourOf, onEvent }) {
    const state = { events: [], view: [0, 0, WIDTH, HEIGHT] };
    svg.replaceChildren();
    const base = el("g", { class: "base" });
    base.append(el("rect", { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: "#dfe9f3" }));
    const land = el("g", { class: "outlines" });
    base.append(land, el("path", { class: "graticule", d: graticulePath() }));
    const markers = el("g", { class: "markers" });
    svg.append(base, markers);

    fetch("/outlines.json").then((r) => (r.ok ? r.json() : null)).then((topology) => {
      if (!topology) return;
      for (const d of outlinePaths(topology)) land.append(el("path", { class: "land", d }));
    }).catch(() => {}); // outlines are optional; the graticule stays

    function scale() { return WIDTH / state.view[2]; }

    function setView(view) {
      state.view = view;
      svg.setAttribute("viewBox", view.map((v) => v.toFixed(2)).join(" "));
      draw();
    }

    function zoomTo(group) {
      const xs = group.map((p) => p.x), ys = group.map((p) => p.y);
      const pad = 20 / scale();
      let w = Math.max(Math.max(...xs) - Math.min(...xs) + 2 * pad, 8);
      let h = w / 2;
      const cx = (Math.max(...xs) + Math.min(...xs)) / 2, cy = (Math.max(...ys) + Math.min(...ys)) / 2;
      if (h < Math.max(...ys) - Math.min(...ys) + 2 * pad) { h = Math.max(...ys) - Math.min(...ys) + 2 * pad; w = 2 * h; }
      setView([cx - w / 2, cy - h / 2, w, h]);
    }

    function draw() {
      markers.replaceChildren();
      const k = scale();
      const points = [];
      for (const e of state.events) {
        if (!e.place || e.place.lat == null || e.place.lon == null) continue;
        const [x, y] = project(e.place.lon, e.place.lat);
        points.push({ x, y, event: e });
      }
      for (const group of cluster(points, k)) {
        const x = group.reduce((s, p) => s + p.x, 0) / group.length;
        const y = group.reduce((s, p) => s + p.y, 0) / group.length;
        const dead = group.reduce((s, p) => s + (p.event.size.dead || 0), 0);
        if (group.length === 1) {
          const e = group[0].event;
          const c = el("circle", { class: "marker", cx: x, cy: y, r: radiusFor(dead) / k, fill: colourOf(e.event), "data-id": e.id });
          const title = el("title");
          title.textContent = `${e.date || "undated"} ${e.event} ${e.place.name}` + (dead ? ` (${dead} dead)` : "");
          c.append(title);
          c.addEventListener("click", () => onEvent(e.id));
          markers.append(c);
        } else {
          const top = dominant(group.map((p) => p.event.event));
          const r = clusterRadius(group.length, dead) / k;
          const c = el("circle", { class: "cluster marker", cx: x, cy: y, r, fill: colourOf(top), "data-count": group.length });
          const title = el("title");
          title.textContent = `${group.length} events` + (dead ? `, ${dead} dead` : "");
          c.append(title);
          c.addEventListener("click", () => zoomTo(group));
          const label = el("text", { class: "cluster-label", x, y, "font-size": 10 / k });
          label.textContent = String(group.length);
          markers.append(c, label);
        }
      }
      return points.length;
    }

    return {
      show(events) { state.events = events; return draw(); },
      reset() { setView([0, 0, WIDTH, HEIGHT]); },
    };
  }

  function dominant(values) {
    const counts = new Map();
    for (const v of values) counts.set(v, (counts.get(v) || 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }

  return { create, project, outlinePaths };
})();
