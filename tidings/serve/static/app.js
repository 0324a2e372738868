// The dashboard: filters drive the map, the timeline and the table; a side
// panel shows one event with its evidence, or one story's timeline.
// Every piece of article text goes into the page through textContent, never
// as HTML.
"use strict";

(() => {
  const CATEGORY_COLOURS = {
    ASSAULT: "#c5312b", COERCE: "#e0712b", PROTEST: "#d9a400", MOBILIZE: "#8a5a2b",
    THREATEN: "#a2349f", SANCTION: "#7b3fa0", REJECT: "#5b4bb7", ACCUSE: "#3f5fbf",
    DEMAND: "#2a7bbf", REQUEST: "#1f93a8", DISAPPROVE: "#6a7b8c", CONSULT: "#2d8a3e",
    AGREE: "#3aa35a", SUPPORT: "#6bb23f", COOPERATE: "#4c9a7c", AID: "#1aa39a",
    CONCEDE: "#8fb03a", RETREAT: "#7a8f3a", OTHER: "#888888",
  };
  const MAP_EVENTS = 2000; // markers drawn at most, newest first
  const PAGE = 100;

  const $ = (sel) => document.querySelector(sel);
  const token = readToken();
  let nextCursor = null;

  function readToken() {
    // a read token can be passed once as #token=...; it is kept for the tab only
    const m = location.hash.match(/token=([^&]+)/);
    if (m) { sessionStorage.setItem("tidings-token", decodeURIComponent(m[1])); history.replaceState(null, "", location.pathname); }
    return sessionStorage.getItem("tidings-token");
  }

  function colourOf(category) {
    if (CATEGORY_COLOURS[category]) return CATEGORY_COLOURS[category];
    let h = 0;
    for (const ch of category || "") h = (h * 31 + ch.charCodeAt(0)) % 360;
    return `hsl(${h}, 45%, 45%)`;
  }

  async function api(path, params) {
    const url = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params || {})) if (v !== "" && v != null) url.searchParams.set(k, v);
    const r = await fetch(url, { headers: token ? { Authorization: "Bearer " + token } : {} });
    const body = await r.json();
    if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
    return body;
  }

  function filters() {
    const data = new FormData($("#filters"));
    const out = {};
    for (const [k, v] of data.entries()) if (String(v).trim()) out[k] = String(v).trim();
    return out;
  }

  function node(tag, text, attrs) {
    const n = document.createElement(tag);
    if (text != null) n.textContent = String(text);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    return n;
  }

  function status(message) { $("#status").textContent = message || ""; }

  const map = TidingsMap.create($("#map"), { colourOf, onEvent: openEvent });

  async function refresh() {
    status("");
    const f = filters();
    // the table and map come first; per-day figures over a big store take longer
    const statsDone = refreshStats(f);
    try {
      const page = await api("/api/events", { ...f, limit: PAGE, total: "true" });
      fillTable(page, false);
      $("#count").textContent = `${page.total} event(s)`;
      const mapped = await mapEvents(f, page);
      const capped = page.total > MAP_EVENTS ? ` (from the newest ${MAP_EVENTS} of ${page.total}; narrow the filters to see the rest)` : "";
      $("#map-note").textContent = `${mapped} placed on the map${capped}`;
    } catch (err) {
      status(err.message);
    }
    await statsDone;
  }

  async function refreshStats(f) {
    $("#timeline-note").textContent = "counting…";
    try {
      const stats = await api("/api/stats", f);
      TidingsTimeline.draw($("#timeline"), stats.per_day, colourOf, (day) => setDay(day));
      $("#timeline-note").textContent = `${stats.casualties.dead} dead, ${stats.casualties.injured} injured, ${stats.casualties.arrested} arrested` +
        (stats.not_single_day ? `; ${stats.not_single_day} without a single-day date` : "");
      fillLegend(stats.by_category);
      fillCategories(stats.by_category);
    } catch (err) {
      status(err.message);
    }
  }

  async function mapEvents(f, firstPage) {
    let events = firstPage.events.slice();
    let cursor = firstPage.next_cursor;
    while (cursor && events.length < MAP_EVENTS) {
      const page = await api("/api/events", { ...f, limit: 1000, cursor });
      events = events.concat(page.events);
      cursor = page.next_cursor;
    }
    return map.show(events);
  }

  function fillLegend(byCategory) {
    const legend = $("#legend");
    legend.replaceChildren();
    for (const { event, count } of byCategory) {
      const item = node("span", null);
      const dot = node("i", null, { style: `background:${colourOf(event)}` });
      item.append(dot, document.createTextNode(`${event || "(none)"} ${count}`));
      legend.append(item);
    }
  }

  function setDay(day) {
    const form = $("#filters");
    form.elements.since.value = day;
    form.elements.until.value = day;
    refresh();
  }

  function who(actors) { return actors.map((a) => a.text).join("; "); }

  function fillTable(page, append) {
    const body = $("#events tbody");
    if (!append) body.replaceChildren();
    for (const e of page.events) {
      const tr = node("tr", null, { "data-id": e.id });
      const cat = node("td", null);
      cat.append(node("span", null, { class: "swatch", style: `background:${colourOf(e.event)}` }), document.createTextNode(e.event));
      tr.append(
        node("td", e.date || "?"), cat, node("td", who(e.actors)), node("td", who(e.recipients)),
        node("td", e.place ? `${e.place.name}${e.place.country ? " (" + e.place.country + ")" : ""}` : ""),
        node("td", e.size.dead ?? ""), node("td", `${e.mentions} / ${e.sources} src`),
      );
      tr.addEventListener("click", () => openEvent(e.id));
      body.append(tr);
    }
    nextCursor = page.next_cursor;
    $("#more").hidden = !nextCursor;
  }

  async function more() {
    try {
      fillTable(await api("/api/events", { ...filters(), limit: PAGE, cursor: nextCursor }), true);
    } catch (err) { status(err.message); }
  }

  function showDetail(children) {
    $("#detail-body").replaceChildren(...children);
    $("#detail").hidden = false;
  }

  function fieldList(pairs) {
    const dl = node("dl", null, { class: "fields" });
    for (const [k, v] of pairs) if (v !== "" && v != null) dl.append(node("dt", k), node("dd", v));
    return dl;
  }

  // The sentence split at every evidence boundary. Each piece covered by
  // evidence becomes a <mark> (text set with textContent) named after the
  // narrowest span covering it, so a trigger inside a casualty phrase keeps
  // its own label; data-labels lists every span over the piece.
  function highlighted(sentence, evidence) {
    const box = node("div", null, { class: "sentence" });
    const inside = evidence.filter((s) => s.start >= sentence.start && s.end <= sentence.end && s.end > s.start);
    const outside = evidence.filter((s) => !inside.includes(s));
    const cuts = [...new Set([sentence.start, sentence.end, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i], cuts[i + 1]];
      const text = sentence.text.slice(from - sentence.start, to - sentence.start);
      const over = inside.filter((s) => s.start <= from && s.end >= to).sort((a, b) => (a.end - a.start) - (b.end - b.start));
      if (!over.length) { box.append(document.createTextNode(text)); continue; }
      const top = over[0];
      box.append(node("mark", text, {
        class: "ev ev-" + top.label.replace(/[^a-z]+/g, "-").replace(/-+$/, ""), "data-label": top.label,
        "data-field": top.field, "data-labels": over.map((s) => s.label).join(", "),
        title: over.map((s) => `${s.label}: ${s.field}`).join("; "),
      }));
    }
    const extra = outside.map((s) => node("div", `${s.label} (${s.field}), outside the sentence: “${s.text}”`, { class: "outside" }));
    return [box, ...extra];
  }

  function safeLink(url, text) {
    // only web links: a javascript: URL in an article must not become clickable
    if (!/^https?:\/\//i.test(url || "")) return node("span", text);
    return node("a", text, { href: url, target: "_blank", rel: "noopener noreferrer" });
  }

  async function openEvent(id) {
    try {
      const data = await api("/api/events/" + encodeURIComponent(id));
      const e = data.event;
      const parts = [
        node("h2", `${e.event} ${e.date ? "on " + e.date : ""}`),
        fieldList([
          ["who", who(e.actors)], ["to whom", who(e.recipients)],
          ["where", e.place ? `${e.place.name} ${e.place.country}` : ""],
          ["when", `${e.date || "?"} (${e.date_precision})`],
          ["how many", Object.entries(e.size).map(([k, v]) => `${k} ${v}`).join(", ")],
          ["ACLED", [e.acled.event_type, e.acled.sub_event_type].filter(Boolean).join(" / ")],
          ["reports", `${e.mentions} mention(s) in ${e.sources} source(s)`],
          ["modality", `${e.modality}, confidence ${Number(e.confidence).toFixed(2)}`],
        ]),
      ];
      for (const m of data.mentions) {
        const box = node("div", null, { class: "mention", "data-event": m.event.id });
        const head = node("p", null);
        const a = m.article || {};
        head.append(safeLink(a.url, a.title || a.url || a.id || "(article)"));
        head.append(document.createTextNode(` ${a.source || ""} ${a.published || ""}`));
        box.append(head);
        if (m.sentence) box.append(...highlighted(m.sentence, m.evidence));
        parts.push(box);
      }
      showDetail(parts);
    } catch (err) { status(err.message); }
  }

  async function loadStories() {
    try {
      const data = await api("/api/stories", { limit: 30 });
      const list = $("#stories");
      list.replaceChildren();
      for (const s of data.stories) {
        const li = node("li", `${s.title} (${s.country}, ${s.start || "?"} to ${s.end || "?"}, ${s.size} events)`, { "data-id": s.id });
        li.addEventListener("click", () => openStory(s.id));
        list.append(li);
      }
      if (!data.stories.length) list.append(node("li", "no stories yet"));
    } catch (err) { status(err.message); }
  }

  async function openStory(id) {
    try {
      const data = await api("/api/stories/" + encodeURIComponent(id));
      const rows = [];
      const counts = new Map();
      for (const m of data.timeline) {
        if (m.date && m.date.length === 10) {
          const key = m.date + "|" + m.event;
          counts.set(key, (counts.get(key) || 0) + 1);
        }
      }
      for (const [key, count] of counts) { const [day, event] = key.split("|"); rows.push({ day, event, count }); }
      const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
      svg.setAttribute("viewBox", "0 0 960 160");
      svg.setAttribute("class", "story-chart");
      TidingsTimeline.draw(svg, rows, colourOf, () => {});
      const list = node("ol", null, { class: "story-timeline" });
      for (const m of data.timeline) {
        const sizes = Object.entries(m.size).map(([k, v]) => `${k} ${v}`).join(", ");
        const li = node("li", `${m.date || "?"} ${m.event} ${m.place || ""} ${who(m.actors.map((t) => ({ text: t })))}` +
          `${sizes ? " (" + sizes + ")" : ""}, ${m.mentions} report(s)`);
        if (m.event_ids.length) li.addEventListener("click", () => openEvent(m.event_ids[0]));
        list.append(li);
      }
      showDetail([node("h2", data.story.title), fieldList([["country", data.story.country], ["from", data.story.start], ["to", data.story.end]]), svg, list]);
    } catch (err) { status(err.message); }
  }

  function fillCategories(byCategory) {
    // filled once, from the first (unfiltered) figures, so choosing one keeps the others listed
    const select = $("#filters").elements.event;
    if (select.options.length > 1) return;
    for (const { event } of byCategory) if (event) select.append(node("option", event, { value: event }));
  }

  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  $("#reset").addEventListener("click", () => { $("#filters").reset(); map.reset(); refresh(); });
  $("#more").addEventListener("click", more);
  $("#zoom-out").addEventListener("click", () => map.reset());
  $("#close-detail").addEventListener("click", () => { $("#detail").hidden = true; });

  loadStories();
  refresh();
})();
