import Foundation
import Testing
@testable import KGBuildCore

/// The reading of records and dates made cheaper (issue 8) reads as the readings it replaced: the JSON Lines
/// scanner's fixed fields as the dictionary it built, the copied bytes of a record's head as the UTF-8 view's
/// prefix, and the time matcher's scan, which skips more tokens, as a match tried at every token.
@Suite struct FasterTextTests {
    /// The scanner's fields give each article field as the dictionary JSONSerialization makes of the line:
    /// the first name of a field's names that holds text, blank and null values passed over.
    @Test func scannedFieldsReadAsTheDictionary() throws {
        let reader = JSONLinesReader()
        let lines = [
            #"{"title": "  ", "headline": "Ministers meet in Oslo", "text": "", "body": "Talks began on Monday.", "date": "2024-05-02"}"#,
            #"{"headline": "Second", "title": "First wins", "content": "Body one.", "text": null, "uuid": "u-1", "id": "\t"}"#,
            #"{"article": "Only the last name.", "link": "http://example.org/a", "url": " ", "agency": "Wire", "site": "other"}"#,
            #"{"text": "dup", "text": "last wins", "guid": "g", "published_at": "2024-01-03"}"#,
            #"{"text": "OSLO, May 2 (Wire) - Ministers met on Thursday.", "title": "Dateline in text"}"#,
            #"{"text": "By A Reporter\nOSLO\nMinisters met on Thursday in the capital.", "title": "Dateline on its own line"}"#,
        ]
        for (n, line) in lines.enumerated() {
            let bytes = Array(line.utf8)
            var problems: [IngestProblem] = []
            let fast = reader.record(bytes[...], path: "f.jsonl", line: n + 1, index: 0, problems: &problems)
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
            let slow = JSONLinesReader.article(from: obj, path: "f.jsonl", index: 0, fallbackID: "f.jsonl#\(n + 1)",
                                               textReader: reader.textReader, problems: &problems, where: "f.jsonl:\(n + 1)")
            #expect(fast != nil)
            #expect(fast == slow, "\(line)")
            #expect(problems.isEmpty)
        }
    }

    /// A record with no dateline in its first line reads the head of its text for one (a byline over the
    /// place): the bytes copied whole from the text's buffer are the bytes of the text.
    @Test func recordHeadIsReadFromTheTextsBytes() {
        let isPlace: @Sendable (String) -> Bool = { ["oslo", "bergen"].contains($0.lowercased()) }
        let text = "By Kari Nordmann\nBERGEN\nThe ministers of the two states met on Thursday, and the talks went on late."
        let a = RecordAssembly.article(title: "T", text: text, date: nil, source: nil, url: nil, id: nil,
                                       fallbackID: "x", path: "p", index: 0, isPlace: isPlace)
        var head = text
        let fromView = Array(text.utf8.prefix(600))
        #expect(head.withUTF8 { Array($0.prefix(600)) } == fromView)
        #expect(a.body.utf8.count == text.utf8.count)
        if let (d, r) = DatelineParser.parseHead(fromView, from: 0, isPlace: isPlace) {
            #expect(a.place == d.place)
            var want = Array(text.utf8)
            for j in r where want[j] != 10 && want[j] != 13 { want[j] = 32 }
            #expect(a.body == String(decoding: want, as: UTF8.self))
        } else {
            #expect(a.body == text)
        }
    }

    /// `scan` skips a token `mayMatchAt` turns down: `matchAt` finds nothing there, whatever the anchor. Every
    /// token of text full of articles and counts, near and far from units, is tried both ways; and the
    /// expressions of the articles' and counts' rules are still found.
    @Test func skippedTokensMatchNothing() {
        let text = """
            The talks resumed the day before yesterday and the day after, the same day the envoy left; on the eve
            of the summit a week ago, two days earlier, the previous week, the past five months, the last three
            years, a day later, an hour ago, three months later, the following year, the next week, the prior
            month. The army said a few of the two sides met the press, an envoy and the three ministers, one of
            them, on 12 May 2024, the 2014 war, a 2010 census, the twelve envoys, eleven weeks ago. The end.
            """
        let toks = Array(text.utf8).withUnsafeBufferPointer { TimeTokenizer.tokenize($0) }
        var skipped = 0
        for anchor in [PartialDate(year: 2024, month: 5, day: 10), PartialDate(year: 2024), nil] {
            toks.withUnsafeBufferPointer { tb in
                let m = TimeMatcher(t: tb, anchor: AnchorContext(anchor), parseMode: false)
                for i in 0..<tb.count where !m.mayMatchAt(i) {
                    skipped += 1
                    #expect(m.matchAt(i) == nil, "token \(i) matches though skipped")
                }
            }
        }
        #expect(skipped > 100)
        let found = DateResolver(anchor: PartialDate(year: 2024, month: 5, day: 10)).expressions(in: text)
        let spans = found.map { String(text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: $0.start)..<text.utf8.index(text.utf8.startIndex, offsetBy: $0.end)])! }
        for want in ["the day before yesterday", "the same day", "a week ago", "two days earlier", "the previous week",
                     "a day later", "three months later", "eleven weeks ago"] {
            #expect(spans.contains(want), "\(want) not found in \(spans)")
        }
    }

    /// A title `isClean` passes is what `clean`'s two readings (on the bytes, or split on Characters and
    /// joined) make of it: single spaces between pieces, next to letters, combining and prepended marks, CR.
    @Test func cleanTitlesAreGivenBackAsTheyAre() {
        func split(_ t: String) -> String {
            t.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
        }
        let titles = ["Ministers meet in Oslo", "Talks \u{301}resume after a pause", "Caf\u{E9} owners protest",
                      "A\u{300} b", "\u{600} sign before a space", "Line\rbreak in a title", "Москва и Осло",
                      "“Quoted” — dashed – title", "x", "", "Two  spaces", " Leading", "Trailing ", "Tab\there",
                      "No\u{A0}break", "\u{2009}thin space", "Zero\u{200D} joiner", "End with mark \u{301}"]
        var clean = 0
        for t in titles {
            let want = TextArticleReader.cleanBytes(t) ?? split(t)
            #expect(TextArticleReader.clean(t) == want, "\(t.unicodeScalars.map(\.value))")
            if TextArticleReader.isClean(t) {
                clean += 1
                #expect(want == t, "\(t.unicodeScalars.map(\.value))")
            }
        }
        #expect(clean >= 12)
        #expect(!TextArticleReader.isClean("Two  spaces") && !TextArticleReader.isClean(" Leading")
                && !TextArticleReader.isClean("Tab\there") && !TextArticleReader.isClean("No\u{A0}break"))
    }

    /// `Tokenizer.word`'s key and flags, against the bytes folded and hashed one by one: words shorter and longer
    /// than eight bytes (what a faster reading of a word, several bytes at a time, must keep), capitals and digits
    /// at every place, words ended by a space, a comma, a full stop and the end of the text.
    @Test func wordKeysAndFlagsHoldAtEveryLength() {
        let words = ["a", "I", "NATO", "Nato", "nato", "UKRAINE", "Ukraine", "MINISTRIES", "ministries", "abcdefgh",
                     "ABCDEFGH", "abcdefghI", "ABCDEFGHIJKLMNOPQ", "AbCdEfGhIjKlMnOpQ", "2024", "20240101", "123456789",
                     "F16", "G7", "B2B2B2B2B2", "Zz", "zZ", "x9", "Su35", "zzzzzzzzzzzzzzzzzz9", "Ceasefire"]
        for text in [words.joined(separator: " "), words.joined(separator: ", "), words.joined(separator: ". ")] {
            var bytes = Array(text.utf8)
            let tokens = bytes.withUnsafeMutableBufferPointer { Tokenizer.tokenize(UnsafeBufferPointer($0)) }.filter(\.isWord)
            #expect(tokens.count == words.count)
            for (t, w) in zip(tokens, words) {
                var h = TokenHasher()
                for b in w.utf8 { h.add(b) }
                let capitals = w.utf8.filter { $0 >= 65 && $0 <= 90 }.count, small = w.utf8.filter { $0 >= 97 && $0 <= 122 }.count
                let digits = w.utf8.count - capitals - small
                #expect(String(decoding: bytes[t.start..<t.end], as: UTF8.self) == w)
                #expect(t.key == h.value, "\(w)")
                #expect(t.flags.contains(.number) == (capitals + small == 0), "\(w)")
                #expect(t.flags.contains(.capitalized) == (65...90).contains(w.utf8.first!), "\(w)")
                #expect(t.flags.contains(.allCaps) == (capitals >= 2 && small == 0), "\(w)")
                #expect(t.flags.contains(.plain) == (digits == 0 || capitals + small == 0), "\(w)")
            }
        }
    }
}
