// Page lines inside the story container where the site speaks, not the story: promotions, prompts,
// labels, shop buttons, navigation between posts, copyright lines and affiliate disclosures. The
// body leaves such blocks out (extract-body.ts); the popup's salience does not count names in them.
// Decided on the block's text alone, anchored at its start, so a story sentence that merely
// mentions a newsletter or a commission stays.

/** A line this short or shorter can be a page's own line: longer is a sentence of the story. */
const PROMO_MAX_CHARS = 90
/** Short page lines, each the whole block (an optional ": …" tail, as in "Read more: …", "Related: …"). */
const PROMO_LINE = new RegExp('^\\W*(?:' + [
  'advertisement', 'advertising', 'sponsored(?: content)?', '(?:article|story) continues (?:below|after (?:the )?advertisement)',
  'continue reading below', 'share(?: this(?: article| post| story)?)?(?: on \\w+)?', 'related(?: articles?| posts?| stories| reading| content)?',
  'read (?:more|next|also)(?: (?:from|at|on) .*)?', 'see also', 'you (?:may|might) (?:also )?(?:like|enjoy|be interested)\\b.*',
  'recommended(?: for you)?',
  '(?:other|more|popular|recent|related|latest|trending) (?:posts|articles|stories|news)(?: you (?:may|might) (?:also )?(?:like|enjoy))?',
  'what others are reading', 'pin (?:this|it|me)? ?for later', 'sign[ -]?up(?: (?:for|to) .*| now| today)?',
  'subscribe(?: (?:to|for) .*| now| today)?', 'newsletters?', 'get in touch\\b.*', 'contact us\\b.*', 'apply now',
  'register(?: now| today)?', 'start (?:your )?free trial', 'follow (?:us|our (?:full |live )?coverage)\\b.*',
  // "CLICK HERE TO READ MORE FROM THE WASHINGTON EXAMINER", "Click here to subscribe" (issue 15).
  'click here\\b.*', '(?:©|\\(c\\)|copyright\\b).*', '.*\\ball rights reserved',
  // Affiliate disclosures and calls to action of the site, not the story (fixture disclosure-lines).
  'get a (?:free )?quote', 'book a (?:free )?(?:demo|call|consultation)', 'request a (?:free )?(?:demo|quote|consultation)',
  '(?:add|leave|post) a (?:comment|reply)', 'related reads',
  // Shop buttons and navigation between posts (fixture shop-and-nav-lines).
  'buy (?:now|it|here|online|(?:it |now )?(?:on|at|from) .*)', 'shop (?:now|all|the|our|online)\\b.*', 'book now',
  '(?:see|check|view) (?:the )?(?:price|prices|deal|deals|packages?|list|availability)\\b.*', 'view (?:on|at) \\w+.*',
  'read (?:the|our) (?:full )?review', 'view (?:all|more)\\b.*', '(?:previous|next) (?:post|article|story|page)\\b.*',
  '(?:recent|more|latest|other) (?:stories|posts|articles) (?:by|from)\\b.*', 'back to top',
  'get (?:the|our|my|your) free\\b.*', '(?:don\'t|don’t|never) miss\\b.*', 'already (?:have an account|a subscriber)\\b.*',
  'log ?in', 'sign ?in', 'join (?:our|the) (?:[\\w-]+ ){0,2}(?:newsletter|mailing list|community|group)\\b.*', 'join \\w+ for free\\b.*',
  'add (?:\\S+ |as a preferred source )on google\\b.*',
  // A credit or a dateline of the page, not of the story: "Written by Jane Doe", "5 min read",
  // "Published June 23, 2031 10:39AM", "Last updated March 3, 2031 by Jane Doe".
  '(?:written|posted) by\\b.*', '.*\\b\\d+ min(?:ute)?s? read\\b.*',
  // The label is followed by a day, so "Updated guidance for 2031" or "Published in 2031, …" stays.
  '(?:last )?(?:published|updated|posted|modified)(?: on| at)?:?\\s+(?:[a-z]{3,9}\\.?\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]{3,9}|\\d{1,2}[/.-]\\d{1,2}[/.-]|\\d{4}-\\d{2}).*',
].join('|') + ')(?:\\s*:.*)?\\W*$', 'i')

/** Disclosures and newsletter prompts run longer than a promotion line and are still the site's. */
const NOTICE_MAX_CHARS = 300
const NOTICE = new RegExp('^\\W*(?:' + [
  '(?:affiliate )?disclosure\\b', '(?:editorial note:\\s*)?(?:[\\w ]{1,40} )?(?:may )?contains? affiliate links\\b',
  '(?:we|i) (?:may )?(?:earn|receive|get) (?:a )?(?:small )?commission\\b', '(?:we|i) use affiliate links\\b',
  'products (?:are|were) (?:chosen|selected) independently\\b', '(?:sign[ -]?up|subscribe) (?:for|to) (?:our|the|my) .*newsletter\\b',
  'subscribe to [\\w ]{1,40}, a (?:free )?(?:daily |weekly )?newsletter\\b', 'join (?:our|the|my) (?:mailing list|newsletter)\\b',
  '(?:medically |fact[- ]checked |reviewed )?(?:reviewed|written|checked) by\\b.*\\bupdated\\b',
].join('|') + ')', 'i')

/** A block that is the page talking, not the story ("Advertisement", "Sign up for our newsletter",
 * "© 2019 Associated Press. All Rights Reserved.", "We may earn a commission from links…"). */
export function isPromoLine(text: string): boolean {
  return (text.length <= PROMO_MAX_CHARS && PROMO_LINE.test(text)) || (text.length <= NOTICE_MAX_CHARS && NOTICE.test(text))
}
