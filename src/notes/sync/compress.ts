// Raw DEFLATE (RFC 1951) through the web's CompressionStream, which browsers and Node both have:
// notes are prose, and prose shrinks to about a third, which is what lets a few hundred notes
// fit in the sync area's 100 KB.

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  return new Uint8Array(await new Response(out).arrayBuffer())
}

export const deflate = (bytes: Uint8Array): Promise<Uint8Array> => through(bytes, new CompressionStream('deflate-raw'))

/** The inflated bytes, or null when they are not DEFLATE data. */
export async function inflate(bytes: Uint8Array): Promise<Uint8Array | null> {
  try {
    return await through(bytes, new DecompressionStream('deflate-raw'))
  } catch {
    return null
  }
}
