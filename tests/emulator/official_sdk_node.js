// The official `plivo` Node SDK, unchanged, over the messaging surface of a running emulator.
// usage: node official_sdk_node.js <emulator base URL> <auth id> <auth token> <a file to upload>
// Prints one JSON object: step name -> what the SDK returned (or {error: message}).
"use strict";
const plivo = require("plivo");

const [base, authId, authToken, uploadPath] = process.argv.slice(2);
const client = new plivo.Client(authId, authToken, { url: `${base}/v1/Account/${authId}` });
const ADDRESS = { street: "410 Harbor Boulevard", city: "Oakland", state: "CA", postal_code: "94607",
  country: "US" };
const CONTACT = { first_name: "Maya", last_name: "Okafor", email: "maya@example.com", seniority: "admin" };
const SAMPLE = "Harbor Dental: your cleaning is on Tue 10 Sep at 9:30.";
const out = {};

async function step(name, call) {
  try {
    out[name] = JSON.parse(JSON.stringify((await call()) ?? null));
  } catch (error) {
    out[name] = { error: String(error && error.message ? error.message : error) };
  }
  return out[name];
}

(async () => {
  // messages
  const one = await step("send_one", () => client.messages.create("14155550100", "14155550101", "Hello"));
  await step("send_many", () => client.messages.create("14155550100", "14155550102<+1 (415) 555-0103<1415555", "hi"));
  await step("get_message", () => client.messages.get(one.messageUuid[0]));
  await step("list_messages", () => client.messages.list({ limit: 5 }));
  // media
  const uploaded = await step("upload_media", () => client.media.upload([uploadPath]));
  const mediaId = uploaded && uploaded.objects ? uploaded.objects[0].mediaId : "none";
  await step("get_media", () => client.media.get(mediaId));
  await step("list_media", () => client.media.list({}));
  await step("send_mms", () => client.messages.create("14155550100", "14155550104", "pass",
    { type: "mms", media_ids: [mediaId] }));
  // Powerpacks and their pools
  const created = await step("create_powerpack", () => client.powerpacks.create("senders"));
  const pp = await client.powerpacks.get(created.uuid);
  await step("list_powerpacks", () => client.powerpacks.list());
  await step("update_powerpack", () => pp.update({ name: "renamed" }));
  await step("add_number", () => pp.add_number("14155550123"));
  await step("pool_add_number", () => pp.number_pool.numbers.add("447700900123"));
  await step("list_numbers", () => pp.list_numbers());
  await step("pool_list_numbers", () => pp.number_pool.numbers.list());
  await step("count_numbers", () => pp.count_numbers());
  await step("find_number", () => pp.find_number("14155550123"));
  await step("remove_number", () => pp.remove_number("14155550123", true));
  await step("add_tollfree", () => pp.add_tollfree("18445550142"));
  await step("list_tollfree", () => pp.list_tollfree());
  await step("find_tollfree", () => pp.find_tollfree("18445550142"));
  await step("remove_tollfree", () => pp.remove_tollfree("18445550142", true));
  await step("list_shortcodes", () => pp.list_shortcodes());
  await step("find_shortcode", () => pp.find_shortcode("444444"));
  await step("send_via_powerpack", () => client.messages.create(null, "447700900999", "hi", {}, created.uuid));
  await step("delete_powerpack", () => pp.delete(true));
  // profiles
  const profile = await step("create_profile", () => client.profile.create("Harbor Dental", undefined, "DIRECT",
    "PRIVATE", "Harbor Dental Group LLC", "845123907", "HEALTHCARE", "US", undefined, undefined, undefined,
    "https://harbordental.example.com", ADDRESS, CONTACT));
  await step("get_profile", () => client.profile.get(profile.profileUuid));
  await step("list_profiles", () => client.profile.list({ limit: 5 }));
  await step("update_profile", () => client.profile.update(profile.profileUuid, { website: "https://new.example.com" }));
  // brands and campaigns
  const brand = await step("create_brand", () => client.brand.create("Harbor", profile.profileUuid, "STANDARD", true));
  await step("get_brand", () => client.brand.get(brand.brand_id));
  await step("list_brands", () => client.brand.list());
  await step("brand_usecases", () => client.brand.get_usecases(brand.brand_id));
  const campaign = await step("create_campaign", () => client.campaign.create(brand.brand_id, "Reminders",
    "HEALTHCARE", "MIXED", ["ACCOUNT_NOTIFICATION", "CUSTOMER_CARE"],
    "Reminders for upcoming dental appointments and replies to patient questions.",
    false, false, false, false, true, true, true, false, SAMPLE, SAMPLE));
  await step("get_campaign", () => client.campaign.get(campaign.campaignId));
  await step("list_campaigns", () => client.campaign.list({ brand_id: brand.brand_id }));
  await step("update_campaign", () => client.campaign.update(campaign.campaignId, "", "", "", "", "", "", "", "",
    "Reply HELP for help."));
  await step("import_campaign", () => client.campaign.import_campaign("CSH7R2W", "Shared"));
  await step("link_numbers", () => client.campaign.linkNumber("CSH7R2W", ["+14155550123", "14155550188"]));
  await step("list_campaign_numbers", () => client.campaign.listNumber("CSH7R2W", { limit: 5 }));
  await step("get_campaign_number", () => client.campaign.getNumber("CSH7R2W", "14155550188"));
  await step("unlink_number", () => client.campaign.unlinkNumber("CSH7R2W", "14155550188"));
  await step("delete_campaign", () => client.campaign.deleteCampaign(campaign.campaignId));
  await step("delete_brand", () => client.brand.deleteBrand(brand.brand_id));
  // toll-free verification
  const tfv = await step("create_tfv", () => client.tollfreeVerification.create({
    profile_uuid: profile.profileUuid, number: "18445550162", usecase: "2FA,ACCOUNT_NOTIFICATION",
    usecase_summary: "Sign-in codes for the patient portal.",
    message_sample: "Harbor Dental: your sign-in code is 482913.",
    optin_image_url: "https://harbordental.example.com/consent.png", optin_type: "WEB_FORM", volume: "1,000",
    callback_url: "https://example.com/tf", callback_method: "POST" }));
  await step("get_tfv", () => client.tollfreeVerification.get(tfv.uuid));
  await step("update_tfv", () => client.tollfreeVerification.update(tfv.uuid, { volume: "10,000" }));
  await step("list_tfv", () => client.tollfreeVerification.list({ number: "18445550162" }));
  await step("delete_tfv", () => client.tollfreeVerification.delete(tfv.uuid));
  await step("delete_profile", () => client.profile.delete(profile.profileUuid));
  // wrong credentials
  const stranger = new plivo.Client(authId, "wrong-token", { url: `${base}/v1/Account/${authId}` });
  await step("wrong_credentials", () => stranger.messages.create("14155550100", "14155550101", "Hello"));
  process.stdout.write(JSON.stringify(out));
})();
