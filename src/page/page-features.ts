// Cheap page features for the page-type classifier (page-type.ts): one walk of the document
// counting tags, text, links, paragraphs, prices and buy buttons, plus the page's metadata
// (og:type, JSON-LD types) and its address. No scoring, no record, no text kept: linear in the
// page and far cheaper than findStory. Standard DOM only, so training (linkedom, in Node) and the
// content script (a browser) compute the same numbers.
import { CDATA_NODE, ELEMENT_NODE, TEXT_NODE, HEADING, isNeverText, tagOf } from './dom-rules.ts'
import { isStoryType, readJsonLd, typesOf, type LdObject } from './json-ld.ts'
import { walk } from './walk.ts'

/** A paragraph this long (characters) is a story's paragraph, not a caption or a card's blurb. */
const LONG_P = 150
/** Elements walked at most: the features of a huge page's first part are the page's features. */
const MAX_NODES = 60_000

const PRICE = /[$€£¥₹]\s?\d|\d(?:[\d.,]*\d)?\s?(?:€|£|USD|EUR|GBP|kr\b|zł)/g
/** Words of reporting (news quotes people), of a firm speaking of itself, and to its customer. */
const SAID = /\b(?:said|says|told|according to)\b/gi
const WE = /\b(?:we|our|us)\b/gi
const YOU = /\b(?:you|your)\b/gi
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi
/** Calls to action of a service or a shop, as a link's or a button's whole text. */
const CTA = /^\W*(?:contact us|get (?:a |your )?(?:free )?(?:quote|started|estimate)|book (?:now|online|a \w+)|schedule (?:a |an |your )?\w+|request (?:a |an )?\w+|free (?:consultation|trial|quote)|sign up|try (?:it )?(?:for )?free|learn more|call (?:us|now)|apply now|get in touch|shop now|view (?:all|details)|see (?:all|details|pricing))\W*$/i
const SENTENCE_END = /[.!?]["'”’)]?(?=\s|$)/g
const BUY = /^\W*(?:add to (?:cart|bag|basket|trolley)|buy (?:it )?now|in den warenkorb|ajouter au panier|añadir al carrito|aggiungi al carrello|shop now|order now)\W*$/i
const PRODUCT_TYPE = /^(?:schema:)?(?:Product|ProductGroup|ProductModel|IndividualProduct|Offer|AggregateOffer|Car|Vehicle)$/i
const LIST_TYPE = /^(?:schema:)?(?:CollectionPage|ItemList|SearchResultsPage|OfferCatalog|ProductCollection)$/i
const SERVICE_TYPE = /^(?:schema:)?(?:Service|\w*Business|Organization|Corporation|LocalBusiness|ProfessionalService|FAQPage|SoftwareApplication|WebApplication|Course|Event|JobPosting)$/i
const DOC_TYPE = /^(?:schema:)?(?:TechArticle|APIReference|HowTo)$/i

const STORY_PATH = /\/(?:blogs?|news|articles?|posts?|stor(?:y|ies)|insights?|guides?|magazine|journal|opinion|politics|world|sport|business)(?:\/|$|[-_.])/i
const SHOP_PATH = /\/(?:products?|shop|store|p|dp|item|itm|buy|collections?|categor(?:y|ies)|product-category|catalog(?:ue)?|department|c)(?:\/|$|\.)/i
const SERVICE_PATH = /\/(?:services?|solutions?|pricing|plans|industries|features|platform|software|careers|jobs|locations?|about|contact)(?:\/|$|\.|-)/i
const DOC_PATH = /\/(?:docs?|documentation|reference|api|manual|wiki|help|support|kb)(?:\/|$|\.)/i
const FORUM_PATH = /\/(?:forums?|threads?|t|topic|questions|community|discussions?|r)(?:\/|$|\.)/i
const DATE_PATH = /\/(?:19|20)\d\d[/-](?:0?[1-9]|1[0-2])(?:[/-]|$)|\/(?:19|20)\d\d\//

/** The features, by name, in the order of the model's weights. */
export const FEATURE_NAMES = [
  'textChars', 'linkShare', 'pCount', 'pShare', 'longP', 'meanP', 'bestShare', 'sentenceRate',
  'commaRate', 'digitRate', 'prices', 'buyButton', 'forms', 'inputs', 'buttons', 'selects',
  'links', 'linkedHeadings', 'headings', 'h1', 'articles', 'times', 'imgs', 'lis', 'tables',
  'ogArticle', 'ogProduct', 'ogWebsite', 'ldArticle', 'ldProduct', 'ldList', 'ldService', 'ldDoc',
  'ldDated', 'metaPublished', 'pathDepth', 'slugWords', 'datePath', 'storyPath', 'shopPath',
  'servicePath', 'docPath', 'forumPath', 'rootPath', 'query', 'titleWords', 'codeBlocks',
  'author', 'ctas', 'telLinks', 'saidRate', 'weRate', 'youRate', 'monthDays',
] as const

export type FeatureName = (typeof FEATURE_NAMES)[number]
export type PageFeatures = Record<FeatureName, number>

const log = (x: number) => Math.log1p(x)

interface Counts {
  text: number; link: number; p: number; pText: number; longP: number; sentences: number; commas: number
  digits: number; prices: number; buy: number; forms: number; inputs: number; buttons: number; selects: number
  links: number; linkedHeadings: number; headings: number; h1: number; articles: number; times: number
  imgs: number; lis: number; tables: number; code: number; ctas: number; tel: number; said: number
  we: number; you: number; monthDays: number
}

function countBody(body: Element): Counts & { best: number } {
  const c: Counts = {
    text: 0, link: 0, p: 0, pText: 0, longP: 0, sentences: 0, commas: 0, digits: 0, prices: 0, buy: 0,
    forms: 0, inputs: 0, buttons: 0, selects: 0, links: 0, linkedHeadings: 0, headings: 0, h1: 0,
    articles: 0, times: 0, imgs: 0, lis: 0, tables: 0, code: 0, ctas: 0, tel: 0, said: 0, we: 0, you: 0,
    monthDays: 0,
  }
  // Paragraph text per parent element: the best parent's share is how much of the page one
  // container holds (a story: most; a shop or a listing: a little in each of many cards).
  const byParent = new Map<Element, number>()
  let best = 0
  let inLink = 0
  let pStart = -1
  let pDepth = 0
  let headingOpen: Element | null = null
  let headingLinked = false
  let nodes = 0
  walk(body, (node) => {
    if (++nodes > MAX_NODES) return false
    const type = node.nodeType
    if (type === TEXT_NODE || type === CDATA_NODE) {
      const data = (node as CharacterData).data
      // Characters that are not white space: the same however a DOM splits or joins text nodes.
      let n = 0
      for (let i = 0; i < data.length; i++) {
        const ch = data.charCodeAt(i)
        if (ch > 32 && ch !== 160) {
          n++
          if (ch === 44) c.commas++
          else if (ch >= 48 && ch <= 57) c.digits++
        }
      }
      if (n === 0) return false
      c.text += n
      if (inLink > 0) c.link += n
      if (pStart >= 0) c.pText += n
      c.sentences += data.match(SENTENCE_END)?.length ?? 0
      c.prices += data.match(PRICE)?.length ?? 0
      c.said += data.match(SAID)?.length ?? 0
      c.we += data.match(WE)?.length ?? 0
      c.you += data.match(YOU)?.length ?? 0
      c.monthDays += data.match(MONTH_DAY)?.length ?? 0
      if (inLink > 0 && n < 40 && CTA.test(data)) c.ctas++
      return false
    }
    if (type !== ELEMENT_NODE) return false
    const el = node as Element
    const tag = tagOf(el)
    switch (tag) {
      case 'a': {
        c.links++
        inLink++
        if (headingOpen) headingLinked = true
        if (el.getAttribute('href')?.startsWith('tel:')) c.tel++
        break
      }
      case 'p': if (pDepth++ === 0) { c.p++; pStart = c.pText } break
      case 'form': c.forms++; break
      case 'input': {
        const t = (el.getAttribute('type') ?? '').toLowerCase()
        if (t !== 'hidden') c.inputs++
        if ((t === 'submit' || t === 'button') && BUY.test(el.getAttribute('value') ?? '')) c.buy++
        return false
      }
      case 'button': {
        c.buttons++
        const text = el.textContent ?? ''
        if (text.length < 60) {
          const t = text.replace(/\s+/g, ' ')
          if (BUY.test(t)) c.buy++
          else if (CTA.test(t)) c.ctas++
        }
        return false
      }
      case 'select': c.selects++; return false
      case 'article': c.articles++; break
      case 'time': c.times++; break
      case 'img': case 'picture': c.imgs++; return false
      case 'li': c.lis++; break
      case 'table': c.tables++; break
      case 'pre': case 'code': c.code++; break
      case 'h1': c.h1++; break
    }
    if (HEADING.has(tag) && !headingOpen) { c.headings++; headingOpen = el; headingLinked = inLink > 0 }
    return !isNeverText(tag)
  }, (node) => {
    if (node.nodeType !== ELEMENT_NODE) return
    const el = node as Element
    const tag = tagOf(el)
    if (tag === 'a') inLink--
    else if (tag === 'p' && --pDepth === 0) {
      // A <p> inside a <p> (broken markup) is counted with its outer paragraph.
      const len = c.pText - pStart
      pStart = -1
      if (len >= LONG_P) c.longP++
      const parent = el.parentElement
      if (parent) {
        const sum = (byParent.get(parent) ?? 0) + len
        byParent.set(parent, sum)
        if (sum > best) best = sum
      }
    }
    if (el === headingOpen) {
      if (headingLinked) c.linkedHeadings++
      headingOpen = null
    }
  })
  return { ...c, best }
}

function pathOf(url: string | null): { path: string; query: boolean } | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return { path: u.pathname, query: u.search.length > 1 }
  } catch {
    return null
  }
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim().toLowerCase() ?? null
}

/** Everything the classifier looks at, from the document and its address. */
export function pageFeatures(doc: Document, body: Element, url: string | null, ld: LdObject[] = readJsonLd(doc)): PageFeatures {
  const c = countBody(body)
  const text = Math.max(1, c.text)
  const og = metaContent(doc, 'meta[property="og:type"]') ?? ''
  const types = ld.flatMap(typesOf)
  const loc = pathOf(url)
  const path = loc?.path ?? ''
  const segments = path.split('/').filter(Boolean)
  const slug = (segments[segments.length - 1] ?? '').replace(/\.\w+$/, '')
  const title = doc.querySelector('title')?.textContent ?? ''
  const published = doc.querySelector('meta[property="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"], meta[name="publish-date"]')
  return {
    textChars: log(c.text),
    linkShare: c.link / text,
    pCount: log(c.p),
    pShare: c.pText / text,
    longP: log(c.longP),
    meanP: log(c.p ? c.pText / c.p : 0),
    bestShare: c.best / text,
    sentenceRate: (1000 * c.sentences) / text,
    commaRate: (1000 * c.commas) / text,
    digitRate: (100 * c.digits) / text,
    prices: log(c.prices),
    buyButton: c.buy > 0 ? 1 : 0,
    forms: log(c.forms),
    inputs: log(c.inputs),
    buttons: log(c.buttons),
    selects: log(c.selects),
    links: log(c.links),
    linkedHeadings: log(c.linkedHeadings),
    headings: log(c.headings),
    h1: Math.min(c.h1, 3),
    articles: log(c.articles),
    times: log(c.times),
    imgs: log(c.imgs),
    lis: log(c.lis),
    tables: log(c.tables),
    ogArticle: og === 'article' ? 1 : 0,
    ogProduct: og.startsWith('product') ? 1 : 0,
    ogWebsite: og === 'website' ? 1 : 0,
    ldArticle: ld.some(isStoryType) ? 1 : 0,
    ldProduct: types.some((t) => PRODUCT_TYPE.test(t)) ? 1 : 0,
    ldList: types.some((t) => LIST_TYPE.test(t)) ? 1 : 0,
    ldService: types.some((t) => SERVICE_TYPE.test(t)) ? 1 : 0,
    ldDoc: types.some((t) => DOC_TYPE.test(t)) ? 1 : 0,
    ldDated: ld.some((o) => typeof o.datePublished === 'string' || Array.isArray(o.datePublished)) ? 1 : 0,
    metaPublished: published ? 1 : 0,
    pathDepth: Math.min(segments.length, 6),
    slugWords: Math.min(slug.split(/[-_+]+/).filter(Boolean).length, 15),
    datePath: DATE_PATH.test(path) ? 1 : 0,
    storyPath: STORY_PATH.test(path) ? 1 : 0,
    shopPath: SHOP_PATH.test(path) ? 1 : 0,
    servicePath: SERVICE_PATH.test(path) ? 1 : 0,
    docPath: DOC_PATH.test(path) ? 1 : 0,
    forumPath: FORUM_PATH.test(path) ? 1 : 0,
    rootPath: loc && segments.length === 0 && !loc.query ? 1 : 0,
    query: loc?.query ? 1 : 0,
    titleWords: Math.min(title.trim().split(/\s+/).filter(Boolean).length, 30),
    codeBlocks: log(c.code),
    author: doc.querySelector('meta[name="author"], meta[property="article:author"], [rel="author"], [itemprop="author"]') ||
      ld.some((o) => o.author !== undefined) ? 1 : 0,
    ctas: log(c.ctas),
    telLinks: log(c.tel),
    saidRate: (1000 * c.said) / text,
    weRate: (1000 * c.we) / text,
    youRate: (1000 * c.you) / text,
    monthDays: log(c.monthDays),
  }
}
