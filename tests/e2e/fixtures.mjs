// What every end-to-end test shares. Each test fails if the page broke the
// Content-Security-Policy (index.html) at any point: the policy is real only if
// the app runs under it with 0 violations. `shot` names screenshots by viewport.
import { test as base, expect } from "@playwright/test";
import { mkdirSync } from "node:fs";

const shotDir = "test-results/screens";
mkdirSync(shotDir, { recursive: true });

/** A screenshot in test-results/screens/, prefixed with the viewport's project. */
export const shot = (page, testInfo, name, options = {}) =>
  page.screenshot({ path: `${shotDir}/${testInfo.project.name}-${name}.png`, ...options });

export const test = base.extend({
  /** Every CSP violation of the test, as "directive blocked-uri source:line". */
  cspViolations: [
    async ({ context }, use) => {
      const violations = [];
      await context.exposeBinding("__livedeskCspViolation", (_source, report) => violations.push(report));
      // Injected by the browser's DevTools, so the policy itself does not block it.
      await context.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          window.__livedeskCspViolation(
            `${event.effectiveDirective} ${event.blockedURI || "inline"} ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
