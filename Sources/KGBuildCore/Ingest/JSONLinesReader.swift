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
        var start = 0
        // lines end at a newline or at the end of the data (a last, empty line is blank)
        let ends: [Int] = data.withUnsafeBufferPointer { p in
            var ends: [Int] = []
            guard let base = p.baseAddress else { return [0] }
            var s = 0
            while let hit = memchr(base + s, 10, p.count - s) {
                let e = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                ends.append(e)
                s = e + 1
            }
            ends.append(p.count)
            return ends
        }
        for end in ends {
            lineNo += 1
            let slice = data[start..<end]
            start = end + 1
            if slice.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            if let a = record(slice, path: path, line: lineNo, index: out.count, problems: &problems) {
                out.append(a)
            }
        }
        return out
    }

    /// One line's record: read by `JSONRecordScanner` where it can, else by JSONSerialization.
    func record(_ line: ArraySlice<UInt8>, path: String, line lineNo: Int, index: Int, problems: inout [IngestProblem]) -> Article? {
        guard let obj = line.withUnsafeBufferPointer({ JSONRecordScanner.fields($0) }) else {
            return record(Data(line), path: path, line: lineNo, index: index, problems: &problems)
        }
        return Self.article(from: obj, path: path, index: index, fallbackID: "\(path)#\(lineNo)", textReader: textReader,
                            problems: &problems, where: "\(path):\(lineNo)")
    }

    func record(_ data: Data, path: String, line: Int, index: Int, problems: inout [IngestProblem]) -> Article? {
        guard let obj = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            problems.append(IngestProblem(path: "\(path):\(line)", reason: "not a JSON object; line skipped"))
            return nil
        }
        return Self.article(from: obj, path: path, index: index, fallbackID: "\(path)#\(line)", textReader: textReader,
                            problems: &problems, where: "\(path):\(line)")
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
        guard let text = string(obj, textKeys) else {
            problems.append(IngestProblem(path: location, reason: "record has no text field (\(textKeys.joined(separator: "/"))); skipped"))
            return nil
        }
        let title = string(obj, titleKeys).map(TextArticleReader.clean) ?? ""
        let date = string(obj, dateKeys).flatMap { DateParsing.parse($0) }
        return RecordAssembly.article(title: title, text: text, date: date, source: string(obj, sourceKeys),
                                      url: string(obj, urlKeys), id: string(obj, idKeys),
                                      fallbackID: fallbackID, path: path, index: index, isPlace: textReader.isPlace)
    }
}
