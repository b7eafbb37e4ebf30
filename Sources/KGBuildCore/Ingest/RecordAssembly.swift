/// Builds an article from fields found by a structured reader (JSON record, web page, feed item). A
/// dateline at the start of the text is read for what the metadata lacks and blanked with spaces, as
/// in text files, so that offsets into the text stay valid.
enum RecordAssembly {
    static func article(title: String, text: String, date: PartialDate?, source: String?, url: String?, id: String?,
                        fallbackID: String, path: String, index: Int, isPlace: @Sendable (String) -> Bool) -> Article {
        var body = Array(text.utf8)
        var dateline: Dateline? = nil
        var ls = 0
        while ls < body.count, body[ls] == 10 || body[ls] == 13 || body[ls] == 32 { ls += 1 }
        var le = ls
        while le < body.count, body[le] != 10 { le += 1 }
        if le > ls {
            // a dateline is short: look at the first 300 bytes only, cut at a UTF-8 boundary by decoding
            let line = String(decoding: body[ls..<min(le, ls + 300)], as: UTF8.self)
            if let d = DatelineParser.parse(line: Substring(line), isPlace: isPlace) {
                dateline = d
                for k in ls..<min(le, ls + d.length) where body[k] != 10 { body[k] = 32 }
            }
        }
        // (with no dateline blanked the body is the text itself: no second decoding)
        return Article(id: id ?? fallbackID, path: path, index: index, title: title.isEmpty ? "(untitled)" : title,
                       body: dateline == nil ? text : String(decoding: body, as: UTF8.self), bodyOffset: 0, date: date ?? dateline?.date,
                       source: source ?? dateline?.agency, place: dateline?.place, url: url)
    }
}
