// Drives Neo4j Browser in Debian's headless Chromium through playwright-core: no browser
// download, a fresh profile per run. Used by the end-to-end test (which also writes the README
// screenshots under artifacts/). Selectors are the data-testids Neo4j Browser's own e2e tests use.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Without the background-networking flags Chromium keeps calling home, and on a closed network
 * those connections are refused in ways that slow or break page loads.
 */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  page: Page;
  close(): Promise<void>;
}

export async function openBrowser(viewport = { width: 1400, height: 1000 }): Promise<BrowserSession> {
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface BrowserLogin {
  browserUrl: string;
  boltUri: string;
  user: string;
  password: string;
}

/** Opens Neo4j Browser and logs in through its connect form. */
export async function connect(page: Page, login: BrowserLogin): Promise<void> {
  await page.goto(login.browserUrl, { waitUntil: 'domcontentloaded' });
  const address = page.locator('input[data-testid="boltaddress"]');
  await address.waitFor({ state: 'visible', timeout: 60_000 });
  await address.fill(login.boltUri);
  await page.locator('input[data-testid="username"]').fill(login.user);
  await page.locator('input[data-testid="password"]').fill(login.password);
  await page.locator('button[data-testid="connect"]').click();
  // Connected: the connect form gives way to the editor.
  await page.locator('#monaco-main-editor').waitFor({ state: 'visible', timeout: 60_000 });
  await address.waitFor({ state: 'detached', timeout: 60_000 });
  await runCommand(page, ':clear');
}

/** Types `text` into the main editor and runs it; returns the frame it produced. */
export async function runCommand(page: Page, text: string): Promise<Locator> {
  const frames = page.locator('[data-testid="frame"]');
  // The Browser keeps a limited number of frames (30 by default) and drops the oldest, so a new
  // frame is only seen as a higher count while the stream is short.
  if (text.trim() !== ':clear' && (await frames.count()) > 10) await runCommand(page, ':clear');
  const before = await frames.count();
  await page.locator('#monaco-main-editor').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText types no key events, so the editor adds no closing brackets or quotes of its own.
  await page.keyboard.insertText(text);
  await page.locator('[data-testid="editor-Run"]').click();
  if (text.trim() === ':clear') {
    await waitUntil(async () => (await frames.count()) === 0);
    return frames;
  }
  await waitUntil(async () => (await frames.count()) > before);
  // The newest frame is on top.
  return frames.first();
}

/** Waits for the graph view of a frame to draw and returns the node captions it shows. */
export async function graphNodeCaptions(frame: Locator, expectAtLeast = 1): Promise<string[]> {
  const nodes = frame.locator('svg g.node');
  await nodes.nth(expectAtLeast - 1).waitFor({ state: 'attached', timeout: 60_000 });
  // Let the force layout settle so a screenshot shows the nodes apart.
  await frame.page().waitForTimeout(3_000);
  const captions: string[] = [];
  for (const node of await nodes.all()) captions.push(await captionOf(node));
  return captions;
}

/** Drops a file onto the Browser window, as a user dragging it from a file manager does. */
export async function dropFile(page: Page, name: string, content: string): Promise<void> {
  // Built in the page (a string, so these DOM types stay out of the Node.js compilation).
  const transfer = await page.evaluateHandle(
    `(() => { const t = new DataTransfer(); t.items.add(new File([${JSON.stringify(content)}], ${JSON.stringify(name)})); return t; })()`,
  );
  const zone = page.locator('.filedrop').first();
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
}

/**
 * Shows a frame's graph as a picture worth keeping: frame full screen, side panel folded,
 * zoomed to fit. Returns a function that puts the frame back.
 */
export async function enlargeGraph(frame: Locator): Promise<() => Promise<void>> {
  const fullscreen = frame.locator('button[title="Fullscreen"]');
  await fullscreen.click();
  const fold = frame.locator('button[title="Collapse the node properties display"]');
  if (await fold.count()) await fold.first().click();
  await frame.page().waitForTimeout(500);
  await frame.locator('button[aria-label="zoom-to-fit"], button[title="zoom-to-fit"]').first().click();
  await frame.page().waitForTimeout(1_500);
  return async () => {
    await frame.locator('button[title="Close fullscreen"], button[title="Fullscreen"]').first().click();
  };
}

/** Fill color of each node in a frame's graph view, keyed by its caption. */
export async function graphNodeColors(frame: Locator): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const node of await frame.locator('svg g.node').all()) {
    const fill = await node.locator('circle').last().getAttribute('fill');
    out[await captionOf(node)] = (fill ?? '').toUpperCase();
  }
  return out;
}

/** A long caption is drawn as several lines of text; joined, it reads as the name again. */
async function captionOf(node: Locator): Promise<string> {
  return (await node.locator('text').allTextContents()).join(' ').replace(/\s+/g, ' ').trim();
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Neo4j Browser did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
