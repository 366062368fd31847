// Capture what the official `plivo` Node SDK sends: each messaging method runs against a local
// server (127.0.0.1, a free port) that records the request and answers a canned JSON body.
// Prints one JSON array of {case, file, function, method, url, contentType, body} on stdout.
"use strict";
const http = require("http");
const plivo = require("plivo");

const AUTH_ID = "MAXXXXXXXXXXXXXXXXXX";
const PP = "0c5f4b2e-7d31-4e8a-9b6f-2a1d3c4e5f60";
const POOL = "2f6d2a0e-3b1c-4c55-9d7e-1a2b3c4d5e6f";
const UUID = "6e1b6f52-8b41-4a0e-9a47-7d1c8a1f0b6e";
const ADDRESS = { street: "410 Harbor Blvd", city: "Oakland", state: "CA", postal_code: "94607", country: "US" };
const CONTACT = { first_name: "Maya", last_name: "Okafor", phone: "14155550100", email: "maya@example.com",
  title: "Owner", seniority: "admin" };
const DESCRIPTION = "Reminders for upcoming dental appointments and replies to patient questions.";
const SAMPLE = "Harbor Dental: your cleaning is on Tue 10 Sep at 9:30.";
const CANNED = JSON.stringify({
  api_id: "2d5c1c1e-8a4b-11ef-9a2b-0242ac110002", message_uuid: [UUID], uuid: PP,
  number_pool: `/v1/Account/${AUTH_ID}/NumberPool/${POOL}/`, objects: [],
  meta: { limit: 20, offset: 0, total_count: 0, next: null, previous: null }, message: "ok",
});

const seen = [];
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", () => {
    seen.push({ method: req.method, url: req.url, contentType: req.headers["content-type"] || "",
      body: Buffer.concat(chunks).toString("utf8") });
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(CANNED);
  });
});

function calls(c, pp) {
  const m = c.messages, pr = c.profile, b = c.brand, cp = c.campaign, t = c.tollfreeVerification;
  const u = undefined;
  return [
    ["messages", "MessageInterface.create", "minimal", () => m.create("14155550100", "14155550123", "hi")],
    ["messages", "MessageInterface.create", "bulk",
      () => m.create("14155550100", "+1 (415) 555-0123<14155550124<1415", "hi")],
    ["messages", "MessageInterface.create", "object", () => m.create({ src: "14155550100", dst: "14155550123",
      text: "hi", type: "mms", url: "https://example.com/s", method: "GET", log: false, trackable: true,
      media_urls: ["https://example.com/a.png"], media_ids: [UUID], messageExpiry: 600,
      dlt_entity_id: "1201", dlt_template_id: "1207", dlt_template_category: "service_implicit" })],
    ["messages", "MessageInterface.create", "powerpack",
      () => m.create(null, "14155550123", "hi", {}, PP)],
    ["messages", "MessageInterface.create", "whatsapp", () => m.create("14155550100", "14155550123", u,
      { type: "whatsapp", template: { name: "order_update", language: "en_US",
        components: [{ type: "body", parameters: [{ type: "text", text: "A-1042" }] }] } })],
    ["messages", "MessageInterface.send", "minimal", () => m.send("14155550100", "14155550123", "hi")],
    ["messages", "MessageInterface.get", "minimal", () => m.get(UUID)],
    ["messages", "MessageInterface.list", "minimal", () => m.list({})],
    ["messages", "MessageInterface.list", "full", () => m.list({ limit: 5, offset: 10,
      message_direction: "outbound", message_state: "delivered", message_time__gt: "2024-09-01 00:00" })],
    ["messages", "MessageInterface.listMedia", "minimal", () => m.listMedia(UUID)],
    ["media", "MediaInterface.get", "minimal", () => c.media.get(UUID)],
    ["media", "MediaInterface.list", "minimal", () => c.media.list({})],
    ["powerpacks", "PowerpackInterface.create", "minimal", () => c.powerpacks.create("Reminders")],
    ["powerpacks", "PowerpackInterface.create", "full", () => c.powerpacks.create("Reminders", {
      sticky_sender: false, local_connect: false, application_type: "XML", application_id: "12345",
      number_priority: [{ country_iso: "US", service_type: "SMS",
        priority: { priority1: "longcode", priority2: "shortcode", priority3: "tollfree" } }] })],
    ["powerpacks", "PowerpackInterface.get", "minimal", () => c.powerpacks.get(PP)],
    ["powerpacks", "PowerpackInterface.list", "minimal", () => c.powerpacks.list()],
    ["powerpacks", "Powerpack.update", "minimal", () => pp.update({ name: "Renamed" })],
    ["powerpacks", "Powerpack.delete", "minimal", () => pp.delete()],
    ["powerpacks", "Powerpack.delete", "full", () => pp.delete(true)],
    ["powerpacks", "Powerpack.list_numbers", "minimal", () => pp.list_numbers()],
    ["powerpacks", "Powerpack.list_numbers", "full", () => pp.list_numbers({ type: "fixed", starts_with: "415",
      country_iso2: "US", limit: 5, offset: 0, service: "sms" })],
    ["powerpacks", "Powerpack.count_numbers", "minimal", () => pp.count_numbers()],
    ["powerpacks", "Powerpack.find_number", "minimal", () => pp.find_number("14155550123")],
    ["powerpacks", "Powerpack.add_number", "minimal", () => pp.add_number("14155550123")],
    ["powerpacks", "Powerpack.add_tollfree", "minimal", () => pp.add_tollfree("18005550100")],
    ["powerpacks", "Powerpack.remove_number", "minimal", () => pp.remove_number("14155550123")],
    ["powerpacks", "Powerpack.remove_number", "full", () => pp.remove_number("14155550123", true)],
    ["powerpacks", "Powerpack.remove_tollfree", "minimal", () => pp.remove_tollfree("18005550100")],
    ["powerpacks", "Powerpack.remove_shortcode", "minimal", () => pp.remove_shortcode("444444")],
    ["powerpacks", "Powerpack.list_shortcodes", "minimal", () => pp.list_shortcodes()],
    ["powerpacks", "Powerpack.list_tollfree", "minimal", () => pp.list_tollfree()],
    ["powerpacks", "Powerpack.find_shortcode", "minimal", () => pp.find_shortcode("444444")],
    ["powerpacks", "Powerpack.find_tollfree", "minimal", () => pp.find_tollfree("18005550100")],
    ["powerpacks", "NumberPool.numbers.list", "minimal", () => pp.number_pool.numbers.list()],
    ["powerpacks", "NumberPool.numbers.add", "minimal", () => pp.number_pool.numbers.add("14155550123")],
    ["powerpacks", "NumberPool.numbers.find", "minimal", () => pp.number_pool.numbers.find("14155550123")],
    ["powerpacks", "NumberPool.numbers.remove", "minimal",
      () => pp.number_pool.numbers.remove("14155550123")],
    ["powerpacks", "NumberPool.tollfree.add", "minimal", () => pp.number_pool.tollfree.add("18005550100")],
    ["powerpacks", "NumberPool.tollfree.list", "minimal", () => pp.number_pool.tollfree.list()],
    ["powerpacks", "NumberPool.shortcodes.list", "minimal", () => pp.number_pool.shortcodes.list()],
    ["profile", "ProfileInterface.create", "minimal", () => pr.create("Harbor", u, "DIRECT", "PRIVATE",
      "Harbor LLC", u, "HEALTHCARE", u, u, u, u, u, ADDRESS, CONTACT)],
    ["profile", "ProfileInterface.create", "full", () => pr.create("Harbor", "SAXXXXXXXXXXXXXXXXXX", "DIRECT",
      "PUBLIC", "Harbor LLC", "845123907", "HEALTHCARE", "US", "HRB", "NASDAQ", "DUNS",
      "https://harbor.example.com", ADDRESS, CONTACT, "ops@example.com", "Harbor Dental")],
    ["profile", "ProfileInterface.get", "minimal", () => pr.get(UUID)],
    ["profile", "ProfileInterface.list", "minimal", () => pr.list()],
    ["profile", "ProfileInterface.update", "minimal", () => pr.update(UUID, { website: "https://h.example.com" })],
    ["profile", "ProfileInterface.update", "full", () => pr.update(UUID, { address: ADDRESS,
      authorized_contact: CONTACT, entity_type: "PRIVATE", vertical: "HEALTHCARE", company_name: "Harbor LLC",
      business_contact_email: "ops@example.com", ein: "845123907", ein_issuing_country: "US",
      alt_business_id: "12", alt_business_id_type: "DUNS", doing_business_as: "Harbor Dental" })],
    ["profile", "ProfileInterface.delete", "minimal", () => pr.delete(UUID)],
    ["brand", "BrandInterface.create", "minimal", () => b.create("Harbor", UUID, "STANDARD")],
    ["brand", "BrandInterface.create", "full", () => b.create("Harbor", UUID, "STARTER", true,
      { url: "https://example.com/b", method: "GET" })],
    ["brand", "BrandInterface.get", "minimal", () => b.get("BRPXS6E")],
    ["brand", "BrandInterface.list", "minimal", () => b.list()],
    ["brand", "BrandInterface.list", "full", () => b.list({ type: "STANDARD", status: "COMPLETED", limit: 5 })],
    ["brand", "BrandInterface.get_usecases", "minimal", () => b.get_usecases("BRPXS6E")],
    ["brand", "BrandInterface.trigger_otp", "minimal", () => b.trigger_otp("BRPXS6E")],
    ["brand", "BrandInterface.deleteBrand", "minimal", () => b.deleteBrand("BRPXS6E")],
    ["campaign", "CampaignInterface.create", "minimal", () => cp.create("BRPXS6E", u, "HEALTHCARE", "2FA", u,
      DESCRIPTION, u, u, u, u, true, true, true, u, SAMPLE, SAMPLE)],
    ["campaign", "CampaignInterface.create", "full", () => cp.create("BRPXS6E", "Reminders", "HEALTHCARE",
      "MIXED", ["ACCOUNT_NOTIFICATION", "CUSTOMER_CARE"], DESCRIPTION, true, true, false, false, true, true,
      true, false, SAMPLE, SAMPLE, SAMPLE, SAMPLE, SAMPLE, "Patients tick the consent box.", "Call us",
      "Unsubscribed", "https://example.com/t", "https://example.com/p",
      { url: "https://example.com/c", method: "POST" })],
    ["campaign", "CampaignInterface.import_campaign", "minimal", () => cp.import_campaign("CSH7R2W", "Shared")],
    ["campaign", "CampaignInterface.get", "minimal", () => cp.get("CMX4T8Q")],
    ["campaign", "CampaignInterface.list", "minimal", () => cp.list()],
    ["campaign", "CampaignInterface.list", "full", () => cp.list({ brand_id: "BRPXS6E", usecase: "MIXED",
      registration_status: "ACTIVE", limit: 5, offset: 0 })],
    ["campaign", "CampaignInterface.update", "minimal", () => cp.update("CMX4T8Q")],
    ["campaign", "CampaignInterface.update", "full", () => cp.update("CMX4T8Q", "R1", DESCRIPTION, SAMPLE,
      SAMPLE, u, u, u, "Patients tick the consent box.", "Call us", "START", "Subscribed", "STOP",
      "Unsubscribed", "HELP", "https://example.com/t", "https://example.com/p")],
    ["campaign", "CampaignInterface.getNumber", "minimal", () => cp.getNumber("CMX4T8Q", "14155550123")],
    ["campaign", "CampaignInterface.listNumber", "minimal", () => cp.listNumber("CMX4T8Q")],
    ["campaign", "CampaignInterface.listNumber", "full", () => cp.listNumber("CMX4T8Q", { limit: 5, offset: 0 })],
    ["campaign", "CampaignInterface.linkNumber", "minimal", () => cp.linkNumber("CMX4T8Q", ["14155550123"])],
    ["campaign", "CampaignInterface.linkNumber", "full", () => cp.linkNumber("CMX4T8Q",
      ["+14155550123", "14155550124"], { url: "https://example.com/n", method: "GET" })],
    ["campaign", "CampaignInterface.unlinkNumber", "minimal", () => cp.unlinkNumber("CMX4T8Q", "14155550123")],
    ["campaign", "CampaignInterface.unlinkNumber", "full", () => cp.unlinkNumber("CMX4T8Q", "14155550123",
      { url: "https://example.com/n", method: "GET" })],
    ["campaign", "CampaignInterface.deleteCampaign", "minimal", () => cp.deleteCampaign("CMX4T8Q")],
    ["tollfree_verification", "TollfreeVerificationInterface.create", "full", () => t.create({
      profile_uuid: UUID, usecase: "2FA,ACCOUNT_NOTIFICATION", usecase_summary: "One-time codes for sign-in.",
      message_sample: "Your code is 123456.", optin_image_url: "https://example.com/optin.png",
      volume: "1000", number: "18005550100", additional_information: "none", extra_data: "none",
      optin_type: "WEB_FORM", callback_url: "https://example.com/t", callback_method: "POST",
      terms_and_conditions_link: "https://example.com/t", privacy_policy_link: "https://example.com/p",
      optin_message: "Reply YES", help_message: "Reply HELP" })],
    ["tollfree_verification", "TollfreeVerificationInterface.get", "minimal", () => t.get(UUID)],
    ["tollfree_verification", "TollfreeVerificationInterface.list", "minimal", () => t.list()],
    ["tollfree_verification", "TollfreeVerificationInterface.list", "full", () => t.list({
      status: "SUBMITTED", created__gt: "2024-01-01", limit: 5 })],
    ["tollfree_verification", "TollfreeVerificationInterface.update", "minimal",
      () => t.update(UUID, { volume: "2000" })],
    ["tollfree_verification", "TollfreeVerificationInterface.delete", "minimal", () => t.delete(UUID)],
  ];
}

server.listen(0, "127.0.0.1", async () => {
  const base = `http://127.0.0.1:${server.address().port}/v1/Account/${AUTH_ID}`;
  const client = new plivo.Client(AUTH_ID, "corpus-token", { url: base });
  const pp = await client.powerpacks.get(PP);
  const out = [];
  for (const [file, fn, kase, call] of calls(client, pp)) {
    const before = seen.length;
    try { await call(); } catch (e) { /* the canned answer need not suit the SDK's parser */ }
    if (seen.length === before) { out.push({ case: kase, file, function: fn, error: "sent nothing" }); continue; }
    out.push({ case: kase, file, function: fn, ...seen[seen.length - 1] });
  }
  process.stdout.write(JSON.stringify(out));
  server.close();
});
