/**
 * html: markup built as a string, for the small pieces a page repeats hundreds of times (a measure's
 * marked text, a list of references), where an Astro component per piece costs more than the page.
 * Every value put into the template is escaped — text and attribute values alike — unless it is Html
 * made by this same template; there is no way to pass a plain string through unescaped.
 */
import { escape } from "html-escaper";

/** Markup made by `html`: safe to insert as is (set:html={x.markup}). */
export class Html {
  constructor(readonly markup: string) {}
}

type Value = Html | string | number | null | undefined | false | readonly Value[];

function render(value: Value): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join("");
  if (value === null || value === undefined || value === false) return "";
  return escape(String(value));
}

/** html`<a href="${url}">${text}</a>`: the template's own text kept, every value escaped (arrays joined; null, undefined and false left out). */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let markup = strings[0]!;
  for (let i = 0; i < values.length; i++) markup += render(values[i]!) + strings[i + 1]!;
  return new Html(markup);
}
