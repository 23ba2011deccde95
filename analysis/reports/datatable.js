// Builds every table.news-table of the page with DataTables (bundled by itables, packed in
// #news-dt-js / #news-dt-css). Cells are text: escaped for display, never inserted as markup.
const unpack = async (element) => {
  const bytes = Uint8Array.from(atob(element.textContent.trim()), (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return await new Response(stream).text();
};
const escapeText = (value) => String(value ?? "").replace(/[&<>"']/g,
  (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
// Numbers are shown with at most three decimals (sorted and searched by their full value).
const shown = (value) => (typeof value === "number" && !Number.isInteger(value)
  ? String(Math.round(value * 1000) / 1000) : value);
const renderText = (value, type) => (type === "display" ? escapeText(shown(value)) : (value ?? ""));
// Notebook HTML right-aligns every cell (JupyterLab's table style): text columns are put back left.
const isNumeric = (data, i) => data.every((row) => row[i] === null || typeof row[i] === "number");
// A column of prose (sentences: a mean of PROSE_WORDS words or more a cell) gets PROSE_WIDTH of the
// table, so that a sentence beside short columns of ids or dates does not wrap into a tall column
// of single words.
const PROSE_WORDS = 8;
const PROSE_WIDTH = "40%";
const isProse = (data, i) => {
  const texts = data.map((row) => row[i]).filter((value) => typeof value === "string");
  const words = texts.reduce((total, text) => total + text.split(/\s+/).length, 0);
  return texts.length > 0 && words / texts.length >= PROSE_WORDS;
};
// Columns other than prose are as wide as their longest word (title included) and keep words
// whole, so that an id, a date or a name is never broken across lines (the table is laid out with
// fixed widths: without one a column gets an even share, too narrow for "Tanzania"); a column
// with a word longer than LONG_WORD (a URL) has no width of its own and wraps anywhere.
const LONG_WORD = 24;
const WRAP_CSS = "table.news-table td { overflow-wrap: anywhere; }\n"
  + "table.news-table td.dt-whole-words { overflow-wrap: normal; }";
const longestWord = (title, data, i) => Math.max(...[title, ...data.map((row) => shown(row[i]))]
  .flatMap((value) => String(value ?? "").split(/\s+/)).map((word) => word.length));
const wordWidth = (title, data, i) => {
  const longest = longestWord(title, data, i);
  return longest <= LONG_WORD ? `${longest + 2}ch` : null;
};
const renderLinks = (pairs, type) => (type === "display"
  ? pairs.map(([label, href]) => `<a href="${escapeText(href)}">${escapeText(label)}</a>`).join(" ")
  : pairs.map(([label]) => label).join(" "));
const readSpec = async (table) => {
  const source = document.getElementById(table.dataset.source);
  const text = source.type === "application/gzip-base64" ? await unpack(source) : source.textContent;
  return JSON.parse(text);
};
const build = async () => {
  const style = document.createElement("style");
  style.textContent = `${await unpack(document.getElementById("news-dt-css"))}\n${WRAP_CSS}`;
  document.head.appendChild(style);
  const url = URL.createObjectURL(new Blob([await unpack(document.getElementById("news-dt-js"))],
    { type: "text/javascript" }));
  const { default: DataTable } = await import(url);
  URL.revokeObjectURL(url);
  for (const table of document.querySelectorAll("table.news-table")) {
    const spec = await readSpec(table);
    const onePage = spec.data.length <= spec.page_length;  // no paging, search or count for a short table
    new DataTable(table, {
      paging: !onePage,
      searching: !onePage,
      info: !onePage,
      data: spec.data,
      columns: spec.columns.map((title, i) => {
        const prose = isProse(spec.data, i);
        const width = prose ? PROSE_WIDTH : wordWidth(title, spec.data, i);
        const whole = !prose && width ? " dt-whole-words" : "";
        return {
          title: escapeText(title),
          render: spec.links.includes(i) ? renderLinks : renderText,
          className: `${isNumeric(spec.data, i) ? "dt-right" : "dt-left"}${whole}`,
          width,
        };
      }),
      pageLength: spec.page_length,
      order: spec.order,
      autoWidth: false,
      deferRender: true,
    });
  }
  document.body.dataset.tablesReady = "true";
};
build();
