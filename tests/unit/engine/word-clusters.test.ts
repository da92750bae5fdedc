// Word classes from embeddings (scripts/entities/word-clusters.ts): the k-means tree puts words of
// one kind together, and runs the same every time.
import { describe, expect, it } from 'vitest'
import { clusterTree, type Embeddings } from '../../../scripts/entities/word-clusters.ts'
import { seededRandom } from '../../../scripts/entities/perceptron.ts'

/** Three well-separated kinds of word: 40 each around one axis of a 6-d space. */
function embeddings(): Embeddings {
  const random = seededRandom(3)
  const dims = 6
  const words: string[] = []
  const vectors = new Float32Array(120 * dims)
  for (let i = 0; i < 120; i++) {
    const kind = Math.floor(i / 40)
    words.push(`${['name', 'city', 'verb'][kind]}${i % 40}`)
    let norm = 0
    const v = Array.from({ length: dims }, (_, d) => (d === kind * 2 ? 5 : 0) + random() - 0.5)
    for (const x of v) norm += x * x
    v.forEach((x, d) => { vectors[i * dims + d] = x / Math.sqrt(norm) })
  }
  return { words, dims, vectors }
}

describe('word clusters', () => {
  it('never puts words of different kinds in one top-level cluster', () => {
    const e = embeddings()
    const paths = clusterTree(e)
    const kindsOfTop = new Map<number, Set<number>>()
    for (let i = 0; i < e.words.length; i++) {
      const top = paths[i] >> 8
      if (!kindsOfTop.has(top)) kindsOfTop.set(top, new Set())
      kindsOfTop.get(top)!.add(Math.floor(i / 40))
    }
    for (const kinds of kindsOfTop.values()) expect(kinds.size).toBe(1)
    expect(new Set(paths).size).toBeGreaterThan(16)
  })

  it('gives the same tree on every run', () => {
    expect(Array.from(clusterTree(embeddings()))).toEqual(Array.from(clusterTree(embeddings())))
  })
})
