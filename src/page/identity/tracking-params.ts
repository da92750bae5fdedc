// Query parameters that say how a reader arrived (campaigns, click ids, share buttons, gift
// tokens) or which rendering they got (AMP), never which story it is. Everything not listed is
// kept: an unknown parameter may identify content (?id=, ?p=, ?v=, ?story_fbid=), and keeping it
// only costs a missed merge, while dropping it could merge two stories.

// Compared lowercase. Names that some sites use for content (cid, tid, id, action, page) are not
// here; the ones that are only noise on one publisher's site are in SITE_NOISE below.
const EXACT = new Set([
  // Ad and social click ids.
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'igsh', 'srsltid', 'epik', 's_kwcid', 'ef_id', 'fb_action_ids',
  'fb_action_types', 'fb_ref', 'fb_source',
  // Mailchimp, HubSpot, Marketo, Google Analytics linker, Olytics, Vero.
  'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok', '_ga', '_gl', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'vero_conv',
  // Generic referral and share markers.
  'ref', 'ref_src', 'ref_url', 'referrer', 'referringsource', 'src', 'source', 'ocid', 'ncid',
  'cmpid', 'cmp', 'ito', 'itid', 'xtor', 'spm', 'share', 'soc_src', 'soc_trk', 'sr_share',
  'feature', 'dicbo', 'taid', 'sref', 'leadsource', 'utm', 'rssfeed',
  // AMP renderings: ?amp, ?amp=1, ?_amp=true, and the AMP cache's own parameters.
  'amp', '_amp', 'amp_js_v', 'amp_gsa', 'amp_r', 'amp_tf', 'usqp', 'ampshare', '__amp_source_origin',
  'aoh',
])

// Whole families: utm_source…, BBC's at_medium/at_campaign, Matomo and Piwik, HubSpot ads,
// Le Monde's lmd_*, comScore's ns_* (BBC, older), Olytics.
const PREFIXES = ['utm_', 'at_', 'mtm_', 'pk_', 'piwik_', 'hsa_', 'lmd_', 'ns_', 'oly_']

// Parameters that mark an AMP rendering only with this value: ?outputType=amp is how Arc XP
// sites (The Washington Post, El País) serve AMP.
const AMP_VALUED: Record<string, RegExp> = {
  outputtype: /^amp$/i,
  output: /^amp$/i,
  format: /^amp$/i,
}

// Noise on one site only (keyed by registrable domain), too generic to drop everywhere.
const SITE_NOISE: Record<string, Set<string>> = {
  // Homepage clicks (?action=click&module=Top%20Stories&pgtype=Homepage), share menu (smid),
  // newsletters and gift links.
  'nytimes.com': new Set([
    'smid', 'smtyp', 'partner', 'emc', 'pgtype', 'module', 'action', 'region', 'contentcollection',
    'contentplacement', 'unlocked_article_code', 'sgrp', 'ugrp', 'campaign_id', 'instance_id',
    'segment_id', 'user_id', 'regi_id', 'nl', 'te', 'algo', 'block', 'rank', 'imp_id', 'mwgrp',
    'version', 'login', 'auth', 'mccr', 'mcid', 'mcc',
  ]),
  // Internal links, newsletters and gift links.
  'washingtonpost.com': new Set(['wpisrc', 'wpmk', 'wpmm', 'pwapi_token', 'tid', 'tidr', 'carta-url', 'nid']),
  'cnn.com': new Set(['cid', 'iid', 'iref', 'hpt', 'sr']),
  'reuters.com': new Set(['il', 'taid', 'rpc', 'edition-redirect']),
  'uol.com.br': new Set(['origin', 'loggedpaywall']),
  'aljazeera.com': new Set(['traffic_source', 'update']),
  'elpais.com': new Set(['ssm', 'rel', 'prm', 'event_log']),
  'bbc.com': new Set(['intlink_from_url', 'link_location', 'xtor', 'ocid', 'pinned_post_locator']),
}

/** Whether a query parameter is about the visit, not the story. */
export function isNoiseParam(name: string, value: string, site: string): boolean {
  const n = name.toLowerCase()
  if (EXACT.has(n)) return true
  if (SITE_NOISE[site]?.has(n)) return true
  if (PREFIXES.some((p) => n.startsWith(p))) return true
  const amp = AMP_VALUED[n]
  return amp !== undefined && amp.test(value)
}
