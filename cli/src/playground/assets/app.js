// The playground page: draws the local Discord server and turns what you do into the
// interactions Discord would send (the server signs them and POSTs them to /interactions).
"use strict";

const $ = (id) => document.getElementById(id);
const ui = { state: null, commands: [], channel: null, version: -1, command: null, modal: null };
const OPTION = { SUB: 1, GROUP: 2, STRING: 3, INTEGER: 4, BOOLEAN: 5, USER: 6, CHANNEL: 7, ROLE: 8, NUMBER: 10 };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (value !== undefined && value !== null && value !== false) node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}

// Discord's light markdown: **bold**, `code`, <#channel>, <@user>, <@&role>, <t:unix:style>.
function markdown(text) {
  const out = document.createDocumentFragment();
  const pattern = /\*\*(.+?)\*\*|`([^`]+)`|<#(\d+)>|<@&(\d+)>|<@!?(\d+)>|<t:(\d+)(?::\w)?>/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    out.append(text.slice(last, match.index));
    const [, bold, code, channel, role, user, time] = match;
    if (bold) out.append(el("b", {}, bold));
    else if (code) out.append(el("code", {}, code));
    else if (channel) out.append("#" + (findChannel(channel)?.name ?? channel));
    else if (role) out.append("@" + (findRole(role)?.name ?? role));
    else if (user) out.append("@" + displayName(findMember(user)) );
    else if (time) out.append(new Date(Number(time) * 1000).toLocaleString());
    last = match.index + match[0].length;
  }
  out.append(text.slice(last));
  return out;
}

const world = () => ui.state.world;
const persona = () => $("persona").value;
const findChannel = (id) => world().channels.find((c) => c.id === id);
const findRole = (id) => world().roles.find((r) => r.id === id);
const findMember = (id) => world().members.find((m) => m.id === id);
const displayName = (member) => (member ? member.nick || member.name : "unknown");

async function refresh(force) {
  const response = await fetch("/playground/api/state");
  if (!response.ok) return;
  const state = await response.json();
  if (!force && state.world.version === ui.version) return;
  ui.state = state;
  ui.version = state.world.version;
  if (!ui.channel || !findChannel(ui.channel)) ui.channel = world().channels.find((c) => c.type === 0)?.id;
  draw();
}

function draw() {
  $("guild-name").textContent = world().name;
  drawChannels();
  drawMessages();
  drawMembers();
}

function drawChannels() {
  const list = $("channel-list");
  list.replaceChildren();
  const guildChannels = world().channels.filter((c) => c.recipient_id === undefined);
  const button = (channel, label) =>
    el("button", { type: "button", class: "channel" + (channel.id === ui.channel ? " selected" : ""), "data-channel": channel.name,
      onclick: () => { ui.channel = channel.id; draw(); } }, label);
  const categories = guildChannels.filter((c) => c.type === 4);
  for (const category of [{ id: null, name: "" }, ...categories]) {
    const inside = guildChannels.filter((c) => c.type !== 4 && c.thread_metadata === undefined && (c.parent_id ?? null) === category.id);
    if (category.name) list.append(el("div", { class: "category" }, category.name));
    for (const channel of inside) {
      list.append(button(channel, (channel.type === 2 ? "🔊 " : "# ") + channel.name));
      for (const thread of guildChannels.filter((c) => c.thread_metadata !== undefined && c.parent_id === channel.id)) {
        const closed = thread.thread_metadata.archived ? " (closed)" : "";
        list.append(button(thread, "  🧵 " + thread.name + closed));
      }
    }
  }
  const dms = world().channels.filter((c) => c.recipient_id !== undefined);
  if (dms.length) list.append(el("div", { class: "category" }, "Direct messages"));
  for (const dm of dms) list.append(button(dm, "✉ DWOS → " + displayName(findMember(dm.recipient_id))));
  const current = findChannel(ui.channel);
  $("channel-title").textContent = current?.recipient_id !== undefined
    ? "DM: DWOS → " + displayName(findMember(current.recipient_id)) : "# " + (current?.name ?? "");
}

function drawMessages() {
  const box = $("messages");
  const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
  box.replaceChildren();
  for (const message of world().messages.filter((m) => m.channel_id === ui.channel)) {
    const [user, what] = message.interaction ?? [];
    const ephemeral = (message.flags & 64) !== 0;
    if (ephemeral && user !== persona()) continue;
    const author = findMember(message.author_id);
    box.append(el("article", { class: "message" + (ephemeral ? " ephemeral" : ""), "data-id": message.id },
      user ? el("div", { class: "used" }, `${displayName(findMember(user))} used ${what}`) : null,
      el("div", {}, el("span", { class: "author" }, displayName(author)), author?.bot ? el("span", { class: "bot-tag" }, "APP") : null),
      message.thinking ? el("div", { class: "thinking" }, "DWOS is thinking…") : null,
      message.content ? el("div", { class: "content" }, markdown(message.content)) : null,
      message.embeds.map(embed),
      message.components.map((row) => actionRow(row, message)),
      message.attachments.map(attachment),
      ephemeral ? el("div", { class: "note" }, "Only you can see this") : null,
      message.edited ? el("div", { class: "note" }, "(edited)") : null));
  }
  if (atBottom) box.scrollTop = box.scrollHeight;
}

function embed(data) {
  const color = data.color ? "#" + data.color.toString(16).padStart(6, "0") : undefined;
  return el("div", { class: "embed", style: color ? `border-color: ${color}` : undefined },
    data.author?.name ? el("div", { class: "note" }, data.author.name) : null,
    data.title ? el("div", { class: "embed-title" }, markdown(data.title)) : null,
    data.description ? el("div", { class: "content" }, markdown(data.description)) : null,
    (data.fields ?? []).map((f) => el("div", { class: "embed-field" }, el("b", {}, markdown(f.name)), el("div", { class: "content" }, markdown(f.value)))),
    data.footer?.text ? el("div", { class: "note" }, data.footer.text) : null);
}

function attachment(file) {
  const url = "data:application/json;charset=utf-8," + encodeURIComponent(file.text);
  return el("a", { class: "attachment", href: url, download: file.filename }, "📎 " + file.filename);
}

function actionRow(row, message) {
  return el("div", { class: "row" }, (row.components ?? []).map((c) => component(c, message)));
}

function component(c, message) {
  if (c.type === 2) {
    if (c.style === 5) return el("a", { href: c.url, target: "_blank", rel: "noreferrer" }, c.label);
    return el("button", { type: "button", class: "s" + c.style, disabled: c.disabled,
      onclick: () => act(3, { custom_id: c.custom_id, component_type: 2 }, message.id) }, c.emoji?.name ? c.emoji.name + " " : "", c.label ?? "");
  }
  if (c.type === 3 || c.type === 8) {
    const choices = c.type === 3
      ? c.options.map((o) => [o.value, o.label])
      : world().channels.filter((ch) => ch.type === 0 || ch.type === 5).map((ch) => [ch.id, "# " + ch.name]);
    return el("select", { disabled: c.disabled, "data-custom-id": c.custom_id,
      onchange: (e) => act(3, { custom_id: c.custom_id, component_type: c.type, values: [e.target.value] }, message.id) },
      el("option", { value: "", disabled: true, selected: true }, c.placeholder ?? "Choose…"),
      choices.map(([value, label]) => el("option", { value }, label)));
  }
  return null;
}

function drawMembers() {
  const list = $("member-list");
  list.replaceChildren();
  for (const member of world().members) {
    const roles = member.roles.map(findRole).filter(Boolean);
    list.append(el("li", { "data-member": member.name },
      el("div", { class: "member-name" }, displayName(member), member.bot ? el("span", { class: "bot-tag" }, "APP") : null),
      member.nick ? el("div", { class: "note" }, member.name) : null,
      el("div", {}, roles.map((r) => el("span", { class: "role-chip" }, r.name)))));
  }
}

// The composer: "/name" picks a command; its options appear as fields.
function commandByName(name) {
  return ui.commands.find((c) => c.name === name);
}

function suggest() {
  const text = $("command-input").value;
  const list = $("suggestions");
  const typed = text.startsWith("/") ? text.slice(1).split(" ")[0] : null;
  const picked = typed !== null ? commandByName(typed) : null;
  if (picked !== ui.command) { ui.command = picked; drawOptions(); }
  if (typed === null || picked) { list.hidden = true; return; }
  const matches = ui.commands.filter((c) => c.name.startsWith(typed));
  list.replaceChildren(...matches.map((c) => el("li", { onclick: () => { $("command-input").value = "/" + c.name + " "; suggest(); $("command-input").focus(); } },
    "/" + c.name, el("span", { class: "desc" }, c.description))));
  list.hidden = matches.length === 0;
}

function drawOptions() {
  const box = $("options");
  box.replaceChildren();
  const command = ui.command;
  if (!command) return;
  const subs = (command.options ?? []).filter((o) => o.type === OPTION.SUB || o.type === OPTION.GROUP);
  if (subs.length) {
    const select = el("select", { id: "sub", onchange: () => drawFields() }, subs.map((s) => el("option", { value: s.name }, s.name)));
    box.append(el("label", {}, "subcommand", select));
  }
  box.append(el("span", { id: "fields", style: "display: contents" }));
  drawFields();
}

function currentOptions() {
  const command = ui.command;
  const sub = $("sub") ? command.options.find((o) => o.name === $("sub").value) : null;
  return [sub, (sub ? sub.options : command.options) ?? []];
}

function drawFields() {
  const fields = $("fields");
  fields.replaceChildren();
  const [, options] = currentOptions();
  for (const option of options) {
    const id = "opt-" + option.name;
    let input;
    if (option.choices) input = el("select", { id }, el("option", { value: "" }, ""), option.choices.map((c) => el("option", { value: String(c.value) }, c.name)));
    else if (option.type === OPTION.BOOLEAN) input = el("select", { id }, el("option", { value: "" }, ""), el("option", { value: "true" }, "true"), el("option", { value: "false" }, "false"));
    else if (option.type === OPTION.USER) input = el("select", { id }, el("option", { value: "" }, ""), world().members.map((m) => el("option", { value: m.id }, displayName(m))));
    else if (option.type === OPTION.ROLE) input = el("select", { id }, el("option", { value: "" }, ""), world().roles.map((r) => el("option", { value: r.id }, r.name)));
    else if (option.type === OPTION.CHANNEL) input = el("select", { id }, el("option", { value: "" }, ""), world().channels.filter((c) => c.recipient_id === undefined && c.type !== 4).map((c) => el("option", { value: c.id }, "# " + c.name)));
    else {
      input = el("input", { id, type: option.type === OPTION.STRING ? "text" : "number", placeholder: option.description, list: option.autocomplete ? id + "-list" : undefined });
      if (option.autocomplete) {
        fields.append(el("datalist", { id: id + "-list" }));
        input.addEventListener("input", () => autocomplete(option.name));
      }
    }
    fields.append(el("label", { title: option.description }, option.name + (option.required ? " *" : ""), input));
  }
}

function optionValues(focused) {
  const [sub, options] = currentOptions();
  const values = [];
  for (const option of options) {
    const raw = $("opt-" + option.name)?.value ?? "";
    if (raw === "" && option.name !== focused) continue;
    let value = raw;
    if (option.type === OPTION.INTEGER) value = parseInt(raw, 10);
    else if (option.type === OPTION.NUMBER) value = parseFloat(raw);
    else if (option.type === OPTION.BOOLEAN) value = raw === "true";
    if (option.name !== focused && (option.type === OPTION.INTEGER || option.type === OPTION.NUMBER) && Number.isNaN(value)) continue;
    const entry = { name: option.name, type: option.type, value: option.name === focused ? raw : value };
    if (option.name === focused) entry.focused = true;
    values.push(entry);
  }
  return sub ? [{ name: sub.name, type: sub.type, options: values }] : values;
}

async function autocomplete(name) {
  const answer = await act(4, { name: ui.command.name, options: optionValues(name) });
  const list = $("opt-" + name + "-list");
  if (!answer || !list) return;
  list.replaceChildren(...(answer.data?.choices ?? []).map((c) => el("option", { value: String(c.value) }, c.name)));
}

async function send(event) {
  event.preventDefault();
  const text = $("command-input").value.trim();
  if (!text.startsWith("/")) return showError("Commands start with / (try /help).");
  const name = text.slice(1).split(" ")[0];
  const command = commandByName(name);
  if (!command) return showError(`There is no /${name}. Type / to see the commands.`);
  if (ui.command !== command) { ui.command = command; drawOptions(); }
  await act(2, { name, options: optionValues(null) });
  $("command-input").value = "";
  ui.command = null;
  drawOptions();
  $("suggestions").hidden = true;
}

function showError(text) {
  $("error").textContent = text;
  $("error").hidden = !text;
}

// One interaction, signed by the server and sent to /interactions; the answer is drawn.
async function act(kind, data, messageId) {
  showError("");
  const body = { persona: persona(), locale: $("locale").value, channel_id: ui.channel, kind, data, message_id: messageId ?? null };
  const response = await fetch("/playground/api/interact", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  if (!response.ok) { showError(`The playground refused: ${response.status} ${await response.text()}`); return null; }
  const answer = await response.json();
  if (answer.status !== 200) showError(`/interactions answered ${answer.status}`);
  // A form opened from a message's button is submitted "on" that message, as on Discord.
  if (answer.response?.type === 9) openModal(answer.response.data, messageId);
  await refresh(true);
  return answer.response;
}

function openModal(data, messageId) {
  ui.modal = data;
  ui.modalMessage = messageId ?? null;
  $("modal-title").textContent = data.title;
  const fields = $("modal-fields");
  fields.replaceChildren();
  for (const row of data.components) {
    for (const input of row.components ?? []) {
      const attrs = { name: input.custom_id, placeholder: input.placeholder, required: input.required !== false,
        minlength: input.min_length, maxlength: input.max_length };
      const field = input.style === 2 ? el("textarea", attrs, input.value ?? "") : el("input", { ...attrs, value: input.value });
      fields.append(el("label", {}, input.label, field));
    }
  }
  $("modal").showModal();
}

async function submitModal(event) {
  event.preventDefault();
  const form = $("modal-form");
  if (!form.reportValidity()) return;
  const rows = [...form.querySelectorAll("[name]")].map((input, i) => ({ type: 1, id: 2 * i + 1, components: [{ type: 4, id: 2 * i + 2, custom_id: input.name, value: input.value }] }));
  $("modal").close();
  await act(5, { custom_id: ui.modal.custom_id, components: rows }, ui.modalMessage);
}

async function start() {
  ui.commands = await (await fetch("/playground/api/commands")).json();
  await refresh(true);
  $("persona").replaceChildren(...ui.state.personas.map((p) => el("option", { value: p.id }, `${p.name} (${p.role})`)));
  $("persona").addEventListener("change", () => draw());
  $("command-input").addEventListener("input", suggest);
  $("composer").addEventListener("submit", send);
  $("modal-submit").addEventListener("click", submitModal);
  $("modal-cancel").addEventListener("click", () => $("modal").close());
  setInterval(() => refresh(false).catch(() => {}), 700);
  document.body.dataset.ready = "true";
}

start().catch((error) => showError(String(error)));
