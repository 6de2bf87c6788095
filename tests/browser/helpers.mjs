// Shared fixture of the browser tests: starts the real netconduct binary on a
// loopback port with a fresh data directory, and drives Debian's chromium
// (never a downloaded browser) through playwright-core. Requests to anything
// but the test server are aborted and reported, so no test leaves the machine.
//
//   NC_BIN      server binary (default build/test/netconduct, relative to the repo)
//   NC_WEB      built UI (default web/dist)
//   NC_CHROMIUM browser (default /usr/bin/chromium)

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import assert from 'node:assert/strict'

import { chromium } from 'playwright-core'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
export const screenshotDir = join(repoRoot, 'build', 'screenshots')

export const DESKTOP = { width: 1280, height: 800 }
export const MOBILE = { width: 375, height: 800 }

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const LISTENING = /netconduct listening on (http:\/\/127\.0\.0\.1:(\d+)\/)/

/**
 * Starts `netconduct serve` on 127.0.0.1:0; resolves once it prints its address. With demo, adds --demo;
 * with prepare, awaits prepare(bin, dataDir) first (e.g. `netconduct bench-data` into the fresh directory).
 */
export async function startServer({ demo = false, prepare = null } = {}) {
  const bin = resolve(repoRoot, process.env.NC_BIN ?? 'build/test/netconduct')
  const web = resolve(repoRoot, process.env.NC_WEB ?? 'web/dist')
  assert.ok(existsSync(bin), `server binary not found: ${bin} (build it, or set NC_BIN)`)
  assert.ok(existsSync(join(web, 'index.html')), `UI not built: ${web}/index.html missing (run scripts/build-web)`)
  const dataDir = await mkdtemp(join(tmpdir(), 'nc-browser-data-'))
  const prepared = prepare ? await prepare(bin, dataDir) : undefined
  const args = ['serve', '--listen', '127.0.0.1:0', '--data', dataDir, '--web', web]
  if (demo) args.push('--demo')
  const child = spawn(bin, args, {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const baseURL = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => fail(new Error('server did not report its address within 20 s')), 20_000)
    function fail(err) {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(new Error(`${err.message}\n--- server output ---\n${output}`))
    }
    function onData(chunk) {
      output += chunk
      const m = LISTENING.exec(output)
      if (m) {
        clearTimeout(timer)
        resolveUrl(m[1])
      }
    }
    child.stdout.setEncoding('utf8').on('data', onData)
    child.stderr.setEncoding('utf8').on('data', (c) => {
      output += c
    })
    child.on('error', fail)
    child.on('exit', (code, signal) => fail(new Error(`server exited early (code ${code}, signal ${signal})`)))
  })
  child.removeAllListeners('exit')

  return {
    baseURL,
    prepared,
    output: () => output,
    /** The demo logins `serve --demo` printed, by role; waits up to 10 s for them. */
    async demoLogins() {
      const deadline = Date.now() + 10_000
      for (;;) {
        const logins = parseDemoLogins(output)
        if (Object.keys(logins).length > 0) return logins
        if (Date.now() > deadline) throw new Error(`serve --demo printed no demo logins\n--- server output ---\n${output}`)
        await new Promise((r) => setTimeout(r, 100))
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
        await exited
        clearTimeout(timer)
      }
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

const ROLES = ['system_admin', 'committee_admin', 'committee_member', 'branch_secretary', 'auditor', 'member']
const ROLE_LABELS = {
  系统管理员: 'system_admin',
  党委管理员: 'committee_admin',
  组织委员: 'committee_member',
  支部书记: 'branch_secretary',
  审计员: 'auditor',
  党员: 'member',
}

/**
 * Demo logins from the server's stdout: one line per account naming its role
 * (id or Chinese name), its username and its password. Returns
 * { role: { username, password } }.
 */
export function parseDemoLogins(output) {
  const logins = {}
  for (const line of output.split('\n')) {
    const user = /(?:username|用户名)\s*[:：=]?\s*([A-Za-z0-9_.-]{3,32})/i.exec(line)
    const pass = /(?:password|密码)\s*[:：=]?\s*(\S+)/i.exec(line)
    if (!user || !pass) continue
    let role = ROLES.find((r) => new RegExp(`\\b${r}\\b`).test(line))
    if (!role) {
      const label = Object.keys(ROLE_LABELS).find((l) => line.includes(l))
      role = label && ROLE_LABELS[label]
    }
    if (role && !logins[role]) logins[role] = { username: user[1], password: pass[1] }
  }
  return logins
}

/** Logs in through the login page as a user does; resolves once it has left /login. */
export async function logIn(page, baseURL, { username, password }, path = '/login') {
  await page.goto(new URL(path, baseURL).toString())
  await page.getByTestId('login-form').waitFor()
  await page.getByTestId('login-username').fill(username)
  await page.getByTestId('login-password').fill(password)
  await page.getByTestId('login-submit').click()
  await page.waitForURL((u) => u.pathname !== '/login')
}

/** Launches chromium with a fresh profile; only the test server may be reached. */
export async function launchBrowser(baseURL, viewport = DESKTOP) {
  const profile = await mkdtemp(join(tmpdir(), 'nc-browser-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.NC_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
  })
  const allowed = new URL(baseURL).origin
  const blocked = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(allowed + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue()
    blocked.push(url)
    return route.abort('blockedbyclient')
  })
  const pageErrors = []
  context.on('weberror', (e) => pageErrors.push(String(e.error())))
  // Every page runs under the server's Content-Security-Policy; whatever it
  // blocks is reported here and fails the test file (useApp's after hook).
  const cspViolations = []
  await context.exposeBinding('__ncCspViolation', ({ page }, text) => cspViolations.push(`${page.url()}: ${text}`))
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__ncCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`)
    })
  })
  return {
    context,
    blocked,
    pageErrors,
    cspViolations,
    async newPage(size = viewport) {
      const page = await context.newPage()
      await page.setViewportSize(size)
      return page
    },
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

/**
 * Starts server and browser for one test file (node:test before/after hooks)
 * and checks at the end that no page failed and nothing outside was reached.
 */
export function useApp({ before, after }, { demo = false, prepare = null } = {}) {
  const app = {}
  before(async () => {
    app.server = await startServer({ demo, prepare })
    app.baseURL = app.server.baseURL
    if (demo) app.demo = await app.server.demoLogins()
    app.browser = await launchBrowser(app.baseURL)
  })
  after(async () => {
    try {
      if (app.browser) {
        const { blocked, pageErrors, cspViolations } = app.browser
        await app.browser.close()
        assert.deepEqual(blocked, [], 'the UI requested addresses other than the test server')
        assert.deepEqual(pageErrors, [], 'uncaught errors in the page')
        assert.deepEqual(cspViolations, [], 'the Content-Security-Policy blocked something the UI does')
      }
    } finally {
      await app.server?.stop()
    }
  })
  app.page = (size) => app.browser.newPage(size)
  /** A new page logged in as the demo account of role (one browser context: a later login replaces the session). */
  app.pageAs = async (role, size = DESKTOP) => {
    assert.ok(app.demo?.[role], `no demo login for ${role} in: ${JSON.stringify(app.demo)}`)
    const page = await app.browser.newPage(size)
    await logIn(page, app.baseURL, app.demo[role])
    return page
  }
  app.url = (path) => new URL(path, app.baseURL).toString()
  return app
}

/** Saves a full-page screenshot as build/screenshots/<name>.png. */
export async function screenshot(page, name) {
  await mkdir(screenshotDir, { recursive: true })
  const path = join(screenshotDir, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/** Width the document needs beyond the viewport (0 when nothing overflows). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement
    const widest = Math.max(doc.scrollWidth, document.body.scrollWidth)
    return Math.max(0, widest - window.innerWidth)
  })
}

/** Runs the header search as a user does: type, press Enter. */
export async function searchFromHeader(page, query) {
  const box = page.getByRole('searchbox', { name: '检索条文' })
  await box.fill(query)
  await box.press('Enter')
  await page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === query)
}

/** The text of article 14 of the seed regulation, as the reader must see it. */
export const ARTICLE_14 = '党员应当严格遵守党的保密纪律，不得通过网络泄露、扩散党和国家秘密、工作秘密。'

/** Waits until no CSS transition or animation runs (a drawer has slid in). */
export async function settled(page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
}
