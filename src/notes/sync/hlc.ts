// A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014): stamps that follow
// wall time where the machines' clocks agree, never go backwards on one machine (even when its
// clock does), and always pass every stamp the machine has seen. Stamps are fixed-width strings,
// so comparing two stamps is comparing two strings; the device id at the end breaks ties.

/** Milliseconds since 1970 in base 36, 9 digits: good until the year 5188. */
const WALL_DIGITS = 9
/** Events within one millisecond, base 36, 3 digits (46,655); past that the wall moves on by 1 ms. */
const COUNTER_DIGITS = 3
const COUNTER_MAX = 36 ** COUNTER_DIGITS - 1
/** Device ids: 8 base-36 characters, made once per install. */
export const DEVICE_ID_LENGTH = 8
const DEVICE_ID = /^[0-9a-z]{8}$/

/** A stamp: `wall counter device`, each fixed-width, so string order is the clock's order. */
export type Stamp = string

export interface ClockState { wall: number; counter: number }

export const isDeviceId = (s: unknown): s is string => typeof s === 'string' && DEVICE_ID.test(s)
const STAMP = /^[0-9a-z]{9}[0-9a-z]{3}[0-9a-z]{8}$/
export const isStamp = (s: unknown): s is Stamp => typeof s === 'string' && STAMP.test(s)

/** A new device id from `random` (0 ≤ r < 1 each call). */
export function newDeviceId(random: () => number): string {
  let id = ''
  for (let i = 0; i < DEVICE_ID_LENGTH; i++) id += Math.floor(random() * 36).toString(36)
  return id
}

export function formatStamp(c: ClockState, device: string): Stamp {
  return c.wall.toString(36).padStart(WALL_DIGITS, '0') + c.counter.toString(36).padStart(COUNTER_DIGITS, '0') + device
}

export function parseStamp(s: Stamp): ClockState & { device: string } {
  return {
    wall: parseInt(s.slice(0, WALL_DIGITS), 36),
    counter: parseInt(s.slice(WALL_DIGITS, WALL_DIGITS + COUNTER_DIGITS), 36),
    device: s.slice(WALL_DIGITS + COUNTER_DIGITS),
  }
}

/** The wall time of a stamp, in ms since 1970. */
export const stampWall = (s: Stamp): number => parseInt(s.slice(0, WALL_DIGITS), 36)

function bump(c: ClockState): ClockState {
  return c.counter < COUNTER_MAX ? { wall: c.wall, counter: c.counter + 1 } : { wall: c.wall + 1, counter: 0 }
}

/** The clock after a local event at wall time `now`: later than every stamp it gave or saw. */
export function tick(c: ClockState, now: number): ClockState {
  const wall = Math.floor(now)
  return wall > c.wall ? { wall, counter: 0 } : bump(c)
}

/** The clock after seeing a remote stamp: not behind it, so the next local stamp comes after it. */
export function observe(c: ClockState, remote: Stamp): ClockState {
  const r = parseStamp(remote)
  if (r.wall > c.wall || (r.wall === c.wall && r.counter > c.counter)) return { wall: r.wall, counter: r.counter }
  return c
}

export const ZERO_CLOCK: ClockState = { wall: 0, counter: 0 }
