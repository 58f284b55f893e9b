/** search-script: the inline script of /search/ — the source of search-match.mjs and search-page.mjs as written (their `export` keywords dropped), then the call with this build's settings. */
import matchSource from "./search-match.mjs?raw";
import pageSource from "./search-page.mjs?raw";

/** Returns the script's text; the settings are JSON with every < escaped, so no value can close the script element. */
export function searchScript(config: Record<string, unknown>): string {
  const json = JSON.stringify(config).replace(/</g, "\\u003c").replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const plain = (source: string) => source.replace(/^export (?=(?:async )?function )/gm, ""); // an exported function declaration
  return `${plain(matchSource)}\n${plain(pageSource)}\nstartSearch(${json});`;
}
