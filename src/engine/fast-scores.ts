// Inference fast path for the label-independent scores of a token in a normally cased sentence:
// the same features as staticFeatures (features.ts), but the model rows of everything that
// depends on one word form alone (the word, its affixes and shapes, and the word in each
// neighbour role) are looked up once per form and kept on it. A unit test checks both paths give
// the same scores. Casing copies (all-capitals and lowercase sentences) take the general path.
import { mix2, mix3, mix4 } from './hash.ts'
import { NUM_GAZ_LISTS } from './gazetteer.ts'
import { AGG_FEATS, clusterPrefix, NEIGHBOUR_CLUSTER_DEPTH, type DocContext } from './features.ts'
import { CLUSTER_DEPTH } from './gazetteer.ts'
import {
  MAX_GAZ_FEATURES, PAD_AFTER, PAD_BEFORE, T_BI_M1, T_BI_P1, T_BIAS, T_CASE, T_DOCCASE, T_FIRST,
  T_GAZ, T_GAZ_CASE, T_GAZ_M1, T_GAZ_P1, T_LOW_M1, T_LOW_M1_SHAPE, T_LOW_M2, T_LOW_P1,
  T_LOW_P1_SHAPE, T_LOW_P2, T_LOWER, T_NORM, T_NORM_M1, T_NORM_P1, T_PREFIX, T_SHAPE, T_SHORT,
  T_SHORT_M1, T_SHORT_M2, T_SHORT_P1, T_SHORT_P2, T_SHORT_TRI, T_SUFFIX, T_CLUSTER, T_CLUSTER_M1,
  T_CLUSTER_P1, T_CLUSTER_M1_LEAF, T_CLUSTER_P1_LEAF, T_CLUSTER_M2, T_CLUSTER_P2, T_CLUSTER_BI_M1, T_CLUSTER_BI_P1,
} from './feature-templates.ts'
import { MAX_AFFIX, type WordForm } from './word-form.ts'

/** A scorer that can look a feature up once and add its row later. */
export interface RowScorer {
  rowOf(hash: number): number
  addRow(row: number, scores: Float64Array): void
}

// Slots of a form's cached rows: the form as the token itself, then in each neighbour role.
const R_LOW_M1 = 0, R_LOW_P1 = 1, R_LOW_M2 = 2, R_LOW_P2 = 3, R_NORM_M1 = 4, R_NORM_P1 = 5
const R_SHORT_M1 = 6, R_SHORT_P1 = 7, R_SHORT_M2 = 8, R_SHORT_P2 = 9, R_CLUSTER_M1 = 10, R_CLUSTER_P1 = 11
const R_CLUSTER_M1_LEAF = 12, R_CLUSTER_P1_LEAF = 13, R_CLUSTER_M2 = 14, R_CLUSTER_P2 = 15, NUM_ROLES = 16

interface FormRows {
  /** Rows of the word's own features (-1 where the model has none). */
  own: Int32Array
  /** Rows of the word in each neighbour role. */
  roles: Int32Array
  /** Affix features the word has (they count towards the gazetteer limit). */
  affixes: number
}

const cache = new WeakMap<RowScorer, { pads: Int32Array; forms: WeakMap<WordForm, FormRows> }>()

/** Rows of a form's own and neighbour-role features; `cluster` is the form's cluster path. */
function rowsOf(f: WordForm, cluster: number, scorer: RowScorer, forms: WeakMap<WordForm, FormRows>): FormRows {
  let r = forms.get(f)
  if (r !== undefined) return r
  const own: number[] = [scorer.rowOf(mix2(T_BIAS, 0)), scorer.rowOf(mix2(T_LOWER, f.lowerHash))]
  let affixes = 0
  for (let k = 0; k < MAX_AFFIX; k++) {
    if (f.prefixHashes[k] !== 0) { own.push(scorer.rowOf(mix3(T_PREFIX, k, f.prefixHashes[k]))); affixes++ }
    if (f.suffixHashes[k] !== 0) { own.push(scorer.rowOf(mix3(T_SUFFIX, k, f.suffixHashes[k]))); affixes++ }
  }
  own.push(scorer.rowOf(mix2(T_NORM, f.normHash)), scorer.rowOf(mix2(T_SHAPE, f.shapeHash)),
    scorer.rowOf(mix2(T_SHORT, f.shortShapeHash)))
  for (let d = 1; d <= CLUSTER_DEPTH; d++) own.push(scorer.rowOf(mix2(T_CLUSTER, clusterPrefix(cluster, d))))
  const roles = new Int32Array(NUM_ROLES)
  roles[R_LOW_M1] = scorer.rowOf(mix2(T_LOW_M1, f.lowerHash))
  roles[R_LOW_P1] = scorer.rowOf(mix2(T_LOW_P1, f.lowerHash))
  roles[R_LOW_M2] = scorer.rowOf(mix2(T_LOW_M2, f.lowerHash))
  roles[R_LOW_P2] = scorer.rowOf(mix2(T_LOW_P2, f.lowerHash))
  roles[R_NORM_M1] = scorer.rowOf(mix2(T_NORM_M1, f.normHash))
  roles[R_NORM_P1] = scorer.rowOf(mix2(T_NORM_P1, f.normHash))
  roles[R_SHORT_M1] = scorer.rowOf(mix2(T_SHORT_M1, f.shortShapeHash))
  roles[R_SHORT_P1] = scorer.rowOf(mix2(T_SHORT_P1, f.shortShapeHash))
  roles[R_SHORT_M2] = scorer.rowOf(mix2(T_SHORT_M2, f.shortShapeHash))
  roles[R_SHORT_P2] = scorer.rowOf(mix2(T_SHORT_P2, f.shortShapeHash))
  roles[R_CLUSTER_M1] = scorer.rowOf(mix2(T_CLUSTER_M1, clusterPrefix(cluster, NEIGHBOUR_CLUSTER_DEPTH)))
  roles[R_CLUSTER_P1] = scorer.rowOf(mix2(T_CLUSTER_P1, clusterPrefix(cluster, NEIGHBOUR_CLUSTER_DEPTH)))
  roles[R_CLUSTER_M1_LEAF] = scorer.rowOf(mix2(T_CLUSTER_M1_LEAF, clusterPrefix(cluster, CLUSTER_DEPTH)))
  roles[R_CLUSTER_P1_LEAF] = scorer.rowOf(mix2(T_CLUSTER_P1_LEAF, clusterPrefix(cluster, CLUSTER_DEPTH)))
  roles[R_CLUSTER_M2] = scorer.rowOf(mix2(T_CLUSTER_M2, clusterPrefix(cluster, NEIGHBOUR_CLUSTER_DEPTH)))
  roles[R_CLUSTER_P2] = scorer.rowOf(mix2(T_CLUSTER_P2, clusterPrefix(cluster, NEIGHBOUR_CLUSTER_DEPTH)))
  r = { own: Int32Array.from(own), roles, affixes }
  forms.set(f, r)
  return r
}

function padRows(scorer: RowScorer): Int32Array {
  const p = new Int32Array(NUM_ROLES)
  p[R_LOW_M1] = scorer.rowOf(mix2(T_LOW_M1, PAD_BEFORE))
  p[R_LOW_P1] = scorer.rowOf(mix2(T_LOW_P1, PAD_AFTER))
  p[R_LOW_M2] = scorer.rowOf(mix2(T_LOW_M2, PAD_BEFORE))
  p[R_LOW_P2] = scorer.rowOf(mix2(T_LOW_P2, PAD_AFTER))
  p[R_NORM_M1] = scorer.rowOf(mix2(T_NORM_M1, PAD_BEFORE))
  p[R_NORM_P1] = scorer.rowOf(mix2(T_NORM_P1, PAD_AFTER))
  p[R_SHORT_M1] = scorer.rowOf(mix2(T_SHORT_M1, PAD_BEFORE))
  p[R_SHORT_P1] = scorer.rowOf(mix2(T_SHORT_P1, PAD_AFTER))
  p[R_SHORT_M2] = scorer.rowOf(mix2(T_SHORT_M2, PAD_BEFORE))
  p[R_SHORT_P2] = scorer.rowOf(mix2(T_SHORT_P2, PAD_AFTER))
  p[R_CLUSTER_M1] = scorer.rowOf(mix2(T_CLUSTER_M1, PAD_BEFORE))
  p[R_CLUSTER_P1] = scorer.rowOf(mix2(T_CLUSTER_P1, PAD_AFTER))
  p[R_CLUSTER_M1_LEAF] = scorer.rowOf(mix2(T_CLUSTER_M1_LEAF, PAD_BEFORE))
  p[R_CLUSTER_P1_LEAF] = scorer.rowOf(mix2(T_CLUSTER_P1_LEAF, PAD_AFTER))
  p[R_CLUSTER_M2] = scorer.rowOf(mix2(T_CLUSTER_M2, PAD_BEFORE))
  p[R_CLUSTER_P2] = scorer.rowOf(mix2(T_CLUSTER_P2, PAD_AFTER))
  return p
}

const add = (scorer: RowScorer, row: number, scores: Float64Array) => { if (row >= 0) scorer.addRow(row, scores) }
const addHash = (scorer: RowScorer, hash: number, scores: Float64Array) => add(scorer, scorer.rowOf(hash), scores)

/** Adds token i's label-independent scores (normally cased sentence only) to `scores`. */
export function addStaticScores(ctx: DocContext, i: number, scorer: RowScorer, scores: Float64Array): void {
  let c = cache.get(scorer)
  if (c === undefined) { c = { pads: padRows(scorer), forms: new WeakMap() }; cache.set(scorer, c) }
  const { forms, first, last } = ctx
  const f = forms[i]
  const me = rowsOf(f, ctx.cluster[i], scorer, c.forms)
  for (let k = 0; k < me.own.length; k++) add(scorer, me.own[k], scores)
  const m1 = first[i] ? null : forms[i - 1]
  const m2 = first[i] || first[i - 1] ? null : forms[i - 2]
  const p1 = last[i] ? null : forms[i + 1]
  const p2 = last[i] || last[i + 1] ? null : forms[i + 2]
  const rm1 = m1 ? rowsOf(m1, ctx.cluster[i - 1], scorer, c.forms).roles : c.pads
  const rp1 = p1 ? rowsOf(p1, ctx.cluster[i + 1], scorer, c.forms).roles : c.pads
  add(scorer, rm1[R_LOW_M1], scores)
  add(scorer, rm1[R_NORM_M1], scores)
  add(scorer, rm1[R_SHORT_M1], scores)
  add(scorer, rp1[R_LOW_P1], scores)
  add(scorer, rp1[R_NORM_P1], scores)
  add(scorer, rp1[R_SHORT_P1], scores)
  add(scorer, rm1[R_CLUSTER_M1], scores)
  add(scorer, rp1[R_CLUSTER_P1], scores)
  add(scorer, rm1[R_CLUSTER_M1_LEAF], scores)
  add(scorer, rp1[R_CLUSTER_P1_LEAF], scores)
  const rm2 = m2 ? rowsOf(m2, ctx.cluster[i - 2], scorer, c.forms).roles : c.pads
  const rp2 = p2 ? rowsOf(p2, ctx.cluster[i + 2], scorer, c.forms).roles : c.pads
  add(scorer, rm2[R_LOW_M2], scores)
  add(scorer, rm2[R_SHORT_M2], scores)
  add(scorer, rp2[R_LOW_P2], scores)
  add(scorer, rp2[R_SHORT_P2], scores)
  add(scorer, rm2[R_CLUSTER_M2], scores)
  add(scorer, rp2[R_CLUSTER_P2], scores)
  const cl2 = clusterPrefix(ctx.cluster[i], NEIGHBOUR_CLUSTER_DEPTH)
  addHash(scorer, mix3(T_CLUSTER_BI_M1, m1 ? clusterPrefix(ctx.cluster[i - 1], NEIGHBOUR_CLUSTER_DEPTH) : PAD_BEFORE, cl2), scores)
  addHash(scorer, mix3(T_CLUSTER_BI_P1, cl2, p1 ? clusterPrefix(ctx.cluster[i + 1], NEIGHBOUR_CLUSTER_DEPTH) : PAD_AFTER), scores)
  const lowM1 = m1 ? m1.lowerHash : PAD_BEFORE, lowP1 = p1 ? p1.lowerHash : PAD_AFTER
  const shM1 = m1 ? m1.shortShapeHash : PAD_BEFORE, shP1 = p1 ? p1.shortShapeHash : PAD_AFTER
  const sc = ctx.sentCase[i]
  addHash(scorer, mix4(T_CASE, f.caseClass, first[i], sc), scores)
  addHash(scorer, mix4(T_DOCCASE, ctx.docCase[i], f.caseClass, sc), scores)
  addHash(scorer, mix3(T_BI_M1, lowM1, f.lowerHash), scores)
  addHash(scorer, mix3(T_BI_P1, f.lowerHash, lowP1), scores)
  addHash(scorer, mix4(T_SHORT_TRI, shM1, f.shortShapeHash, shP1), scores)
  addHash(scorer, mix3(T_LOW_M1_SHAPE, lowM1, f.shortShapeHash), scores)
  addHash(scorer, mix3(T_LOW_P1_SHAPE, lowP1, f.shortShapeHash), scores)
  addHash(scorer, mix3(T_FIRST, first[i], f.shortShapeHash), scores)
  for (let k = 0; k < ctx.aggCount[i]; k++) addHash(scorer, ctx.agg[i * AGG_FEATS + k], scores)
  // gazetteer features, with the same limit as staticFeatures (counted from the same start)
  let count = 8 + me.affixes
  const g0 = ctx.gaz[i], gm1 = m1 ? ctx.gaz[i - 1] : 0, gp1 = p1 ? ctx.gaz[i + 1] : 0
  if ((g0 | gm1 | gp1) === 0) return
  for (let l = 0; l < NUM_GAZ_LISTS && count <= MAX_GAZ_FEATURES; l++) {
    const c0 = (g0 >> (l * 2)) & 3
    if (c0 !== 0) {
      addHash(scorer, mix3(T_GAZ, l, c0), scores)
      addHash(scorer, mix4(T_GAZ_CASE, l, c0, f.caseClass), scores)
      count += 2
    }
    const cm = (gm1 >> (l * 2)) & 3
    if (cm !== 0) { addHash(scorer, mix3(T_GAZ_M1, l, cm), scores); count++ }
    const cp = (gp1 >> (l * 2)) & 3
    if (cp !== 0) { addHash(scorer, mix3(T_GAZ_P1, l, cp), scores); count++ }
  }
}
