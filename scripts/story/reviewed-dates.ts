// Publish days read by hand on the news pages whose reference metadata has no publish date (or a
// wrong one): the day each page states, in its metadata, visibly, in a dateline or in its URL.
export const REVIEWED_PUBLISHED_DAY: Record<string, string> = {
  'ars-1': '2015-04-16', // <time datetime>, "Apr 16, 2015 8:02 pm UTC"
  'buzzfeed-1': '2015-04-21', // visible "April 21, 2015, at 11:29 a.m."
  'citylab-1': '2019-04-30', // page data and the byline time
  cnet: '2017-01-18', // itemprop datePublished, visible "January 18, 2017"
  cnn: '2016-02-01', // meta date, visible "February 1, 2016: 1:28 AM ET"
  'herald-sun-1': '2015-03-13', // visible datestamp, title 2015-03-13T21:00:00+11:00
  'lemonde-1': '2015-05-04', // <time itemprop="datePublished">
  medicalnewstoday: '2017-07-27', // <time itemprop="datePublished">
  msn: '2016-11-15', // <time datetime> ("1 day ago")
  'nytimes-1': '2017-01-13', // meta datePublished, visible dateline
  'nytimes-2': '2016-07-29',
  'nytimes-3': '2019-02-21',
  'nytimes-4': '2018-09-25',
  'quanta-1': '2019-05-20', // visible byline date
  'salon-1': '2015-02-01', // visible "Sunday, Feb 1, 2015 11:57 AM UTC", URL
  telegraph: '2017-11-16', // itemprop datePublished 2017-11-16T14:15+0000 (JSON-LD has only dateCreated, a day later)
  'wapo-1': '2015-03-18', // visible date
  'wapo-2': '2015-03-18', // only in the URL (/2015/03/18/)
  'webmd-1': '2015-02-23', // the story's dateline
  'yahoo-2': '2016-12-01', // <time datetime="2016-12-01T23:29:49.000Z">, shown in local time as December 2
  'yahoo-3': '2015-03-11', // the article's datePublished 2015-03-11T19:46:14Z, visible "March 11, 2015 3:46 PM"
}
