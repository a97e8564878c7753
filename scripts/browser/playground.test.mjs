// Uses the playground page as a person would, in headless Chromium: /help, /verify with its
// form, a button on a message, acting as the R5, and Italian. Fails on the first step that does not hold and
// saves a screenshot of every step.
//
//   node playground.test.mjs <page url> <screenshot dir>
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
import { join } from "node:path";

const [url = "http://127.0.0.1:8000/", out = "../../target/playground"] = process.argv.slice(2);
const TIMEOUT = 15_000;
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  // Without the background-networking flags Chromium keeps calling Google's hosts, which
  // this closed network refuses.
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
page.setDefaultTimeout(TIMEOUT);
const problems = [];
page.on("pageerror", (error) => problems.push(String(error)));
let step = 0;

async function shot(name) {
  step += 1;
  const file = join(out, `${String(step).padStart(2, "0")}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`ok ${step} ${name} (${file})`);
}

async function command(text) {
  await page.fill("#command-input", text);
  await page.press("#command-input", "Enter");
}

const messages = page.locator("#messages");
try {
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]");
  // The first start sets DWOS up and makes Rex an R5 through real interactions; wait for it.
  await page.waitForFunction(async () => (await (await fetch("/playground/api/state")).json()).world.seeded);

  // 1. /help answers with the command list.
  await command("/help");
  await messages.getByText("DWOS — your WhiteOut Survival alliance assistant").waitFor();
  await messages.getByText("Only you can see this").first().waitFor();
  await shot("help");

  // 2. /verify opens the form; submitting it verifies Ada: nickname and role in the member list.
  await command("/verify");
  const modal = page.locator("dialog#modal");
  await modal.getByText("Verify your game account").waitFor();
  await shot("verify-form");
  await modal.locator("[name=game_id]").fill("12345678");
  await modal.locator("[name=state]").fill("245");
  await modal.locator("[name=name]").fill("Frost Ada");
  await modal.locator("#modal-submit").click();
  await messages.getByText("Verified: the game confirmed player 12345678 in state 245").waitFor();
  const ada = page.locator('#member-list li[data-member="Ada"]');
  await ada.locator(".member-name", { hasText: "Frost Ada" }).waitFor();
  await ada.locator(".role-chip", { hasText: "Verified" }).waitFor();
  await shot("verified");

  // 3. A button on a message: skip the furnace question; the message changes.
  const question = messages.locator("article", { hasText: "What is your furnace level?" }).last();
  await question.getByRole("button", { name: "Skip" }).click();
  await messages.locator("article", { hasText: "What is your furnace level?" }).waitFor({ state: "detached" });
  await shot("button");

  // 4. Acting as Rex, the R5: /alliance info shows his alliance.
  await page.selectOption("#persona", { label: "Rex (R5)" });
  await page.fill("#command-input", "/alliance");
  await page.selectOption("#sub", "info");
  await page.press("#command-input", "Enter");
  await messages.locator("article", { hasText: "Rex used /alliance info" }).getByText("[FWX] Frost Wolves").waitFor();
  await page.locator('#member-list li[data-member="Rex"] .role-chip', { hasText: "Frost Wolves [FWX] - R5" }).waitFor();
  await shot("r5");

  // 5. Autocomplete answered by DWOS: /event create suggests time zones as they are typed.
  await page.fill("#command-input", "/event");
  await page.selectOption("#sub", "create");
  await page.fill("#opt-timezone", "Europe/Ro");
  await page.locator("#opt-timezone-list option[value='Europe/Rome']").waitFor({ state: "attached" });
  await page.fill("#command-input", "");
  await page.locator("#command-input").dispatchEvent("input");

  // 6. In Italian: /help answers in Italian.
  await page.selectOption("#locale", "it");
  await command("/help");
  await messages.getByText("DWOS — il tuo assistente di alleanza per WhiteOut Survival").waitFor();
  await shot("italian");

  if (problems.length) throw new Error(`the page threw: ${problems.join("; ")}`);
  console.log("playground browser test passed");
} catch (error) {
  await page.screenshot({ path: join(out, "failure.png") }).catch(() => {});
  console.error(`not ok: ${error.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
