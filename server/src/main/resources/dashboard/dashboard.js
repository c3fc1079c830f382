// The mock-ndes dashboard: plain JavaScript over the admin API on this same origin.
// Polls the logs, certificates and pending requests every second. When the server was started with
// --admin-token, the token typed in the header (or passed once as #token=... in the URL) is kept in
// this tab's sessionStorage and sent as "Authorization: Bearer <token>"; it never goes in a URL.
"use strict";

const TOKEN_KEY = "mock-ndes.adminToken";
const POLL_MILLIS = 1000;
const LOG_LINES = 200;

const $ = (id) => document.getElementById(id);

function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

/** Moves a #token=... fragment into sessionStorage and removes it from the address bar. */
function adoptTokenFromFragment() {
  const match = /^#token=(.+)$/.exec(location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, "", location.pathname + location.search);
  }
}

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Calls the admin API; resolves to parsed JSON (or text), rejects with ApiError(status, message). */
async function api(method, path, body) {
  const headers = {};
  if (token()) {
    headers["Authorization"] = "Bearer " + token();
  }
  if (body !== undefined) {
    headers["Content-Type"] = "application/json";
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: "no-store" });
  } catch (e) {
    setConnection(false, "server unreachable");
    throw new ApiError(0, "the server does not answer: " + e.message);
  }
  const type = response.headers.get("Content-Type") || "";
  const payload = type.startsWith("application/json") ? await response.json() : await response.text();
  if (response.status === 401) {
    $("token-needed").hidden = false;
    setConnection(false, "token needed");
  } else {
    setConnection(true, "connected");
  }
  if (!response.ok) {
    const message = payload && payload.error ? payload.error : response.status + " " + response.statusText;
    throw new ApiError(response.status, message);
  }
  return payload;
}

function setConnection(ok, text) {
  const badge = $("connection");
  badge.textContent = text;
  badge.className = "badge " + (ok ? "ok" : "bad");
  if (ok) {
    $("token-needed").hidden = true;
  }
}

function showError(id, error) {
  const element = $(id);
  element.hidden = !error;
  element.textContent = error ? error.message : "";
}

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text === null || text === undefined ? "" : String(text);
  if (className) {
    td.className = className;
  }
  return td;
}

function button(text, className, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = text;
  b.className = className;
  b.addEventListener("click", onClick);
  return b;
}

const rendered = {};

/** True when {@code value} differs from what the section last showed: rows are rebuilt only then. */
function changed(section, value) {
  const json = JSON.stringify(value);
  if (rendered[section] === json) {
    return false;
  }
  rendered[section] = json;
  return true;
}

const pollErrors = new Set();

/** Errors of the periodic refresh clear themselves when a refresh succeeds; errors of a click stay until the next click. */
function showPollError(id, error) {
  pollErrors.add(id);
  showError(id, error);
}

function clearPollError(id) {
  if (pollErrors.delete(id)) {
    showError(id, null);
  }
}

// ---- scenario ----

let currentScenario = null;

function describeExpectation(expectation) {
  if (expectation.outcome === "http-status") {
    return "http-status " + expectation.status;
  }
  if (expectation.outcome === "scep-failure") {
    return "scep-failure " + expectation.failInfo;
  }
  return expectation.outcome;
}

// ---- where it breaks: the chain device → proxy → IIS → mscep.dll → policy module → CA ----

function hops() {
  return Array.from(document.querySelectorAll("#chain-grid .hop"));
}

function hopLabel(hop) {
  const element = document.querySelector("#chain-grid .hop[data-hop='" + hop + "'] .hop-name");
  return element ? element.textContent : hop;
}

/** Puts a small badge on one hop (or none), removing the badge of that kind from the others. */
function badge(kind, hop, text) {
  hops().forEach((element) => {
    element.classList.toggle(kind === "breaks-here" ? "breaks" : "lit", element.dataset.hop === hop);
    element.querySelectorAll(".badge." + kind).forEach((b) => b.remove());
    if (element.dataset.hop === hop) {
      const b = document.createElement("span");
      b.className = "badge " + kind;
      b.textContent = text;
      element.append(b);
    }
  });
}

/** Marks the hop where the scenario breaks, with its log line in a callout under it. */
function showBreaks(breaks) {
  const callout = $("breaks-callout");
  const index = breaks ? hops().findIndex((element) => element.dataset.hop === breaks.hop) : -1;
  badge("breaks-here", index < 0 ? null : breaks.hop, "breaks here");
  callout.hidden = index < 0;
  $("breaks-none").hidden = index >= 0;
  if (index < 0) {
    return;
  }
  $("breaks-hop").textContent = hopLabel(breaks.hop);
  $("breaks-log").textContent = breaks.log;
  // The callout spans four of the six columns, its arrow under the marked hop.
  const fromRight = index > 2;
  callout.style.gridColumn = fromRight ? (index - 2) + " / " + (index + 2) : (index + 1) + " / span 4";
  callout.classList.toggle("from-right", fromRight);
}

/** Lights the hop where a device run stopped (none for a success), and says so under the chain. */
function showRunHop(result) {
  badge("stopped-here", result ? result.hop || null : null, "device stopped here");
  $("chain-run").hidden = !result;
  if (result) {
    $("chain-run-text").textContent = result.profile + ": " + result.outcome
      + (result.hop ? ", stopped at " + hopLabel(result.hop) : ", no hop failed");
  }
}

function showScenario(scenario) {
  if (scenario.name !== currentScenario) {
    showRunHop(null); // the last run met another scenario
  }
  showBreaks(scenario.breaks);
  currentScenario = scenario.name;
  $("scenario-name").textContent = scenario.name;
  $("scenario-title").textContent = scenario.title;
  const doc = scenario.documentation || {};
  $("scenario-symptom").textContent = doc.symptom || "—";
  $("scenario-cause").textContent = doc.cause || "—";
  $("scenario-resolution").textContent = doc.resolution || "—";
  const expect = scenario.expect || {};
  $("scenario-expect").textContent = Object.keys(expect).length === 0 ? "—"
    : Object.keys(expect).map((device) => device + ": " + describeExpectation(expect[device])).join(" · ");
  document.querySelectorAll("#scenario-list button").forEach((b) => b.classList.toggle("active", b.dataset.name === scenario.name));
}

async function loadScenarios() {
  const list = await api("GET", "/scenarios");
  const container = $("scenario-list");
  container.replaceChildren(...list.map((scenario) => {
    const b = button(scenario.name, "scenario", () => useScenario(scenario.name));
    b.dataset.name = scenario.name;
    b.title = scenario.title;
    return b;
  }));
  showScenario(await api("GET", "/scenario"));
}

async function useScenario(name) {
  try {
    showScenario(await api("PUT", "/scenario", { name }));
    showError("scenario-error", null);
  } catch (e) {
    showError("scenario-error", e);
  }
}

async function refreshScenario() {
  const scenario = await api("GET", "/scenario");
  if (changed("scenario", scenario)) {
    showScenario(scenario);
  }
}

// ---- CA ----

async function loadCa() {
  const ca = await api("GET", "/ca");
  $("ca-subject").textContent = ca.subject;
  $("ca-validity").textContent = ca.notBefore + " to " + ca.notAfter;
  $("ca-sha1").textContent = ca.thumbprints.sha1;
  $("ca-sha256").textContent = ca.thumbprints.sha256;
  $("ca-md5").textContent = ca.thumbprints.md5;
  $("ca-scep-url").textContent = ca.scepUrl;
}

// ---- devices ----

async function loadDevices() {
  const devices = await api("GET", "/devices");
  $("device-profile").replaceChildren(...devices.profiles.map((profile) => {
    const option = document.createElement("option");
    option.value = profile;
    option.textContent = profile;
    return option;
  }));
}

async function runDevice(event) {
  event.preventDefault();
  const run = $("device-run");
  const outcome = $("device-outcome");
  run.disabled = true;
  outcome.textContent = "running…";
  outcome.className = "outcome";
  $("device-log").textContent = "";
  showRunHop(null);
  const request = { profile: $("device-profile").value };
  if ($("device-challenge").value) {
    request.challenge = $("device-challenge").value;
  }
  try {
    const result = await api("POST", "/devices/run", request);
    outcome.textContent = result.outcome;
    outcome.className = "outcome " + (result.outcome === "success" ? "success" : result.outcome === "pending" ? "pending" : "failure");
    $("device-log").textContent = result.log.join("\n");
    showRunHop(result);
    refreshCertificates().catch(() => {});
  } catch (e) {
    outcome.textContent = "could not run: " + e.message;
    outcome.className = "outcome failure";
  } finally {
    run.disabled = false;
  }
}

// ---- certificates ----

async function refreshCertificates() {
  try {
    const listing = await api("GET", "/certificates?limit=50");
    clearPollError("certificates-error");
    if (!changed("certificates", listing)) {
      return;
    }
    $("certificates-count").textContent = "(" + listing.count + " issued" + (listing.count > 50 ? ", newest 50 shown" : "") + ")";
    $("certificates-rows").replaceChildren(...listing.certificates.map((certificate) => {
      const row = document.createElement("tr");
      row.dataset.serial = certificate.serial;
      const status = certificate.revoked ? "revoked " + certificate.revokedAt + " (reason " + certificate.reason + ")" : "valid";
      row.append(cell(certificate.serial, "serial"), cell(certificate.subject), cell(certificate.notBefore), cell(certificate.notAfter),
        cell(status, "status " + (certificate.revoked ? "revoked" : "valid")));
      const actions = document.createElement("td");
      if (!certificate.revoked) {
        actions.append(button("Revoke", "revoke", () => revoke(certificate.serial)));
      }
      row.append(actions);
      return row;
    }));
  } catch (e) {
    showPollError("certificates-error", e);
  }
}

async function revoke(serial) {
  try {
    await api("POST", "/certificates/" + encodeURIComponent(serial) + "/revoke", { reason: Number($("revoke-reason").value) });
    showError("certificates-error", null);
  } catch (e) {
    showError("certificates-error", e);
  }
  await refreshCertificates();
}

// ---- pending requests ----

function pendingItems(payload) {
  if (Array.isArray(payload)) {
    return payload;
  }
  return payload.pending || payload.requests || [];
}

async function refreshPending() {
  try {
    const items = pendingItems(await api("GET", "/pending"));
    $("pending-unavailable").hidden = true;
    $("pending-table").hidden = false;
    clearPollError("pending-error");
    if (!changed("pending", items)) {
      return;
    }
    $("pending-rows").replaceChildren(...items.map((item) => {
      const row = document.createElement("tr");
      row.dataset.transactionId = item.transactionId;
      row.append(cell(item.transactionId, "serial"), cell(item.receivedAt), cell(item.polls), cell(item.state));
      const actions = document.createElement("td");
      if (!item.state || String(item.state).toUpperCase() === "WAITING") {
        actions.append(button("Approve", "approve", () => decide(item.transactionId, "approve")),
          button("Reject", "reject", () => decide(item.transactionId, "reject")));
      }
      row.append(actions);
      return row;
    }));
  } catch (e) {
    if (e.status === 404 || e.status === 405) {
      $("pending-unavailable").hidden = false;
      $("pending-table").hidden = true;
      clearPollError("pending-error");
    } else {
      showPollError("pending-error", e);
    }
  }
}

async function decide(transactionId, action) {
  try {
    await api("POST", "/pending/" + encodeURIComponent(transactionId) + "/" + action);
    showError("pending-error", null);
  } catch (e) {
    showError("pending-error", e.status === 404 && /no admin route/.test(e.message)
      ? new Error(action + " is not available on this server yet") : e);
  }
  await refreshPending();
  await refreshCertificates();
}

// ---- logs ----

function formatEvent(line) {
  try {
    const e = JSON.parse(line);
    return [e.time, e.level, e.logName + "/" + e.source, e.eventId, e.message].join("  ");
  } catch (ignored) {
    return line;
  }
}

async function tail(path, id, format) {
  const text = await api("GET", path + "?lines=" + LOG_LINES);
  const lines = text.split("\n").filter((line) => line.length > 0).map(format);
  const pane = $(id);
  const joined = lines.join("\n");
  if (pane.textContent !== joined) {
    const atBottom = pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 4;
    pane.textContent = joined;
    if (atBottom) {
      pane.scrollTop = pane.scrollHeight;
    }
  }
}

// ---- iPhone or Mac: the configuration profile, as a download and a QR code ----

function appleQuery() {
  const parameters = new URLSearchParams();
  const challenge = $("apple-challenge").value.trim();
  const subject = $("apple-subject").value.trim();
  if (challenge) {
    parameters.set("challenge", challenge);
  }
  if (subject) {
    parameters.set("subject", subject);
  }
  const query = parameters.toString();
  return query ? "?" + query : "";
}

/** Shows the QR code of the profile's URL (our own SVG, fetched with the token like every call). */
async function refreshAppleQr() {
  try {
    const svg = await api("GET", "/devices/apple.mobileconfig.svg" + appleQuery());
    $("apple-qr").innerHTML = svg;
    $("apple-url").textContent = location.protocol + "//" + location.host + "/devices/apple.mobileconfig" + appleQuery();
  } catch (e) {
    $("apple-qr").textContent = e.message;
  }
}

/** Downloads the profile with the token, then hands it to the browser as a file. */
async function downloadAppleProfile(event) {
  event.preventDefault();
  refreshAppleQr();
  const headers = token() ? { "Authorization": "Bearer " + token() } : {};
  const response = await fetch("/devices/apple.mobileconfig" + appleQuery(), { headers, cache: "no-store" });
  if (!response.ok) {
    $("apple-qr").textContent = "download refused: " + response.status;
    return;
  }
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = "mock-ndes.mobileconfig";
  link.id = "apple-profile-link";
  document.body.appendChild(link);
  link.click();
}

// ---- start ----

let polling = false;

async function poll() {
  if (polling) {
    return;
  }
  polling = true;
  try {
    await Promise.allSettled([
      tail("/logs/iis", "log-iis", (line) => line),
      tail("/logs/httperr", "log-httperr", (line) => line),
      tail("/events", "log-events", formatEvent),
      refreshScenario(),
      refreshCertificates(),
      refreshPending(),
    ]);
  } finally {
    polling = false;
  }
}

async function loadAll() {
  await Promise.allSettled([
    loadScenarios().catch((e) => showError("scenario-error", e)),
    loadCa(),
    loadDevices(),
    refreshAppleQr(),
  ]);
  await poll();
}

document.addEventListener("DOMContentLoaded", () => {
  adoptTokenFromFragment();
  $("token").value = token();
  $("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $("token").value);
    loadAll();
  });
  $("token-forget").addEventListener("click", () => {
    sessionStorage.removeItem(TOKEN_KEY);
    $("token").value = "";
    loadAll();
  });
  $("device-form").addEventListener("submit", runDevice);
  $("apple-form").addEventListener("submit", downloadAppleProfile);
  loadAll();
  setInterval(poll, POLL_MILLIS);
});
