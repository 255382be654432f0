// A small force layout for the entity network: no library, no network access.
(function () {
  const svg = document.getElementById("graph");
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  if (!svg || !data.nodes.length) return;
  const NS = "http://www.w3.org/2000/svg";
  const W = svg.clientWidth || 900, H = svg.clientHeight || 640;
  const colours = { PERSON: "#1f5fbf", ORG: "#c2410c", GPE: "#15803d", LOC: "#0f766e", NORP: "#7c3aed" };
  const index = new Map();
  const nodes = data.nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / data.nodes.length;
    const node = { ...n, x: W / 2 + Math.cos(a) * W / 3, y: H / 2 + Math.sin(a) * H / 3, vx: 0, vy: 0 };
    index.set(n.id, node);
    return node;
  });
  const edges = data.edges.filter(e => index.has(e.source) && index.has(e.target))
    .map(e => ({ ...e, s: index.get(e.source), t: index.get(e.target) }));
  const lines = edges.map(e => {
    const l = document.createElementNS(NS, "line");
    const rel = e.kind !== "co-occurs";
    l.setAttribute("stroke", rel ? (e.negated ? "#b91c1c" : "#d97706") : "#cbd5e1");
    l.setAttribute("stroke-width", rel ? 2 : Math.min(4, 0.5 + e.weight / 2));
    if (rel) { const t = document.createElementNS(NS, "title"); t.textContent = e.kind + ": " + (e.evidence || ""); l.appendChild(t); }
    svg.appendChild(l);
    return l;
  });
  const groups = nodes.map(n => {
    const g = document.createElementNS(NS, "g");
    const c = document.createElementNS(NS, "circle");
    c.setAttribute("r", 4 + Math.min(10, Math.sqrt(n.documents || 1) * 2));
    c.setAttribute("fill", colours[n.label] || "#64748b");
    const t = document.createElementNS(NS, "text");
    t.textContent = n.name; t.setAttribute("x", 10); t.setAttribute("y", 4);
    t.addEventListener("click", () => { window.location = "/entities/" + encodeURIComponent(n.id); });
    g.appendChild(c); g.appendChild(t); svg.appendChild(g);
    let drag = false;
    c.addEventListener("mousedown", () => { drag = true; n.fixed = true; });
    window.addEventListener("mouseup", () => { drag = false; });
    svg.addEventListener("mousemove", ev => {
      if (!drag) return;
      const r = svg.getBoundingClientRect(); n.x = ev.clientX - r.left; n.y = ev.clientY - r.top; draw();
    });
    return g;
  });
  function step() {
    for (const a of nodes) for (const b of nodes) {
      if (a === b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
      const f = 900 / d2; a.vx += dx * f; a.vy += dy * f;
    }
    for (const e of edges) {
      const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = (d - 90) * 0.01; e.s.vx += dx / d * f * d / 10; e.s.vy += dy / d * f * d / 10;
      e.t.vx -= dx / d * f * d / 10; e.t.vy -= dy / d * f * d / 10;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.002; n.vy += (H / 2 - n.y) * 0.002;
      if (!n.fixed) { n.x += Math.max(-10, Math.min(10, n.vx)); n.y += Math.max(-10, Math.min(10, n.vy)); }
      n.vx *= 0.5; n.vy *= 0.5;
      n.x = Math.max(10, Math.min(W - 60, n.x)); n.y = Math.max(10, Math.min(H - 10, n.y));
    }
  }
  function draw() {
    edges.forEach((e, i) => {
      lines[i].setAttribute("x1", e.s.x); lines[i].setAttribute("y1", e.s.y);
      lines[i].setAttribute("x2", e.t.x); lines[i].setAttribute("y2", e.t.y);
    });
    nodes.forEach((n, i) => groups[i].setAttribute("transform", `translate(${n.x},${n.y})`));
  }
  let ticks = 0;
  (function loop() { step(); draw(); if (++ticks < 300) requestAnimationFrame(loop); })();
  svg.dataset.ready = "true";
})();
