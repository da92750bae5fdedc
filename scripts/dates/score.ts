// TempEval-3 style scoring of temporal expressions (UzZaman et al. 2013): extent precision,
// recall and F1, strict (same span) and relaxed (any overlap, each expression matched once);
// value accuracy over relaxed matches by exact string equality; value F1 = relaxed F1 × accuracy.

export interface Ann {
  start: number
  end: number
  value: string
}

export interface Counts {
  gold: number
  sys: number
  strict: number
  relaxed: number
  valueOk: number
}

export const emptyCounts = (): Counts => ({ gold: 0, sys: 0, strict: 0, relaxed: 0, valueOk: 0 })

export interface Pair {
  g: Ann
  s: Ann
}

/** Matches system to gold one to one, strict matches first, then the largest overlaps. */
export function score(gold: Ann[], sys: Ann[], c: Counts, pairs?: Pair[]): void {
  c.gold += gold.length
  c.sys += sys.length
  const usedG = new Set<number>()
  const usedS = new Set<number>()
  const match = (gi: number, si: number) => {
    usedG.add(gi)
    usedS.add(si)
    c.relaxed++
    if (gold[gi].start === sys[si].start && gold[gi].end === sys[si].end) c.strict++
    if (gold[gi].value === sys[si].value) c.valueOk++
    pairs?.push({ g: gold[gi], s: sys[si] })
  }
  gold.forEach((g, gi) => {
    const si = sys.findIndex((s, k) => !usedS.has(k) && s.start === g.start && s.end === g.end)
    if (si >= 0) match(gi, si)
  })
  gold.forEach((g, gi) => {
    if (usedG.has(gi)) return
    let best = -1
    let bestOverlap = 0
    sys.forEach((s, k) => {
      if (usedS.has(k)) return
      const o = Math.min(g.end, s.end) - Math.max(g.start, s.start)
      if (o > bestOverlap) {
        bestOverlap = o
        best = k
      }
    })
    if (best >= 0) match(gi, best)
  })
}

export interface Figures {
  strictP: number
  strictR: number
  strictF: number
  relaxedP: number
  relaxedR: number
  relaxedF: number
  valueAcc: number
  valueF: number
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))

export function figures(c: Counts): Figures {
  const strictP = c.sys ? c.strict / c.sys : 0
  const strictR = c.gold ? c.strict / c.gold : 0
  const relaxedP = c.sys ? c.relaxed / c.sys : 0
  const relaxedR = c.gold ? c.relaxed / c.gold : 0
  const relaxedF = f1(relaxedP, relaxedR)
  const valueAcc = c.relaxed ? c.valueOk / c.relaxed : 0
  return { strictP, strictR, strictF: f1(strictP, strictR), relaxedP, relaxedR, relaxedF, valueAcc, valueF: relaxedF * valueAcc }
}
