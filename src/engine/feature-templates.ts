// Feature template ids, shared by the feature extractor (features.ts) and the inference fast path
// (fast-scores.ts). Each id is part of every feature hash, so templates never collide by value.
// Changing any of these changes every feature: retrain.

export const T_BIAS = 1, T_NORM = 2, T_LOWER = 3, T_SHAPE = 4, T_SHORT = 5, T_PREFIX = 6, T_SUFFIX = 7
export const T_CASE = 8, T_LOW_M1 = 9, T_LOW_P1 = 10, T_LOW_M2 = 11, T_LOW_P2 = 12, T_NORM_M1 = 13
export const T_NORM_P1 = 14, T_SHORT_M1 = 15, T_SHORT_P1 = 16, T_SHORT_TRI = 17, T_BI_M1 = 18
export const T_BI_P1 = 19, T_GAZ = 20, T_GAZ_M1 = 21, T_GAZ_P1 = 22, T_GAZ_CASE = 23, T_DOCCASE = 24
export const T_FIRST = 25, T_LOW_M1_SHAPE = 26, T_LOW_P1_SHAPE = 27, T_SHORT_M2 = 28, T_SHORT_P2 = 29
/** Gazetteer features stop here (a token in many lists); keeps MAX_STATIC safe. */
export const MAX_GAZ_FEATURES = 40
export const T_Y1 = 40, T_Y2 = 41, T_Y1_LOW = 42, T_Y1_SHAPE = 43, T_EPH = 44, T_EPH_CASE = 45
export const T_EPH_P1 = 46, T_EPH_LOW = 47, T_REGIME = 60
export const T_CTX_M1 = 32, T_CTX_P1 = 33
/** Word-cluster path prefixes of the token (by depth) and of its neighbours. */
export const T_CLUSTER = 34, T_CLUSTER_M1 = 35, T_CLUSTER_P1 = 36, T_CLUSTER_M1_LEAF = 37
export const T_CLUSTER_P1_LEAF = 38, T_CLUSTER_M2 = 39, T_CLUSTER_P2 = 30, T_CLUSTER_BI_M1 = 31
export const T_CLUSTER_BI_P1 = 48
export const T_AGG = 50, T_AGG_CASE = 51, T_AGG_Y1 = 52, T_AGG_M1 = 53, T_AGG_P1 = 54

// Stand-ins for the words before a sentence's start and after its end.
export const PAD_BEFORE = 0x5bd1e995, PAD_AFTER = 0x1b873593

