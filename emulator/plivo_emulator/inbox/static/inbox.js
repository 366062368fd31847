// The inbox page: everything it shows comes from the admin API (JSON) and is put on the page with
// textContent or attributes, never parsed as HTML. It refreshes whenever the emulator's change
// counter moves (GET /_emulator/changes is a long poll), so nothing needs a reload.
"use strict";

const ADMIN = "/_emulator/";
const SIGNATURE_HEADER = /^x-plivo-signature/i;
const state = { account: null, tab: "conversations", conversation: null, message: null, version: null };

function $(id) {
  return document.getElementById(id);
}

// el("li", {class: "x", data: {uuid: "..."}}, "text", childNode, ...)
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "data") for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    else if (key === "on") for (const [k, v] of Object.entries(value)) node.addEventListener(k, v);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((c) => c !== null && c !== undefined));
}

function notice(text, bad) {
  const node = $("notice");
  node.textContent = text;
  node.className = bad ? "bad" : "";
}

async function api(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(ADMIN + path, init);
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) throw new Error((data && data.error) || response.statusText);
  return data;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? "?" + s : "";
}

async function act(what, fn) {
  try {
    const result = await fn();
    notice(what + ": done");
    await refresh();
    return result;
  } catch (error) {
    notice(what + ": " + error.message, true);
    return null;
  }
}

function badge(text, kind) {
  return el("span", { class: "badge " + (kind || "") + " state-" + String(text).toLowerCase() }, text);
}

// ------------------------------------------------------------------------------ conversations

async function loadConversations() {
  const list = await api("GET", "conversations" + query({ auth_id: state.account }));
  $("no-conversations").hidden = list.objects.length > 0;
  fill(
    $("conversation-list"),
    list.objects.map((c) => {
      const current = state.conversation && state.conversation.number === c.number && state.conversation.peer === c.peer;
      return el(
        "li",
        { class: "conversation" + (current ? " current" : ""), data: { number: c.number, peer: c.peer } },
        el(
          "button",
          { type: "button", on: { click: () => openConversation(c.number, c.peer) } },
          el("span", { class: "peer" }, c.peer),
          el("span", { class: "via" }, "with " + c.number),
          c.unread ? el("span", { class: "unread", title: "unread" }, String(c.unread)) : null,
          el("span", { class: "preview" }, c.last_message.text === null ? "(no text kept)" : c.last_message.text),
          el("time", {}, c.last_message.message_time),
        ),
      );
    }),
  );
}

function openConversation(number, peer) {
  state.conversation = { number, peer };
  state.message = null;
  refresh();
}

function mediaNodes(media) {
  return (media || []).map((m) =>
    m.content_type.startsWith("image/") && !m.external
      ? el("a", { href: m.url, target: "_blank", rel: "noopener" }, el("img", { class: "thumb", src: m.url, alt: m.content_type }))
      : el("a", { class: "media-link", href: m.url, target: "_blank", rel: "noopener noreferrer" }, m.content_type || "media"),
  );
}

async function loadThread() {
  const c = state.conversation;
  $("reply").hidden = !c;
  if (!c) {
    $("thread-title").textContent = "Pick a conversation";
    fill($("thread"));
    return;
  }
  const account = state.account;
  const thread = await api("GET", `conversations/${account}/${c.number}/${c.peer}`);
  $("thread-title").textContent = `${c.peer} ↔ ${c.number}`;
  fill(
    $("thread"),
    thread.objects.map((m) =>
      el(
        "li",
        {
          class: "message " + m.message_direction + (state.message === m.message_uuid ? " current" : ""),
          data: { uuid: m.message_uuid, direction: m.message_direction },
        },
        el(
          "button",
          { type: "button", on: { click: () => openMessage(m.message_uuid) } },
          el("span", { class: "text" }, m.text === null ? "(no text kept)" : m.text),
          mediaNodes(m.media),
          el("span", { class: "meta" }, badge(m.message_state), " ", m.message_type, " · ", m.message_time),
        ),
      ),
    ),
  );
  if (thread.unread > 0) await api("POST", `conversations/${account}/${c.number}/${c.peer}/read`);
}

function openMessage(uuid) {
  state.message = uuid;
  refresh();
}

function table(rows) {
  return el(
    "table",
    { class: "fields" },
    el("tbody", {}, rows.map(([k, v]) => el("tr", {}, el("th", {}, k), el("td", {}, typeof v === "object" && v !== null ? JSON.stringify(v) : String(v))))),
  );
}

function attemptNode(callback, attempt) {
  const signature = Object.entries(attempt.headers || {}).filter(([k]) => SIGNATURE_HEADER.test(k));
  return el(
    "li",
    { class: "attempt outcome-" + attempt.outcome },
    el("p", {}, `#${attempt.attempt} ${attempt.method} ${attempt.url} → `, badge(attempt.status_code === null ? "no answer" : String(attempt.status_code)), ` ${attempt.outcome} in ${attempt.duration_ms} ms at ${attempt.at}`),
    attempt.error ? el("p", { class: "bad" }, attempt.error) : null,
    el("details", {}, el("summary", {}, "Signature headers"), table(signature)),
    el("details", {}, el("summary", {}, "Form body sent"), el("pre", {}, new URLSearchParams(callback.params).toString()), table(Object.entries(callback.params))),
    el("details", {}, el("summary", {}, "Answer received" + (attempt.response_content_type ? " (" + attempt.response_content_type + ")" : "")), el("pre", {}, attempt.response_body || "")),
  );
}

async function loadDetail() {
  if (!state.message) {
    fill($("detail"), el("p", { class: "empty" }, "Pick a message."));
    return;
  }
  const d = await api("GET", "messages/" + state.message);
  const m = d.message;
  const fields = Object.keys(m).sort().map((k) => [k, m[k]]);
  fill(
    $("detail"),
    el(
      "p",
      {},
      badge(m.message_state),
      ` ${m.message_direction} ${m.message_type}`,
      d.encoding ? ` · ${d.encoding}` : "",
      ` · ${m.units} unit(s) · ${m.total_amount} USD`,
      m.powerpack_id ? ` · Powerpack ${m.powerpack_id}` : "",
    ),
    m.error_code && d.error_meaning ? el("p", { class: "error-code" }, `Error ${m.error_code}: ${d.error_meaning}`) : null,
    mediaNodes(d.media),
    el("h3", {}, "Lifecycle"),
    el("ol", { class: "timeline" }, d.timeline.map((t) => el("li", {}, badge(t.state), " ", t.at))),
    el("h3", {}, `Callbacks (${d.callbacks.length})`),
    d.callbacks.length === 0 ? el("p", { class: "empty" }, "No callback for this message.") : null,
    el(
      "ul",
      { class: "callbacks" },
      d.callbacks.map((c) =>
        el(
          "li",
          { class: "callback", data: { event: c.event } },
          el("p", {}, `${c.event} `, badge(c.state), ` ${c.method} ${c.url}`, c.params.Status ? ` (Status ${c.params.Status})` : ""),
          el("ol", { class: "attempts" }, c.attempt_log.map((a) => attemptNode(c, a))),
        ),
      ),
    ),
    el("h3", {}, "Every field"),
    table(fields),
  );
}

async function sendAsHandset(from, to, text, files) {
  const media = await Promise.all(Array.from(files || []).map(readFile));
  const body = { from, to, auth_id: state.account, wait: false };
  if (text) body.text = text;
  if (media.length) {
    body.media = media;
    body.type = "mms";
  }
  return api("POST", "inbound", body);
}

function readFile(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve({ content_type: file.type || "application/octet-stream", content_base64: String(reader.result).split(",", 2)[1] || "" });
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

// ------------------------------------------------------------------------------ compliance

async function loadCompliance() {
  const list = await api("GET", "compliance" + query({ auth_id: state.account }));
  $("no-compliance").hidden = list.objects.length > 0;
  fill(
    $("compliance-rows"),
    list.objects.map((r) =>
      el(
        "tr",
        { class: "compliance-row", data: { kind: r.kind, id: r.resource_id, number: r.number || "" } },
        el("td", {}, r.kind.replace(/_/g, " ")),
        el(
          "td",
          {},
          r.resource_id,
          r.number ? " / " + r.number : "",
          el("details", {}, el("summary", {}, "fields"), table(Object.entries(r.resource))),
        ),
        el("td", { class: "status" }, r.status === null ? "" : badge(r.status)),
        el("td", {}, el("ol", { class: "history" }, r.history.map((h) => el("li", {}, `${h.at} ${h.event} ${h.status}`)))),
        el(
          "td",
          {},
          Object.entries(r.actions).map(([name, status]) =>
            el(
              "button",
              {
                type: "button",
                data: { action: name },
                title: "set " + status,
                on: {
                  click: () =>
                    act(`${name.replace(/_/g, " ")} ${r.kind} ${r.resource_id}`, () =>
                      api("POST", `compliance/${r.kind}/${encodeURIComponent(r.resource_id)}/status`, r.number ? { status, number: r.number } : { status }),
                    ),
                },
              },
              name.replace(/_/g, " "),
            ),
          ),
        ),
      ),
    ),
  );
}

// ------------------------------------------------------------------------------ controls

async function loadControls() {
  const [faults, limits, clock, numbers] = await Promise.all([
    api("GET", "faults"),
    api("GET", "rate-limits"),
    api("GET", "clock"),
    api("GET", "numbers" + query({ auth_id: state.account })),
  ]);
  fill($("account-numbers"), numbers.objects.map((n) => el("option", { value: n.number }, n.message_url || "no message_url")));
  fill(
    $("fault-list"),
    faults.objects.map((f) =>
      el(
        "li",
        {},
        `${f.status === null ? "latency" : f.status} ${f.latency_ms} ms, ${f.operation_id || "every operation"}, ${f.auth_id || "every account"}, ${f.remaining === null ? "until removed" : f.remaining + " left"}, hit ${f.hits} `,
        el("button", { type: "button", on: { click: () => act("remove fault", () => api("DELETE", "faults/" + f.fault_id)) } }, "remove"),
      ),
    ),
  );
  fill($("rate-list"), limits.objects.map((l) => el("li", {}, `${l.requests} per ${l.per_seconds} s for ${l.auth_id || "every account"}`)));
  $("clock-now").textContent = clock.now;
  $("clock-offset").textContent = String(clock.offset_seconds);
}

function number(id) {
  const value = $(id).value;
  return value === "" ? undefined : Number(value);
}

function wireControls() {
  $("reply").addEventListener("submit", (event) => {
    event.preventDefault();
    const c = state.conversation;
    act("reply from " + c.peer, async () => {
      await sendAsHandset(c.peer, c.number, $("reply-text").value, $("reply-media").files);
      $("reply-text").value = "";
      $("reply-media").value = "";
    });
  });
  $("handset").addEventListener("submit", (event) => {
    event.preventDefault();
    const from = $("handset-from").value;
    const to = $("handset-to").value;
    act("text from " + from, async () => {
      await sendAsHandset(from, to, $("handset-text").value, $("handset-media").files);
      state.conversation = { number: to, peer: from };
    });
  });
  $("fault").addEventListener("submit", (event) => {
    event.preventDefault();
    const body = { auth_id: state.account, latency_ms: number("fault-latency") || 0 };
    if ($("fault-status").value) body.status = Number($("fault-status").value);
    if (number("fault-count")) body.count = number("fault-count");
    if ($("fault-operation").value) body.operation_id = $("fault-operation").value;
    act("inject fault", () => api("POST", "faults", body));
  });
  $("faults-clear").addEventListener("click", () => act("clear faults", () => api("DELETE", "faults")));
  $("rate").addEventListener("submit", (event) => {
    event.preventDefault();
    act("rate limit", () => api("POST", "rate-limits", { auth_id: state.account, requests: number("rate-requests"), per_seconds: number("rate-seconds") }));
  });
  $("rates-clear").addEventListener("click", () => act("clear rate limits", () => api("DELETE", "rate-limits")));
  $("clock").addEventListener("submit", (event) => {
    event.preventDefault();
    act("advance clock", () => api("POST", "clock/advance", { seconds: number("clock-seconds") || 0 }));
  });
  $("reset").addEventListener("submit", (event) => {
    event.preventDefault();
    act("reset " + state.account, async () => {
      await api("POST", "reset", { auth_id: state.account });
      state.conversation = null;
      state.message = null;
    });
  });
  for (const tab of document.querySelectorAll(".tab")) {
    tab.addEventListener("click", () => {
      state.tab = tab.dataset.tab;
      refresh();
    });
  }
  $("account").addEventListener("change", () => {
    state.account = $("account").value;
    state.conversation = null;
    state.message = null;
    refresh();
  });
}

// ------------------------------------------------------------------------------ refreshing

let refreshing = null;
let again = false;

async function render() {
  for (const panel of ["conversations", "compliance", "controls"]) $(panel).hidden = state.tab !== panel;
  for (const tab of document.querySelectorAll(".tab")) tab.classList.toggle("current", tab.dataset.tab === state.tab);
  if (state.tab === "conversations") {
    await loadConversations();
    await loadThread();
    await loadDetail();
  } else if (state.tab === "compliance") await loadCompliance();
  else await loadControls();
}

// One refresh at a time; a request for another while one runs makes one more run after it.
async function refresh() {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      try {
        await render();
      } catch (error) {
        notice(error.message, true);
      }
    } while (again);
    refreshing = null;
  })();
  return refreshing;
}

async function live() {
  for (;;) {
    try {
      const changes = await api("GET", "changes" + query({ after: state.version, timeout: 25 }));
      $("live").className = "live on";
      if (changes.version !== state.version) {
        state.version = changes.version;
        await refresh();
      }
    } catch (error) {
      $("live").className = "live off";
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function start() {
  wireControls();
  const accounts = await api("GET", "accounts");
  fill(
    $("account"),
    accounts.objects.map((a) => el("option", { value: a.auth_id }, a.parent ? `${a.auth_id} (sub of ${a.parent})` : a.auth_id)),
  );
  state.account = accounts.objects[0].auth_id;
  live();
}

start();
