// Neo4j Browser, for real: headless Chromium opens the Browser the server ships, logs in with
// the configured password, loads cypher/browser-style.grass with `:style`, runs the README's
// "first five queries" over the seed graph and checks the graph view draws the expected nodes
// in the style's colors. Screenshots go to artifacts/browser/ (git-ignored); with
// KG_README_IMAGES=<dir> (`npm run docs:screenshots`) the five graphs also go there, for the README.
import * as fs from 'fs';
import * as path from 'path';
import type { Driver } from 'neo4j-driver';
import type { Locator } from 'playwright-core';
import { connectionFromEnv, createDriver } from '../src/graph';
import { connect, dropFile, enlargeGraph, graphNodeCaptions, graphNodeColors, openBrowser, runCommand } from './support/neo4j-browser';
import type { BrowserSession } from './support/neo4j-browser';
import { loadSeedGraph } from './support/seed-graph';

const ROOT = path.resolve(__dirname, '..');
const ARTIFACTS = path.join(ROOT, 'artifacts', 'browser');
const README_IMAGES = process.env.KG_README_IMAGES ? path.resolve(ROOT, process.env.KG_README_IMAGES) : undefined;
const STYLE = fs.readFileSync(path.join(ROOT, 'cypher', 'browser-style.grass'), 'utf8');
const QUERIES = JSON.parse(fs.readFileSync(path.join(ROOT, 'cypher', 'first-five-queries.json'), 'utf8')) as Array<{
  file: string;
  title: string;
  query: string;
  seedShows: string[];
}>;

const STATE_COLOR = colorOf('node.State');
const PERSON_COLOR = colorOf('node.Person');

let driver: Driver;
let browser: BrowserSession;

beforeAll(async () => {
  const config = connectionFromEnv();
  driver = createDriver(config);
  await loadSeedGraph(driver);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  if (README_IMAGES) fs.mkdirSync(README_IMAGES, { recursive: true });
  browser = await openBrowser();
  await connect(browser.page, {
    browserUrl: process.env.NEO4J_BROWSER_URL ?? 'http://localhost:7474/browser/',
    boltUri: config.uri,
    user: config.user,
    password: config.password,
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await driver?.close();
});

test('the style file loads when dropped onto the Browser window', async () => {
  await runCommand(browser.page, ':style reset');
  await expect(frameText(await runCommand(browser.page, ':style'))).resolves.not.toContain('node.State');
  await dropFile(browser.page, 'browser-style.grass', STYLE);
  // A dropped style file is applied and shown in a :style frame.
  await expect(frameText(await runCommand(browser.page, ':style'))).resolves.toContain('node.State');
});

test('the style file loads through :style', async () => {
  await runCommand(browser.page, ':style reset');
  // The Browser reads everything after `:style` as GraSS; one line keeps the editor from
  // treating the rules as several statements.
  const frame = await runCommand(browser.page, `:style ${STYLE.replace(/\s*\n\s*/g, ' ')}`);
  await expect(frameText(frame)).resolves.not.toMatch(/Could not parse|error/i);
  await expect(frameText(frame)).resolves.toContain('node.State');
  await frame.screenshot({ path: path.join(ARTIFACTS, '0-style.png') });
});

describe.each(QUERIES.map((q) => [q.file, q] as const))('README query %s', (file, q) => {
  test(`draws ${q.seedShows.join(', ')}`, async () => {
    const frame = await runCommand(browser.page, q.query);
    const captions = await graphNodeCaptions(frame, q.seedShows.length);
    for (const name of q.seedShows) expect(captions).toContain(name);
    const restore = await enlargeGraph(frame);
    await frame.screenshot({ path: path.join(ARTIFACTS, `${file}.png`) });
    if (README_IMAGES) fs.copyFileSync(path.join(ARTIFACTS, `${file}.png`), path.join(README_IMAGES, `${file}.png`));
    await restore();
  });
});

test('nodes wear the style: states and people in their own colors', async () => {
  const frame = await runCommand(browser.page, QUERIES[1].query);
  await graphNodeCaptions(frame, 3);
  const colors = await graphNodeColors(frame);
  expect(colors['North Korea'] ?? colors['South Korea']).toBe(STATE_COLOR);
  expect(colors['Kim Yo Jong']).toBe(PERSON_COLOR);
  await browser.page.screenshot({ path: path.join(ARTIFACTS, 'page.png') });
});

describe('analytics scripts pasted into the Browser, after their :param lines', () => {
  const dir = path.join(ROOT, 'cypher', 'analytics');
  const expected: Record<string, string> = { 'top-critics.cypher': 'Kim Yo Jong', 'alliance-blocs.cypher': 'Russia' };
  test.each(fs.readdirSync(dir).filter((f) => f.endsWith('.cypher')))('%s', async (file) => {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const line of text.match(/^\/\/ :param .*$/gm) ?? []) {
      const frame = await runCommand(browser.page, line.replace(/^\/\/ /, ''));
      await expect(frameText(frame)).resolves.not.toMatch(/error/i);
    }
    const frame = await runCommand(browser.page, text);
    await frame.locator('[data-testid="frame-loaded-contents"]').waitFor({ timeout: 60_000 });
    const shown = await frameText(frame);
    expect(shown).not.toMatch(/ERROR|Neo\.ClientError/);
    if (expected[file]) expect(shown).toContain(expected[file]);
  });
});

function colorOf(selector: string): string {
  const block = new RegExp(`^${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`, 'm').exec(STYLE);
  const color = block && /(?:^|\s)color:\s*(#[0-9A-Fa-f]{6})/.exec(block[1]);
  if (!color) throw new Error(`no color for ${selector} in browser-style.grass`);
  return color[1].toUpperCase();
}

async function frameText(frame: Locator): Promise<string> {
  return (await frame.innerText()).replace(/\s+/g, ' ');
}
