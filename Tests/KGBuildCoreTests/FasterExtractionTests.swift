import Foundation
import Testing
@testable import KGBuildCore

/// The read paths of the event and claim extractors changed to cut instructions (issue 8), checked against
/// the readings they replace, on text of my own.
@Suite("Faster extraction")
struct FasterExtractionTests {
    /// `lastWord` on bytes gives the last word of a trigger as `split(separator: " ")` does: trailing and
    /// doubled spaces, no space at all, only spaces, and text that is not ASCII (read the old way).
    @Test func lastWordOfATrigger() {
        let triggers = ["air strikes", "strikes", "peace  talks ", "  ", "", " visit", "met with", "signed a deal",
                        "café talks", "talks in Zürich", "e\u{301} stalled", "x \u{301}y", "a\r\nb"]
        for t in triggers {
            let old = t.split(separator: " ").last.map(String.init) ?? t
            #expect(EventExtractor.lastWord(t) == old, "\(t.debugDescription)")
        }
        #expect(EventExtractor.lastWord("missile strikes") == "strikes")
    }

    /// Sentences of my own, with and without the words of the lexicon's contexts.
    static let sentences = [
        "Rebels fired rockets at the army base near the border on Monday, officials said.",
        "The two teams will meet again in the cup final next week.",
        "Negotiators from both sides held talks in the capital to end the war.",
        "Heavy rain fell over the region for a third day.",
        "A training camp for recruits was hit by an air strike, the ministry said.",
    ]

    /// The sentence memo answers whether a sentence has a context's terms as `PhraseTrie.occurs` does, for every
    /// context, though it walks only the tries of contexts whose first keys the sentence holds.
    @Test func contextAnswersAgreeWithTheTries() {
        let contexts = Shared.pipeline.events.contexts
        #expect(!contexts.tries.isEmpty)
        var had = 0
        for text in Self.sentences {
            let doc = Document(title: "", body: text)
            let tokens = doc.tokens[...]
            var memo = EventExtractor.SentenceMemo()
            for c in contexts.tries.indices {
                let occurs = contexts.tries[c].occurs(in: tokens)
                if occurs { had += 1 }
                // (`has` is mutating: its answers are read out of the expectations)
                let answer = memo.has(c, contexts, tokens)
                #expect(answer == occurs, "\(text) context \(c)")
                // (asked again: the memo's answer)
                let again = memo.has(c, contexts, tokens)
                #expect(again == occurs)
            }
            memo.reset()
            let unknown = memo.has(nil, contexts, tokens)
            #expect(unknown)
        }
        #expect(had > 0)
    }
}
