// Loads the shipped entity model from disk in Node (the extension fetches the same file by URL).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { loadEntityModel, type EntityModel } from '../engine/entity-model.ts'

const MODEL_PATH = fileURLToPath(new URL('../engine/model/entities.bin', import.meta.url))

let cached: EntityModel | null = null

/** The default entity model, read once per process. */
export function loadDefaultModelNode(): EntityModel {
  cached ??= loadEntityModel(new Uint8Array(readFileSync(MODEL_PATH)))
  return cached
}
