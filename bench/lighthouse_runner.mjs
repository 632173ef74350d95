// Lighthouse (mobile, simulated throttling) on a list of pages with one Chrome, for bench/lighthouse.py.
// One Chrome and one Node process for every page: starting both per page doubled the run's time.
//
//   node bench/lighthouse_runner.mjs <lighthouse install dir> <pages.json> <output dir>
//
// pages.json is [[name, url], …]; the report of page i is written to <output dir>/<i>.json.

import {mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {pathToFileURL} from "node:url";

const [home, pagesFile, outputDir] = process.argv.slice(2);
const modules = join(home, "node_modules");
const {default: lighthouse} = await import(pathToFileURL(join(modules, "lighthouse", "core", "index.js")));
const chromeLauncher = await import(pathToFileURL(join(modules, "chrome-launcher", "dist", "index.js")));

const CHROME_FLAGS = (process.env.LIGHTHOUSE_CHROME_FLAGS || "").split(" ").filter(Boolean);
const FLAGS = {
  output: "json",
  logLevel: "error",
  onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  // Unscored (weight 0) and slow: bf-cache navigates away and back; screenshots are for people, not this table.
  skipAudits: ["bf-cache", "screenshot-thumbnails", "final-screenshot"],
  disableFullPageScreenshot: true,
  // The 404 page is audited on purpose: without this, Lighthouse refuses to score a 4xx document.
  ignoreStatusCode: true,
};

const pages = JSON.parse(readFileSync(pagesFile, "utf8"));
mkdirSync(outputDir, {recursive: true});
const chrome = await chromeLauncher.launch({chromePath: process.env.CHROME_PATH, chromeFlags: CHROME_FLAGS});
try {
  for (const [index, [name, url]] of pages.entries()) {
    const result = await lighthouse(url, {...FLAGS, port: chrome.port});
    writeFileSync(join(outputDir, `${index}.json`), result.report);
    process.stderr.write(`  ${name}: done\n`);
  }
} finally {
  await chrome.kill();
}
