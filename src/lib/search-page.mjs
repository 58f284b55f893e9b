// search-page: the script of /search/, the site's only page with JavaScript. It asks Pagefind (the plans'
// bundle, with the hub pages' bundle merged at a lower index weight), keeps what matches the whole query
// (search-match.mjs), and writes the results with DOM methods only — never markup from the index, so no
// text of a plan or list can become HTML. Plain JavaScript: the page inlines this file's source after that of
// search-match.mjs, whose functions it calls by name (src/lib/search-script.ts).

/**
 * Starts the search page. `config`: base (the site's base path), pages (the hub bundle's path), care (the care
 * view's base path, or null outside it), hubWeight (the hub bundle's Pagefind indexWeight), vocabulary (every
 * name the site knows, for “您是不是要找”), limit (how many of Pagefind's results are read).
 */
export async function startSearch(config) {
  const $ = (id) => document.getElementById(id);
  const [form, input, status, suggest, measures, pages, filterBox, filterSummary] = ["search-form", "search-q", "search-status", "search-suggest", "search-measures", "search-pages", "search-filter-groups", "search-filter-summary"].map($);
  const inCare = config.care !== null && document.documentElement.classList.contains("care");
  const toCare = (url) => (inCare && url.startsWith(config.base) && !url.startsWith(config.care) ? config.care + url.slice(config.base.length) : url);
  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
  };
  const marked = (pieces) => pieces.map(([text, mark]) => (mark ? el("mark", {}, text) : document.createTextNode(text)));

  const pagefind = await import(`${config.base}pagefind/pagefind.js`);
  await pagefind.options({ baseUrl: config.base, excerptLength: 0 });
  await pagefind.mergeIndex(config.pages, { baseUrl: config.base, indexWeight: config.hubWeight });

  // filters: every filter the index has (年度, 类别, and any added later), folded away on a phone
  const chosen = {};
  const filters = await pagefind.filters();
  for (const [name, values] of Object.entries(filters)) {
    const keys = Object.keys(values).sort((a, b) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? Number(b) - Number(a) : a.localeCompare(b, "zh-CN")));
    const group = el("fieldset", { class: "search-filter" }, el("legend", {}, name));
    for (const value of keys) {
      const box = el("input", { type: "checkbox", name, value });
      box.addEventListener("change", () => {
        chosen[name] = [...filterBox.querySelectorAll(`input[name="${CSS.escape(name)}"]:checked`)].map((b) => b.value);
        run();
      });
      group.append(el("label", {}, box, ` ${value}`));
    }
    filterBox.append(group);
  }
  if (window.matchMedia("(min-width: 60em)").matches) $("search-filters").open = true;

  const describeFilters = () => {
    const on = Object.entries(chosen).filter(([, v]) => v.length).map(([k, v]) => `${k}：${v.join("、")}`);
    return on.length ? `筛选（${on.join("；")}）` : "筛选（全部年度和类别）";
  };

  const resultItem = (r) => {
    const d = r.data;
    const link = el("a", { href: toCare(d.url) }, ...marked(excerptPieces(r.terms, d.meta.title || d.url, r.groups))); // the query marked in a title too
    const item = el("li", { class: "search-result" }, el("h3", {}, link));
    if (r.plan) item.append(el("p", { class: "search-source" }, [d.meta.issuer, `${d.meta.year}年`, `《${d.meta.plan}》`].filter(Boolean).join(" · ")));
    item.append(el("p", { class: "search-excerpt" }, ...marked(excerptPieces(r.terms, r.words, r.groups))));
    if (r.how === "vocabulary") {
      const inNote = d.meta.note && matchRecord(r.terms, d.meta.note) !== null;
      item.append(el("p", { class: "search-how" }, inNote ? `原文中没有这个词，据编辑的说明找到：${d.meta.note.length > 80 ? `${d.meta.note.slice(0, 80)}……` : d.meta.note}` : `原文中没有这个词，按本站的同义叫法找到（${r.groups.filter((g) => matchRecord(r.terms, "", [g]) !== null).map((g) => g.join("、")).join("；")}）`));
    }
    return item;
  };

  let generation = 0;
  async function run() {
    const query = input.value.trim();
    const mine = ++generation;
    filterSummary.textContent = describeFilters();
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    const terms = queryTerms(query);
    for (const box of [measures, pages]) box.hidden = true;
    suggest.replaceChildren();
    if (terms.length === 0) {
      status.textContent = "";
      return;
    }
    status.textContent = "正在搜索……";
    const active = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v.length).map(([k, v]) => [k, { any: v }]));
    const found = await pagefind.search(query, { filters: active });
    const data = await Promise.all((found?.results ?? []).slice(0, config.limit).map((r) => r.data()));
    if (mine !== generation) return; // a newer query is under way
    const results = [];
    const seen = new Set();
    for (const d of data) {
      if (seen.has(d.url)) continue;
      seen.add(d.url);
      const plan = Boolean(d.meta.year);
      const groups = (d.meta.names || "").split("\n").filter(Boolean).map((g) => g.split("|"));
      const words = d.meta.textEnd ? d.content.slice(0, Number(d.meta.textEnd)) : d.content; // the source's words, without the names indexed after them
      const how = matchRecord(terms, `${d.meta.title || ""}\n${words}`, groups, d.meta.note || "");
      if (how) results.push({ data: d, words, plan, how, groups, terms, url: d.url });
    }
    const ordered = orderResults(results);
    const planResults = ordered.filter((r) => r.plan);
    const hubResults = ordered.filter((r) => !r.plan);
    measures.querySelector("ol").replaceChildren(...planResults.map(resultItem));
    pages.querySelector("ol").replaceChildren(...hubResults.map(resultItem));
    measures.hidden = planResults.length === 0;
    pages.hidden = hubResults.length === 0;
    if (ordered.length) {
      status.textContent = `“${query}”：计划原文中 ${planResults.length} 处，指标、主题、企业和股室页面 ${hubResults.length} 个。`;
      return;
    }
    status.textContent = `没有找到含有“${query}”的措施或页面${Object.keys(active).length ? "（在所选的筛选范围内）" : ""}。`;
    const close = closestTerms(query, config.vocabulary);
    if (close.length) {
      const links = close.flatMap((t, i) => [...(i ? ["、"] : []), el("a", { href: `?q=${encodeURIComponent(t)}` }, t)]);
      suggest.append("您是不是要找：", ...links, "？");
    } else suggest.append("请换一个词，或少写几个字再试。");
  }

  let timer = 0;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    run();
  });
  const q = new URLSearchParams(location.search).get("q");
  if (q) input.value = q;
  run();
}
