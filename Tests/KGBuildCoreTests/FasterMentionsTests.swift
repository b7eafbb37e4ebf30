import Foundation
import Testing
@testable import KGBuildCore

/// The finder's records found by slot rather than by id (issue 8): the gazetteer's entries by their index, the
/// records of pass two by the slot their id has, aliases not given twice, titles ruled out by their first words.
@Suite("Faster mentions")
struct FasterMentionsTests {
    static let finder = MentionFinder(lexicon: Lexicon(Shared.ontology))

    /// A slot found before answers as the id's own lookup: a record present stays (nothing stored), a removed one
    /// is stored again from the array, and its alias bytes are forgotten with the aliases it had.
    @Test func aKnownSlotAnswersAsTheIdsLookup() {
        let records = [ActorRecord(id: "actor:xa", name: "Xa", type: "country", aliases: [], country: "XA"),
                       ActorRecord(id: "actor:org:yb", name: "Yb Board", type: "organization", aliases: [], country: nil)]
        var table = ActorTable()
        let first = table.slot(updating: records[1].id, default: records[1])
        #expect(first.stored)
        table.modify(records[1].id) { $0.aliases.insert("YBB") }
        table.aliasSpans[first.slot] = 3..<6
        let again = table.slot(updating: first.slot, default: records, 1)
        #expect(again.slot == first.slot && !again.stored)
        #expect(table[records[1].id]?.aliases == ["YBB"])
        table.remove(records[1].id)
        let back = table.slot(updating: first.slot, default: records, 1)
        #expect(back.slot == first.slot && back.stored)
        #expect(table[records[1].id] == records[1])
        #expect(table.aliasSpans[first.slot].isEmpty)
        #expect(table.anySlot(of: records[1].id) == first.slot)
    }

    /// Every name a story uses for an actor is its name or one of its aliases, however often each comes back
    /// (the surface of an alias given before is not given again), and the records pass two finds by slot
    /// (surnames, given names) are the people named before.
    @Test func repeatedSurfacesAreAliasesOnce() {
        let text = "The United States said on Monday it would send aid. The U.S. embassy in Nairobi confirmed it. "
            + "Officials in the U.S. said the aid would arrive soon, and the US would pay. Jane Qorvath, a spokeswoman "
            + "for the group, said the plan was sound. Qorvath said the U.S. had agreed. Jane added that the US would help. "
            + "Qorvath said talks went on."
        let doc = Document(title: "", body: text)
        let found = Self.finder.find(doc, date: nil)
        var surfaces: [String: Set<String>] = [:]
        for m in found.mentions where m.kind == .name { surfaces[m.actor, default: []].insert(doc.text(tokens: m.tokens)) }
        #expect(!surfaces.isEmpty)
        for (id, names) in surfaces {
            guard let rec = found.actors[id] else { Issue.record("no record for \(id)"); continue }
            for n in names { #expect(n == rec.name || rec.aliases.contains(n), "\(n) of \(id): \(rec.aliases)") }
        }
        let person = found.mentions.filter { doc.text(tokens: $0.tokens).hasSuffix("Qorvath") || doc.text(tokens: $0.tokens) == "Jane" }
        #expect(person.count >= 4, "\(found.mentions)")
        #expect(Set(person.map(\.actor)).count == 1, "\(person)")
    }

    /// The titles a word may open, or a portfolio word before them, are found as before the first-word test
    /// ruled out the others: a modified title, a portfolio word and its head title, a modifier that is the title.
    @Test func titlesOpenWithTheirFirstWords() {
        let doc = Document(title: "", body: "Deputy Foreign Minister Jane Roe met the energy minister and her deputy, John Doe, on Friday.")
        let f = Self.finder
        var tables = MentionFinder.ArticleTables()
        tables.reset(tokens: doc.tokens.count)
        var state = MentionFinder.State(doc: doc, lex: f.lexicon, date: nil, entryRecords: f.entryRecords, entryIsCountry: f.entryIsCountry,
                                        ruleStarts: f.ruleStarts, passTwoStarts: f.passTwoStarts, names: MentionFinder.NameKeys(), words: f.words, tables: tables)
        let end = doc.tokens.count
        var roles: [String: String] = [:]
        doc.bytes.withUnsafeBufferPointer { p in
            for i in 0..<end { if let t = state.title(p, i, end) { roles[doc.text(tokens: i..<t.end)] = t.role } }
        }
        #expect(roles["Deputy Foreign Minister"] != nil, "\(roles)")
        #expect(roles["energy minister"] == "energy minister", "\(roles)")
        #expect(roles["deputy"] != nil, "\(roles)")
        #expect(roles["Jane"] == nil && roles["met"] == nil && roles["Friday"] == nil)
    }

    /// An id is found by its String value itself (the one the table holds and its mentions share) and, as another
    /// String of the same bytes, by its bytes: the identity index misses the second, the table does not.
    @Test func anIdIsFoundByItsValueAndByItsBytes() {
        let id = "actor:org:" + "northern-grain-exporters-union"
        let rec = ActorRecord(id: id, name: "Northern Grain Exporters Union", type: "organization", aliases: [], country: nil)
        var table = ActorTable()
        _ = table.slot(updating: "actor:xa", default: ActorRecord(id: "actor:xa", name: "Xa", type: "country", aliases: [], country: "XA"))
        let s = table.slot(updating: id, default: rec).slot
        let other = String(decoding: Array(id.utf8), as: UTF8.self)
        #expect(table.byIdentity.slot(of: id) == s)
        #expect(table.byIdentity.slot(of: other) == nil)
        #expect(table.slot(of: other) == s && table.slot(of: id) == s)
        let again = table.slot(updating: other, default: rec)
        #expect(again.slot == s && !again.stored)
        // the result keeps both ways: the type by the shared String and by the bytes
        let m = Mention(tokens: 0..<4, start: 0, end: 30, actor: id, kind: .name, sentence: 0)
        let result = MentionFinder.Result(mentions: [m], table: &table, implied: [])
        #expect(result.type(of: id) == "organization" && result.type(of: other) == "organization")
        #expect(result.type(of: "actor:org:" + "northern-grain-exporters-unions") == nil)
        #expect(result.indexSlot(of: other) == result.indexSlot(of: id) && result.indexSlot(of: id) != nil)
    }

    /// An acronym's letters are compared with a name's initials on bytes for an ASCII name, and as Characters
    /// otherwise, with the same answers as the initials made as a String.
    @Test func initialsAreComparedAsTheirString() {
        let cases: [(String, String)] = [("State Security Committee", "SSC"), ("Inter-Services Public Relations", "ISPR"),
                                         ("State Security Committee", "SS"), ("State Security Committee", "SSCX"),
                                         ("the Union of Free Traders", "UFT"), ("Émirats Arabes Unis", "ÉAU"), ("Émirats Arabes Unis", "AU"),
                                         ("North\r\nEast Board", "NB"), ("", "X")]
        for (name, surface) in cases {
            #expect(MentionFinder.spellsInitials(name, surface) == (MentionFinder.acronymInitials(name) == surface), "\(name) / \(surface)")
        }
        #expect(MentionFinder.spellsInitials("State Security Committee", "SSC"))
        #expect(!MentionFinder.spellsInitials("State Security Committee", "SS"))
        #expect(MentionFinder.spellsInitials("Émirats Arabes Unis", "ÉAU"))
    }
}
