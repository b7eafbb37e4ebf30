/// Builds an article from fields found by a structured reader (JSON record, web page, feed item). A
/// dateline at the start of the text is read for what the metadata lacks and blanked with spaces, as
/// in text files, so that offsets into the text stay valid.
enum RecordAssembly {
    static let spaces = String(repeating: " ", count: 64)

    static func article(title: String, text: String, date: PartialDate?, source: String?, url: String?, id: String?,
                        fallbackID: String, path: String, index: Int, isPlace: @Sendable (String) -> Bool) -> Article {
        // The bytes are copied only when a dateline is found and blanked.
        var dateline: Dateline? = nil
        var blanked: String? = nil
        let bytes = text.utf8
        var t = text
        let (s, e) = t.withUTF8 { u -> (Int, Int) in  // (on the buffer: index by index cost more than reading)
            var s = 0
            while s < u.count, u[s] == 10 || u[s] == 13 || u[s] == 32 { s += 1 }
            var e = s
            while e < u.count, u[e] != 10, e - s < 300 { e += 1 }
            return (s, e)
        }
        let ls = bytes.index(bytes.startIndex, offsetBy: s), le = bytes.index(ls, offsetBy: e - s)
        if le > ls {
            // a dateline is short: look at the first 300 bytes only, cut at a UTF-8 boundary by decoding
            let line = String(decoding: bytes[ls..<le], as: UTF8.self)
            if let d = DatelineParser.parse(line: Substring(line), isPlace: isPlace) {
                dateline = d
                let start = bytes.distance(from: bytes.startIndex, to: ls)
                var k = start
                let limit = min(bytes.count, start + d.length)
                var ke = ls
                while k < limit, bytes[ke] != 10 { k += 1; ke = bytes.index(after: ke) }
                if ke == bytes.endIndex || bytes[ke] & 0xC0 != 0x80 {
                    // spaces between the text's own pieces: valid UTF-8 already, not decoded again
                    var body = String(text[..<ls])
                    body.reserveCapacity(bytes.count)
                    var n = k - start
                    while n > 0 {  // (slices of a run of spaces: appending " " one by one cost more than decoding)
                        let m = min(n, 64)
                        body += spaces[..<spaces.utf8.index(spaces.startIndex, offsetBy: m)]
                        n -= m
                    }
                    body += text[ke...]
                    blanked = body
                } else {  // the blank ends inside a character: decoding repairs the rest as before
                    var body = t.withUTF8 { Array($0) }
                    for j in start..<k { body[j] = 32 }
                    blanked = String(decoding: body, as: UTF8.self)
                }
            } else if let (d, r) = DatelineParser.parseHead(t.withUTF8 { Array($0.prefix(s + 600)) }, from: s, isPlace: isPlace) {
                // a dateline on its own line or under a byline: both lines blanked, their line breaks kept
                // (the bytes copied from the buffer at once: `Array` of a UTF-8 view's prefix went byte by byte)
                dateline = d
                var body = t.withUTF8 { Array($0) }
                for j in r where body[j] != 10 && body[j] != 13 { body[j] = 32 }
                blanked = String(decoding: body, as: UTF8.self)
            }
        }
        // (with no dateline blanked the body is the text itself: no second decoding)
        return Article(id: id ?? fallbackID, path: path, index: index, title: title.isEmpty ? "(untitled)" : title,
                       body: blanked ?? text, bodyOffset: 0, date: date ?? dateline?.date,
                       source: source ?? dateline?.agency, outlet: dateline?.agency, place: dateline?.place, url: url,
                       placeCountry: dateline?.country)
    }
}
