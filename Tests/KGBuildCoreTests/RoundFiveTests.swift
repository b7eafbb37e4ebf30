import Foundation
import Testing

@testable import KGBuildCore

/// Round five: general constructions of wire copy the last sessions saw missed or misread. A fired munition's
/// followers read from the lexicon; a state's own warships or troops sent to a region (no arms transfer); a body named
/// only before "statement" as a claim's speaker; a pronoun after "X held talks with Y"; a bare legislature; a dateline
/// whose city the gazetteer lacks. Every sentence here is invented; stories are read as JSON-lines records are.
@Suite struct RoundFiveTests {
    static func analyze(_ text: String) -> ArticleResult { Shared.analyzeRecord(text) }

    /// The speakers of the claims whose text holds `words`.
    static func speakers(_ r: ArticleResult, _ words: String) -> [String] {
        r.claims.filter { $0.text.contains(words) }.map { Shared.name(r, $0.speaker) }
    }

    /// The speakers' ids of the claims whose text holds `words`.
    static func speakerIDs(_ r: ArticleResult, _ words: String) -> [String] {
        r.claims.filter { $0.text.contains(words) }.map(\.speaker)
    }

    static func claims(_ r: ArticleResult) -> String { "\(r.claims.map { (Shared.name(r, $0.speaker), $0.text) })" }

    /// "launched 30 drones overnight", "rockets that …": the words that may follow a fired munition are the lexicon's
    /// `munition_followers`, no list in the code: a user's ontology that adds one is read.
    @Test func munitionFollowersComeFromTheLexicon() {
        let builtIn = EventExtractor(lexicon: Lexicon(Shared.ontology)).words.afterMunition
        // (the words the code listed before, all of them: the move changes no output)
        for w in ["overnight", "early", "late", "again", "simultaneously", "that", "which", "as", "across", "toward", "towards"] {
            #expect(builtIn.contains(Tokenizer.key(w)), "\(w)")
        }
        #expect(Shared.ontology.wordLists["munition_followers"]?.count == 11)
        var o = Shared.ontology
        o.wordLists["munition_followers", default: []].append("unannounced")
        let extended = EventExtractor(lexicon: Lexicon(o)).words.afterMunition
        #expect(extended.contains(Tokenizer.key("unannounced")) && !builtIn.contains(Tokenizer.key("unannounced")))
    }
}
