/** browser: Debian's Chromium through playwright-core, and a static server for a built site (shared with `npm run pdf`). */
export { launchChromium as launchBrowser, serveDir as serveSite } from "../../scripts/lib/browser.mjs";
