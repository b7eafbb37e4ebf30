import Foundation
#if os(Linux)
import CMalloc
#endif

/// glibc's allocator, set for a run that allocates and frees big arrays again and again (each batch's
/// records, the merge's tables, each export chunk's megabytes), on a few threads:
/// - blocks up to 64 MB come from the heap and go back to it, instead of a fresh mapping each whose every
///   page faults in when first written and is unmapped when freed (glibc's threshold starts at 128 kB and
///   grows only as far as the biggest block freed so far);
/// - freed memory is kept up to 512 MB rather than trimmed and faulted in again by the next batch;
/// - one arena a core, not eight: each worker thread's arena was a heap of its own to grow page by page.
/// On a 10 MB corpus of `scripts/gen_corpus.py` this cut the minor page faults with two jobs from 62,000-68,000
/// to 45,000-46,000 (with one job from 43,500 to 39,000), for 5-10 MB more resident memory (of 180-210 MB).
/// The output does not depend on it.
enum MallocTuning {
    static func apply() {
        #if os(Linux)
        _ = mallopt(M_MMAP_THRESHOLD, 64 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 512 << 20)
        _ = mallopt(M_ARENA_MAX, Int32(max(2, ProcessInfo.processInfo.activeProcessorCount)))
        #endif
    }
}
