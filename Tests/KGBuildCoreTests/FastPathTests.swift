import Foundation
import Testing
@testable import KGBuildCore

/// The hand-written fast paths behind the speed work, each checked against the slow thing it replaces.
@Suite("Fast paths")
struct FastPathTests {
    /// A lead byte cut off at the end of a buffer is classified within the buffer (no length past its end).
    @Test func classifyStaysInsideTheBuffer() {
        for bytes: [UInt8] in [[0x61, 0xC2], [0xC2], [0xE2, 0x80], [0xF0, 0x9F], [0xC3]] {
            bytes.withUnsafeBufferPointer { p in
                let (_, len) = classify(p, p.count - 1)
                #expect(len >= 1 && p.count - 1 + len <= p.count, "\(bytes): \(len)")
            }
        }
    }

    /// Random inserts, overwrites and removals (with growth and backward-shift deletion), compared step
    /// by step with a Swift `Dictionary`; small keys collide on purpose.
    @Test func tokenKeyMapAgreesWithDictionary() {
        var x: UInt64 = 7
        func next() -> UInt64 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return x >> 33
        }
        var map = TokenKeyMap<Int>()
        var reference: [UInt64: Int] = [:]
        for step in 0..<20_000 {
            let r = next()
            let key = r % 3 == 0 ? r % 64 : r   // many small keys: long probe runs
            if next() % 4 == 0 {
                map[key] = nil
                reference[key] = nil
            } else {
                map[key] = step
                reference[key] = step
            }
            if step % 997 == 0 {
                #expect(map.count == reference.count)
            }
        }
        #expect(map.count == reference.count)
        for (k, v) in reference { #expect(map[k] == v) }
        #expect(Dictionary(uniqueKeysWithValues: map.entries.map { ($0.key, $0.value) }) == reference)
        for k in 0..<64 as Range<UInt64> { #expect((map[k] != nil) == (reference[k] != nil)) }
    }

    /// Attribute maps read, change and compare as a `Dictionary` does, whatever order names were set in.
    @Test func attributesBehaveAsADictionary() {
        var a: Attributes = ["kind": .string("event"), "label": .string("x"), "count": .int(2)]
        var d: [String: AttributeValue] = ["kind": .string("event"), "label": .string("x"), "count": .int(2)]
        a["weight"] = .double(1.5); d["weight"] = .double(1.5)
        a["label"] = .string("y"); d["label"] = .string("y")
        a["count"] = nil; d["count"] = nil
        #expect(a.removeValue(forKey: "kind") == .string("event")); d["kind"] = nil
        #expect(a.removeValue(forKey: "absent") == nil)
        #expect(a.dictionary == d)
        #expect(a.count == d.count && a["count"] == nil && a["weight"] == .double(1.5))
        #expect(Dictionary(uniqueKeysWithValues: a.map { ($0.key, $0.value) }) == d)
        let reordered: Attributes = ["weight": .double(1.5), "label": .string("y")]
        #expect(a == reordered)
        #expect(a.hashValue == reordered.hashValue)
        #expect(a != ["weight": .double(1.5), "label": .string("z")])
        #expect(a != ["weight": .double(1.5)])
        #expect(Attributes(d) == a)
    }

    /// Interning gives one number per distinct string, also when two strings share a hash.
    @Test func idTableSurvivesHashCollisions() {
        var table = IDTable(hash: { UInt64($0.utf8.count) })   // every string of one length collides
        let words = ["event:a", "event:b", "actor:USA", "event:a", "actor:RUS", "place:x", "event:b"]
        var numbers: [String: Int32] = [:]
        for w in words {
            let (n, added) = table.intern(w)
            #expect(added == (numbers[w] == nil), "\(w)")
            if let known = numbers[w] { #expect(n == known) } else { numbers[w] = n }
        }
        #expect(Set(numbers.values).count == numbers.count)
        #expect(table.list.count == numbers.count)
        for (w, n) in numbers { #expect(table.find(w) == Int(n) && table.list[Int(n)] == w) }
        #expect(table.find("event:c") == nil)
        var real = IDTable()
        #expect(real.intern("Actor:usa").0 != real.intern("actor:USA").0)   // ids differ by case
    }

    /// Strings joined into one string of their total size are what `joined(separator:)` makes: none, one, several,
    /// empty ones, and text with curly quotes, accents and an emoji.
    @Test func joinedStringsAreJoined() {
        let lists: [[String]] = [[], ["Talks stalled on Friday."], ["", ""], ["a", "", "b"],
                                 ["The minister said \u{201C}no deal\u{201D}.", "Caf\u{E9} owners \u{1F600} protested.", "x"]]
        for list in lists {
            #expect(joinedStrings(list.count, separator: " \u{2026} ") { list[$0] } == list.joined(separator: " \u{2026} "))
            #expect(joinedStrings(list.count, separator: "|") { list[$0] }.utf8.elementsEqual(list.joined(separator: "|").utf8))
        }
    }

    /// The table's own hash reads the bytes a word at a time, the last word overlapping the one before and a
    /// short id's few bytes on their own: ids of every length up to three words that differ in any one byte
    /// (first, last, in the overlap, a trailing NUL) each get a number of their own, and find it again.
    @Test func idTableTellsIdsApartAtEveryLength() {
        var table = IDTable()
        var ids: [String] = [""]
        for n in 1...24 {
            let base = Array("event:0123456789abcdefghijklmnop".utf8.prefix(n))
            ids.append(String(decoding: base, as: UTF8.self))
            for at in Set([0, n / 2, max(0, n - 8), n - 1]) {
                var b = base
                b[at] = UInt8(ascii: "Z")
                ids.append(String(decoding: b, as: UTF8.self))
            }
            ids.append(String(decoding: base + [0], as: UTF8.self))
        }
        ids.append("caf\u{E9}")
        for id in ids {
            let (n, added) = table.intern(id)
            #expect(added, "\(id)")
            #expect(table.find(id) == Int(n))
        }
        #expect(table.list == ids)
        for (k, id) in ids.enumerated() {
            let (n, added) = table.intern(id)
            #expect(n == Int32(k) && !added, "\(id)")
        }
    }

    /// The parallel sort gives what `sorted(by:)` gives, for any number of threads.
    @Test func parallelSortIsTheSerialSort() {
        var x: UInt64 = 11
        let items = (0..<50_000).map { _ -> UInt64 in
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return x >> 40
        }
        let expected = items.sorted()
        for jobs in [1, 2, 3, 4] {
            #expect(ParallelChunks.sorted(items, jobs: jobs, minimumChunk: 1_000, by: <) == expected)
        }
        #expect(ParallelChunks.sorted([UInt64](), jobs: 4, by: <).isEmpty)
    }

    /// Sort keys order ids as Swift's `<` does, non-ASCII and canonically equivalent spellings included.
    @Test func packedStringsKeepBytesAndStringOrder() {
        let ids = ["actor:USA", "actor:US", "actor:", "", "event:00ff", "actor:Côte d'Ivoire", "actor:Co\u{0302}te",
                   "actor:Ôl", "place:Zürich", "place:Zurich", "article:a/b#1", "article:a/b#10", "actor:usa", "Z", "a"]
        let keys = PackedStrings(ids)
        #expect(keys.sorted(Array(ids.indices), jobs: 1).map { ids[$0] } == ids.sorted())
        #expect(keys.sorted(Array(ids.indices.reversed()), jobs: 1).map { ids[$0] } == ids.sorted())
        for i in ids.indices {
            #expect(keys.withBytes(i) { Array($0) } == Array(ids[i].utf8))
        }
        // ids that end within, at, or after their first eight bytes (the sort's key), or share them all
        let prefixed = ["place:", "place:X", "place:\u{0}", "place:\u{0}\u{0}", "place:A", "place:AB", "place:ABC",
                        "place:AB\u{0}", "event:0123456789", "event:0123456788", "event:01", "event:0", "event:", "e", "~"]
        for order in [Array(prefixed.indices), Array(prefixed.indices.reversed())] {
            #expect(PackedStrings(prefixed).sorted(order, jobs: 1).map { prefixed[$0] } == prefixed.sorted())
        }
        // many strings, copied on several threads: the same bytes where they were
        let many = (0..<100_000).map { i in i % 7 == 0 ? "actor:Côte d'Ivoire \(i)" : "event:\(i * 7919)" }
        let packed = PackedStrings(many, jobs: 4)
        for i in stride(from: 0, to: many.count, by: 997) {
            #expect(packed.withBytes(i) { Array($0) } == Array(many[i].utf8))
        }
        #expect(packed.withBytes(many.count - 1) { Array($0) } == Array(many[many.count - 1].utf8))
        // sorted in parts on several threads, merged: the order one `sort` gives
        #expect(packed.sorted(Array(many.indices), jobs: 4).map { many[$0] } == many.sorted())
    }

    /// A string's bytes hashed eight at a time give the hash of adding them one by one: capitals folded,
    /// every other byte (punctuation next to the letters, non-ASCII) as it is.
    @Test func stringHashFoldsLikeByteAdds() {
        let texts = ["", "a", "Event|attack|", "ROLE=actor:RUS,target=actor:UKR|2026-11-29", "@[`{ AZaz 09 ~\u{7F}",
                     "Côte d'Ivoire ÉTAT Ÿ", "Московский ВОКЗАЛ", "abcdefgh", "ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcxyz{|}"]
        for text in texts {
            for cut in 0...min(text.utf8.count, 9) {
                let s = String(decoding: text.utf8.dropFirst(cut), as: UTF8.self)
                var whole = TokenHasher(), byByte = TokenHasher()
                whole.add(s)
                for b in s.utf8 { byByte.add(b) }
                #expect(whole.value == byByte.value, "\(s)")
            }
        }
    }

    /// The eight-bytes-at-once text scan finds what a byte-by-byte scan finds, wherever the odd byte is.
    @Test func textScanAgreesWithAByteLoop() {
        func reference(_ s: String) -> (Bool, Bool, Bool) {
            var clean = false, markup = false, visible = false
            var previous: UInt8 = 0
            for b in s.utf8 {
                if b < 0x20 { if b != 0x09 && b != 0x0A { clean = true } }
                else if b < 0x7F { if b > 0x20 { visible = true }; if b == 0x26 || b == 0x3C || b == 0x3E { markup = true } }
                else if b == 0x7F { clean = true }
                else if previous == 0xC2 && b <= 0x9F { clean = true }
                else if previous == 0xBF && (b == 0xBE || b == 0xBF) { clean = true }
                previous = b
            }
            return (clean, markup, visible)
        }
        let odd = ["&", "<", ">", "\r", "\u{7F}", "\u{85}", "\u{FFFE}", "\u{FFFD}", "é", "—", "\t", "\n", "\u{0}", "\u{1F}", "  ",
                   "=", "?", "~", "%", "'", ";", ":", "!"]
        var texts = ["", " ", "        ", "                 ", "plain words, no trouble at all here", "\u{00A0}\u{3000}"]
        for o in odd {
            for at in [0, 1, 7, 8, 9, 15, 16, 23, 30] {
                var t = String(repeating: " ", count: at) + o + String(repeating: "ab cd ", count: 5)
                texts.append(t)
                t = String(repeating: "x", count: at) + o
                texts.append(t)
                // beside the curly quotes and dashes of news text, which a word may hold with plain bytes
                for quote in ["“", "’", "—", "…"] {
                    texts.append(String(repeating: quote + " ", count: at) + o + "” — ab")
                    texts.append("“" + String(repeating: "-", count: at) + o + String(repeating: "’", count: 5))
                }
            }
        }
        texts += ["“ — ” … ’   ", "— — — — — — ! — — —", "  “!”  ‘?’  ", "’’’’’’’’ ", "«—»  —  «—»"]
        for t in texts {
            var copy = t
            let scan = copy.withUTF8 { ExportText.TextScan($0) }
            let (clean, markup, visible) = reference(t)
            #expect(scan.needsClean == clean && scan.hasMarkup == markup && scan.hasVisibleASCII == visible, "\(t.utf8.map { $0 })")
        }
    }

    /// The time tokens made from an article's own tokens are those a second pass over its bytes gives,
    /// field by field, and so are the time expressions read from them: on plain ASCII, on the curly
    /// quotes, no-break and thin spaces and dashes both tokenizers read alike, on Cyrillic and accented
    /// letters, and on text they read differently (guillemets, a low quote, an ellipsis, a zero-width
    /// non-joiner, a line separator), which is split again in full.
    @Test func timeTokensFromTheArticleTokensAreASecondPassTokens() {
        func fields(_ toks: [TimeToken]) -> [String] {
            toks.map { t in
                "\(t.start)-\(t.end) \(t.kind) \(t.value) \(t.info.word) \(t.info.value) \(t.info.abbreviation) " +
                    "\(t.info.needsCapital) \(t.byte) \(t.digits) \(t.attached) \(t.capital)"
            }
        }
        let alike = [
            "Talks resumed on Tuesday, three days after the Jan. 3rd strike; officials said the 1,250 troops would leave by mid-2015.",
            "The minister\u{2019}s visit on March 12 \u{2014} the first since 1999 \u{2013} ended early. \u{201C}We met last week,\u{201D} he said.",
            "The U.S. envoy didn\u{2019}t meet them on 27.06.2014 or on the\u{00A0}eve of the summit;\u{2009}two\u{202F}weeks ago, in May, they spoke.",
            "On Friday\u{2018}s talks:\t12\u{2010}14 May 2016, at 10:30, 2,000,000,000,000 people\u{2011}wide, 3rd\u{2012}4th\u{2015}Sept",
            "'Yesterday' they said \"tomorrow\", O'Neil's team -- in the 1990s -- left x'y 'ss' s' \u{0001}\u{007F} on MONDAY.",
            "\u{041C}\u{0430}\u{0440}\u{0438}\u{044F} met the Z\u{00FC}rich team on Monday\u{2014}the \u{20AC}5m deal of 2015\u{2019}s spring, Caf\u{00E9}2014 May\u{0435}.",
        ]
        let apart = [
            "\u{041C}\u{043E}\u{0441}\u{043A}\u{0432}\u{0430} said on Monday \u{00AB}we will talk next week\u{00BB} \u{2014} since May 3.",
            "Talks ended on Friday\u{3000}in Tokyo; a 12\u{00B0} frost, \u{2026}and on June 4 they left.",
            "Caf\u{00E9} talks on Tuesday \u{201E}were held\u{201C} two days ago\u{2026} zero\u{200C}width on June 5, 2014.",
            "A line\u{2028}break on Wednesday, and \u{00B7} a dot on March 4 after the \u{20AC}5 deal.",
        ]
        for (texts, splitsAlike) in [(alike, true), (apart, false)] {
            for text in texts {
                for title in ["", "Talks on Monday", "\u{201C}Summit\u{201D} \u{2014} May 4"] {
                    let doc = Document(title: title, body: text)
                    let derived = TimeTokenizer.tokenize(doc)
                    let (again, alikeHere) = doc.bytes.withUnsafeBufferPointer { (TimeTokenizer.tokenize($0), TimeTokenizer.splitsAlike($0)) }
                    #expect(alikeHere == splitsAlike, "\(title) | \(text)")
                    #expect(fields(derived) == fields(again), "\(title) | \(text)")
                    for anchor in [nil, PartialDate(year: 2014, month: 6, day: 27)] {
                        let resolver = DateResolver(anchor: anchor)
                        let expressions = resolver.expressions(tokens: derived)
                        #expect(!expressions.isEmpty)
                        #expect(expressions == resolver.expressions(tokens: again), "\(title) | \(text)")
                    }
                }
            }
        }
    }

    /// The eight-bytes-at-once ASCII test finds a non-ASCII byte or a carriage return wherever it is.
    @Test func plainASCIITestAgreesWithAByteLoop() {
        for odd in ["\r", "\u{E9}", "\u{2019}", "\u{7F}", "\u{0C}", "\n"] {
            for at in 0..<20 {
                for length in [at + 1, at + 9, 24] {
                    let text = String(repeating: "Talks", count: 5).prefix(at) + odd + String(repeating: "x", count: max(0, length - at))
                    #expect(isPlainASCII(String(text)) == !String(text).utf8.contains { $0 >= 0x80 || $0 == 13 }, "\(Array(text.utf8))")
                }
            }
        }
        #expect(isPlainASCII(""))
    }

    /// The byte search that ignores case finds what Foundation's case-insensitive search finds: ASCII text
    /// on the bytes, any other (an accent, a ligature, the Kelvin sign, a carriage return) through Foundation.
    @Test func caseInsensitiveSearchIsFoundations() {
        let sentences = ["The Contract was signed in 2019 by the two ministries.", "", "contract", "CONTRACT SIGNED",
                         "The caf\u{E9} deal", "A \u{FB01}nal offer", "5 \u{212A}elvin", "line\r\nbreak", "strike strikes"]
        let needles = ["contract", "CONTRACT", "Contract was", "signed in 2020", "caf\u{E9}", "CAF\u{C9}", "final", "kelvin", "k",
                       "\nbreak", "line", "strike", "strikes", "s", "", "The Contract was signed in 2019 by the two ministries. Again"]
        for s in sentences {
            for n in needles {
                #expect(containsIgnoringCase(s, n) == (s.range(of: n, options: .caseInsensitive) != nil), "\(s) | \(n)")
            }
        }
    }

    /// The JSON Lines scanner accepts only lines JSONSerialization reads, and reads every wanted field as it
    /// does: tricky records, and thousands of byte-mutated ones (deterministic).
    @Test func jsonScannerReadsAsJSONSerializationDoes() {
        let wanted = JSONRecordScanner.wanted.map { String(decoding: $0, as: UTF8.self) }
        let base = [
            #"{"title": "A \"quoted\" title", "text": "MOSCOW, June 3 (TASS) - Line\nbreak \u00e9 \ud83d\ude00 end", "date": "2014-06-03"}"#,
            #"{"headline":"x","body":"y","id":12,"url":null,"extra":{"a":[1,2,{"b":null}],"c":true},"n":-0.5}"#,
            #"{"text": "dup", "text": "last wins", "source": "TASS", "guid": "g\/1\t2"}"#,
            #"  {"title":"\u0041\u00DF\u6771","published":"Mon, 02 Jun 2014 10:00:00 +0000","link":"http://x/y?a=1&b=2"}  "#,
            #"{"title": "bad \ud800 lone", "text": "t"}"#,
            #"{"title": 5, "text": "number title"}"#,
            #"{"title": "t", "text": "trailing",}"#,
            #"{"text": "BOM \#u{FEFF} inside"}"#,
            #"{"text": "exp", "n": 1e400}"#,
            #"[1, 2, 3]"#, #""just a string""#, "{}", #"{"text": "ctl \#u{01} char"}"#, #"{"a": [[[[[[[[[[1]]]]]]]]]], "text": "deep"}"#,
        ]
        var lines: [[UInt8]] = base.map { Array($0.utf8) }
        var x: UInt64 = 42
        func next() -> Int {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return Int(x >> 33)
        }
        let alphabet = Array(#"{}[]:,"\ u0123456789abcdefnulltrue-.eE"#.utf8) + [0x00, 0x0A, 0xC3, 0xA9, 0xFF, 0xED, 0xA0, 0x80]
        for _ in 0..<6_000 {
            var l = lines[next() % base.count]
            for _ in 0..<(1 + next() % 3) where !l.isEmpty {
                let at = next() % l.count
                switch next() % 3 {
                case 0: l[at] = alphabet[next() % alphabet.count]
                case 1: l.insert(alphabet[next() % alphabet.count], at: at)
                default: l.remove(at: at)
                }
            }
            lines.append(l)
        }
        var fast = 0
        for l in lines {
            guard let scanned = l.withUnsafeBufferPointer({ JSONRecordScanner.fields($0) }) else { continue }
            fast += 1
            let read = (try? JSONSerialization.jsonObject(with: Data(l))) as? [String: Any]
            #expect(read != nil, "scanner took a line JSONSerialization rejects: \(l)")
            guard let read else { continue }
            for k in wanted {
                let expected = read[k] is NSNull ? nil : read[k]
                #expect(expected == nil || expected is String, "scanner took a non-string \(k): \(l)")
                #expect(scanned[k] == expected as? String, "\(k) differs: \(l)")
            }
        }
        #expect(fast > 500)   // the scanner does take most plain lines
    }

    /// The flat trie (edge table, payload chains, first-key bitmap) finds what a plain table of whole
    /// phrases finds (reading past a quote mark inside a phrase), at every token of real text: the ontology's names, titles and trigger forms, with
    /// and without a filter on payloads, and the lexicon's own tries built from the same phrases.
    @Test func phraseTrieAgreesWithAPhraseTable() throws {
        let o = Shared.ontology
        var phrases: [[UInt64]] = []
        for a in o.actors { for n in [a.name] + a.aliases + a.adjectives { phrases.append(Tokenizer.keys(n)) } }
        for t in o.titles { phrases.append(Tokenizer.keys(t)) }
        for t in o.eventTypes { for tr in t.triggers { for ph in tr.phrases { phrases.append(Tokenizer.keys(ph)) } } }
        var trie = PhraseTrie<Int>()
        var table: [[UInt64]: [Int]] = [:]
        for (i, keys) in phrases.enumerated() where !keys.isEmpty {
            trie.insert(keys, i)
            table[keys, default: []].append(i)
        }
        let maxLength = phrases.map(\.count).max() ?? 0
        #expect(trie.payloads.count > 1000)
        var prefixes: Set<[UInt64]> = []
        for keys in table.keys { for n in 1...keys.count { prefixes.insert(Array(keys.prefix(n))) } }
        // (a quote mark inside a phrase is passed over where the phrase does not go on with the mark itself)
        func reference(_ toks: ArraySlice<Token>, _ i: Int, _ accept: (Int) -> Bool) -> [(length: Int, payload: Int)] {
            var out: [(length: Int, payload: Int)] = []
            var keys: [UInt64] = []
            var j = i
            while j < toks.endIndex, keys.count < maxLength {
                let next = keys + [toks[j].key]
                guard prefixes.contains(next) else {
                    if j > i, toks[j].isQuote { j += 1; continue }
                    break
                }
                keys = next
                j += 1
                for p in table[keys] ?? [] where accept(p) { out.append((j - i, p)) }
            }
            return out.reversed()
        }
        let lexicon = Lexicon(o)
        let titleTable = Dictionary(o.titles.map { (Tokenizer.keys($0), $0.lowercased()) }, uniquingKeysWith: { a, _ in a })
        let titleMax = titleTable.keys.map(\.count).max() ?? 1
        let text = try String(contentsOfFile: Repo.seedFile, encoding: .utf8) + "\n" + o.actors.prefix(300).map(\.name).joined(separator: " said. ")
        let doc = Document(title: "", body: text)
        var found = 0, titlesFound = 0
        for end in [doc.tokens.count, doc.tokens.count / 2] {
            let toks = doc.tokens[..<end]
            for i in 0..<end {
                let all = trie.matches(toks, from: i)
                let expected = reference(toks, i) { _ in true }
                #expect(all.map(\.length) == expected.map(\.length) && all.map(\.payload) == expected.map(\.payload))
                let odd = trie.matches(toks, from: i) { _, p in p % 2 == 1 }
                #expect(odd.map(\.payload) == reference(toks, i) { $0 % 2 == 1 }.map(\.payload))
                let long = trie.longest(toks, from: i) { _, p in p % 3 != 0 }
                // the longest accepted phrase, and of its payloads the first inserted
                let accepted = expected.filter { $0.payload % 3 != 0 }
                let expectedLong = accepted.last { $0.length == accepted.first?.length }
                #expect(long?.length == expectedLong?.length && long?.payload == expectedLong?.payload)
                found += all.isEmpty ? 0 : 1
                let t = lexicon.titles.longest(toks, from: i)
                let tl = (1...titleMax).reversed().first { i + $0 <= end && titleTable[toks[i..<(i + $0)].map(\.key)] != nil }
                #expect(t?.length == tl)
                if let tl { #expect(t?.payload == titleTable[toks[i..<(i + tl)].map(\.key)]); titlesFound += 1 }
            }
        }
        #expect(found > 500 && titlesFound > 5)
        // a trie grown from empty keeps every phrase (edge table and first-key bitmap regrown on the way)
        var small = PhraseTrie<Int>()
        for k in 0..<5000 { small.insert([UInt64(k % 97), UInt64(k)], k) }
        let probe = (0..<5000).map { Token(start: 0, end: 0, key: UInt64($0 % 97), flags: []) }
        for k in 0..<5000 {
            let toks = [probe[k], Token(start: 0, end: 0, key: UInt64(k), flags: [])]
            #expect(small.longest(toks[...], from: 0)?.payload == k)
        }
        #expect(small.longest([Token(start: 0, end: 0, key: 97, flags: [])][...], from: 0) == nil)
    }

    /// `starting(at:)` and `ending(at:)` read dense per-token tables: on the mentions of real text they
    /// answer as a search of the mention list does, at every token and past both ends.
    @Test func mentionIndexAgreesWithASearch() throws {
        let finder = MentionFinder(lexicon: Lexicon(Shared.ontology))
        let text = try String(contentsOfFile: Repo.seedFile, encoding: .utf8)
        let doc = Document(title: "Russian Foreign Minister Sergei Lavrov meets NATO envoy", body: text)
        let found = finder.find(doc, date: PartialDate(year: 2014, month: 6, day: 24))
        #expect(found.mentions.count > 20)
        for i in -2...(doc.tokens.count + 2) {
            #expect(found.starting(at: i) == found.mentions.last { $0.tokens.lowerBound == i })
            #expect(found.ending(at: i) == found.mentions.last { $0.tokens.upperBound == i })
        }
        // a list set later is indexed again
        var changed = found
        changed.mentions = Array(found.mentions.dropFirst(3))
        #expect(changed.starting(at: found.mentions[0].tokens.lowerBound) == nil)
        #expect(changed.ending(at: changed.mentions[0].tokens.upperBound) == changed.mentions[0])
    }

    /// The byte paths of the mention finder agree with the String code they stand in for, on every
    /// token of real text: the stem key of a group noun, lower-cased containment of a word in a name,
    /// and the name memo (a value per name, found again under the same name only).
    @Test func mentionFinderBytePathsAgreeWithStrings() throws {
        let text = try String(contentsOfFile: Repo.seedFile, encoding: .utf8)
            + " Rebels RÉBELS rebels' Kurds gas Abus naïve fighters Ministry of Defense's"
        let doc = Document(title: "Kurdish rebels", body: text)
        var fast = 0
        for i in doc.tokens.indices {
            let word = doc.text(token: i)
            let viaBytes = MentionFinder.asciiStemKey(doc, i)
            if viaBytes != nil { fast += 1 }
            #expect((viaBytes ?? MentionFinder.stringStemKey(word)) == MentionFinder.stringStemKey(word), "\(word)")
        }
        #expect(fast > doc.tokens.count / 2)
        let names = ["Ministry of Defense", "Federal Security Service", "AGENCY", "Agence France-Presse", "Défense Ministry", "The Committee", ""]
        var words = Set(doc.tokens.indices.map { doc.text(token: $0).lowercased() })
        words.formUnion(["ministry", "agency", "committee", "défense", "service", "Ministry", "e-p", " "])
        for name in names {
            for w in words {
                #expect(Lexicon.lowercasedContains(name, w) == Lexicon.contains(name.lowercased(), w), "\(name) / \(w)")
            }
        }
        // an alias is the surface when it is not the name: bytes first, then String equality (canonical)
        let found = MentionFinder(lexicon: Lexicon(Shared.ontology)).find(doc, date: nil)
        #expect(found.mentions.count > 20)
        for m in found.mentions {
            let surface = doc.text(m.start, m.end)
            for name in [surface, found.actors[m.actor]?.name ?? "", surface.uppercased(), "Cafe\u{301}", "Café", ""] {
                let alias = MentionFinder.State.aliasText(doc.bytes, m.start..<m.end, unlike: name)
                #expect(alias == (surface != name && !surface.isEmpty ? surface : nil), "\(surface) / \(name)")
            }
        }
        let cafe = Document(title: "", body: "Café")
        #expect(MentionFinder.State.aliasText(cafe.bytes, cafe.tokens[0].start..<cafe.tokens[0].end, unlike: "Cafe\u{301}") == nil)
        var memo = MentionFinder.NameMemo<[UInt64]>()
        var made: [String] = []
        let spellings = ["Sergei Lavrov", "Sergey Lavrov", "Sergei Lavrov", "Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "Lavrov"]
        for n in spellings {
            #expect(memo.value(n) { made.append($0); return Tokenizer.keys($0) } == Tokenizer.keys(n))
        }
        #expect(made == ["Sergei Lavrov", "Sergey Lavrov", "Recep Tayyip Erdoğan", "Lavrov"])
    }

    /// `slug` writes into the String's storage: it agrees with the plain rule (lower-case ASCII letters and
    /// digits, two hex digits per other non-ASCII byte, one dash between runs) on every token and name.
    @Test func slugAgreesWithThePlainRule() throws {
        func reference(_ s: String) -> String {
            var out = "", dash = false
            for b in s.utf8 {
                let isAlnum = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
                if isAlnum || b >= 0x80 {
                    if dash && !out.isEmpty { out += "-" }
                    out += isAlnum ? String(UnicodeScalar(b >= 65 && b <= 90 ? b + 32 : b)) : String(format: "%02x", b)
                    dash = false
                } else { dash = true }
            }
            return out
        }
        let text = try String(contentsOfFile: Repo.seedFile, encoding: .utf8)
        let doc = Document(title: "", body: text)
        var inputs = doc.tokens.indices.map { doc.text(token: $0) }
        inputs += Shared.ontology.actors.prefix(500).flatMap { [$0.name, $0.id] + $0.aliases }
        inputs += ["", " ", "--", "Recep Tayyip Erdoğan", "  a  b  ", "Ünïcödé — “quoted”", "x\u{1F600}y", "A.B.C."]
        for s in inputs { #expect(slug(s) == reference(s), "\(s)") }
    }

    /// `Lexicon.replacing` on bytes agrees with Foundation's `replacingOccurrences` on the ontology's names
    /// (the al-/el- variants of every person) and on overlapping and non-ASCII cases.
    @Test func bytesReplacingAgreesWithFoundation() {
        var names = Shared.ontology.actors.flatMap { [$0.name] + $0.aliases }
        names += ["", "al-al-al-", "Bashar al-Assad al-", " al- al-", "aaa", "Abd al-Qādir el-Sisi", "a\r\nb al-c"]
        for n in names {
            for (t, r) in [(" al-", " el-"), (" el-", " al "), (" al-", " "), ("aa", "b"), (" al-", "")] {
                #expect(Lexicon.replacing(n, t, with: r) == n.replacingOccurrences(of: t, with: r), "\(n) / \(t)")
            }
        }
    }

    /// A yearless dateline's inferred year reuses the mentions found under another year only when every
    /// question the finder asked of the date gets the same answer; then a fresh search finds the same.
    /// The passes' skip of plain tokens (`MentionFinder.State.startsNothing`, `passTwoStarts`) finds what
    /// calling every rule at every token finds: on the seed article, the scale corpus, and every actor's names, adjectives,
    /// demonyms and capitals written as they are, lower-cased and after a particle, in running text.
    @Test func plainTokenSkipFindsWhatEveryRuleFinds() throws {
        var general = MentionFinder(lexicon: Lexicon(Shared.ontology))
        general.skipPlainTokens = false
        let fast = MentionFinder(lexicon: general.lexicon)
        var docs = [Document(title: "Russian Foreign Minister Sergei Lavrov meets NATO envoy", body: try Repo.read(Repo.seedFile))]
        for line in try Repo.read(Repo.path("Tests/KGBuildCoreTests/Fixtures/scale/corpus.jsonl")).split(separator: "\n") {
            // (the fixture has a line that is not JSON on purpose)
            guard let o = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else { continue }
            docs.append(Document(title: o["title"] as? String ?? "", body: o["text"] as? String ?? ""))
        }
        var names: [String] = []
        for a in Shared.ontology.actors {
            names += [a.name] + a.aliases + a.adjectives + a.demonyms + (a.capital.map { [$0] } ?? []) + a.capitalAliases
        }
        for chunk in stride(from: 0, to: names.count, by: 200) {
            var body = ""
            for n in names[chunk..<min(names.count, chunk + 200)] {
                body += "The \(n) said, and the \(n.lowercased()) forces of \(n) city, al-\(n) (\(n)) in the city of \(n.lowercased()) met. "
            }
            docs.append(Document(title: "", body: body))
        }
        var mentions = 0
        for doc in docs {
            for date in [nil, PartialDate(year: 2014, month: 6, day: 24)] {
                let a = fast.find(doc, date: date), b = general.find(doc, date: date)
                // (compared as values: a Set's description lists it in an order of its own)
                #expect(a.mentions == b.mentions && a.actors == b.actors && a.implied == b.implied)
                mentions += a.mentions.count
            }
        }
        #expect(docs.count > 10 && mentions > 10_000)
    }

    /// The byte test of a militant group's name agrees with the Characters' one, on every actor name and
    /// alias of the ontology and on spellings around its edge cases.
    @Test func militantNameOnBytesAgreesWithCharacters() {
        var names = ["Sunni militants", "SUNNI  Fighters ", "the insurgents", "militants", " ", "", "Shia rebels", "rebels",
                     "islamic  militias", "Kurdish fighters", "radical\tfighters", "jihadist", "Islamist rebels\r\n", "Syrian rebels"]
        for a in Shared.ontology.actors { names += [a.name] + a.aliases + a.demonyms.map { $0 + " fighters" } }
        var militant = 0
        let words = Shared.pipeline.mentions.words
        for n in names {
            let bytes = MentionFinder.asciiIsMilitantGroupName(n, words)
            #expect((bytes ?? MentionFinder.stringIsMilitantGroupName(n, words)) == MentionFinder.stringIsMilitantGroupName(n, words), "\(n)")
            if bytes == true { militant += 1 }
        }
        #expect(militant >= 5)
    }

    @Test func mentionsAreReusedOnlyWhenTheDateAnswersAlike() {
        let finder = MentionFinder(lexicon: Lexicon(Shared.ontology))
        let doc = Document(title: "Defense chiefs meet", body: "The Russian Defense Minister met his Chinese counterpart in Beijing on Tuesday.")
        let in2014 = finder.find(doc, date: PartialDate(year: 2014, month: 6, day: 3))
        func actors(_ r: MentionFinder.Result) -> [String] { r.mentions.map { "\($0.actor)@\($0.tokens)" } }
        for year in [2010, 2013, 2015, 2020] {
            let date = PartialDate(year: year, month: 6, day: 3)
            let fresh = finder.find(doc, date: date)
            if in2014.sameAnswers(for: date) { #expect(actors(fresh) == actors(in2014), "\(year)") }
        }
        // the office changed hands in 2012: a search under 2010 cannot borrow 2014's mentions
        #expect(!in2014.sameAnswers(for: PartialDate(year: 2010, month: 6, day: 3)))
        #expect(in2014.sameAnswers(for: PartialDate(year: 2015, month: 6, day: 3)))
        #expect(actors(in2014).contains { $0.contains("shoigu") })   // the holder in 2014
    }

    /// Titles cleaned on bytes read as split on characters: separators next to combining marks, joiners
    /// or CR LF are left to the character split.
    @Test func titleCleaningOnBytesAgreesWithCharacters() {
        func reference(_ s: String) -> String {
            s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
        }
        let texts = ["  Russia  and\tEgypt \u{00A0} agree ", "e\u{301} x", "a \u{301}b", "x\u{200D} y", "x \u{200D}y", "x\u{200C} y",
                     "a\r\n b", "\u{00A0}\u{00A0}", "", " ", "Café — talks “stall”", "\u{0915}\u{093F} z", "z \u{0600}x", "\u{2014} a \u{2019}"]
        for t in texts { #expect((TextArticleReader.cleanBytes(t) ?? reference(t)) == reference(t), "\(t.unicodeScalars.map(\.value))") }
        #expect(TextArticleReader.cleanBytes("  Russia  and\tEgypt ") == "Russia and Egypt")   // the byte path is taken
    }

    @Test func edgeIDsAreWrittenAsInterpolated() {
        for k in [0, 1, 9, 10, 99, 100, 12_345, 1 << 40, Int.max, -1, -120, Int.min] {
            #expect(ordinalID(k) == "e" + String(k))
        }
    }

    @Test func tokenKeySetHoldsTheWordsItWasGiven() {
        let words = ["the", "of", "said", "Lavrov", "talks", "0", ""]
        let set = TokenKeySet(words.map { Tokenizer.key($0) })
        for w in words { #expect(set.contains(Tokenizer.key(w))) }
        #expect(!set.contains(Tokenizer.key("ceasefire")))
        var grown = set
        let first = grown.insert(Tokenizer.key("ceasefire"))
        let again = grown.insert(Tokenizer.key("ceasefire"))
        #expect(first && !again)
        #expect(grown.contains(Tokenizer.key("Ceasefire")))   // keys are case-folded
        #expect(grown.count == set.count + 1)
    }

    /// The byte check for a blank field says what trimming through Foundation says.
    @Test func blankFieldsAsFoundationSeesThem() {
        for s in ["", " ", "\t\n\r ", "a", "  x  ", "\u{00A0}", "\u{2003}\u{3000}", "\u{0085}", "\u{200B}", " é ", "\u{00A0}b"] {
            #expect(hasNonWhitespace(s) == !s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(s.unicodeScalars.map(\.value))")
        }
    }

    @Test func byteOrderByMemcmpIsTheUTF8ViewsOrder() {
        let words = ["", "a", "ab", "abc", "b", "B", "Z", "é", "e\u{301}", "ö", "zz", "Côte", "Cote", "😀", "\u{0}", "a\u{0}", "ä", "日本"]
        for a in words {
            for b in words { #expect(utf8Precedes(a, b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)") }
        }
    }

    /// The eight-bytes-at-a-time run of plain JSON string bytes ends where a byte loop does.
    @Test func jsonPlainRunStopsWhereAByteLoopStops() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt8 { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return UInt8(truncatingIfNeeded: seed >> 33) }
        let special: [UInt8] = [34, 92, 0, 9, 10, 31, 127, 0xC3, 0xA9]
        for n in 0..<400 {
            // mostly letters, now and then a byte that may stop the run, at every offset of an 8-byte word
            let bytes = (0..<(n % 40)).map { _ -> UInt8 in next() % 9 == 0 ? special[Int(next()) % special.count] : 97 + next() % 26 }
            bytes.withUnsafeBufferPointer { p in
                for from in 0...p.count {
                    for orDEL in [false, true] {
                        var e = from
                        while e < p.count, p[e] != 34, p[e] != 92, p[e] >= 32, !(orDEL && p[e] == 127) { e += 1 }
                        #expect(jsonPlainRun(p, from: from, orDEL: orDEL) == e, "\(bytes) from \(from)")
                    }
                }
            }
        }
    }

    /// Dates written in place read as the general formatting writes them, inside and outside the fast range.
    @Test func normalizedDatesAsFormatted() {
        func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        for y in [nil, -5, 0, 999, 1000, 2014, 9999, 10000] as [Int?] {
            for m in [nil, 0, 1, 9, 12, 99, 100] as [Int?] {
                for d in [nil, 0, 1, 31, 99, 100] as [Int?] {
                    let date = PartialDate(year: y, month: m, day: d)
                    var want = ""
                    if y != nil || m != nil {
                        want = y.map { String($0) } ?? "XXXX"
                        if let m { want += "-" + pad(m); if let d = date.day { want += "-" + pad(d) } }
                    }
                    #expect(date.normalized == want)
                }
            }
        }
    }

    @Test func evidenceOffsetsAsInterpolated() {
        let ev = [Evidence(article: "a", path: "x/é.txt", sentence: "", start: 0, end: 1234567, rule: ""),
                  Evidence(article: "a", path: "b.jsonl", sentence: "", start: -3, end: 9, rule: ""),
                  Evidence(article: "a", path: "", sentence: "", start: Int.min, end: Int.max, rule: "")]
        #expect(evidenceOffsets(ev) == ev.map { "\($0.path)@\($0.start)-\($0.end)" }.joined(separator: " "))
        #expect(evidenceOffsets([]) == "")
    }

    /// Readers and exporters share one blank check, Foundation's white space: Unicode's White_Space and
    /// the zero-width space, which the exporters (asking the scalar property) used to keep as text.
    @Test func oneBlankCheckForReadersAndExporters() {
        var differ: [UInt32] = []
        for v in UInt32(0)...0x10FFFF {
            guard let u = Unicode.Scalar(v) else { continue }
            if u.properties.isWhitespace != CharacterSet.whitespacesAndNewlines.contains(u) { differ.append(v) }
        }
        #expect(differ == [0x200B], "\(differ.prefix(20).map { String($0, radix: 16) })")
        #expect(ExportText.isBlank("\u{200B}\u{3000} \n") && !ExportText.isBlank("\u{200B}x"))
    }

    @Test func byteSearchIsSubstringSearch() {
        #expect(utf8Contains("the minister said", "minister"))
        #expect(utf8Contains("abc", ""))
        #expect(!utf8Contains("ab", "abc"))
        #expect(!utf8Contains("the minister said", "ministers"))
        #expect(!utf8Contains("Côte d'Ivoire's army", "côte"))   // case-sensitive, as keys are already folded
        #expect(utf8Contains("Côte d'Ivoire's army", "Côte d'I"))
        #expect(utf8Contains("aaab", "aab"))
        #expect(utf8Contains("ab", "ab") && utf8Contains("xxab", "ab") && !utf8Contains("xxa", "ab"))
        // every piece of a sentence, and every piece with one byte changed, against a plain byte search
        let text = "“We will respond,” Lavrov said, “we will respond in kind.” Zakharova said it too."
        let bytes = Array(text.utf8)
        func naive(_ h: [UInt8], _ n: [UInt8]) -> Bool {
            n.isEmpty || (h.count >= n.count && (0...(h.count - n.count)).contains { Array(h[$0..<($0 + n.count)]) == n })
        }
        for start in stride(from: 0, to: bytes.count, by: 3) {
            for length in [1, 2, 5, 17] where start + length <= bytes.count {
                var piece = Array(bytes[start..<(start + length)])
                if let s = String(validating: piece, as: UTF8.self) { #expect(utf8Contains(text, s)) }
                piece[length - 1] = 0x7A
                if let s = String(validating: piece, as: UTF8.self) { #expect(utf8Contains(text, s) == naive(bytes, piece), "\(s)") }
            }
        }
    }

    /// A graph big enough to be cut into many chunks gives the same bytes on one thread and on four,
    /// and libxml2 reads every node and edge back.
    @Test func graphMLIsTheSameOnOneThreadAndOnMany() throws {
        var graph = ExportFixture.synthetic(nodes: 12_000, edges: 30_000)
        for i in stride(from: 0, to: graph.nodes.count, by: 97) {
            graph.nodes[i].attributes["text"] = .string("Smith & Wesson <\"Arms\"> ]]> \u{7}\r\n \(i)")
        }
        var one: [[UInt8]] = [], four: [[UInt8]] = []
        try GraphMLWriter().export(graph, jobs: 1) { one.append($0) }
        try GraphMLWriter().export(graph, jobs: 4) { four.append($0) }
        #expect(one.count < four.count)
        #expect(Array(one.joined()) == Array(four.joined()))
        let whole = try GraphMLWriter().export(graph)
        #expect(whole == Array(four.joined()))
        let root = try #require(XMLTree.parse(whole))
        let g = try #require(root.all("graph").first)
        #expect(g.all("node").count == graph.nodes.count)
        #expect(g.all("edge").count == graph.edges.count)
        let texts = g.all("node").flatMap { $0.all("data") }.map(\.text).filter { $0.hasPrefix("Smith") }
        #expect(texts.count == (graph.nodes.count + 96) / 97)
        #expect(texts.first == "Smith & Wesson <\"Arms\"> ]]> \n 0")
    }

    /// GraphML's `<data>` children, planned once per attribute shape and written from bytes, are what the
    /// general path gives (`GraphMLKeys.text` of each key's value, in key order; a node's own colour or size
    /// instead of the style's, an edge's weight from the style): the seed graph's real text, half the
    /// elements with their names shuffled (more shapes than are remembered), odd values mixed in.
    @Test func graphMLDataIsWhatTheGeneralPathGives() throws {
        var graph = Shared.seedGraph(jobs: 1)
        var x: UInt64 = 11
        func next(_ n: Int) -> Int {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return Int((x >> 33) % UInt64(n))
        }
        let odd: [AttributeValue] = [.string("  "), .string(""), .string("a]]>b & <c>"), .string("bell\u{7}\r\nline\r"),
                                     .string("\u{85}\u{A0}"), .string("é\u{FFFE}"), .int(-3), .int(7), .double(2.5), .double(.nan)]
        func shuffled(_ a: Attributes) -> Attributes {
            guard next(2) == 0 else { return a }
            var pairs = Array(a)
            for i in pairs.indices.reversed() where i > 0 { pairs.swapAt(i, next(i + 1)) }
            var out = Attributes()
            for (k, v) in pairs { out[k] = v }
            if next(3) == 0 { out["extra\(next(3))"] = odd[next(odd.count)] }
            return out
        }
        for i in graph.nodes.indices {
            graph.nodes[i].attributes = shuffled(graph.nodes[i].attributes)
            if next(6) == 0 { graph.nodes[i].attributes[GraphMLWriter.visualNames[next(4)]] = odd[next(odd.count)] }
        }
        for i in graph.edges.indices {
            graph.edges[i].attributes = shuffled(graph.edges[i].attributes)
            if next(6) == 0 { graph.edges[i].attributes["weight"] = odd[next(odd.count)] }
        }
        let style = GraphStyle(graph)
        var bytes: [UInt8] = []
        try GraphMLWriter().export(graph, jobs: 2) { bytes += $0 }
        let root = try #require(XMLTree.parse(bytes))
        func keys(_ domain: String) -> [(id: String, name: String, type: GraphMLValueType)] {
            root.all("key").filter { $0.attributes["for"] == domain }.map { k in
                let type: GraphMLValueType = ["int": .int, "double": .double][k.attributes["attr.type"]!] ?? .string
                return (k.attributes["id"]!, k.attributes["attr.name"]!, type)
            }
        }
        /// "key=text" of each child the general path writes.
        func expected(_ attributes: Attributes, _ extras: [String: AttributeValue], ownWins: Bool,
                      _ keys: [(id: String, name: String, type: GraphMLValueType)]) -> [String] {
            keys.compactMap { k in
                let own = attributes[k.name], extra = extras[k.name]
                guard let value = ownWins ? own ?? extra : extra ?? own, let text = GraphMLKeys.text(value, as: k.type) else { return nil }
                return k.id + "=" + text
            }
        }
        let g = try #require(root.all("graph").first)
        let nodeKeys = keys("node"), edgeKeys = keys("edge")
        let nodes = g.all("node"), edges = g.all("edge")
        try #require(nodes.count == graph.nodes.count && edges.count == graph.edges.count)
        for (i, node) in graph.nodes.enumerated() {
            let c = style.nodeColors[i]
            let visual: [String: AttributeValue] = ["r": .int(c.r), "g": .int(c.g), "b": .int(c.b), "size": .double(style.nodeSizes[i])]
            let written = nodes[i].all("data").map { $0.attributes["key"]! + "=" + $0.text }
            #expect(written == expected(node.attributes, visual, ownWins: true, nodeKeys), "\(node.id)")
        }
        for (i, edge) in graph.edges.enumerated() {
            let written = edges[i].all("data").map { $0.attributes["key"]! + "=" + $0.text }
            #expect(written == expected(edge.attributes, ["weight": .double(style.edgeWeights[i])], ownWins: false, edgeKeys), "\(edge.id)")
        }
    }

    /// Ids in increasing order (GraphBuilder's) get their safe ids by bisection among themselves: the ids the
    /// general path gives, escapes that collide with safe ids or with each other and their suffixes included.
    @Test func sortedIDsGetTheSafeIDsOfTheGeneralPath() {
        var ids: Set<String> = ["a/b", "a_2Fb", "a_2Fb-2", "a_2Fb-3", "a b", "a_20b-2", "a:b", "x", "", "_", "e1",
                                "actor:Côte d'Ivoire", "actor:C_C3_B4te_20d_27Ivoire", "actor:C_C3_B4te_20d_27Ivoire-2"]
        ids.formUnion(Shared.seedGraph(jobs: 1).nodes.map(\.id))
        var x: UInt64 = 5
        let pieces = ["a", "b", "/", " ", "_2F", "_20", "-2", "-3", "é", ":"]
        for _ in 0..<3_000 {
            var id = ""
            for _ in 0..<4 {
                x = x &* 6364136223846793005 &+ 1442695040888963407
                id += pieces[Int((x >> 33) % UInt64(pieces.count))]
            }
            ids.insert(id)
        }
        let sorted = ids.sorted()
        let general = ExportLayout.assign(sorted)
        #expect(Set(general).count == sorted.count)
        #expect(general.filter { $0.contains("-2") }.count > sorted.filter { $0.contains("-2") }.count)   // suffixes were needed
        #expect(ExportLayout.assign(sorted, sorted: true) == general)
    }

    /// The builder tells the exporters where each edge's ends are; a graph changed afterwards must not
    /// be written with stale indexes.
    @Test func aStaleEndpointHintIsIgnored() throws {
        let built = Shared.seedGraph(jobs: 2)
        let plain = KnowledgeGraph(nodes: built.nodes, edges: built.edges)   // no hint
        #expect(try GraphMLWriter().export(built) == (try GraphMLWriter().export(plain)))
        var changed = built
        changed.nodes.swapAt(0, changed.nodes.count - 1)
        changed.nodes.removeLast(1)   // an edge end now names no node: an implicit node in the file
        let rebuilt = KnowledgeGraph(nodes: changed.nodes, edges: changed.edges)
        for exporter in ExporterRegistry.all {
            #expect(try exporter.init().export(changed) == (try exporter.init().export(rebuilt)), "\(exporter.formatName)")
        }
        let layout = ExportLayout(changed)
        #expect(layout.implicitNodeCount >= 1)
        for (i, e) in changed.edges.enumerated() {
            #expect(layout.graph.nodes[layout.sources[i]].id == e.source && layout.graph.nodes[layout.targets[i]].id == e.target)
        }
    }

    /// Edges that share one attribute map (as `GraphAccumulator.finish` gives edges alike) are written from
    /// the map worked out once (`AttributesMemo`): every exporter's bytes are those of the same graph with a
    /// fresh copy of the map on every edge, on one thread and on several.
    @Test func edgesSharingAMapExportAsEdgesWithTheirOwn() throws {
        /// Fresh storage at every call: no two edges of the "own" graph share a map.
        func map(_ k: Int) -> Attributes {
            switch k {
            case 0: return ["role": .string("mentions"), "label": .string("mentions"), "weight": .double(1)]
            case 1: return ["role": .string("backs & funds"), "label": .string("<backs> ]]> funds"), "weight": .double(2.5)]
            case 2: return ["role": .string("reported_in"), "label": .string("  \n "), "weight": .string(" 3 "), "count": .int(7)]
            default: return ["role": .string("hosts"), "note": .string("tab\there\u{7}"), "weight": .int(0)]
            }
        }
        let nodes = (0..<40).map { i in
            Node(id: i % 4 == 0 ? "article:\(i)" : "actor:\(i)", attributes: ["kind": .string(i % 4 == 0 ? "article" : "actor"), "label": .string("Name \(i)")])
        }
        let shared = (0..<4).map(map)
        var own = KnowledgeGraph(nodes: nodes), alike = KnowledgeGraph(nodes: nodes)
        for i in 0..<3_000 {
            let source = nodes[i % 40].id, target = nodes[(i * 7 + 3) % 40].id
            own.edges.append(Edge(id: "e\(i)", source: source, target: target, attributes: map(i % 4)))
            alike.edges.append(Edge(id: "e\(i)", source: source, target: target, attributes: shared[i % 4]))
        }
        #expect(own.edges[0].attributes.identity != own.edges[4].attributes.identity)
        #expect(alike.edges[0].attributes.identity == alike.edges[4].attributes.identity)
        for exporter in ExporterRegistry.all {
            #expect(try exporter.init().export(alike) == (try exporter.init().export(own)), "\(exporter.formatName)")
        }
        var one: [UInt8] = [], three: [UInt8] = []
        try GraphMLWriter().export(alike, jobs: 1) { one += $0 }
        try GraphMLWriter().export(alike, jobs: 3) { three += $0 }
        #expect(one == (try GraphMLWriter().export(own)))
        #expect(three == one)
        #expect(GraphStyle(ExportLayout(alike), jobs: 3).edgeWeights == GraphStyle(own).edgeWeights)
        #expect(GraphStyle(own).edgeWeights.prefix(4) == [1, 2.5, 3, 1])
    }

    /// A shared map's whole output is copied only for the extra values it was last written with: another
    /// weight on the same map is written anew, and every element reads as `write` writes it.
    @Test func sharedMapOutputFollowsTheExtraValues() {
        let keys = GraphMLKeys(domain: "edge", prefix: "e", types: ["role": .string, "label": .string, "weight": .double])
        let map: Attributes = ["role": .string("hosts"), "label": .string("ports & <docks>"), "weight": .double(2)]
        var shared = GraphMLDataWriter(keys, extras: ["weight"], replacing: true, closing: "    </edge>\n")
        var plain = GraphMLDataWriter(keys, extras: ["weight"], replacing: true, closing: "    </edge>\n")
        var a = XMLBytes(), b = XMLBytes()
        let weights: [AttributeValue] = [.double(2), .double(2), .double(0.5), .double(0.5), .double(2), .int(3), .double(3), .string("7")]
        for w in weights {
            shared.writeShared(map, into: &a) { _ in w }
            plain.write(map, into: &b) { _ in w }
        }
        let text = String(decoding: a.bytes, as: UTF8.self)
        #expect(a.bytes == b.bytes)
        #expect(text.components(separatedBy: "\">0.5</data>").count == 3)
        #expect(text.components(separatedBy: "\">3.0</data>").count == 3)
        #expect(text.components(separatedBy: "<![CDATA[ports & <docks>]]>").count == weights.count + 1)
    }

    /// Chunks reach the consumer in order whatever the threads, and a consumer's error (a full disk)
    /// stops the work and reaches the caller.
    @Test func chunksAreConsumedInOrderAndErrorsComeBack() throws {
        struct Full: Error {}
        for jobs in [1, 2, 4] {
            var seen: [Int] = []
            try ParallelChunks.forEach(count: 100_000, jobs: jobs, minimumChunk: 1_000, { Array($0) }, consume: { seen += $0 })
            #expect(seen == Array(0..<100_000))
            var consumed = 0
            #expect(throws: Full.self) {
                try ParallelChunks.forEach(count: 100_000, jobs: jobs, minimumChunk: 1_000, { $0.count }, consume: { n in
                    if consumed >= 3 { throw Full() }
                    consumed += 1
                })
            }
            #expect(consumed == 3)
        }
    }

    /// A part of a file written into an array's own memory is what a growing buffer gets, whether it fits
    /// the array's capacity or outgrows it.
    @Test func partsWrittenInPlaceAreTheBytesWritten() {
        func write(_ out: inout XMLBytes) {
            for i in 0..<5_000 {
                out.append("    <node")
                out.attribute("id", "n\(i * 7_919) & \"\(i)\"")
                out.append(">")
                out.integer(-i)
                out.append("</node>\n")
            }
        }
        var reference = XMLBytes(capacity: 64)
        write(&reference)
        let bytes = reference.bytes
        for capacity in [0, 64, 1_000, bytes.count - 1, bytes.count, bytes.count + 1, 1 << 20] {
            #expect(XMLBytes.array(capacity: capacity, write) == bytes, "\(capacity)")
        }
    }

    /// Numbers written straight into the GraphML buffer read as the strings they replace.
    @Test func numbersAreWrittenAsTheirStrings() {
        var ints: [Int] = [0, 1, -1, 9, 10, 99, 100, 12_345, -987_654, Int.max, Int.min, Int.max - 1, Int.min + 1]
        var x: UInt64 = 3
        for _ in 0..<500 { x = x &* 6364136223846793005 &+ 1; ints.append(Int(bitPattern: UInt(x)) >> Int(x % 60)) }
        for i in ints {
            var b = XMLBytes()
            b.integer(i)
            #expect(String(decoding: b.bytes, as: UTF8.self) == String(i))
        }
        let doubles: [Double] = [0, -0.0, 1, -1, 2.5, 16.928203230275507, 1e15, 1e15 - 1, -1e14, 1e300, .nan, .infinity, -.infinity, 0.1]
        for d in doubles {
            var b = XMLBytes()
            b.number(d)
            #expect(String(decoding: b.bytes, as: UTF8.self) == GraphMLKeys.number(d), "\(d)")
        }
        // numbers written again come from the buffer's memory of recent ones (more than it holds)
        var all = XMLBytes()
        var expected = ""
        for _ in 0..<3 {
            for d in doubles + (1..<60).map({ Double($0) / 7 }) + [1 / 7, -1 / 7, 1e-300] {
                all.number(d)
                all.append(",")
                expected += GraphMLKeys.number(d) + ","
            }
        }
        #expect(String(decoding: all.bytes, as: UTF8.self) == expected)
    }

    /// Event arguments sorted in place by bytes come in the String order of their joined "role=actor"
    /// texts (prefixes, "=" inside a role, equal roles); non-ASCII ones take the String path.
    @Test func argumentsSortAsTheirJoinedTexts() {
        let parts = ["actor", "act", "actor=x", "target", "a", "b", "Z", "ab", "e\u{301}", "\u{e9}", "\u{e9}x", "é=", "", "a-", "a1"]
        var x: UInt64 = 11
        func pick() -> String {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return parts[Int(x >> 33) % parts.count]
        }
        for _ in 0..<3_000 {
            let args = (0..<(2 + Int(x >> 40) % 4)).map { _ in (role: pick(), actor: pick()) }
            let expected = args.map { $0.role + "=" + $0.actor }.sorted()
            #expect(GraphBuilder.sortedArguments(args).map { $0.role + "=" + $0.actor } == expected)
        }
    }

    /// Claim labels (bytes cut when every scalar is a character of its own, graphemes counted otherwise,
    /// written into one string) are the plain rule: the speaker, ": ", and the text, cut to 77 characters
    /// and "..." past 80.
    @Test func claimLabelsAreThePlainRule() {
        let pieces = ["a", "word ", "\r\n", "e\u{301}", "\u{e9}", "\u{1F1EB}\u{1F1F7}", "\u{201C}", "-", "\r",
                      "\u{2014}", "\u{A0}", "\u{AD}", "\u{301}", "\u{200D}", "\u{2026}", "\u{85}", "\n"]
        var x: UInt64 = 5
        for _ in 0..<2_000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(x >> 40) % 110
            var text = ""
            for k in 0..<length {
                x = x &* 6364136223846793005 &+ 1442695040888963407
                text += (x >> 60) < 12 || k < Int(x >> 58) % 90 ? "a" : pieces[Int(x >> 33) % pieces.count]
            }
            let plain = "Speaker: " + (text.count > 80 ? String(text.prefix(77)) + "..." : text)
            #expect(GraphBuilder.claimLabel("Speaker", text) == plain)
        }
        #expect(GraphBuilder.eventLabel(Event(type: "t", arguments: [("r", "x"), ("s", "y")], place: nil, date: nil, modality: .asserted,
                                              confidence: 1, trigger: "", evidence: [], count: nil, killed: nil, wounded: nil), name: { $0 == "x" ? "X" : nil }) == "t: X, y")
    }

    /// The radix sort of edge keys is the standard sort: small and full-width keys, repeats, tiny arrays.
    @Test func radixSortIsTheSort() {
        var x: UInt64 = 3
        func next() -> UInt64 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return x
        }
        for size in [0, 1, 2, 3, 100, 5_000] {
            for width: UInt64 in [3, 12, 40, 64] {
                let keys = (0..<size).map { _ in width == 64 ? next() : next() >> (64 - width) }
                #expect(radixSorted(keys) == keys.sorted())
                #expect(radixSorted(keys, jobs: 2, minimumChunk: 7) == keys.sorted())   // in parts on two threads
            }
        }
        #expect(radixSorted([UInt64.max, 0, UInt64.max - 1, 1 << 63]) == [0, 1 << 63, UInt64.max - 1, UInt64.max])
    }

    /// The time scan skips tokens `mayMatchAt` rules out: at none of them would `matchAt` find anything.
    @Test func timeTokensSkippedMatchNothing() {
        let words = ["from", "between", "since", "in", "on", "the", "a", "last", "next", "early", "mid", "June", "May",
                     "Monday", "Sat", "three", "few", "days", "weeks", "ago", "and", "to", "of", "2011", "5", "12th",
                     "-", ",", "/", "yesterday", "tonight", "spring", "during", "until", "earlier", "later", "this", "past"]
        var x: UInt64 = 9
        var text = ""
        for _ in 0..<6_000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            text += words[Int(x >> 33) % words.count] + ((x >> 20) % 3 == 0 ? "" : " ")
        }
        var copy = text
        let (skipped, found) = copy.withUTF8 { b -> (Int, Int) in
            let tokens = TimeTokenizer.tokenize(b)
            return tokens.withUnsafeBufferPointer { tb in
                let m = TimeMatcher(t: tb, anchor: AnchorContext(PartialDate(year: 2012, month: 3, day: 4)), parseMode: false)
                let skipped = (0..<tb.count).filter { !m.mayMatchAt($0) }
                return (skipped.count, skipped.filter { m.matchAt($0) != nil }.count)
            }
        }
        #expect(skipped > 1_000)
        #expect(found == 0)
    }

    /// A name added as new reads and compares as one set through the subscript.
    @Test func attributesAddedAsNewAreSet() {
        var added: Attributes = ["kind": .string("event"), "sources": .int(1)]
        var set = added
        added.add(distinct: "cameo", .string("190"))
        added.add(distinct: "count", .int(3))
        set["count"] = .int(3)
        set["cameo"] = .string("190")
        #expect(added == set)
        #expect(added["cameo"] == .string("190") && added.count == 4)
    }

    /// Words the tokenizer looks up (key packed only past the first-letter and length mask) get the
    /// lexicon's entry for their packed key, as `TimeLexicon.key` and the table give it.
    @Test func timeWordsGetTheTablesEntry() {
        let words = ["June", "june", "JUNE", "Jun", "may", "May", "yesterday", "Yesterdays", "sept", "septembers",
                     "thursday", "thurs", "a", "an", "ago", "x", "throughout", "throughoutly", "abcdefghijklm",
                     "caf\u{e9}", "\u{e9}t\u{e9}", "day", "days", "dayz", "mid", "th", "st", "twelve", "twelvex"]
        var text = ""
        for (k, w) in words.enumerated() { text += w + (k % 3 == 0 ? ", " : " ") }
        var copy = text
        let tokens = copy.withUTF8 { TimeTokenizer.tokenize($0) }
        let found = tokens.filter { $0.kind == .word }
        #expect(found.count == words.count)
        for (t, w) in zip(found, words) {
            let expected = TimeLexicon.key(Array(w.utf8)).flatMap { TimeLexicon.table[$0]?.word } ?? TimeWord.none
            #expect(t.info.word == expected, "\(w)")
        }
        #expect(found.contains { $0.info.word == .yesterday } && found.contains { $0.info.word == .month })
    }

    /// Every keyword of the time lexicon, capitalised or not, and each with its last letter changed, its
    /// first letter changed and a letter added: the first-letter, length and last-letter mask lets every
    /// keyword through and each word gets the table's entry for its key.
    @Test func timeWordsPastTheLastLetterMaskGetTheTablesEntry() {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var words: [String] = []
        for k in TimeLexicon.table.keys {
            var x = k, w: [Character] = []
            while x != 0 { w.insert(letters[Int(x & 31) - 1], at: 0); x >>= 5 }
            let word = String(w)
            let otherLast = letters[(letters.firstIndex(of: w[w.count - 1])! + 7) % 26]
            let otherFirst = letters[(letters.firstIndex(of: w[0])! + 11) % 26]
            words += [word, word.prefix(1).uppercased() + word.dropFirst(), String(w.dropLast()) + String(otherLast),
                      String(otherFirst) + String(w.dropFirst()), word + "s"]
        }
        words.sort()
        var text = ""
        for (k, w) in words.enumerated() { text += w + (k % 4 == 0 ? ". " : " ") }
        var copy = text
        let tokens = copy.withUTF8 { TimeTokenizer.tokenize($0) }.filter { $0.kind == .word }
        #expect(tokens.count == words.count)
        var known = 0
        for (t, w) in zip(tokens, words) {
            let expected = TimeLexicon.key(Array(w.utf8)).flatMap { TimeLexicon.table[$0] }
            #expect(t.info.word == (expected?.word ?? TimeWord.none) && t.info.value == (expected?.value ?? 0), "\(w)")
            if expected != nil { known += 1 }
        }
        #expect(known >= 2 * TimeLexicon.table.count)
    }

    /// A time word runs over non-ASCII letters and punctuation (é, …, «», ©, a zero-width joiner) and ends
    /// only at ASCII non-letters and the sequences `TimeTokenizer.special` reads as a space, dash or quote
    /// (no-break space, en dash, curly apostrophe), as `TimeLexicon.byteClasses` classes the bytes.
    @Test func timeWordsEndOnlyAtSpecialSequences() {
        var text = "caf\u{e9}\u{2026}later\u{a0}May\u{2013}June \u{ab}today\u{bb} \u{a9}2014 week\u{200d}end x\u{2019}s"
        let tokens = text.withUTF8 { b in
            TimeTokenizer.tokenize(b).map { (String(decoding: b[$0.start..<$0.end], as: UTF8.self), $0.kind, $0.info.word) }
        }
        #expect(tokens.map(\.0) == ["caf\u{e9}\u{2026}later", "May", "\u{2013}", "June", "\u{ab}today\u{bb}", "\u{a9}", "2014",
                                    "week\u{200d}end", "x", "\u{2019}", "s"])
        #expect(tokens.map(\.1) == [.word, .word, .punct, .word, .word, .word, .number, .word, .word, .punct, .word])
        #expect(tokens.map(\.2) == [.none, .month, .none, .month, .none, .none, .none, .none, .none, .none, .none])
    }

    /// Each ASCII byte between two letters splits the time tokens as its kind says: a letter joins the
    /// word, white space (9 to 13, 32) parts two words, a digit is an attached number, any other byte an
    /// attached punctuation token (`TimeLexicon.byteClasses`).
    @Test func timeTokensSplitAtEachASCIIByteByItsKind() {
        for c in UInt8(0)...127 {
            let tokens = [UInt8(ascii: "q"), c, UInt8(ascii: "z")].withUnsafeBufferPointer { TimeTokenizer.tokenize($0) }
            let shape = tokens.map { "\($0.kind)\($0.end - $0.start)\($0.attached ? "+" : "")" }
            let letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
            let expected = letter ? ["word3"]
                : c == 32 || (c >= 9 && c <= 13) ? ["word1", "word1"]
                : c >= 48 && c <= 57 ? ["word1", "number1+", "word1+"]
                : ["word1", "punct1+", "word1+"]
            #expect(shape == expected, "byte \(c)")
            if !letter && !expected.contains("number1+") && expected.count == 3 { #expect(tokens[1].byte == c) }
        }
    }

    /// The UTF-8 check the JSON readers rely on says what `String(validating:)` says: random bytes drawn
    /// mostly from the bytes that start, continue or break sequences, at every length and offset.
    @Test func utf8CheckAgreesWithStdlib() {
        var x: UInt64 = 11
        func next() -> UInt64 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            return x >> 33
        }
        let pool: [UInt8] = [0x41, 0x20, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
                             0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        for _ in 0..<20_000 {
            let n = Int(next() % 24)
            let bytes = (0..<n).map { _ in next() % 3 == 0 ? UInt8(truncatingIfNeeded: next()) : pool[Int(next() % UInt64(pool.count))] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer { TextDecoding.isValidUTF8($0) } == expected, "\(bytes)")
        }
        for text in ["", "plain ascii, eight or more bytes", "Russia’s “air defence” — €5 😀 naïve"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { TextDecoding.isValidUTF8($0) })
        }
    }

    /// Fold keys read eight plain bytes at once: the same keys as a byte at a time (texts shorter than eight
    /// bytes take only the byte path).
    @Test func foldKeyWordAtATimeAgreesWithBytes() {
        let texts = ["Russia and Egypt   to  launch", "RUSSIA AND EGYPT TO LAUNCH [ABC]{xyz}@^_`~", "Russia’s “deal” — signed",
                     "a-b-c-d-e-f-g-h-i-j \"quoted\" 'single' tabs\tand\nlines", "ZZZZZZZZAAAAAAAA@@@@@@@@[[[[[[[[", "  lead and trail  "]
        for t in texts {
            let whole = TextArticleReader.foldKey(ArraySlice(t.utf8))
            // the same text cut into pieces shorter than eight bytes, folded one by one and joined where no
            // space run is cut: compare with a byte-wise reference instead
            var reference: [UInt8] = []
            var space = false
            for b in t.utf8 {
                if b == 32 || (b >= 9 && b <= 13) { space = true; continue }
                if space && !reference.isEmpty { reference.append(32) }
                space = false
                if b >= 0x80 { reference.append(b); continue }
                reference.append(b >= 65 && b <= 90 ? b | 0x20 : b)
            }
            if !t.utf8.contains(where: { $0 >= 0x80 }) { #expect(whole == String(decoding: reference, as: UTF8.self), "\(t)") }
        }
        #expect(TextArticleReader.foldKey(ArraySlice("Russia’s “Deal”   NOW".utf8)) == "russia's \"deal\" now")
    }
}
