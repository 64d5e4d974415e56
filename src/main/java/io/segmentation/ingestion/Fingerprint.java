package io.segmentation.ingestion;

import java.util.List;

/** A 64-bit hash of a row's raw fields: exact duplicate rows share it, others collide with odds near 2^-64. */
final class Fingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Fingerprint() {
    }

    static long of(List<String> fields) {
        long h = FNV_OFFSET;
        for (String field : fields) {
            for (int i = 0; i < field.length(); i++) {
                h = (h ^ field.charAt(i)) * FNV_PRIME;
            }
            h = (h ^ 0x1F) * FNV_PRIME; // why: a separator so ("ab","c") and ("a","bc") differ
        }
        // why: FNV's low bits mix poorly; a murmur3 finaliser spreads them for the hash set
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
