// A small force layout for the entity network: no library, no network access.
// The layout settles before the first paint, then the view is fitted to it; nodes can
// be dragged, and clicking a name opens the entity's page.
(function () {
  const svg = document.getElementById("graph");
  const source = document.getElementById("graph-data");
  if (!svg || !source) return;
  const data = JSON.parse(source.textContent);
  if (!data.nodes.length) { svg.dataset.ready = "true"; return; }
  const NS = "http://www.w3.org/2000/svg";
  const W = 1000, H = 640;
  const colours = { PERSON: "#1f5fbf", ORG: "#c2410c", GPE: "#15803d", LOC: "#0f766e", NORP: "#7c3aed" };
  const index = new Map();
  const nodes = data.nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / data.nodes.length, r = 200 + 40 * (i % 3);
    const node = { ...n, x: W / 2 + Math.cos(a) * r, y: H / 2 + Math.sin(a) * r, vx: 0, vy: 0 };
    index.set(n.id, node);
    return node;
  });
  const edges = data.edges.filter(e => index.has(e.source) && index.has(e.target) && e.source !== e.target)
    .map(e => ({ ...e, s: index.get(e.source), t: index.get(e.target) }));
  const radius = n => 4 + Math.min(10, Math.sqrt(n.documents || 1) * 1.5);

  function step(alpha) {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j];
        const dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 1;
        const f = Math.min(2000 / d2, 5) * alpha;
        a.vx += dx * f / Math.sqrt(d2); a.vy += dy * f / Math.sqrt(d2);
        b.vx -= dx * f / Math.sqrt(d2); b.vy -= dy * f / Math.sqrt(d2);
      }
    }
    for (const e of edges) {
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const pull = (d - 110) * 0.02 * alpha * Math.min(3, 0.5 + Math.log1p(e.weight || 1));
      e.s.vx += dx / d * pull; e.s.vy += dy / d * pull;
      e.t.vx -= dx / d * pull; e.t.vy -= dy / d * pull;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.004 * alpha; n.vy += (H / 2 - n.y) * 0.004 * alpha;
      if (!n.fixed) { n.x += Math.max(-15, Math.min(15, n.vx)); n.y += Math.max(-15, Math.min(15, n.vy)); }
      n.vx *= 0.6; n.vy *= 0.6;
    }
  }
  for (let i = 0; i < 400; i++) step(1 - i / 500);

  // Fit the view to the settled layout (labels extend to the right of their node).
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x - 15); y0 = Math.min(y0, n.y - 15);
    x1 = Math.max(x1, n.x + 15 + 6.5 * Math.min(28, n.name.length)); y1 = Math.max(y1, n.y + 15);
  }
  svg.setAttribute("viewBox", `${x0} ${y0} ${Math.max(200, x1 - x0)} ${Math.max(200, y1 - y0)}`);
  svg.setAttribute("preserveAspectRatio", "xMidYMid meet");

  const edgeLayer = document.createElementNS(NS, "g"), nodeLayer = document.createElementNS(NS, "g");
  svg.appendChild(edgeLayer); svg.appendChild(nodeLayer);
  const lines = edges.map(e => {
    const l = document.createElementNS(NS, "line");
    const rel = e.kind !== "co-occurs";
    l.setAttribute("stroke", rel ? (e.negated ? "#b91c1c" : "#d97706") : "#cbd5e1");
    l.setAttribute("stroke-width", rel ? 2 : Math.min(4, 0.5 + e.weight / 2));
    if (rel) l.setAttribute("stroke-dasharray", e.negated ? "5 3" : "");
    const t = document.createElementNS(NS, "title");
    const when = (e.periods || []).map((p) => `${p.period}: ${p.count}`).join(", ");
    t.textContent = rel ? `${e.s.name} ${e.negated ? "NOT " : ""}${e.kind} ${e.t.name}, ${e.weight}×` +
                          (when ? ` (${when})` : "")
                        : `${e.s.name} and ${e.t.name}: ${e.weight} shared document(s)`;
    l.appendChild(t);
    edgeLayer.appendChild(l);
    return l;
  });
  let dragged = null;
  const groups = nodes.map(n => {
    const g = document.createElementNS(NS, "g");
    g.setAttribute("class", "node");
    const c = document.createElementNS(NS, "circle");
    c.setAttribute("r", radius(n));
    c.setAttribute("fill", colours[n.label] || "#64748b");
    const tip = document.createElementNS(NS, "title");
    tip.textContent = `${n.name} (${n.label}, ${n.documents} documents)`;
    c.appendChild(tip);
    const a = document.createElementNS(NS, "a");
    a.setAttribute("href", "/entities/" + encodeURIComponent(n.id));
    const t = document.createElementNS(NS, "text");
    t.textContent = n.name.length > 28 ? n.name.slice(0, 27) + "…" : n.name;
    t.setAttribute("x", radius(n) + 3); t.setAttribute("y", 4);
    a.appendChild(t);
    g.appendChild(c); g.appendChild(a); nodeLayer.appendChild(g);
    c.addEventListener("pointerdown", ev => { dragged = n; n.fixed = true; ev.preventDefault(); });
    return g;
  });
  function toSvg(ev) {
    const p = svg.createSVGPoint(); p.x = ev.clientX; p.y = ev.clientY;
    return p.matrixTransform(svg.getScreenCTM().inverse());
  }
  svg.addEventListener("pointermove", ev => {
    if (!dragged) return;
    const p = toSvg(ev); dragged.x = p.x; dragged.y = p.y; draw();
  });
  window.addEventListener("pointerup", () => { dragged = null; });
  function draw() {
    edges.forEach((e, i) => {
      lines[i].setAttribute("x1", e.s.x); lines[i].setAttribute("y1", e.s.y);
      lines[i].setAttribute("x2", e.t.x); lines[i].setAttribute("y2", e.t.y);
    });
    nodes.forEach((n, i) => groups[i].setAttribute("transform", `translate(${n.x},${n.y})`));
  }
  draw();
  svg.dataset.ready = "true";
})();
