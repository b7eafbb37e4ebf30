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
}
