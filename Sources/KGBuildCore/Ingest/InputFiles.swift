import Foundation

/// Finds the files to read: files as named, folders recursively (hidden entries skipped, symlink loops
/// cut), `-` for standard input; in a stable order so that output never depends on the file system.
public enum InputFiles {
    public static let extensions: Set<String> = ["txt", "jsonl", "ndjson", "text", "md"]

    public static func collect(_ inputs: [String], problems: inout [IngestProblem]) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for input in inputs {
            if input == "-" { out.append("-"); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: input, isDirectory: &isDir) else {
                problems.append(IngestProblem(path: input, reason: "no such file or directory"))
                continue
            }
            if isDir.boolValue {
                var seen: Set<String> = []
                walk(input, into: &out, seen: &seen, problems: &problems)
            } else {
                out.append(input)
            }
        }
        return out
    }

    static func walk(_ dir: String, into out: inout [String], seen: inout Set<String>, problems: inout [IngestProblem]) {
        let fm = FileManager.default
        let real = (dir as NSString).resolvingSymlinksInPath
        guard seen.insert(real).inserted else {
            problems.append(IngestProblem(path: dir, reason: "symbolic link loop; skipped"))
            return
        }
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: dir) } catch {
            problems.append(IngestProblem(path: dir, reason: "cannot read directory (\(error.localizedDescription))"))
            return
        }
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue {
                walk(path, into: &out, seen: &seen, problems: &problems)
            } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
                out.append(path)
            }
        }
    }
}

/// Turns a file's bytes into UTF-8 text: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252.
public enum TextDecoding {
    public static func decode(_ data: [UInt8]) -> Result<String, IngestProblemReason> {
        if data.isEmpty { return .failure(.empty) }
        if data.count >= 2, (data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF) {
            let big = data[0] == 0xFE
            var units: [UInt16] = []
            units.reserveCapacity(data.count / 2)
            var i = 2
            while i + 1 < data.count {
                units.append(big ? UInt16(data[i]) << 8 | UInt16(data[i + 1]) : UInt16(data[i + 1]) << 8 | UInt16(data[i]))
                i += 2
            }
            return .success(String(decoding: units, as: UTF16.self))
        }
        var bytes = data[...]
        if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF { bytes = data[3...] }
        // binary: NUL bytes or a high share of control characters in the first 4 KB
        var controls = 0
        for b in bytes.prefix(4096) {
            if b == 0 { return .failure(.binary) }
            if b < 9 || (b > 13 && b < 32) { controls += 1 }
        }
        if controls > 32 { return .failure(.binary) }
        if let s = String(validatingUTF8Bytes: bytes) { return .success(s) }
        return .success(windows1252(bytes))
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

public enum IngestProblemReason: Error, Sendable, CustomStringConvertible {
    case empty, binary
    public var description: String {
        switch self {
        case .empty: return "empty file; skipped"
        case .binary: return "binary file (not text); skipped"
        }
    }
}

extension String {
    init?(validatingUTF8Bytes bytes: ArraySlice<UInt8>) {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = String(decoding: bytes, as: UTF8.self)
    }
}
