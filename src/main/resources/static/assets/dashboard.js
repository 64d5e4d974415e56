/* The segmentation dashboard: reads the service's own REST API and draws it with Apache ECharts (and echarts-gl). */
(function () {
  "use strict";

  // Paul Tol's "muted" scheme plus two greys: distinguishable with the common colour-vision deficiencies.
  var PALETTE = ["#332288", "#88CCEE", "#44AA99", "#117733", "#999933", "#DDCC77", "#CC6677", "#882255", "#AA4499",
    "#6E6E6E", "#BBBBBB", "#000000"];
  var SEQUENTIAL = ["#fde725", "#5ec962", "#21918c", "#3b528b", "#440154"]; // viridis, light to dark
  var DIVERGING = ["#2166AC", "#67A9CF", "#D1E5F0", "#F7F7F7", "#FDDBC7", "#EF8A62", "#B2182B"];
  var PAGE_SIZE = 20;
  var KEY = "segmentation.apiKey";

  var state = { summary: null, segments: {}, scheme: "rfm", colours: {}, names: {}, scatter: null, colourBy: "rfmSegment",
    table: { page: 0, segment: "", sort: "customerId,asc", search: "" }, charts: {} };

  // ---- HTTP: every call sends the API key once one was given; a 401 asks for it once, then retries ----
  var keyPrompt = null;

  function apiKey() { return sessionStorage.getItem(KEY); }

  function askForKey() {
    if (!keyPrompt) {
      keyPrompt = new Promise(function (resolve) {
        var dialog = document.getElementById("key-dialog");
        var input = document.getElementById("key-input");
        dialog.addEventListener("close", function once() {
          dialog.removeEventListener("close", once);
          if (dialog.returnValue === "ok" && input.value.trim()) {
            sessionStorage.setItem(KEY, input.value.trim());
            resolve(true);
          } else {
            resolve(false);
          }
          keyPrompt = null;
        });
        dialog.showModal();
        input.focus();
      });
    }
    return keyPrompt;
  }

  function headers(extra) {
    var h = Object.assign({ Accept: "application/json" }, extra || {});
    if (apiKey()) { h["X-API-Key"] = apiKey(); }
    return h;
  }

  function request(path, options, retried) {
    options = options || {};
    return fetch(path, Object.assign({}, options, { headers: headers(options.headers) })).then(function (response) {
      if (response.status === 401 && !retried) {
        sessionStorage.removeItem(KEY);
        return askForKey().then(function (given) {
          if (!given) { throw problem(response.status, "An API key is needed to read this service."); }
          return request(path, options, true);
        });
      }
      return response;
    });
  }

  function problem(status, detail) { var e = new Error(detail); e.status = status; return e; }

  function getJson(path, options) {
    return request(path, options).then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          throw problem(response.status, body.detail || body.title || ("HTTP " + response.status + " for " + path));
        });
      }
      return response.json();
    });
  }

  // ---- formatting ----
  var numberFormat = new Intl.NumberFormat("en-GB");
  function int(v) { return v == null ? "–" : numberFormat.format(v); }
  function money(v) {
    if (v == null) { return "–"; }
    return new Intl.NumberFormat("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v) + " " +
      (state.summary ? state.summary.currency : "");
  }
  function text(el, value) { el.textContent = value; return el; }
  function el(tag, attrs, content) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (content != null) { e.textContent = content; }
    return e;
  }
  function ago(iso) {
    var minutes = Math.round((Date.now() - Date.parse(iso)) / 60000);
    if (minutes < 1) { return "just now"; }
    if (minutes < 90) { return minutes + " min ago"; }
    var hours = Math.round(minutes / 60);
    return hours < 48 ? hours + " h ago" : Math.round(hours / 24) + " days ago";
  }
  function status(message, isError) {
    var s = document.getElementById("status");
    s.textContent = message;
    s.className = isError ? "error" : "";
  }

  // ---- charts ----
  function chart(id, option) {
    var node = document.getElementById(id);
    var c = state.charts[id];
    if (!c) {
      c = echarts.init(node, null, { renderer: "canvas" });
      state.charts[id] = c;
    }
    c.setOption(Object.assign({ color: PALETTE, aria: { enabled: true }, animation: false }, option), true);
    node.setAttribute("data-rendered", "true");
    return c;
  }
  function empty(id, message) {
    chart(id, { title: { text: message, left: "center", top: "middle", textStyle: { fontSize: 14, fontWeight: "normal", color: "#4a4f57" } } });
  }
  window.addEventListener("resize", function () { Object.keys(state.charts).forEach(function (k) { state.charts[k].resize(); }); });

  function colourOf(id) {
    if (!state.colours[id]) { state.colours[id] = PALETTE[Object.keys(state.colours).length % PALETTE.length]; }
    return state.colours[id];
  }
  function nameOf(id) { return state.names[id] || id; }

  // ---- header ----
  function renderSummary(s) {
    state.summary = s;
    var set = function (figure, display, value, small) {
      var dd = document.querySelector('[data-figure="' + figure + '"]');
      dd.textContent = display;
      if (value != null) { dd.setAttribute("data-value", value); }
      if (small) { dd.appendChild(el("small", {}, small)); }
    };
    set("customers", int(s.customers), s.customers);
    set("orders", int(s.orders), s.orders);
    set("revenue", money(s.revenue), s.revenue);
    set("averageOrderValue", money(s.averageOrderValue), s.averageOrderValue);
    set("asOf", s.asOf, s.asOf);
    if (s.run) {
      set("run", s.run.status, s.run.id, (s.run.finishedAt ? ago(s.run.finishedAt) : "running") +
        (s.run.durationMillis != null ? ", " + (s.run.durationMillis / 1000).toFixed(1) + " s" : ""));
    } else {
      set("run", s.runId, s.runId);
    }
    set("activeModel", s.activeModel ? s.activeModel.name + " v" + s.activeModel.version : "none",
      s.activeModel ? s.activeModel.version : "", s.activeModel ? "k = " + s.activeModel.k : "train one: POST /models");
    set("freshness", s.lastPurchase || "–", s.lastPurchase, "published " + ago(s.publishedAt));
    status("Run " + s.runId + " · " + int(s.customers) + " customers · figures of " + s.asOf);
  }

  // ---- segments ----
  function loadSegments(scheme) {
    if (state.segments[scheme]) { return Promise.resolve(state.segments[scheme]); }
    return getJson("/segments?scheme=" + encodeURIComponent(scheme)).then(function (view) {
      view.segments.forEach(function (s) { state.names[s.id] = s.name; colourOf(s.id); });
      state.segments[scheme] = view.segments;
      return view.segments;
    });
  }

  function renderSegments(list) {
    if (!list.length) {
      empty("chart-treemap", "No " + state.scheme + " segments in this run");
      empty("chart-shares", "No " + state.scheme + " segments in this run");
    } else {
      var treemap = chart("chart-treemap", {
        tooltip: { formatter: function (p) { return p.name + ": " + int(p.value) + " customers"; } },
        series: [{ type: "treemap", roam: false, nodeClick: false, breadcrumb: { show: false }, width: "100%", height: "100%",
          label: { formatter: "{b}\n{c}", lineHeight: 16 },
          data: list.map(function (s) { return { name: s.name, id: s.id, value: s.customers, itemStyle: { color: colourOf(s.id) } }; }) }]
      });
      treemap.off("click");
      treemap.on("click", function (p) { if (p.data && p.data.id) { selectSegment(p.data.id); } });
      var shares = chart("chart-shares", {
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: function (v) { return v + "%"; } },
        legend: { top: 0 }, grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
        xAxis: { type: "value", axisLabel: { formatter: "{value}%" } },
        yAxis: { type: "category", inverse: true, data: list.map(function (s) { return s.name; }) },
        color: ["#332288", "#DDCC77"],
        series: [
          { name: "customers", type: "bar", data: list.map(function (s) { return +(100 * s.share).toFixed(1); }) },
          { name: "revenue", type: "bar", data: list.map(function (s) { return +(100 * s.revenueShare).toFixed(1); }) }]
      });
      shares.off("click");
      shares.on("click", function (p) { selectSegment(list[p.dataIndex].id); });
    }
    var buttons = document.getElementById("segment-buttons");
    buttons.textContent = "";
    list.forEach(function (s) {
      var b = el("button", { type: "button", "data-segment": s.id, "aria-pressed": String(state.table.segment === s.id) });
      var sw = el("span", { class: "swatch", "aria-hidden": "true" });
      sw.style.background = colourOf(s.id);
      b.appendChild(sw);
      b.appendChild(document.createTextNode(s.name + " (" + int(s.customers) + ")"));
      b.addEventListener("click", function () { selectSegment(s.id); });
      buttons.appendChild(b);
    });
  }

  function showScheme(scheme) {
    state.scheme = scheme;
    return loadSegments(scheme).then(renderSegments);
  }

  function selectSegment(id) {
    var all = [].concat(state.segments.rfm || [], state.segments.rules || [], state.segments.cluster || []);
    var s = all.filter(function (x) { return x.id === id; })[0];
    var detail = document.getElementById("segment-detail");
    detail.hidden = false;
    detail.textContent = "";
    if (s) {
      detail.appendChild(el("strong", {}, s.name));
      detail.appendChild(document.createTextNode(" · " + int(s.customers) + " customers, " + (100 * s.share).toFixed(1) +
        "% of customers, " + (100 * s.revenueShare).toFixed(1) + "% of revenue; average R " + s.avgRecencyDays.toFixed(0) +
        " days, F " + s.avgFrequency.toFixed(1) + ", M " + money(s.avgMonetary) + ". " + (s.description || "")));
      if (s.recommendedActions && s.recommendedActions.length) {
        var ul = el("ul");
        s.recommendedActions.forEach(function (a) { ul.appendChild(el("li", {}, a)); });
        detail.appendChild(ul);
      }
      var link = el("a", { href: "/segment/" + encodeURIComponent(id) }, "Full profile (JSON)");
      detail.appendChild(link);
    }
    document.querySelectorAll("#segment-buttons button").forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-segment") === id));
    });
    var select = document.getElementById("segment-filter");
    if (![].some.call(select.options, function (o) { return o.value === id; })) {
      select.appendChild(el("option", { value: id }, nameOf(id)));
    }
    select.value = id;
    state.table.segment = id;
    state.table.search = "";
    document.getElementById("search").value = "";
    state.table.page = 0;
    return loadTable().then(function () {
      document.getElementById("customers").scrollIntoView({ behavior: "smooth", block: "start" });
    });
  }

  // ---- RFM grid ----
  function renderGrid(grid) {
    var cells = grid.cells;
    var max = Math.max.apply(null, cells.map(function (c) { return c.customers; }).concat([1]));
    var at = function (r, f) { return cells.filter(function (c) { return c.rScore === r && c.fScore === f; })[0]; };
    // Segment boundaries: a line between neighbouring cells whose main RFM segment differs.
    var lines = [];
    for (var r = 1; r <= 5; r++) {
      for (var f = 1; f <= 5; f++) {
        var c = at(r, f);
        if (f < 5 && c.segment !== at(r, f + 1).segment) { lines.push([[f - 0.5, r - 1.5], [f - 0.5, r - 0.5]]); }
        if (r < 5 && c.segment !== at(r + 1, f).segment) { lines.push([[f - 1.5, r - 0.5], [f - 0.5, r - 0.5]]); }
      }
    }
    chart("chart-grid", {
      tooltip: { formatter: function (p) {
        if (p.seriesType !== "heatmap") { return ""; }
        var cell = cells[p.dataIndex];
        return "R " + cell.rScore + " × F " + cell.fScore + "<br>" + int(cell.customers) + " customers<br>average " +
          money(cell.averageMonetary) + (cell.segment ? "<br>mostly " + nameOf(cell.segment) : "");
      } },
      grid: { left: 60, right: 20, top: 10, bottom: 70 },
      xAxis: { type: "category", name: "frequency score", nameLocation: "middle", nameGap: 24, data: ["1", "2", "3", "4", "5"], splitArea: { show: true } },
      yAxis: { type: "category", name: "recency score", nameLocation: "middle", nameGap: 30, data: ["1", "2", "3", "4", "5"], splitArea: { show: true } },
      visualMap: { min: 0, max: max, calculable: true, orient: "horizontal", left: "center", bottom: 0, inRange: { color: SEQUENTIAL }, text: ["more", "fewer customers"] },
      series: [
        { type: "heatmap", data: cells.map(function (c) { return [c.fScore - 1, c.rScore - 1, c.customers]; }),
          label: { show: true, formatter: function (p) { var cell = cells[p.dataIndex]; return int(cell.customers) + "\n" + Math.round(cell.averageMonetary); },
            color: "#fff", textBorderColor: "#000", textBorderWidth: 2, lineHeight: 16 } },
        { type: "lines", coordinateSystem: "cartesian2d", silent: true, lineStyle: { color: "#D55E00", width: 3, opacity: 1 },
          data: lines.map(function (l) { return { coords: l }; }) }]
    });
  }

  // ---- 3D scatter and correlations ----
  function webglAvailable() {
    try {
      var canvas = document.createElement("canvas");
      return !!(window.WebGLRenderingContext && (canvas.getContext("webgl") || canvas.getContext("experimental-webgl")));
    } catch (e) { return false; }
  }
  function log10p(v) { return Math.log10(1 + v); }
  function unlog(v) { var x = Math.pow(10, v) - 1; return x >= 100 ? Math.round(x) : +x.toFixed(1); }

  function renderScatter() {
    var s = state.scatter;
    if (!s) { return; }
    var key = state.colourBy;
    var groups = {};
    s.points.forEach(function (p) {
      var g = p[key] || "none";
      (groups[g] = groups[g] || []).push(p);
    });
    document.getElementById("scatter-caption").textContent = "3D scatter (log axes): " + int(s.sampleSize) +
      " of " + int(s.population) + " customers, seeded sample (seed " + s.seed + ")";
    var ids = Object.keys(groups);
    if (webglAvailable()) {
      chart("chart-scatter", {
        tooltip: { formatter: function (p) { var c = p.data.c; return c.customerId + ": R " + c.recencyDays + " d, F " + c.frequency + ", M " + money(c.monetary) + " (" + nameOf(c[key] || "none") + ")"; } },
        legend: { type: "scroll", top: 0, data: ids.map(nameOf) },
        grid3D: { viewControl: { distance: 220, alpha: 20, beta: 40 }, boxWidth: 100, boxDepth: 100, boxHeight: 80 },
        xAxis3D: { type: "value", name: "recency (days)", axisLabel: { formatter: unlog } },
        yAxis3D: { type: "value", name: "frequency", axisLabel: { formatter: unlog } },
        zAxis3D: { type: "value", name: "monetary", axisLabel: { formatter: unlog } },
        series: ids.map(function (g) {
          return { type: "scatter3D", name: nameOf(g), symbolSize: 4, itemStyle: { color: colourOf(g), opacity: 0.85 },
            data: groups[g].map(function (p) { return { value: [log10p(p.recencyDays), log10p(p.frequency), log10p(p.monetary)], c: p }; }) };
        })
      });
    } else {
      document.getElementById("scatter-caption").textContent += " (WebGL unavailable: recency × monetary in 2D)";
      chart("chart-scatter", {
        tooltip: { formatter: function (p) { var c = p.data.c; return c.customerId + ": R " + c.recencyDays + ", F " + c.frequency + ", M " + money(c.monetary); } },
        legend: { type: "scroll", top: 0 },
        xAxis: { type: "log", name: "recency (days)", min: 1 }, yAxis: { type: "log", name: "monetary", min: 1 },
        series: ids.map(function (g) {
          return { type: "scatter", name: nameOf(g), symbolSize: 4, itemStyle: { color: colourOf(g) }, large: true,
            data: groups[g].map(function (p) { return { value: [Math.max(1, p.recencyDays), Math.max(1, p.monetary)], c: p }; }) };
        })
      });
    }
  }

  function renderCorrelations(c) {
    var labels = ["recency", "frequency", "monetary"];
    var data = [];
    c.log1p.forEach(function (row, i) { row.forEach(function (v, j) { data.push([j, i, v == null ? "-" : +v.toFixed(3)]); }); });
    chart("chart-correlation", {
      tooltip: { formatter: function (p) { return labels[p.data[1]] + " × " + labels[p.data[0]] + ": " + p.data[2] +
        " (raw " + (c.pearson[p.data[1]][p.data[0]] == null ? "–" : c.pearson[p.data[1]][p.data[0]].toFixed(3)) + ")"; } },
      grid: { left: 80, right: 20, top: 10, bottom: 70 },
      xAxis: { type: "category", data: labels }, yAxis: { type: "category", data: labels },
      visualMap: { min: -1, max: 1, calculable: true, orient: "horizontal", left: "center", bottom: 0, inRange: { color: DIVERGING } },
      series: [{ type: "heatmap", data: data, label: { show: true } }]
    });
  }

  // ---- trends, segment history, migration ----
  function renderTrends(t) {
    if (!t.months.length) { empty("chart-months", "No stored orders"); } else {
      chart("chart-months", {
        tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
        color: ["#88CCEE", "#332288", "#117733", "#CC6677"],
        xAxis: { type: "category", data: t.months.map(function (m) { return m.month; }) },
        yAxis: [{ type: "value", name: "revenue (" + t.currency + ")" }, { type: "value", name: "count" }],
        series: [
          { name: "revenue", type: "bar", data: t.months.map(function (m) { return +m.revenue.toFixed(2); }) },
          { name: "orders", type: "line", yAxisIndex: 1, data: t.months.map(function (m) { return m.orders; }) },
          { name: "active customers", type: "line", yAxisIndex: 1, symbol: "triangle", data: t.months.map(function (m) { return m.activeCustomers; }) },
          { name: "new customers", type: "line", yAxisIndex: 1, symbol: "diamond", lineStyle: { type: "dashed" }, data: t.months.map(function (m) { return m.newCustomers; }) }]
      });
    }
    var rfm = state.segments.rfm || [];
    var ids = rfm.map(function (s) { return s.id; });
    t.segmentHistory.forEach(function (r) { Object.keys(r.sizes).forEach(function (id) { if (ids.indexOf(id) < 0) { ids.push(id); } }); });
    chart("chart-history", {
      tooltip: { trigger: "axis" }, legend: { type: "scroll", top: 0 }, grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: t.segmentHistory.map(function (r) { return r.asOf + (r.source === "history" ? "*" : "") + "\n" + r.runId.slice(-6); }) },
      yAxis: { type: "value", name: "customers" },
      series: ids.map(function (id) { return { name: nameOf(id), type: "bar", stack: "runs", itemStyle: { color: colourOf(id) },
        data: t.segmentHistory.map(function (r) { return r.sizes[id] || 0; }) }; })
    });
    if (t.segmentHistory.length < 2) {
      document.getElementById("sankey-caption").textContent = "Migration between the last two runs";
      empty("chart-sankey", "One run so far: customers' moves show after the next run");
      return Promise.resolve();
    }
    return getJson("/segments/migrations").then(renderSankey).catch(function (e) {
      empty("chart-sankey", e.status === 404 ? "No migration matrix for the last two runs" : e.message);
    });
  }

  function loadProducts() {
    var segment = document.getElementById("products-segment").value;
    return getJson("/dashboard/top-products" + (segment ? "?segment=" + encodeURIComponent(segment) : ""))
      .then(renderProducts);
  }

  function renderProducts(p) {
    var select = document.getElementById("products-segment");
    if (select.options.length === 1) {
      p.segments.forEach(function (id) { select.appendChild(el("option", { value: id }, nameOf(id))); });
    }
    if (!p.available) {
      empty("chart-products-revenue", "The uploads have no product column (StockCode, SKU, Product_ID, ...)");
      empty("chart-products-quantity", "The uploads have no product column");
      return;
    }
    var label = function (x) { return (x.name || x.product).slice(0, 32); };
    [["chart-products-revenue", p.byRevenue, "revenue", "revenue (" + p.currency + ")"],
     ["chart-products-quantity", p.byQuantity, "quantity", "items"]].forEach(function (c) {
      var rows = c[1].slice().reverse();
      if (!rows.length) { empty(c[0], "No purchases in this segment"); return; }
      chart(c[0], {
        tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: "value", name: c[3] },
        yAxis: { type: "category", data: rows.map(label) },
        series: [{ type: "bar", name: c[2], itemStyle: { color: c[2] === "revenue" ? "#332288" : "#44AA99" },
          data: rows.map(function (x) { return x[c[2]]; }) }]
      });
    });
  }

  function renderSankey(m) {
    document.getElementById("sankey-caption").textContent = "Migration " + m.fromAsOf + " → " + m.toAsOf + ": " +
      int(m.customers) + " customers in both runs, " + int(m.newCustomers) + " new";
    var nodes = {};
    var links = m.cells.filter(function (c) { return c.customers > 0; }).map(function (c) {
      var from = nameOf(c.from) + " (before)";
      var to = nameOf(c.to) + " (now)";
      nodes[from] = c.from; nodes[to] = c.to;
      return { source: from, target: to, value: c.customers };
    });
    if (!links.length) { empty("chart-sankey", "No customer is in both runs"); return; }
    chart("chart-sankey", {
      tooltip: { trigger: "item" },
      series: [{ type: "sankey", left: 8, right: 120, emphasis: { focus: "adjacency" }, nodeGap: 6,
        data: Object.keys(nodes).map(function (n) { return { name: n, itemStyle: { color: colourOf(nodes[n]) } }; }),
        links: links, lineStyle: { color: "gradient", opacity: 0.35 }, label: { fontSize: 11 } }]
    });
  }

  // ---- customers table ----
  var COLUMNS = [
    { key: "customerId", label: "Customer" }, { key: "rfmSegment", label: "RFM segment", format: nameOf },
    { key: "cluster", label: "Cluster", format: function (v) { return v ? nameOf(v) : "–"; } },
    { key: "recencyDays", label: "Recency (days)", n: true, format: int }, { key: "frequency", label: "Orders", n: true, format: int },
    { key: "monetary", label: "Monetary", n: true, format: money }, { key: "averageOrderValue", label: "Avg order", n: true, format: money },
    { key: "rfmScore", label: "RFM" }, { key: "lastPurchase", label: "Last purchase" }];

  function clvColumns(rows) {
    // Lifetime value is being added to the profiles; show it when the service sends it.
    var sample = rows.filter(function (r) { return r.clv != null; })[0];
    if (!sample) { return []; }
    var value = function (c) { return typeof c === "number" ? c : c && (c.clv != null ? c.clv : c.value); };
    var churn = function (r) { return r.clv && typeof r.clv === "object" && r.clv.churnRisk != null ? r.clv.churnRisk : r.churnRisk; };
    return [{ label: "Predicted CLV", n: true, get: function (r) { return value(r.clv); }, format: money },
      { label: "Churn risk", n: true, get: churn, format: function (v) { return v == null ? "–" : (100 * v).toFixed(0) + "%"; } }];
  }

  function renderTable(page) {
    var rows = page.content;
    var columns = COLUMNS.concat(clvColumns(rows));
    var thead = document.querySelector("#customer-table thead");
    var tbody = document.querySelector("#customer-table tbody");
    thead.textContent = ""; tbody.textContent = "";
    var tr = el("tr");
    columns.forEach(function (c) { tr.appendChild(el("th", { scope: "col", class: c.n ? "n" : "" }, c.label)); });
    thead.appendChild(tr);
    rows.forEach(function (r) {
      var row = el("tr", { "data-customer": r.customerId });
      columns.forEach(function (c) {
        var v = c.get ? c.get(r) : r[c.key];
        row.appendChild(el("td", { class: c.n ? "n" : "" }, c.format ? c.format(v) : (v == null ? "–" : v)));
      });
      tbody.appendChild(row);
    });
    var t = state.table;
    document.getElementById("page-info").textContent = "page " + (page.page + 1) + " of " + Math.max(1, page.totalPages);
    document.getElementById("prev").disabled = page.page <= 0;
    document.getElementById("next").disabled = page.page + 1 >= page.totalPages;
    document.getElementById("table-status").textContent = int(page.totalElements) + " customers" +
      (t.segment ? " in " + nameOf(t.segment) : "") + (t.search ? " with id " + t.search : "");
    document.getElementById("customer-table").setAttribute("data-segment", t.segment);
    document.getElementById("customer-table").setAttribute("data-total", page.totalElements);
  }

  function loadTable() {
    var t = state.table;
    if (t.search) {
      return request("/customers/" + encodeURIComponent(t.search)).then(function (response) {
        if (response.status === 404) { return { content: [], page: 0, totalPages: 0, totalElements: 0 }; }
        if (!response.ok) { throw problem(response.status, "HTTP " + response.status); }
        return response.json().then(function (c) { return { content: [c], page: 0, totalPages: 1, totalElements: 1 }; });
      }).then(renderTable);
    }
    var query = "/customers?page=" + t.page + "&size=" + PAGE_SIZE + "&sort=" + encodeURIComponent(t.sort) +
      (t.segment ? "&segment=" + encodeURIComponent(t.segment) : "");
    return getJson(query).then(renderTable);
  }

  function exportCsv() {
    var t = state.table;
    var path = "/customers" + (t.segment ? "?segment=" + encodeURIComponent(t.segment) : "");
    document.getElementById("table-status").textContent = "Exporting…";
    return request(path, { headers: { Accept: "text/csv" } }).then(function (response) {
      if (!response.ok) { throw problem(response.status, "CSV export failed: HTTP " + response.status); }
      return response.blob();
    }).then(function (blob) {
      var a = el("a", { href: URL.createObjectURL(blob), download: t.segment ? "customers-" + t.segment + ".csv" : "customers.csv" });
      document.body.appendChild(a); a.click(); a.remove();
      document.getElementById("table-status").textContent = "CSV exported.";
    });
  }

  // ---- models and prediction ----
  function renderModel(version) {
    if (version == null) {
      document.getElementById("model-info").textContent = "No active model: train one with POST /models.";
      empty("chart-elbow", "No active model"); empty("chart-profiles", "No active model");
      empty("chart-drift", "No active model"); renderDendrogram(null);
      return Promise.resolve();
    }
    return getJson("/models/" + version).then(function (m) {
      renderDrift(version);
      renderDendrogram(m);
      document.getElementById("model-info").textContent = "Active model " + m.name + " v" + m.version + ": k = " + m.k +
        ", features " + m.featureNames.join(", ") + (m.runId ? ", trained on run " + m.runId : "");
      var metrics = (m.metrics || []).slice().sort(function (a, b) { return a.k - b.k; });
      if (!metrics.length) { empty("chart-elbow", "This model has no training metrics (imported)"); } else {
        chart("chart-elbow", {
          tooltip: { trigger: "axis" }, legend: { top: 0 }, grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
          color: ["#332288", "#CC6677"],
          xAxis: { type: "category", name: "k", data: metrics.map(function (x) { return x.k; }) },
          yAxis: [{ type: "value", name: "inertia", scale: true }, { type: "value", name: "silhouette", scale: true }],
          series: [
            { name: "inertia", type: "line", data: metrics.map(function (x) { return x.inertia; }),
              markPoint: { data: metrics.filter(function (x) { return x.chosen; }).map(function (x) { return { name: "chosen", coord: [String(x.k), x.inertia], value: "k=" + x.k }; }) } },
            { name: "silhouette", type: "line", yAxisIndex: 1, symbol: "diamond", lineStyle: { type: "dashed" }, data: metrics.map(function (x) { return x.silhouette; }) }]
        });
      }
      var clusters = m.clusters || [];
      var dims = clusters.length ? Object.keys(clusters[0].centroid) : [];
      if (!dims.length) { empty("chart-profiles", "No cluster profiles"); return; }
      chart("chart-profiles", {
        tooltip: {}, legend: { type: "scroll", top: 0 },
        parallelAxis: dims.map(function (d, i) { return { dim: i, name: d, type: d === "monetary" ? "log" : "value", scale: true }; }),
        parallel: { left: 50, right: 60, top: 50, bottom: 20 },
        series: clusters.map(function (c) {
          state.names[c.id] = state.names[c.id] || c.name;
          return { type: "parallel", name: c.name + " (" + (c.size == null ? "?" : int(c.size)) + ")", lineStyle: { width: 3, color: colourOf(c.id) },
            data: [dims.map(function (d) { return Math.max(d === "monetary" ? 0.01 : -Infinity, c.centroid[d]); })] };
        })
      });
    });
  }

  /** PSI per feature against the 0.25 threshold, and the run-to-run stability in the caption. */
  function renderDrift(version) {
    return getJson("/models/" + version + "/drift").then(function (d) {
      document.getElementById("drift-caption").textContent = "Drift of model v" + d.model + " on run " + d.runId.slice(-6) +
        ": max PSI " + d.maxPsi.toFixed(3) + (d.drifted ? " (drifted)" : "") +
        (d.adjustedRandIndex != null ? ", adjusted Rand index " + d.adjustedRandIndex.toFixed(3) + " over " + int(d.customersInBoth) + " customers" : "") +
        (d.lowConfidenceShare != null ? ", low-confidence share " + (100 * d.lowConfidenceShare).toFixed(1) + "%" : "");
      if (!d.features.length) { empty("chart-drift", d.note || "This model keeps no training distributions"); return; }
      chart("chart-drift", {
        tooltip: { trigger: "axis" }, grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: d.features.map(function (f) { return f.input; }) },
        yAxis: { type: "value", name: "PSI" },
        series: [{ type: "bar", name: "PSI", data: d.features.map(function (f) {
          return { value: f.psi, itemStyle: { color: f.drifted ? "#CC6677" : "#44AA99" } }; }),
          markLine: { symbol: "none", lineStyle: { type: "dashed", color: "#882255" }, label: { formatter: "0.25" }, data: [{ yAxis: 0.25 }] } }]
      });
    }).catch(function (e) { empty("chart-drift", e.status === 400 ? e.message : "No drift figures: " + e.message); });
  }

  /** The last merges of the active model when it is Ward, else of the newest Ward model; leaves coloured by cluster. */
  function renderDendrogram(active) {
    var pick = active && active.algorithm === "ward" ? Promise.resolve(active)
      : getJson("/models?size=1000").then(function (page) {
        var ward = page.content.filter(function (m) { return m.algorithm === "ward"; })[0];
        return ward ? getJson("/models/" + ward.version) : null;
      });
    return pick.then(function (m) {
      if (!m || !m.parameters || !m.parameters.dendrogram) {
        empty("chart-dendrogram", "No Ward model yet: POST /models {\"algorithm\": \"ward\", \"activate\": false}");
        return;
      }
      var t = m.parameters.dendrogram;
      var leaves = t.leafSizes.length;
      var x = [], y = [];
      var order = [];
      var walk = function (node) {
        if (node < leaves) { order.push(node); return; }
        var kids = t.merges[node - leaves]; walk(kids[0]); walk(kids[1]);
      };
      walk(leaves + t.merges.length - 1);
      order.forEach(function (leaf, i) { x[leaf] = i; y[leaf] = 0; });
      var lines = [];
      t.merges.forEach(function (kids, j) {
        var node = leaves + j, h = t.heights[j];
        x[node] = (x[kids[0]] + x[kids[1]]) / 2; y[node] = h;
        lines.push({ coords: [[x[kids[0]], y[kids[0]]], [x[kids[0]], h], [x[kids[1]], h], [x[kids[1]], y[kids[1]]]] });
      });
      document.getElementById("dendrogram-caption").textContent = "Ward dendrogram of model " + m.name + " v" + m.version +
        ": the last " + t.merges.length + " merges over " + int(m.parameters.sampleSize) + " customers (height: Ward cost)";
      chart("chart-dendrogram", {
        tooltip: { formatter: function (p) { return p.data && p.data.tip ? p.data.tip : ""; } },
        grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
        xAxis: { type: "value", min: -0.5, max: leaves - 0.5, axisLabel: { show: false }, splitLine: { show: false } },
        yAxis: { type: "value", name: "Ward cost" },
        series: [
          { type: "lines", coordinateSystem: "cartesian2d", polyline: true, lineStyle: { color: "#555", width: 1.5 }, data: lines },
          { type: "scatter", symbolSize: function (v) { return 6 + Math.sqrt(v[2]); }, data: order.map(function (leaf) {
            var cluster = m.clusters[t.leafClusters[leaf]] || {};
            return { value: [x[leaf], 0, t.leafSizes[leaf]], itemStyle: { color: colourOf(cluster.id || String(leaf)) },
              tip: int(t.leafSizes[leaf]) + " customers · " + (cluster.name || "") };
          }) }]
      });
    }).catch(function (e) { empty("chart-dendrogram", e.message); });
  }

  function predict(form) {
    var features = {};
    ["recencyDays", "frequency", "monetary"].forEach(function (n) { features[n] = Number(form.elements[n].value); });
    var out = document.getElementById("prediction");
    out.hidden = false;
    out.textContent = "Predicting…";
    return getJson("/predict", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ features: features }) })
      .then(function (p) {
        out.textContent = "";
        out.setAttribute("data-cluster", p.clusterId);
        out.appendChild(el("strong", {}, p.segmentName + " (" + p.clusterId + ")"));
        out.appendChild(document.createTextNode(" · model " + p.model + " v" + p.modelVersion + ", distance " + p.distance.toFixed(3) +
          (p.rfmSegment ? " · RFM " + p.rfmScore + ": " + nameOf(p.rfmSegment) : "")));
        var seg = (state.segments.rfm || []).filter(function (s) { return s.id === p.rfmSegment; })[0];
        if (seg && seg.recommendedActions && seg.recommendedActions.length) {
          out.appendChild(el("p", {}, "Recommended:"));
          var ul = el("ul");
          seg.recommendedActions.forEach(function (a) { ul.appendChild(el("li", {}, a)); });
          out.appendChild(ul);
        }
      }).catch(function (e) { out.textContent = e.message; out.className = "detail error"; });
  }

  // ---- upload ----
  function upload(file) {
    var bar = document.getElementById("upload-progress");
    var msg = document.getElementById("upload-status");
    var report = document.getElementById("upload-report");
    report.hidden = true;
    bar.hidden = false; bar.value = 0;
    msg.textContent = "Sending " + file.name + "…";
    var send = function (retried) {
      var xhr = new XMLHttpRequest();
      xhr.open("POST", "/uploads");
      xhr.setRequestHeader("Accept", "application/json");
      // the service answers 202 once the file is received; the upload resource then tells how far it has got
      xhr.setRequestHeader("Prefer", "respond-async");
      if (apiKey()) { xhr.setRequestHeader("X-API-Key", apiKey()); }
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          bar.value = Math.round(50 * e.loaded / e.total);
          msg.textContent = "Sending " + file.name + ": " + Math.round(100 * e.loaded / e.total) + "%";
          if (e.loaded === e.total) { msg.textContent = "Sent; checking the file…"; }
        }
      };
      xhr.onerror = function () { msg.textContent = "The upload failed: the connection was lost."; msg.className = "error"; };
      xhr.onload = function () {
        var body = {};
        try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = {}; }
        if (xhr.status === 401 && !retried) {
          askForKey().then(function (given) { if (given) { send(true); } else { msg.textContent = "An API key is needed to upload."; } });
          return;
        }
        if (xhr.status === 202) {
          follow(xhr.getResponseHeader("Location") || ("/uploads/" + body.id), bar, msg);
          return;
        }
        if (xhr.status !== 200 && xhr.status !== 201) {
          msg.textContent = "Upload rejected (" + xhr.status + "): " + (body.detail || body.title || xhr.statusText);
          msg.className = "error";
          return;
        }
        bar.value = 100;
        msg.className = "";
        msg.textContent = xhr.status === 200 ? "Already uploaded: the same file's report." : "Uploaded.";
        renderUploadReport(body);
        refresh();
      };
      var form = new FormData();
      form.append("file", file);
      xhr.send(form);
    };
    send(false);
  }

  /** Polls an upload accepted with 202 until its report is stored (or it failed), showing its phase and progress. */
  function follow(location, bar, msg) {
    getJson(location).then(function (p) {
      if (p.status === "PROCESSING") {
        bar.value = 50 + Math.round(p.percent / 2);
        msg.textContent = "Processing " + p.fileName + ": " + p.phase + ", " + int(p.rowsDone) + " rows, " +
          p.percent + "%" + (p.etaSeconds != null ? ", about " + p.etaSeconds + " s left" : "");
        setTimeout(function () { follow(location, bar, msg); }, 500);
        return;
      }
      if (p.status === "FAILED") {
        var problem = p.problem || {};
        msg.textContent = "Upload rejected (" + problem.status + "): " + (problem.detail || problem.title);
        msg.className = "error";
        return;
      }
      bar.value = 100;
      msg.className = "";
      msg.textContent = "Uploaded.";
      renderUploadReport(p);
      refresh();
    }).catch(function (e) { msg.textContent = e.message; msg.className = "error"; });
  }

  function renderUploadReport(r) {
    var box = document.getElementById("upload-report");
    box.hidden = false; box.textContent = "";
    box.setAttribute("data-upload", r.id);
    box.appendChild(el("strong", {}, r.fileName));
    box.appendChild(el("p", {}, int(r.rows.read) + " rows read, " + int(r.rows.accepted) + " accepted, " + int(r.rows.rejected) +
      " rejected · " + int(r.orders) + " orders, " + int(r.customers) + " customers"));
    var reasons = Object.keys(r.rejectedByReason || {}).filter(function (k) { return r.rejectedByReason[k] > 0; });
    if (reasons.length) {
      var t = el("table", { class: "reasons" });
      var head = el("tr"); head.appendChild(el("th", {}, "rejected because")); head.appendChild(el("th", { class: "n" }, "rows")); t.appendChild(head);
      reasons.forEach(function (k) { var tr = el("tr"); tr.appendChild(el("td", {}, k)); tr.appendChild(el("td", { class: "n" }, int(r.rejectedByReason[k]))); t.appendChild(tr); });
      box.appendChild(t);
    }
    if (r.errors && r.errors.length) {
      box.appendChild(el("p", {}, "First rows removed:"));
      var ul = el("ul");
      r.errors.slice(0, 10).forEach(function (e) { ul.appendChild(el("li", {}, "line " + e.line + ": " + e.reason + (e.message ? ", " + e.message : ""))); });
      box.appendChild(ul);
    }
    if (r.run) {
      var p = el("p", {}, "Run: ");
      p.appendChild(el("a", { href: "/runs/" + encodeURIComponent(r.run.id) }, r.run.id + " (" + r.run.status + ")"));
      box.appendChild(p);
    }
  }

  // ---- wiring ----
  function refresh() {
    state.segments = {};
    state.names = {};
    return getJson("/dashboard/summary").then(function (summary) {
      renderSummary(summary);
      var segments = loadSegments("rfm").then(function () {
        return Promise.all([loadSegments("rules").catch(function () { return []; }), loadSegments("cluster").catch(function () { return []; })]);
      }).then(function () {
        fillSegmentFilter();
        return showScheme(state.scheme);
      });
      return Promise.all([
        segments,
        segments.then(function () { return getJson("/dashboard/rfm-grid"); }).then(renderGrid),
        segments.then(function () { return getJson("/dashboard/scatter"); }).then(function (s) { state.scatter = s; renderScatter(); }),
        getJson("/dashboard/correlations").then(renderCorrelations),
        segments.then(function () { return getJson("/dashboard/trends"); }).then(renderTrends),
        segments.then(loadProducts),
        segments.then(loadTable),
        segments.then(function () { return renderModel(summary.activeModel ? summary.activeModel.version : null); })
      ]);
    }).then(function () {
      document.body.setAttribute("data-loaded", "true");
    }).catch(function (e) {
      if (e.status === 404) {
        status("No data yet: upload a purchase file below to see the dashboard.", false);
        document.querySelectorAll("[data-chart]").forEach(function (n) { empty(n.id, "No published run yet"); });
        document.body.setAttribute("data-loaded", "true");
      } else {
        status("Could not load the dashboard: " + e.message, true);
      }
    });
  }

  function fillSegmentFilter() {
    var select = document.getElementById("segment-filter");
    select.textContent = "";
    select.appendChild(el("option", { value: "" }, "All customers"));
    [["rfm", "RFM segments"], ["rules", "Rule segments"], ["cluster", "Clusters"]].forEach(function (g) {
      var list = state.segments[g[0]] || [];
      if (!list.length) { return; }
      var group = el("optgroup", { label: g[1] });
      list.forEach(function (s) { group.appendChild(el("option", { value: s.id }, s.name)); });
      select.appendChild(group);
    });
    select.value = state.table.segment;
  }

  document.querySelectorAll('input[name="scheme"]').forEach(function (r) {
    r.addEventListener("change", function () { if (r.checked) { showScheme(r.value); } });
  });
  document.querySelectorAll('input[name="colour"]').forEach(function (r) {
    r.addEventListener("change", function () { if (r.checked) { state.colourBy = r.value; renderScatter(); } });
  });
  document.getElementById("products-segment").addEventListener("change", function () {
    loadProducts().catch(function (e) { empty("chart-products-revenue", e.message); });
  });
  document.getElementById("customer-filters").addEventListener("submit", function (e) {
    e.preventDefault();
    state.table.search = document.getElementById("search").value.trim();
    state.table.segment = document.getElementById("segment-filter").value;
    state.table.sort = document.getElementById("sort").value;
    state.table.page = 0;
    loadTable();
  });
  ["segment-filter", "sort"].forEach(function (id) {
    document.getElementById(id).addEventListener("change", function () {
      state.table.segment = document.getElementById("segment-filter").value;
      state.table.sort = document.getElementById("sort").value;
      state.table.page = 0;
      loadTable();
    });
  });
  document.getElementById("prev").addEventListener("click", function () { if (state.table.page > 0) { state.table.page--; loadTable(); } });
  document.getElementById("next").addEventListener("click", function () { state.table.page++; loadTable(); });
  document.getElementById("csv-export").addEventListener("click", function () {
    exportCsv().catch(function (e) { document.getElementById("table-status").textContent = e.message; });
  });
  document.getElementById("predict-form").addEventListener("submit", function (e) { e.preventDefault(); predict(e.target); });
  document.getElementById("upload-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var file = document.getElementById("upload-file").files[0];
    if (file) { upload(file); } else { document.getElementById("upload-status").textContent = "Choose a file first."; }
  });
  var drop = document.getElementById("drop-zone");
  ["dragenter", "dragover"].forEach(function (t) { drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); }); });
  ["dragleave", "drop"].forEach(function (t) { drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove("over"); }); });
  drop.addEventListener("drop", function (e) { if (e.dataTransfer.files.length) { upload(e.dataTransfer.files[0]); } });
  document.getElementById("report-link").addEventListener("click", function (e) {
    // With API keys on, a plain link cannot send the key: fetch the report and save it.
    if (!apiKey()) { return; }
    e.preventDefault();
    request("/report", { headers: { Accept: "text/html" } }).then(function (r) { return r.blob(); }).then(function (blob) {
      var a = el("a", { href: URL.createObjectURL(blob), download: "segmentation-report.html" });
      document.body.appendChild(a); a.click(); a.remove();
    });
  });

  refresh();
})();
