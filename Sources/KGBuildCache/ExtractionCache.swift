import Foundation
import GRDB
import KGBuildCore

/// Per-article extractions kept between runs, in one SQLite file (`extractions.sqlite`) in a folder the
/// user may move or delete. The key is a 128-bit hash of everything the extraction depends on: the
/// article as read (path, position, id, title, body, offsets, date, source, dateline, url), the ontology
/// (`Ontology.fingerprint`), the options that change results (`--unnamed-sources`) and the code (`salt`,
/// which the command line makes the executable's identity). The value is the article's `kgbuild extract`
/// line, so a cached article gives the same bytes as an analysed one. Safe to use from many threads.
public final class ExtractionCache: ExtractionStore, @unchecked Sendable {
    public let directory: String
    private let db: DatabaseQueue
    private let salt: [UInt8]

    public static let fileName = "extractions.sqlite"

    public init(directory: String, ontology: Ontology, includeUnnamedSources: Bool, salt: String) throws {
        self.directory = directory
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var config = Configuration()
        config.busyMode = .timeout(10)
        // A cache needs consistency, not durability: with WAL, NORMAL never corrupts the file, and a crash
        // costs at most the last batches (analysed again next run). FULL waited for an fsync per batch.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous=NORMAL") }
        db = try DatabaseQueue(path: (directory as NSString).appendingPathComponent(Self.fileName), configuration: config)
        try db.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode=WAL")
            // a table with row ids: records (about 16 KiB) are far too long for a WITHOUT ROWID table, whose
            // B-tree holds them in its nodes (a first run spent a third of its time in page reads and writes)
            try db.execute(sql: "DROP TABLE IF EXISTS extraction")
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS record (key TEXT PRIMARY KEY NOT NULL, line BLOB NOT NULL)")
        }
        self.salt = Array("\(salt)|onto:\(ontology.fingerprint)|unnamed:\(includeUnnamedSources)|record:\(ExtractionRecord.version)".utf8)
    }

    /// The cache key of an article: two independent 64-bit hashes of its fields and the salt.
    public func key(for a: Article) -> String {
        var h = KeyHasher()
        h.add(salt)
        h.add(a.path); h.add(String(a.index)); h.add(a.id); h.add(a.title); h.add(String(a.bodyOffset))
        h.add(a.date?.normalized ?? "\u{0}"); h.add(a.source ?? "\u{0}"); h.add(a.place ?? "\u{0}"); h.add(a.url ?? "\u{0}")
        // (the dateline's country only when it has one: the keys of the others stay as they were)
        if let c = a.placeCountry { h.add(c) }
        h.add(a.body)
        return h.hex
    }

    /// The records stored under `keys` (missing or unreadable ones are absent).
    public func lookup(_ keys: [String]) -> [String: ExtractionRecord] {
        var out: [String: ExtractionRecord] = [:]
        let lines: [(String, Data)] = (try? db.read { db in
            let stmt = try db.cachedStatement(sql: "SELECT line FROM record WHERE key = ?")
            var found: [(String, Data)] = []
            for k in keys {
                if let d = try Data.fetchOne(stmt, arguments: [k]) { found.append((k, d)) }
            }
            return found
        }) ?? []
        for (k, d) in lines {
            if let r = try? ExtractionRecord(line: [UInt8](d)) { out[k] = r }
        }
        return out
    }

    /// Stores `lines` (key, extraction line) in one transaction; a failure only costs a later re-analysis.
    public func store(_ lines: [(String, [UInt8])]) {
        try? db.write { db in
            let stmt = try db.cachedStatement(sql: "INSERT OR REPLACE INTO record (key, line) VALUES (?, ?)")
            for (k, line) in lines { try stmt.execute(arguments: [k, Data(line)]) }
        }
    }

    /// Number of stored extractions.
    public func count() -> Int { (try? db.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM record") ?? 0 }) ?? 0 }

    /// The default folder: `$XDG_CACHE_HOME/kgbuild`, else `~/.cache/kgbuild`.
    public static func defaultDirectory() -> String {
        let env = ProcessInfo.processInfo.environment
        if let x = env["XDG_CACHE_HOME"], x.hasPrefix("/") { return x + "/kgbuild" }
        return (env["HOME"] ?? NSTemporaryDirectory()) + "/.cache/kgbuild"
    }
}

/// FNV-1a and a multiply–xorshift hash side by side: 128 bits, fields separated by their lengths.
struct KeyHasher {
    var a: UInt64 = 0xcbf29ce484222325
    var b: UInt64 = 0x9E3779B97F4A7C15

    mutating func add(_ bytes: [UInt8]) {
        for x in bytes { step(x) }
        addLength(bytes.count)
    }

    mutating func add(_ s: String) {
        var s = s
        let n = s.withUTF8 { p in
            for x in p { step(x) }
            return p.count
        }
        addLength(n)
    }

    @inline(__always) mutating func step(_ x: UInt8) {
        a = (a ^ UInt64(x)) &* 0x100000001b3
        b = (b ^ UInt64(x)) &* 0xff51afd7ed558ccd
        b ^= b >> 29
    }

    var hex: String {
        var out = [UInt8](repeating: 48, count: 32)
        let digits = Array("0123456789abcdef".utf8)
        for (k, v) in [a, b].enumerated() {
            var x = v
            for i in (0..<16).reversed() { out[k * 16 + i] = digits[Int(x & 15)]; x >>= 4 }
        }
        return String(decoding: out, as: UTF8.self)
    }

    mutating func addLength(_ n: Int) {
        var v = UInt64(n)
        for _ in 0..<8 { step(UInt8(v & 0xFF)); v >>= 8 }
        step(0x1F)
    }
}
