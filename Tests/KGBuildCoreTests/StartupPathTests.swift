import Foundation
import Testing

@testable import KGBuildCore

/// Start-up reads the ontology on fast paths (libyaml's events, bytes for ASCII names and dates); each
/// must give what the general path gives.
@Suite struct StartupPathTests {
    /// The same tree, node by node: kind, line, text and children.
    static func same(_ a: YAMLTree, _ x: Int32, _ b: YAMLTree, _ y: Int32) -> Bool {
        guard a.kind(x) == b.kind(y), a.line(x) == b.line(y) else { return false }
        switch a.kind(x) {
        case .scalar: return a.string(x) == b.string(y)
        case .sequence, .mapping:
            let i = a.items(x), j = b.items(y)
            return i.count == j.count && zip(i, j).allSatisfy { same(a, $0, b, $1) }
        case .other: return true
        }
    }

    @Test func fastComposerAgreesWithYamsOnEveryOntologyFile() throws {
        for (name, text) in EmbeddedOntology.files {
            let fast = try #require(YAMLTree.fast(text), "\(name) left to Yams")
            let yams = try YAMLTree.viaYams(text)
            let (r1, r2) = (try #require(fast.root), try #require(yams.root))
            #expect(Self.same(fast, r1, yams, r2), "\(name)")
        }
        let odd = """
            - {a: "x\\ty", b: 'it''s', c: ~, d: "", e: null, "f g": [1, [2, 3], {h: i}]}
            - k: >
                folded
                text
              l: |
                literal
              m: "\\u00e9t\\u00e9 caf\\u00e9"
            """
        let fast = try #require(YAMLTree.fast(odd))
        let yams = try YAMLTree.viaYams(odd)
        #expect(Self.same(fast, fast.root!, yams, yams.root!))
    }

    /// The trees start-up decodes from the generator's events are libyaml's parse of the embedded text, and
    /// its fingerprint is the files' (a stale or hand-edited EmbeddedOntology.swift fails here).
    @Test func embeddedEventsGiveTheParsedTree() throws {
        #expect(EmbeddedOntology.trees.count == EmbeddedOntology.files.count)
        #expect(EmbeddedOntology.fingerprint == Ontology.fingerprint(EmbeddedOntology.files.sorted { $0.0 < $1.0 }))
        for (name, text) in EmbeddedOntology.files {
            let fast = try #require(YAMLTree.fast(text), "\(name) left to Yams")
            let pre = try #require(Ontology.embeddedTree(name))
            let (r1, r2) = (try #require(fast.root), try #require(pre.root))
            #expect(Self.same(fast, r1, pre, r2), "\(name)")
            #expect(fast.nodes.count == pre.nodes.count, "\(name)")
        }
    }

    /// The cache's key: an edit that only changes case changes what kgbuild finds, so it changes the key.
    @Test func fingerprintSeesCase() {
        #expect(Ontology.fingerprint([("actors/x.yaml", "- {id: nato, name: NATO}")])
                != Ontology.fingerprint([("actors/x.yaml", "- {id: nato, name: Nato}")]))
    }

    @Test func fastComposerLeavesToYamsWhatItDoesNotHandle() {
        for text in ["a: 1\na: 2\n", "- &x a\n- *x\n", "- !!str a\n", "? [a]\n: b\n", "a: 1\n---\nb: 2\n", "- [unclosed\n",
                     "{caf\u{e9}: 1, cafe\u{301}: 2}\n"] {
            #expect(YAMLTree.fast(text) == nil, "\(text)")
        }
        #expect(YAMLTree.fast("# only a comment\n")?.root == nil)
    }

    @Test func asciiPersonKeyAgreesWithTheStringPath() throws {
        let o = try Ontology.load()
        var names: [String] = ["", " ", "al-", "Abu", "al-Assad", "Bashar al-Assad", "Abd al-Rahman  al-Ashr", "Mohammed bin Salman",
                               "Abdel-Fattah el-Sisi", "Sergei  Lavrov", "X Æ A-12", "Ash-Sharif an-Nour", "Ibn Al-Ash-Shaykh",
                               "Phil Xu", "AL-ASH-ABDUL-RAHMAN", "De Mistura", "a\r\nb c"]
        // every transliterated spelling (looked up by the hash of its bytes), in any case, before a surname
        for w in MentionFinder.transliterationKey.keys { names += [w.capitalized + " Petrov", w.uppercased() + " Ivanov", "Ali " + w] }
        for a in o.actors where a.type == "person" { names += [a.name] + a.aliases + Lexicon.transliterations(a.name) }
        for n in names {
            if let k = MentionFinder.asciiPersonKey(n) { #expect(k == MentionFinder.stringPersonKey(n), "\(n)") }
        }
        #expect(MentionFinder.asciiPersonKey("Sergei Lavrov") != nil)
        #expect(MentionFinder.asciiPersonKey("a\r\nb c") == nil)
    }

    /// `PartialDate(normalized:)` reads bytes; it says what splitting the Characters and `Int(_:)` say.
    @Test func dateBytesAgreeWithCharacters() {
        func characterwise(_ text: String) -> PartialDate? {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard (1...3).contains(parts.count) else { return nil }
            let y: Int?
            if parts[0] == "XXXX" { y = nil } else if parts[0].count == 4, let v = Int(parts[0]) { y = v } else { return nil }
            var m: Int? = nil, d: Int? = nil
            if parts.count > 1 { guard let v = Int(parts[1]), (1...12).contains(v) else { return nil }; m = v }
            if parts.count > 2 { guard let v = Int(parts[2]), (1...31).contains(v) else { return nil }; d = v }
            if y == nil && m == nil { return nil }
            return PartialDate(year: y, month: m, day: d)
        }
        for t in ["2014", "2014-06", "2014-06-24", "2014-13", "2014-00", "2014-06-32", "14-06-01", "02014", "2014-", "-06", "", "-",
                  "2014--01", "2014-6-1", "2014-06-24-01", "0000", "2014-0000000001", "2014-99999999999", "XXXX-09-09", "+2014", "2014-+6",
                  "+201-05", "XXXX", "XXXX-", "XXXX-13", "XxXX-09", "XXXXX-09", "2014-06-2\u{301}", "2014-\u{301}06", "٢٠١٤-06",
                  "2014-000000000000000000000006", "2014-99999999999999999999", "2014-06-24-", "+", "2014-+", "2014-0x6"] {
            #expect(PartialDate(normalized: t) == characterwise(t), "\(t)")
        }
        #expect(PartialDate(normalized: "2014-06") == PartialDate(year: 2014, month: 6))
    }

    @Test func uniqueKeepsTheFirstOfEqualNames() {
        #expect(Lexicon.unique(["B", "A", "B", "caf\u{e9}", "cafe\u{301}"]) == ["B", "A", "caf\u{e9}"])
    }
}
