import Foundation

/// Reads a `.json` file: an array of article records, an object holding one (`articles`, `items`,
/// `data`, ...), or a single record; field names as in JSON Lines. A record that is not an object or has
/// no text is reported with its line number and skipped. A file that is not one JSON value but one
/// record per line is handed to the JSON Lines reader.
public struct JSONArrayReader: Sendable {
    public var lines: JSONLinesReader

    public init(textReader: TextArticleReader = TextArticleReader()) {
        lines = JSONLinesReader(textReader: textReader)
    }

    static let wrapperKeys = ["articles", "items", "data", "results", "records", "entries", "posts", "documents", "docs", "stories"]

    public func read(data: [UInt8], path: String, problems: inout [IngestProblem]) -> [Article] {
        let top: Any
        do {
            top = try JSONSerialization.jsonObject(with: Data(data))
        } catch {
            if Self.firstByte(data) == 123 { return lines.read(data: data, path: path, problems: &problems) }
            problems.append(IngestProblem(path: path, reason: "not valid JSON; skipped"))
            return []
        }
        var records: [Any]
        var lineOf: (Int) -> String
        if let a = top as? [Any] {
            records = a
            let starts = Self.elementLines(data)
            lineOf = { i in i < starts.count ? "\(path):\(starts[i])" : "\(path): record \(i + 1)" }
        } else if let d = top as? [String: Any] {
            if let key = Self.wrapperKeys.first(where: { d[$0] is [Any] }), let a = d[key] as? [Any] {
                records = a
                lineOf = { i in "\(path): \(key)[\(i)]" }
            } else {
                records = [d]
                lineOf = { _ in path }
            }
        } else {
            problems.append(IngestProblem(path: path, reason: "JSON holds no article records; skipped"))
            return []
        }
        var out: [Article] = []
        for (i, r) in records.enumerated() {
            guard let obj = r as? [String: Any] else {
                problems.append(IngestProblem(path: lineOf(i), reason: "record \(i + 1) is not a JSON object; skipped"))
                continue
            }
            if let a = JSONLinesReader.article(from: obj, path: path, index: out.count, fallbackID: "\(path)#\(i + 1)",
                                               textReader: lines.textReader, problems: &problems, where: lineOf(i)) {
                out.append(a)
            }
        }
        return out
    }

    static func firstByte(_ data: [UInt8]) -> UInt8? {
        var i = 0
        if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF { i = 3 }
        while i < data.count, data[i] == 32 || data[i] == 9 || data[i] == 10 || data[i] == 13 { i += 1 }
        return i < data.count ? data[i] : nil
    }

    /// The 1-based line on which each element of a top-level JSON array starts, in one pass over the bytes.
    static func elementLines(_ data: [UInt8]) -> [Int] {
        var out: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var expecting = false
        for b in data {
            if b == 10 { line += 1 }
            if inString {
                if escaped { escaped = false } else if b == 92 { escaped = true } else if b == 34 { inString = false }
                continue
            }
            if b == 32 || b == 9 || b == 10 || b == 13 { continue }
            if depth == 1, expecting, b != 93 { out.append(line); expecting = false }
            switch b {
            case 34: inString = true
            case 91, 123:
                depth += 1
                if depth == 1 { expecting = true }
            case 93, 125: depth -= 1
            case 44: if depth == 1 { expecting = true }
            default: break
            }
        }
        return out
    }
}
