// Turns Gloss on or off for the site of a tab's URL, from the popup.
import { send } from '../platform/send.ts'
import { disabledSitesWith, siteOf } from '../settings.ts'

export async function setSiteOff(url: string, off: boolean): Promise<void> {
  const site = siteOf(url)
  const current = await send({ type: 'app/get-settings' })
  if (!site || !current.ok) return
  await send({ type: 'app/set-settings', patch: { disabledSites: disabledSitesWith(current.value.disabledSites, site, off) } })
}
