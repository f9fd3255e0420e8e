// The few playwright-core calls the editor tests make, typed here: playwright-core is installed on
// demand into .e2e/tools by scripts/e2e/install.sh, not into the project's node_modules.
import * as path from 'node:path';

export interface BoundingBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Locator {
  first(): Locator;
  last(): Locator;
  nth(index: number): Locator;
  filter(options: { hasText?: string | RegExp }): Locator;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  waitFor(options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<void>;
  click(options?: { timeout?: number; button?: 'left' | 'right' }): Promise<void>;
  dblclick(options?: { timeout?: number }): Promise<void>;
  hover(options?: { timeout?: number }): Promise<void>;
  innerText(options?: { timeout?: number }): Promise<string>;
  allInnerTexts(): Promise<string[]>;
  count(): Promise<number>;
  boundingBox(): Promise<BoundingBox | null>;
  screenshot(options: { path: string }): Promise<Buffer>;
  getAttribute(name: string): Promise<string | null>;
  /** Runs the function in the page on the located element. */
  evaluate<R>(pageFunction: (element: HTMLElementLike) => R): Promise<R>;
  fill(value: string): Promise<void>;
  inputValue(): Promise<string>;
}

/** The DOM element a locator's evaluate() receives (the project's tsconfig has no DOM lib). */
export interface HTMLElementLike {
  scrollIntoView(options?: { block?: 'start' | 'center' | 'end' }): void;
  readonly innerText: string;
  readonly tagName: string;
  closest(selector: string): HTMLElementLike | null;
  querySelectorAll(selector: string): ArrayLike<HTMLElementLike>;
  getBoundingClientRect(): { top: number; bottom: number; left: number; right: number };
}

export interface Frame {
  url(): string;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  content(): Promise<string>;
}

export interface Page {
  goto(url: string, options?: { timeout?: number }): Promise<unknown>;
  locator(selector: string, options?: { hasText?: string | RegExp }): Locator;
  getByRole(role: string, options?: { name?: string | RegExp }): Locator;
  keyboard: { press(key: string): Promise<void>; type(text: string, options?: { delay?: number }): Promise<void> };
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<Buffer>;
  waitForTimeout(ms: number): Promise<void>;
  frames(): Frame[];
  exposeFunction(name: string, callback: (...args: never[]) => unknown): Promise<void>;
  on(event: 'console', listener: (message: { text(): string; type(): string }) => void): void;
  evaluate<T>(script: string): Promise<T>;
}

export interface BrowserContext {
  pages(): Page[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

interface Chromium {
  launchPersistentContext(
    userDataDir: string,
    options: {
      executablePath: string;
      headless: boolean;
      args: string[];
      viewport?: { width: number; height: number };
      env?: NodeJS.ProcessEnv;
    },
  ): Promise<BrowserContext>;
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function playwrightChromium(e2eDir: string): Chromium {
  const module = require(path.join(e2eDir, 'tools', 'node_modules', 'playwright-core')) as { chromium: Chromium };
  return module.chromium;
}
