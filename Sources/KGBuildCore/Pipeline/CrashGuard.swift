import Foundation

/// Names the article a crash happened in, so that one odd article costs only itself (see the `kgbuild`
/// supervisor, README "Bad input"). A worker notes the article it analyses in a slot of its own thread
/// (allocated once per thread: noting copies the path's bytes, nothing is allocated); a handler of the
/// signals a Swift runtime failure or a memory fault raises writes the crashing thread's slot to the
/// crash note the supervisor named (`KGBUILD_CRASH_NOTE`), or says it on standard error when there is
/// none, then hands the signal to the handler it replaced (Swift's backtracer, or the default).
/// The handler runs in a signal handler: write(2) and loads only, no allocation, no Swift string.
public enum CrashGuard {
    /// The environment variable that marks a supervised child and names its crash note file.
    public static let noteVariable = "KGBUILD_CRASH_NOTE"
    /// Names a file of articles to skip, as the crash note gives them (`index<TAB>path<NUL>` each).
    public static let skipVariable = "KGBUILD_SKIP"
    /// Test-only: an article whose body contains this text makes the analysis trap (an index out of range).
    static let trapVariable = "KGBUILD_TEST_TRAP"
    /// The reason a skipped article is reported with.
    public static let reason = "internal error while analysing this article (a bug in kgbuild; please report it with the article)"

    /// The signals a trap, a failed precondition or a memory fault raises.
    public static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT]

    // A slot: the article's index (Int), its path's length (Int, 0: no article), then the path's bytes;
    // past them, room for the handler to spell the index.
    private static let pathCapacity = 4_000
    private static let slotSize = 16 + pathCapacity + 32

    nonisolated(unsafe) private static var key = pthread_key_t()
    nonisolated(unsafe) private static var noteFD: Int32 = -1
    nonisolated(unsafe) private static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    nonisolated(unsafe) private static var installed = false
    private static let trapMarker = ProcessInfo.processInfo.environment[trapVariable].flatMap { $0.isEmpty ? nil : $0 }

    /// Installs the handlers (once, at start-up, before any worker thread) and opens the crash note.
    public static func install() {
        guard !installed else { return }
        installed = true
        pthread_key_create(&key) { free($0) }   // a thread's slot goes with it
        if let note = ProcessInfo.processInfo.environment[noteVariable], !note.isEmpty {
            noteFD = open(note, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        }
        for sig in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = handler
            action.sa_flags = SA_SIGINFO | SA_ONSTACK
            sigemptyset(&action.sa_mask)
            sigaction(sig, &action, previous + Int(sig))
        }
    }

    /// The calling thread is about to analyse `article`: a crash until `clear` names it.
    @inline(__always)
    static func note(_ article: Article) {
        guard installed else { return }
        var slot = pthread_getspecific(key)
        if slot == nil {
            slot = UnsafeMutableRawPointer.allocate(byteCount: slotSize, alignment: 8)
            pthread_setspecific(key, slot)
        }
        let s = slot.unsafelyUnwrapped
        s.storeBytes(of: 0, toByteOffset: 8, as: Int.self)
        s.storeBytes(of: article.index, as: Int.self)
        let n = article.path.utf8.withContiguousStorageIfAvailable { p -> Int in
            let n = min(p.count, pathCapacity)
            if n > 0 { (s + 16).copyMemory(from: p.baseAddress!, byteCount: n) }
            return n
        } ?? 0
        s.storeBytes(of: n, toByteOffset: 8, as: Int.self)
        if let marker = trapMarker, article.body.contains(marker) {
            let none: [Int] = []
            _ = none[article.index]   // a real runtime failure, as a bug would raise
        }
    }

    /// The calling thread is done with its article.
    @inline(__always)
    static func clear() {
        guard installed, let s = pthread_getspecific(key) else { return }
        s.storeBytes(of: 0, toByteOffset: 8, as: Int.self)
    }

    private static let handler: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { sig, info, context in
        CrashGuard.report()
        CrashGuard.chain(sig, info, context)
    }

    /// Writes the crashing thread's article: `index<TAB>path<NUL>` to the note, or a line on standard error.
    private static func report() {
        guard let s = pthread_getspecific(key) else { return }
        let length = s.load(fromByteOffset: 8, as: Int.self)
        guard length > 0 else { return }
        let index = s.load(as: Int.self)
        // the index in decimal, spelled backwards from the end of the slot
        let end = s + slotSize
        var p = end
        var v = noteFD >= 0 ? index : index + 1
        repeat { p -= 1; p.storeBytes(of: UInt8(48 + v % 10), as: UInt8.self); v /= 10 } while v > 0 && p > s + 16 + pathCapacity
        func put(_ fd: Int32, _ text: StaticString) { _ = write(fd, text.utf8Start, text.utf8CodeUnitCount) }
        if noteFD >= 0 {
            _ = write(noteFD, p, end - p)
            put(noteFD, "\t")
            _ = write(noteFD, s + 16, length)
            put(noteFD, "\0")
        } else {
            put(2, "kgbuild: internal error while reading ")
            _ = write(2, s + 16, length)
            put(2, ", article ")
            _ = write(2, p, end - p)
            put(2, " (a bug in kgbuild; please report it with the article)\n")
        }
    }

    /// Hands the signal to the handler that was there before: called directly when it takes the signal's
    /// details (Swift's backtracer does); otherwise restored, and the signal raised again when returning
    /// would not repeat it (sent by kill or abort, or a breakpoint trap).
    private static func chain(_ sig: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
        var old = previous[Int(sig)]
        sigaction(sig, &old, nil)
        if old.sa_flags & SA_SIGINFO != 0, let f = old.__sigaction_handler.sa_sigaction {
            f(sig, info, context)
            return
        }
        if sig == SIGABRT || sig == SIGTRAP || (info?.pointee.si_code ?? 0) <= 0 { raise(sig) }
    }

    /// The articles to skip, read once from `KGBUILD_SKIP`.
    private static let skipped: Set<Skipped> = {
        guard let path = ProcessInfo.processInfo.environment[skipVariable],
              let data = FileManager.default.contents(atPath: path) else { return [] }
        return Set(data.split(separator: 0).compactMap { Skipped(note: Array($0)) })
    }()

    /// An article as a crash note names it: its path and its position in its file.
    public struct Skipped: Hashable, Sendable {
        public var path: String
        public var index: Int

        /// Reads `index<TAB>path` (one entry of a note, without its NUL).
        init(path: String, index: Int) {
            self.path = path
            self.index = index
        }

        public init?(note: [UInt8]) {
            guard let tab = note.firstIndex(of: 9), let i = Int(String(decoding: note[..<tab], as: UTF8.self)) else { return nil }
            index = i
            path = String(decoding: note[(tab + 1)...], as: UTF8.self)
        }
    }

    static var skipsAny: Bool { !skipped.isEmpty }

    static func isSkipped(_ a: Article) -> Bool { skipped.contains(Skipped(path: a.path, index: a.index)) }
}

extension Pipeline {
    /// `articles` (just read from `data`) without those a previous run crashed on, each reported as
    /// unreadable input at its line (of a text or JSON Lines file) or its position in the file.
    func skippingCrashed(_ articles: [Article], data: [UInt8], problems: inout [IngestProblem]) -> [Article] {
        guard CrashGuard.skipsAny, articles.contains(where: CrashGuard.isSkipped) else { return articles }
        return articles.filter { a in
            guard CrashGuard.isSkipped(a) else { return true }
            problems.append(IngestProblem(path: location(of: a, in: data), reason: CrashGuard.reason))
            return false
        }
    }

    /// `FILE:LINE` for an article of a text or JSON Lines file, `FILE: article N` otherwise.
    func location(of a: Article, in data: [UInt8]) -> String {
        switch InputFormat.detect(path: a.path, data: data) {
        case .text:
            return "\(a.path):\(1 + data.prefix(a.bodyOffset).lazy.filter { $0 == 10 }.count)"
        case .jsonLines:
            // the line of the index-th record the reader accepts
            var found = 0, lineNo = 0
            var ignored: [IngestProblem] = []
            let reader = JSONLinesReader(textReader: textReader)
            for line in data.split(separator: 10, omittingEmptySubsequences: false) {
                lineNo += 1
                if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
                guard reader.record(line, path: a.path, line: lineNo, index: found, problems: &ignored) != nil else { continue }
                if found == a.index { return "\(a.path):\(lineNo)" }
                found += 1
            }
            return "\(a.path): article \(a.index + 1)"
        default:
            return "\(a.path): article \(a.index + 1)"
        }
    }
}
