import Foundation

/// Reads JSON Lines: one article record per line (`title`, `text`, optional `date`, `source`, `url`, `id`;
/// common alternative field names are accepted). A bad line is reported with its number and skipped.
public struct JSONLinesReader: Sendable {
    public var textReader: TextArticleReader

    public init(textReader: TextArticleReader = TextArticleReader()) {
        self.textReader = textReader
    }

    static let titleKeys = ["title", "headline"]
    static let textKeys = ["text", "body", "maintext", "content", "article"]
    static let dateKeys = ["date", "published", "date_publish", "pubDate", "published_at", "datePublished"]
    static let sourceKeys = ["source", "agency", "source_domain", "site"]
    static let urlKeys = ["url", "link"]
    static let idKeys = ["id", "uuid", "guid"]

    public func read(data: [UInt8], path: String, problems: inout [IngestProblem]) -> [Article] {
        var out: [Article] = []
        var lineNo = 0
        // lines end at a newline or at the end of the data (a last, empty line is blank)
        func line(_ start: Int, _ end: Int) {
            lineNo += 1
            let slice = data[start..<end]
            if slice.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
            if let a = record(slice, path: path, line: lineNo, index: out.count, problems: &problems) {
                out.append(a)
            }
        }
        var start = 0
        data.withUnsafeBufferPointer { p in
            if let base = p.baseAddress {
                while let hit = memchr(base + start, 10, p.count - start) {
                    let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    line(start, end)
                    start = end + 1
                }
            }
        }
        line(start, data.count)
        return out
    }

    /// One line's record: read by `JSONRecordScanner` where it can, else by JSONSerialization.
    func record(_ line: ArraySlice<UInt8>, path: String, line lineNo: Int, index: Int, problems: inout [IngestProblem]) -> Article? {
        if let fields = line.withUnsafeBufferPointer({ JSONRecordScanner.fields($0) }) {
            return Self.article(string: fields.string, path: path, index: index, fallbackID: "\(path)#\(lineNo)",
                                textReader: textReader, problems: &problems, where: "\(path):\(lineNo)")
        }
        guard let obj = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
            problems.append(IngestProblem(path: "\(path):\(lineNo)", reason: "not a JSON object; line skipped"))
            return nil
        }
        return Self.article(from: obj, path: path, index: index, fallbackID: "\(path)#\(lineNo)", textReader: textReader,
                            problems: &problems, where: "\(path):\(lineNo)")
    }

    static func string(_ obj: [String: Any], _ keys: [String]) -> String? {
        for k in keys {
            if let s = obj[k] as? String, hasNonWhitespace(s) { return s }
            if let n = obj[k] as? NSNumber { return n.stringValue }
        }
        return nil
    }

    /// Builds an article from one record; a leading dateline in its text is read (and blanked) as in text files.
    static func article(from obj: [String: Any], path: String, index: Int, fallbackID: String,
                        textReader: TextArticleReader, problems: inout [IngestProblem], where location: String) -> Article? {
        article(string: { string(obj, $0) }, path: path, index: index, fallbackID: fallbackID, textReader: textReader,
                problems: &problems, where: location)
    }

    /// `article(from:)` with the record's fields read by `string` (the first of the names given that holds
    /// text): a dictionary's, or the fields `JSONRecordScanner` read.
    static func article(string: ([String]) -> String?, path: String, index: Int, fallbackID: String,
                        textReader: TextArticleReader, problems: inout [IngestProblem], where location: String) -> Article? {
        guard let text = string(textKeys) else {
            problems.append(IngestProblem(path: location, reason: "record has no text field (\(textKeys.joined(separator: "/"))); skipped"))
            return nil
        }
        let title = string(titleKeys).map(TextArticleReader.clean) ?? ""
        let date = string(dateKeys).flatMap { DateParsing.parse($0) }
        return RecordAssembly.article(title: title, text: text, date: date, source: string(sourceKeys),
                                      url: string(urlKeys), id: string(idKeys),
                                      fallbackID: fallbackID, path: path, index: index, isPlace: textReader.isPlace)
    }
}
