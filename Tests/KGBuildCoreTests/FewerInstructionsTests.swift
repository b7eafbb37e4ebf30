import Foundation
import Testing
@testable import KGBuildCore

/// The tables and read paths changed to cut instructions per byte (issue 8), checked against what they replace.
@Suite("Fewer instructions")
struct FewerInstructionsTests {
    /// The mentions before an offset, bounded by binary search when they are in order of their start, are
    /// those a filter on the start keeps; out of order, all of them are given (the caller tests the start).
    @Test func mentionsStartingBeforeAnOffset() {
        func mention(_ start: Int, _ token: Int) -> Mention {
            Mention(tokens: token..<(token + 1), start: start, end: start + 3, actor: "actor:X\(start)", kind: .name, sentence: 0)
        }
        let inOrder = MentionFinder.Result(mentions: [mention(0, 0), mention(10, 2), mention(10, 3), mention(25, 5), mention(40, 8)], actors: [:])
        #expect(inOrder.sortedByStart)
        for offset in [-1, 0, 5, 10, 11, 25, 26, 40, 41, 100] {
            #expect(Array(inOrder.mentions(startingBefore: offset)) == inOrder.mentions.filter { $0.start < offset }, "\(offset)")
        }
        let shuffled = MentionFinder.Result(mentions: [mention(25, 5), mention(0, 0), mention(40, 8)], actors: [:])
        #expect(!shuffled.sortedByStart)
        #expect(Array(shuffled.mentions(startingBefore: 10)) == shuffled.mentions)
    }

    /// The one probe `reported` makes before `verdictObject` lets every verdict and rejection verb through.
    @Test func verdictFilterHoldsBothVerbLists() {
        let claims = Shared.pipeline.claims
        let words = claims.eventWords
        #expect(!words.verdictVerbs.isEmpty && !words.rejectionVerbs.isEmpty)
        for k in words.verdictVerbs.keys + words.rejectionVerbs.keys { #expect(claims.verdictStarts.mayContain(k)) }
    }

    /// Sentences of my own, with and without verdicts, attributions, verbs of saying and context words.
    static let sentences = [
        "The ministry rejected the accusations as baseless, according to a statement issued on Friday.",
        "Officials said the convoy was attacked near the border after the ceasefire collapsed.",
        "Rebels fired rockets at the airport, the army said, adding that no one was hurt.",
        "Heavy rain fell over the capital for a third day and the river rose above its banks.",
        "According to the envoy, talks between the two sides could resume next week in Geneva.",
    ]

    /// `reported` passes over tokens up to `nextReadingStart`: none of them starts a verdict verb, an
    /// "according to" or a verb of saying, the three readings of its loop.
    @Test func readingStartsSkipNoReading() {
        let claims = Shared.pipeline.claims
        let verdicts = TokenKeySet(claims.eventWords.verdictVerbs.keys + claims.eventWords.rejectionVerbs.keys)
        for text in Self.sentences {
            let doc = Document(title: "", body: text)
            let toks = doc.tokens, hi = toks.count
            var starts = 0
            for k in 0..<hi {
                let next = claims.nextReadingStart(doc, from: k, hi)
                #expect(next >= k && next <= hi)
                for j in k..<next {
                    #expect(!verdicts.contains(toks[j].key) && claims.beforeSpeaker.longest(toks[..<hi], from: j) == nil
                            && claims.speechLemmas.longest(toks[..<hi], from: j) == nil, "\(text) @\(j)")
                }
                if next == k { starts += 1 }
            }
            #expect(starts > 0 && starts < hi, "\(text)")
        }
    }

    /// The argument scan of `event` and pass one's group rule test a trie's first key before asking for its
    /// longest phrase: a token where a phrase of the speech verbs, the triggers or the group qualifiers starts
    /// always passes that test.
    @Test func firstKeyTestPassesEveryPhraseStart() {
        let lexicon = Shared.pipeline.events.lexicon
        var starts = 0
        for text in Self.sentences + ["Sunni militants and Kurdish fighters clashed again.", "He was quoted as saying the army had withdrawn."] {
            let toks = Document(title: "", body: text).tokens
            for k in toks.indices {
                if lexicon.speechVerbs.longest(toks[...], from: k) != nil { starts += 1; #expect(lexicon.speechVerbs.mayStart(toks[k].key)) }
                if lexicon.triggers.longest(toks[...], from: k) != nil { starts += 1; #expect(lexicon.triggers.mayStart(toks[k].key)) }
                if lexicon.groupQualifiers.longest(toks[...], from: k) != nil { starts += 1; #expect(lexicon.groupQualifiers.mayStart(toks[k].key)) }
            }
        }
        #expect(starts >= 5)
    }

    /// Pass one, reading the tokens through a buffer and a state's entry by `entryIsCountry`, still reads a
    /// state's institution named after it: "the France Defence Ministry" (a country's name, then the body) is
    /// one mention, of the state's ministry, not the country followed by words.
    @Test func passOneReadsAStatesInstitutionAfterItsName() {
        let finder = MentionFinder(lexicon: Lexicon(Shared.ontology))
        #expect(finder.entryIsCountry == finder.entryRecords.map { $0.type == "country" })
        #expect(finder.entryIsCountry.contains(true) && finder.entryIsCountry.contains(false))
        let doc = Document(title: "", body: "The France Defence Ministry said on Tuesday that it had sent two frigates.")
        let found = finder.find(doc, date: nil)
        let ministry = found.mentions.first { found.actors[$0.actor]?.name == "French Defence Ministry" }
        #expect(ministry?.tokens.count == 3, "\(found.mentions)")
        #expect(ministry.flatMap { found.actors[$0.actor]?.type } != "country")
    }

    /// `FollowingPhrases` skips the phrases when no first word of theirs is within reach, and works out where a
    /// phrase may start past a count and a capitalized modifier once per start, not once per phrase: it answers
    /// as the per-phrase reading it replaced, at every token of sentences of my own, with phrases that start
    /// with the determiner and phrases that do not, and with an empty phrase (which follows anywhere).
    @Test func followingPhrasesReadAsOnePhraseAtATime() {
        let kA = Tokenizer.key("a"), kThe = Tokenizer.key("the")
        /// The reading before: each phrase skipped the determiner, the count and the modifier itself.
        func perPhrase(_ notAfter: [[UInt64]], _ toks: [Token], _ doc: Document, _ start: Int, _ end: Int) -> Bool {
            for ks in notAfter {
                var k = start
                if k < end, toks[k].key == kA || toks[k].key == kThe { if ks.first != toks[k].key { k += 1 } }
                var past = k
                while past < end, past < k + 2, EventExtractor.number(doc, past) != nil { past += 1 }
                if past + 1 < end, toks[past].isCapitalized, toks[past + 1].isWord, !toks[past + 1].isCapitalized { past += 1 }
                if past > k, past + ks.count <= end, ks.indices.allSatisfy({ ks[$0] == toks[past + $0].key }) { return true }
                if k + ks.count <= end, ks.indices.allSatisfy({ ks[$0] == toks[k + $0].key }) { return true }
            }
            return false
        }
        let phrases = ["soldiers", "the war", "a letter", "bank accounts", "letters", "their", "Israeli soldiers", "leaders"].map(Tokenizer.keys)
        var matched = 0, missed = 0
        for text in Self.sentences + ["Gunmen seized two Israeli soldiers and a letter.", "They captured the 3 Kurdish soldiers",
                                      "Police froze the bank accounts of their leaders.", "The army ended the war", "a"] {
            let doc = Document(title: "", body: text)
            let toks = doc.tokens
            toks.withUnsafeBufferPointer { tp in
                for start in 0...toks.count {
                    for list in [phrases, Array(phrases.reversed()), [phrases[2]], [phrases[0]], [phrases[7]], [], [[]], [phrases[3], []]] {
                        let want = perPhrase(list, toks, doc, start, toks.count)
                        let got = FollowingPhrases(list).follow(tp, doc, start, toks.count, determiners: (kA, kThe))
                        #expect(got == want, "\(text) at \(start)")
                        if want { matched += 1 } else { missed += 1 }
                    }
                }
            }
        }
        #expect(matched >= 10 && missed >= 10)
    }

    /// `AttributesMemo` keeps any four maps it is given (a map may take any of four slots from its own, so
    /// four maps never evict one another, wherever their storage is), gives each map its own value and
    /// never another's when many more maps than slots pass through it, and forgets a map set to nil.
    @Test func attributesMemoKeepsAnyFourMaps() {
        // distinct maps, alive for the whole test (their storage addresses are their identities)
        let maps: [Attributes] = (0..<300).map { ["role": .string("r\($0 % 7)"), "weight": .int($0)] }
        #expect(Set(maps.map(\.identity)).count == maps.count)
        for start in stride(from: 0, to: maps.count - 4, by: 3) {
            var memo = AttributesMemo<Int>(slots: 8)
            for k in start..<(start + 4) { memo[maps[k]] = k }
            for k in start..<(start + 4) { #expect(memo[maps[k]] == k) }
            memo[maps[start]] = nil
            #expect(memo[maps[start]] == nil)
            #expect(memo[maps[start + 1]] == start + 1)
        }
        var memo = AttributesMemo<Int>(slots: 16)
        for (k, m) in maps.enumerated() { memo[m] = k }
        var kept = 0
        for (k, m) in maps.enumerated() {
            if let v = memo[m] { #expect(v == k); kept += 1 }
        }
        #expect(kept >= 4 && kept <= 16)
        // a map set again takes its new value in the slot it has; `insert` sets only a map that has none
        let last = maps[maps.count - 1]
        memo[last] = -1
        #expect(memo[last] == -1)
        #expect(!memo.insert(last, -2) && memo[last] == -1)
        var fresh = AttributesMemo<Int>(slots: 8)
        #expect(fresh.insert(maps[0], 5) && fresh[maps[0]] == 5 && !fresh.insert(maps[0], 6) && fresh[maps[0]] == 5)
    }

    /// The states a sentence names beside a person's own state are gathered only when some state follows a
    /// person's "of": the person's state is no side of its own, and a state the sentence also names apart
    /// keeps its place.
    @Test func aPersonsStateNamedApartKeepsItsSide() {
        let r = Shared.analyze("Ghana and Nigeria held talks on Friday with two envoys, former presidents John Kufuor of Ghana "
            + "and Thabo Mbeki of South Africa, the foreign ministry said.")
        let m = Shared.events(r, "meeting").first
        for name in ["Ghana", "Nigeria", "John Kufuor", "Thabo Mbeki"] {
            #expect(m.map { Shared.has(r, $0, "participant", name) } ?? false, "\(name): \(Shared.describe(r))")
        }
        #expect(!(m.map { Shared.has(r, $0, "participant", "South Africa") } ?? true), "\(Shared.describe(r))")
    }

    /// A token's word, capital and quote tests read its flags' bits as `Token.Flags` contains them.
    @Test func tokenBitTestsAgreeWithItsFlags() {
        let text = "\u{201C}We will not yield,\u{201D} said U.S. envoy O'Brien -- 'twice' -- in \"Geneva\" at 3.5 p.m. (NATO's) 1,000"
        var bytes = Array(text.utf8)
        let tokens = bytes.withUnsafeMutableBufferPointer { Tokenizer.tokenize(UnsafeBufferPointer($0)) }
        #expect(tokens.count > 20)
        var quotes = 0, capitals = 0, words = 0
        for t in tokens {
            #expect(t.isWord == t.flags.contains(.word))
            #expect(t.isCapitalized == t.flags.contains(.capitalized))
            #expect(t.isQuote == !t.flags.isDisjoint(with: [.openQuote, .closeQuote, .ambiguousQuote]))
            if t.isQuote { quotes += 1 }
            if t.isCapitalized { capitals += 1 }
            if t.isWord { words += 1 }
        }
        #expect(quotes >= 4 && capitals >= 5 && words >= 12 && words < tokens.count)
        // `Flags.contains` asks for every bit of its member, as OptionSet's does
        let both: Token.Flags = [.acronym, .allCaps]
        #expect(Token.Flags([.acronym, .allCaps, .word]).contains(both))
        #expect(!Token.Flags([.allCaps, .word]).contains(both))
        #expect(Token.Flags([.word]).contains([]) && !Token.Flags([]).contains(.word))
        #expect(tokens.contains { $0.flags.contains(both) } && tokens.contains { $0.flags.contains(.possessive) })
    }

    // MARK: DOT written as bytes

    /// Texts of my own with what the DOT text functions treat apart: quotes, backslashes, tabs, CR LF and a lone CR,
    /// C0 controls, DEL, entity-like runs, long text to cut and wrap, blank text, and non-ASCII (curly quotes,
    /// a C1 control, a non-character, an emoji, a combining accent) that takes the String path.
    static let dotTexts = [
        "", "   ", "\t\n", "Plain words", "a \"quoted\" back\\slash", "tab\there", "line\r\nbreak\rlone\n\nend",
        "bell\u{07}del\u{7F}nul\u{0B}ff\u{0C}", "fish &amp; chips & salt &#38; &x", "  padded label  \n",
        "A very long sentence about a convoy that was attacked near the northern border crossing on Tuesday evening, officials said.",
        "Supercalifragilisticexpialidociousword then short ones after it to wrap around the width",
        String(repeating: "word ", count: 120) + "end", String(repeating: "x", count: 450),
        "ends in a tab\t" + String(repeating: " y", count: 40), "\u{201C}Curly\u{201D} quotes \u{2014} dash",
        "C1\u{85}control and \u{FFFF} non-character", "Rocket Force 🚀 and café", "e\u{301}toile accent",
        "Plain words", "Plain words", "Caf\u{E9}", "Cafe\u{301}", "Cafe\u{301}", "mentions", "mentions",
        "tab\tand\r\ncurly \u{2019} \r lone\u{7F}", String(repeating: "\u{E9}t\u{E9} ", count: 70),
        String(repeating: "long \u{201C}quoted\u{201D} text, ", count: 30),
    ]

    /// `DOTText` writes the bytes the String functions give, for labels, tooltips and quoting alike.
    @Test func dotTextMatchesTheStringFunctions() {
        func bytes(_ write: (inout XMLBytes) -> Void) -> [UInt8] {
            var out = XMLBytes(capacity: 64)
            write(&out)
            return out.bytes
        }
        var text = DOTText()
        for s in FewerInstructionsTests.dotTexts {
            #expect(bytes { text.label(s, into: &$0) } == Array(DOTWriter.quote(DOTWriter.label(s)).utf8), "\(s.debugDescription)")
            let tip = DOTWriter.quote(DOTWriter.plain(ExportText.truncate(ExportText.clean(s), limit: DOTWriter.tooltipLimit)))
            #expect(bytes { text.tooltip(s, into: &$0) } == Array(tip.utf8), "\(s.debugDescription)")
            #expect(bytes { DOTText.quote(s, into: &$0) } == Array(DOTWriter.quote(s).utf8), "\(s.debugDescription)")
        }
    }

    /// The byte quote itself: escapes, what it drops, and non-ASCII kept whole.
    @Test func dotQuoteEscapesOnBytes() {
        var out = XMLBytes(capacity: 64)
        DOTText.quote("a\"b\\c\nd\te\r\u{01}\u{7F}f\u{85}g\u{FFFE}\u{FFFF}é🚀", into: &out)
        #expect(String(decoding: out.bytes, as: UTF8.self) == "\"a\\\"b\\\\c\\nd efgé🚀\"")
    }

    /// Numbers and colours as `ExportText.decimal` and `RGB.hex` write them.
    @Test func dotNumbersAndColoursMatch() {
        for x in [0, 0.001, 0.004, 0.005, 0.05, 0.1, 0.28, 1, 1.3, 1.5, 2, 2.999, 10.05, 24, 78.46897107449476, -0.004, -0.5, -1.25, 1e15, -1e15, .nan, .infinity] {
            for digits in [1, 2] {
                var out = XMLBytes(capacity: 64)
                DOTText.decimal(x, digits: digits, into: &out)
                #expect(String(decoding: out.bytes, as: UTF8.self) == ExportText.decimal(x, digits: digits), "\(x) \(digits)")
            }
        }
        for c in [RGB(0, 0, 0), RGB(255, 255, 255), RGB(31, 119, 180), RGB(16, 1, 254)] {
            var out = XMLBytes(capacity: 64)
            DOTText.hex(c, into: &out)
            #expect(String(decoding: out.bytes, as: UTF8.self) == c.hex)
        }
    }

    /// The node and edge lines are those the String-built writer made (each value quoted, in a joined list), and
    /// the file does not depend on the number of threads.
    @Test func dotLinesAreTheStringWritersOnAnyThreads() throws {
        for graph in [ExportFixture.graph(), ExportFixture.synthetic(nodes: 300, edges: 900)] {
            let layout = ExportLayout(graph)
            let style = GraphStyle(layout)
            var lines: [String] = []
            for (i, node) in layout.graph.nodes.enumerated() {
                let shape = GraphStyle.dotShape(for: node)
                let fill = style.nodeColors[i], size = style.nodeSizes[i]
                var attrs: [(String, String)] = [
                    ("label", DOTWriter.label(node.label)), ("shape", shape.shape), ("style", shape.style),
                    ("fillcolor", fill.hex), ("fontcolor", GraphStyle.textColor(on: fill).hex),
                    ("fontsize", ExportText.decimal(min(24, 6 + size * 0.4), digits: 1)),
                    ("width", ExportText.decimal(size / 36)), ("height", ExportText.decimal(size / 60)),
                ]
                let text = node["text"] ?? ""
                if node.kind == "event" || node.kind == "claim", !ExportText.isBlank(text) {
                    attrs.append(("tooltip", DOTWriter.plain(ExportText.truncate(ExportText.clean(text), limit: DOTWriter.tooltipLimit))))
                }
                lines.append("  " + DOTWriter.quote(layout.nodeIDs[i]) + " " + DOTWriter.attributeList(attrs) + ";")
            }
            for (i, edge) in layout.graph.edges.enumerated() {
                var attrs: [(String, String)] = []
                let role = edge.role.isEmpty ? (edge["label"] ?? "") : edge.role
                if !ExportText.isBlank(role) { attrs.append(("label", DOTWriter.label(role))) }
                let w = style.edgeWeights[i]
                if w != 1 { attrs.append(("penwidth", ExportText.decimal(min(6, max(0.3, w))))) }
                let arrow = DOTWriter.quote(layout.nodeIDs[layout.sources[i]]) + " -> " + DOTWriter.quote(layout.nodeIDs[layout.targets[i]])
                lines.append("  " + arrow + (attrs.isEmpty ? "" : " " + DOTWriter.attributeList(attrs)) + ";")
            }
            let one = try DOTWriter().export(graph)
            var four: [UInt8] = []
            try DOTWriter().export(graph, jobs: 4) { four += $0 }
            #expect(one == four)
            let written = String(decoding: one, as: UTF8.self).components(separatedBy: "\n")
            // after the four lines of the head, before the legend
            #expect(Array(written.dropFirst(4).prefix(lines.count)) == lines)
            #expect(written[4 + lines.count] == "  subgraph \"cluster_legend\" {")
        }
    }

    // MARK: start-up

    /// `unique` keeps the first of equal names in first-seen order, searched (short lists) or hashed (long ones),
    /// and takes canonically equal spellings as one, as `==` does; `unique(first, rest)` is `unique([first] + rest)`.
    @Test func uniqueNamesInFirstSeenOrder() {
        func linear(_ names: [String]) -> [String] {
            var out: [String] = []
            for n in names where !out.contains(n) { out.append(n) }
            return out
        }
        let composed = "Caf\u{E9} Noir", decomposed = "Cafe\u{301} Noir"
        let short = ["Kim", "Lee", "Kim", composed, decomposed]
        let long = (0..<30).map { "Alias \($0 % 11)" } + [composed, "Lee", decomposed, "Alias 3", "lee"]
        for names in [[], short, long] {
            #expect(Lexicon.unique(names) == linear(names))
            for first in ["Lee", "Alias 4", decomposed] {
                #expect(Lexicon.unique(first, names) == linear([first] + names))
            }
        }
        #expect(Lexicon.unique(long).count == 14)
        #expect(Lexicon.unique(long).contains(composed) && !Lexicon.unique(long).contains { $0.utf8.elementsEqual(decomposed.utf8) })
    }
}
