import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `--include` / `--exclude` globs (fnmatch), matched against a walked file's path relative to the folder
/// named on the command line and against its base name. Excludes also prune folders. Files named on the
/// command line are always read.
public struct InputFilter: Sendable, Equatable {
    public var include: [String]
    public var exclude: [String]

    public init(include: [String] = [], exclude: [String] = []) {
        self.include = include
        self.exclude = exclude
    }

    static func matches(_ patterns: [String], relative: String, name: String) -> Bool {
        patterns.contains { fnmatch($0, relative, 0) == 0 || fnmatch($0, name, 0) == 0 }
    }

    /// A walked file is read when an include matches (any extension then), or, without includes, when
    /// its extension is one kgbuild reads; and no exclude matches.
    public func accepts(relative: String, name: String) -> Bool {
        if Self.matches(exclude, relative: relative, name: name) { return false }
        if include.isEmpty { return InputFiles.extensions.contains(InputFiles.pathExtension(name)) }
        return Self.matches(include, relative: relative, name: name)
    }

    public func prunes(relative: String, name: String) -> Bool {
        Self.matches(exclude, relative: relative, name: name)
    }
}

/// Finds the files to read: files as named, folders recursively (hidden entries skipped, symlink loops
/// cut, the same folder or file reached twice read once), `-` for standard input; each folder's entries in
/// byte order, so that output never depends on the file system.
public enum InputFiles {
    public static let extensions: Set<String> = ["txt", "jsonl", "ndjson", "text", "md", "json", "html", "htm", "xhtml",
                                                 "xml", "rss", "atom", "rdf"]
    /// Larger files are not news; reading them would only exhaust memory.
    public static let maxFileBytes = 256 << 20

    static func pathExtension(_ name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: 46), dot != name.utf8.startIndex else { return "" }
        return String(name[name.utf8.index(after: dot)...]).lowercased()
    }

    public static func collect(_ inputs: [String], filter: InputFilter = InputFilter(), problems: inout [IngestProblem]) -> [String] {
        var walker = Walker(filter: filter)
        for input in inputs {
            if input == "-" { walker.out.append("-"); continue }
            var st = stat()
            guard stat(input, &st) == 0 else {
                let e = errno
                var lst = stat()
                let dangling = lstat(input, &lst) == 0 && (lst.st_mode & S_IFMT) == S_IFLNK
                problems.append(IngestProblem(path: input, reason: e == ELOOP ? "symbolic link loop; skipped"
                    : dangling ? "dangling symbolic link; skipped" : "\(String(cString: strerror(e))); skipped"))
                continue
            }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walker.walk(input, relative: "", ancestors: [], problems: &problems)
            } else if walker.firstVisit(st) {
                walker.out.append(input)
            }
        }
        return walker.out
    }

    struct FileID: Hashable { var dev: UInt64; var ino: UInt64 }

    struct Walker {
        var filter: InputFilter
        var out: [String] = []
        var seenFiles: Set<FileID> = []
        var seenDirs: Set<FileID> = []

        mutating func firstVisit(_ st: stat) -> Bool {
            seenFiles.insert(FileID(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))).inserted
        }

        mutating func walk(_ dir: String, relative: String, ancestors: Set<FileID>, problems: inout [IngestProblem]) {
            var st = stat()
            guard stat(dir, &st) == 0 else { return }
            let id = FileID(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))
            if ancestors.contains(id) {
                problems.append(IngestProblem(path: dir, reason: "symbolic link loop (a folder that contains itself); skipped"))
                return
            }
            guard seenDirs.insert(id).inserted else {
                problems.append(IngestProblem(path: dir, reason: "folder already read through another path; skipped"))
                return
            }
            let names: [String]
            do { names = try FileManager.default.contentsOfDirectory(atPath: dir) } catch {
                problems.append(IngestProblem(path: dir, reason: "cannot read folder (\(error.localizedDescription)); skipped"))
                return
            }
            var inner = ancestors
            inner.insert(id)
            for name in names.sorted(by: utf8Precedes) where !name.hasPrefix(".") {
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                let rel = relative.isEmpty ? name : relative + "/" + name
                var lst = stat()
                guard lstat(path, &lst) == 0 else { continue }
                var est = lst
                if (lst.st_mode & S_IFMT) == S_IFLNK {
                    if stat(path, &est) != 0 {
                        let e = errno
                        if !filter.prunes(relative: rel, name: name) {
                            problems.append(IngestProblem(path: path, reason: e == ELOOP ? "symbolic link loop; skipped" : "dangling symbolic link; skipped"))
                        }
                        continue
                    }
                }
                switch est.st_mode & S_IFMT {
                case S_IFDIR:
                    if filter.prunes(relative: rel, name: name) { continue }
                    walk(path, relative: rel, ancestors: inner, problems: &problems)
                case S_IFREG:
                    guard filter.accepts(relative: rel, name: name) else { continue }
                    if firstVisit(est) { out.append(path) }
                default:
                    guard filter.accepts(relative: rel, name: name) else { continue }
                    problems.append(IngestProblem(path: path, reason: "not a regular file (FIFO, socket or device); skipped"))
                }
            }
        }
    }

    /// Reads a whole file without blocking on a FIFO met in a folder: opened non-blocking, then only
    /// regular files are read (a FIFO or device named on the command line is read as given).
    public static func read(_ path: String, explicit: Bool) -> Result<[UInt8], IngestProblem> {
        let fd = open(path, O_RDONLY | O_CLOEXEC | (explicit ? 0 : O_NONBLOCK))
        if fd < 0 {
            return .failure(IngestProblem(path: path, reason: "cannot open (\(String(cString: strerror(errno)))); skipped"))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            return .failure(IngestProblem(path: path, reason: "cannot read (\(String(cString: strerror(errno)))); skipped"))
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { return .failure(IngestProblem(path: path, reason: "is a folder; skipped")) }
        if type != S_IFREG && !explicit {
            return .failure(IngestProblem(path: path, reason: "not a regular file (FIFO, socket or device); skipped"))
        }
        if Int(st.st_size) > maxFileBytes {
            return .failure(IngestProblem(path: path, reason: "larger than \(maxFileBytes >> 20) MiB; skipped"))
        }
        var out = [UInt8](repeating: 0, count: type == S_IFREG ? Int(st.st_size) : 0)
        var filled = 0
        while true {
            if filled == out.count { out.append(contentsOf: repeatElement(0, count: max(65536, out.count))) }
            let n = out.withUnsafeMutableBytes { buf in Glibc.read(fd, buf.baseAddress! + filled, buf.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(IngestProblem(path: path, reason: "cannot read (\(String(cString: strerror(errno)))); skipped"))
            }
            if n == 0 { break }
            filled += n
            if filled > maxFileBytes {
                return .failure(IngestProblem(path: path, reason: "larger than \(maxFileBytes >> 20) MiB; skipped"))
            }
        }
        out.removeSubrange(filled...)
        return .success(out)
    }
}

/// What a file holds, from its extension, else from its first bytes.
public enum InputFormat: Sendable, Equatable {
    case text, jsonLines, json, html, feed

    public static func detect(path: String, data: [UInt8]) -> InputFormat {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        switch InputFiles.pathExtension(name) {
        case "jsonl", "ndjson": return .jsonLines
        case "json": return .json
        case "html", "htm", "xhtml": return .html
        case "xml", "rss", "atom", "rdf": return sniff(data) == .html ? .html : .feed
        default: return sniff(data)
        }
    }

    /// Markup or JSON at the start of a text file (after a BOM and white space); else plain text.
    static func sniff(_ data: [UInt8]) -> InputFormat {
        var i = 0
        if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF { i = 3 }
        while i < data.count, data[i] == 32 || data[i] == 9 || data[i] == 10 || data[i] == 13 { i += 1 }
        guard i < data.count else { return .text }
        let head = data[i..<min(data.count, i + 4096)].map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        func starts(_ s: String) -> Bool { head.starts(with: s.utf8) }
        func has(_ s: String) -> Bool {
            let k = Array(s.utf8)
            guard head.count >= k.count else { return false }
            for j in 0...(head.count - k.count) where head[j] == k[0] && Array(head[j..<(j + k.count)]) == k { return true }
            return false
        }
        switch data[i] {
        case 60:  // <
            if starts("<!doctype html") || starts("<html") || starts("<head") || starts("<body") || starts("<meta") { return .html }
            if starts("<?xml") || starts("<rss") || starts("<feed") || starts("<rdf:rdf") || starts("<!--") || starts("<!doctype") {
                if has("<rss") || has("<feed") || has("<rdf:rdf") { return .feed }
                if has("<html") { return .html }
                return starts("<?xml") || starts("<!doctype") ? .feed : .text
            }
            return has("<p>") || has("<p ") || has("<div") || has("<article") ? .html : .text
        case 123:  // {
            var end = i
            while end < data.count, data[end] != 10 { end += 1 }
            let first = (try? JSONSerialization.jsonObject(with: Data(data[i..<end]))) as? [String: Any]
            return first != nil ? .jsonLines : .text
        case 91:  // [
            return (try? JSONSerialization.jsonObject(with: Data(data[i...]))) is [Any] ? .json : .text
        default:
            return .text
        }
    }
}

/// Turns a file's bytes into UTF-8 text: UTF-8 with or without BOM, UTF-16 with BOM (or without, when
/// every other byte of ASCII text is NUL), else Windows-1252. Known binary formats and data with NUL or
/// many control bytes are refused.
public enum TextDecoding {
    /// Signatures of formats that turn up renamed as .txt or .html in downloads folders.
    static let magic: [([UInt8], String)] = [
        (Array("%PDF".utf8), "PDF document"), ([0x50, 0x4B, 0x03, 0x04], "ZIP archive (or Office document)"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"), (Array("GIF8".utf8), "GIF image"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x1F, 0x8B], "gzip archive"), ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"), (Array("BZh".utf8), "bzip2 archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"), ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
        ([0xD0, 0xCF, 0x11, 0xE0], "Office 97 document"), (Array("{\\rtf".utf8), "RTF document"),
        (Array("SQLite format 3".utf8), "SQLite database"), ([0x52, 0x61, 0x72, 0x21], "RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF], "7-Zip archive"), (Array("OggS".utf8), "Ogg media"), (Array("ID3".utf8), "MP3 audio"),
        (Array("RIFF".utf8), "RIFF media"), ([0x00, 0x00, 0x00], "binary data"),
    ]

    public static func decode(_ data: [UInt8]) -> Result<String, IngestProblemReason> {
        switch screen(data) {
        case .failure(let why): return .failure(why)
        case .success(.text(let s)): return .success(s)
        case .success(.utf8(let bytes)):
            if let s = String(validating: bytes, as: UTF8.self) { return .success(s) }
            return .success(windows1252(bytes))
        }
    }

    /// `decode`'s text as its UTF-8 bytes (`Array(text.utf8)`), for the JSON readers, which read bytes: a
    /// file already in UTF-8 (nearly all) is checked in place and taken as it is, with no String made of
    /// it (the stdlib's validation, on the reading thread, cost ten instructions a byte).
    static func decodeToUTF8(_ data: [UInt8]) -> Result<[UInt8], IngestProblemReason> {
        switch screen(data) {
        case .failure(let why): return .failure(why)
        case .success(.text(let s)): return .success(Array(s.utf8))
        case .success(.utf8(let bytes)):
            if bytes.withUnsafeBufferPointer({ isValidUTF8($0) }) { return .success(Array(bytes)) }
            return .success(Array(windows1252(bytes).utf8))
        }
    }

    /// What `decode` finds before it reads bytes as UTF-8: a refusal, a text in another encoding (UTF-16),
    /// or the bytes to read as UTF-8 (without their BOM).
    private enum Screened { case text(String), utf8(ArraySlice<UInt8>) }

    private static func screen(_ data: [UInt8]) -> Result<Screened, IngestProblemReason> {
        if data.isEmpty { return .failure(.empty) }
        if data.count >= 2, (data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF) {
            return .success(.text(utf16(data[2...], bigEndian: data[0] == 0xFE)))
        }
        for (sig, kind) in magic where data.starts(with: sig) { return .failure(.binary(kind)) }
        if let big = utf16WithoutBOM(data.prefix(4096)) { return .success(.text(utf16(data[...], bigEndian: big))) }
        var bytes = data[...]
        if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF { bytes = data[3...] }
        if bytes.allSatisfy({ $0 == 32 || ($0 >= 9 && $0 <= 13) }) { return .failure(.empty) }
        // binary: NUL bytes or a high share of control characters in the first 8 KB
        var controls = 0
        let head = bytes.prefix(8192)
        for b in head {
            if b == 0 { return .failure(.binary("binary data (NUL bytes)")) }
            if b < 9 || (b > 13 && b < 32) || b == 127 { controls += 1 }
        }
        if controls > 32 && controls * 20 > head.count { return .failure(.binary("binary data (control bytes)")) }
        return .success(.utf8(bytes))
    }

    /// Whether `p` is well-formed UTF-8, as `String(validating:as: UTF8.self)` decides: ASCII eight bytes
    /// at a time, other sequences by the byte ranges of the Unicode Standard's table 3-7 (no overlong
    /// forms, no surrogates, nothing past U+10FFFF, no sequence cut short).
    static func isValidUTF8(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = p.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = p.count
        @inline(__always) func continuation(_ k: Int) -> Bool { k < n && p[k] & 0xC0 == 0x80 }
        var i = 0
        while i < n {
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
            let b = p[i]
            if b < 0x80 { i += 1; continue }
            if b >= 0xC2 && b <= 0xDF {
                guard continuation(i + 1) else { return false }
                i += 2
            } else if b >= 0xE0 && b <= 0xEF {
                guard i + 1 < n else { return false }
                let b1 = p[i + 1]
                let lo: UInt8 = b == 0xE0 ? 0xA0 : 0x80, hi: UInt8 = b == 0xED ? 0x9F : 0xBF
                guard b1 >= lo && b1 <= hi, continuation(i + 2) else { return false }
                i += 3
            } else if b >= 0xF0 && b <= 0xF4 {
                guard i + 1 < n else { return false }
                let b1 = p[i + 1]
                let lo: UInt8 = b == 0xF0 ? 0x90 : 0x80, hi: UInt8 = b == 0xF4 ? 0x8F : 0xBF
                guard b1 >= lo && b1 <= hi, continuation(i + 2), continuation(i + 3) else { return false }
                i += 4
            } else {
                return false
            }
        }
        return true
    }

    static func utf16(_ data: ArraySlice<UInt8>, bigEndian big: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var i = data.startIndex
        while i + 1 < data.endIndex {
            units.append(big ? UInt16(data[i]) << 8 | UInt16(data[i + 1]) : UInt16(data[i + 1]) << 8 | UInt16(data[i]))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// ASCII text in UTF-16 without a BOM: NUL in every high byte and in no low byte. Returns whether it
    /// is big-endian, nil when the bytes do not look like that.
    static func utf16WithoutBOM(_ head: ArraySlice<UInt8>) -> Bool? {
        guard head.count >= 8, head.count % 2 == 0 || head.count == 4096 else { return nil }
        var evenNul = 0, oddNul = 0, pairs = 0
        var i = head.startIndex
        while i + 1 < head.endIndex {
            if head[i] == 0 { evenNul += 1 }
            if head[i + 1] == 0 { oddNul += 1 }
            pairs += 1
            i += 2
        }
        if oddNul * 10 >= pairs * 9 && evenNul == 0 { return false }
        if evenNul * 10 >= pairs * 9 && oddNul == 0 { return true }
        return nil
    }

    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var s = String.UnicodeScalarView()
        for b in bytes {
            let v: UInt32 = (b >= 0x80 && b < 0xA0) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            s.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return String(s)
    }
}

public enum IngestProblemReason: Error, Sendable, Equatable, CustomStringConvertible {
    case empty
    /// The kind of binary content, e.g. "PDF document".
    case binary(String)
    public var description: String {
        switch self {
        case .empty: return "empty file; skipped"
        case .binary(let kind): return "not text (\(kind)); skipped"
        }
    }
}

extension String {
    /// nil when the bytes are not valid UTF-8 (the standard library's validating fast path).
    init?(validatingUTF8Bytes bytes: ArraySlice<UInt8>) {
        guard let s = String(validating: bytes, as: UTF8.self) else { return nil }
        self = s
    }
}
