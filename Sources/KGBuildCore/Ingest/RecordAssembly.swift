/// Builds an article from fields found by a structured reader (JSON record, web page, feed item). A
/// dateline at the start of the text is read for what the metadata lacks and blanked with spaces, as
/// in text files, so that offsets into the text stay valid.
enum RecordAssembly {
    static func article(title: String, text: String, date: PartialDate?, source: String?, url: String?, id: String?,
                        fallbackID: String, path: String, index: Int, isPlace: @Sendable (String) -> Bool) -> Article {
        // The bytes are copied only when a dateline is found and blanked.
        var dateline: Dateline? = nil
        var blanked: [UInt8]? = nil
        let bytes = text.utf8
        var ls = bytes.startIndex
        while ls < bytes.endIndex, bytes[ls] == 10 || bytes[ls] == 13 || bytes[ls] == 32 { ls = bytes.index(after: ls) }
        var le = ls
        var lineBytes = 0
        while le < bytes.endIndex, bytes[le] != 10, lineBytes < 300 { le = bytes.index(after: le); lineBytes += 1 }
        if le > ls {
            // a dateline is short: look at the first 300 bytes only, cut at a UTF-8 boundary by decoding
            let line = String(decoding: bytes[ls..<le], as: UTF8.self)
            if let d = DatelineParser.parse(line: Substring(line), isPlace: isPlace) {
                dateline = d
                var body = Array(bytes)
                let start = bytes.distance(from: bytes.startIndex, to: ls)
                var k = start
                while k < min(body.count, start + d.length), body[k] != 10 { body[k] = 32; k += 1 }
                blanked = body
            }
        }
        // (with no dateline blanked the body is the text itself: no second decoding)
        return Article(id: id ?? fallbackID, path: path, index: index, title: title.isEmpty ? "(untitled)" : title,
                       body: blanked.map { String(decoding: $0, as: UTF8.self) } ?? text, bodyOffset: 0, date: date ?? dateline?.date,
                       source: source ?? dateline?.agency, place: dateline?.place, url: url)
    }
}
