// isPromoLine: the page's own lines inside a story (promotions, shop buttons, navigation between
// posts, credits, disclosures) are not story text; story sentences that mention the same words are.
// Each line is a form seen on WCXB's development pages, written out with names of our own.
import { describe, expect, it } from 'vitest'
import { isPromoLine } from '../../../src/page/promo-lines.ts'

describe('isPromoLine', () => {
  it.each([
    'Advertisement',
    'CLICK HERE TO READ MORE FROM THE HARBOUR GAZETTE',
    'Read More: Get Expert Advice From Former Harbour Masters!',
    'Related: What is the Tide Rule? An Overview',
    'You might also like: The Challenges of Harbour Dredging',
    'You may be interested in the following topics as well:',
    'BUY NOW',
    'Buy now from one of our trusted retail partners:',
    'SHOP ALL TIDEWORKS BOOTS',
    'Book Now',
    'See price at Tidemart',
    'View on Tidemart Links to Tidemart.com',
    'See Packages Links to Quaysafe',
    'Read The Review',
    'View More Harbour Articles',
    'View all posts by Ada Vale',
    'Recent stories by Ada Vale:',
    'Previous Post',
    'Next Post',
    'Back to top',
    'Get the FREE eBook!',
    "Don't miss anything. Get all the latest posts delivered straight to your inbox. It's free!",
    'Already have an account? Log in',
    'Join Our Harbour Newsletter',
    'Join Tidepost for free to get updates from this writer.',
    'Add as a preferred source on Google',
    'Add Harbourguys on Google',
    'Written by Ada Vale',
    'Quay Kit Team | 5 min read',
    'Published June 23, 2031 10:39AM',
    'Last updated March 3, 2031 by Ada Vale.',
    'Last Updated: Nov 4, 2031',
    'Updated on 12/04/2031',
    'Contact Us About Your Project',
    'Get in touch today to see how we can help you!',
    // Longer notices: disclosures and newsletter prompts.
    'We may earn commission from links on this page, but we only recommend products we back. Why Trust Us?',
    'Products are chosen independently by our editors. Purchases made through our links may earn us a commission.',
    'Editorial Note: Harbour Android may contain affiliate links on some articles. If you make a purchase through these links, we will earn a commission at no extra cost to you.',
    'I use affiliate links where I can, to keep reviewing sustainable! Please click them if you are considering buying something I have reviewed!',
    'Subscribe to Tide Noire, a free daily newsletter that features the best of travel, destinations, and guides to the cities you love.',
    'Join our mailing list! Get a newsletter when an episode is published with insider information join here',
    'Medically reviewed by Ada Vale, RDN — Written by Jan Quay, MS, RD — Updated on March 7, 2031',
  ])('%s: the page speaking', (line) => expect(isPromoLine(line)).toBe(true))

  it.each([
    'The Harbour Wellington is the boot we would buy again.',
    'Buyers said the shop had closed.',
    'Readers can read more from the council on its site, which published the full budget on Tuesday with notes.',
    'The council published its plan in 2031 after a long consultation with the islanders and their groups.',
    'Shoppers queued from dawn, the owner said, and the harbour shop sold out of boots by noon on the first day of the sale, when the rain came.',
    'We earned our place in the final, the captain said, and the harbour cheered the team home.',
    'Many newsletters now earn more from subscriptions than from advertising, a study of 200 of them found, and some pay their writers a commission on each new reader.',
    'Next, the harbour master will set the fees.',
    'December 2031',
    'Updated guidance for 2031',
    'Published in 2031, the report found the harbour wall sound.',
  ])('%s: the story', (line) => expect(isPromoLine(line)).toBe(false))
})
