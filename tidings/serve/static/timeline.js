// Events per day as stacked bars, one colour per category (SVG).
"use strict";

const TidingsTimeline = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const WIDTH = 960, HEIGHT = 160, LEFT = 34, BOTTOM = 20, TOP = 8;
  const DAY_MS = 86400000;

  function el(name, attrs) {
    const node = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    return node;
  }

  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS); }
  function isoOf(n) { return new Date(n * DAY_MS).toISOString().slice(0, 10); }

  // rows: [{day, event, count}] -> draws bars; onDay(day) when a bar is clicked
  function draw(svg, rows, colourOf, onDay) {
    svg.replaceChildren();
    if (!rows.length) {
      const t = el("text", { x: WIDTH / 2, y: HEIGHT / 2, "text-anchor": "middle", fill: "#5b6570" });
      t.textContent = "no dated events";
      svg.append(t);
      return;
    }
    const days = new Map();
    for (const r of rows) {
      const n = dayNumber(r.day);
      if (!days.has(n)) days.set(n, []);
      days.get(n).push(r);
    }
    const first = Math.min(...days.keys()), last = Math.max(...days.keys());
    const span = last - first + 1;
    const barW = (WIDTH - LEFT) / span;
    const peak = Math.max(...[...days.values()].map((rs) => rs.reduce((s, r) => s + r.count, 0)));
    const h = HEIGHT - BOTTOM - TOP;
    for (const [n, rs] of days) {
      let y = HEIGHT - BOTTOM;
      const x = LEFT + (n - first) * barW;
      for (const r of rs.sort((a, b) => a.event.localeCompare(b.event))) {
        const bh = r.count / peak * h;
        y -= bh;
        const rect = el("rect", { class: "bar", x, y, width: Math.max(barW - 1, 1), height: bh, fill: colourOf(r.event), "data-day": r.day });
        const title = el("title");
        title.textContent = `${r.day}: ${r.count} ${r.event}`;
        rect.append(title);
        rect.addEventListener("click", () => onDay(r.day));
        svg.append(rect);
      }
    }
    const axis = el("path", { d: `M${LEFT},${HEIGHT - BOTTOM}H${WIDTH}M${LEFT},${TOP}V${HEIGHT - BOTTOM}`, stroke: "#5b6570", fill: "none" });
    svg.append(axis);
    const peakLabel = el("text", { x: LEFT - 4, y: TOP + 8, "text-anchor": "end", "font-size": 10 });
    peakLabel.textContent = String(peak);
    svg.append(peakLabel);
    const ticks = Math.min(span, 8);
    for (let i = 0; i < ticks; i++) {
      const n = first + Math.round(i * (span - 1) / Math.max(ticks - 1, 1));
      const t = el("text", { x: LEFT + (n - first + 0.5) * barW, y: HEIGHT - 5, "text-anchor": "middle", "font-size": 10 });
      t.textContent = isoOf(n);
      svg.append(t);
    }
  }

  return { draw };
})();
