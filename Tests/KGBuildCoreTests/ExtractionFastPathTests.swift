import Foundation
import Testing
@testable import KGBuildCore

/// The event and claim extractors' fast paths, each checked against the general code they stand in for.
@Suite("Extraction fast paths")
struct ExtractionFastPathTests {
    /// A claim's mentions bounded by binary search are those a scan of every mention finds, on the
    /// mentions of real text, for single sentences, sentence pairs and split ranges (a quote's parts);
    /// mentions out of order are all candidates.
    @Test func claimMentionBoundsAgreeWithAFullScan() throws {
        let finder = MentionFinder(lexicon: Lexicon(Shared.ontology))
        let text = try String(contentsOfFile: Repo.seedFile, encoding: .utf8)
        let doc = Document(title: "Russian Foreign Minister Sergei Lavrov meets NATO envoy", body: text)
        let result = finder.find(doc, date: PartialDate(year: 2014, month: 6, day: 24))
        let ms = result.mentions
        #expect(ms.count > 20 && result.sortedByStart)
        let spans = doc.sentences.map { $0.start..<$0.end }
        var rangeSets: [[Range<Int>]] = spans.map { [$0] }
        for k in spans.indices.dropFirst() { rangeSets.append([spans[k - 1].lowerBound..<spans[k].upperBound]) }
        for k in spans.indices.dropFirst(2) { rangeSets.append([spans[k], spans[k - 2]]) }
        rangeSets.append([])
        rangeSets.append([0..<0, spans[0]])
        func found(_ indices: Range<Int>, _ ranges: [Range<Int>], _ ms: [Mention]) -> [Int] {
            indices.filter { k in ranges.contains { $0.contains(ms[k].start) } }
        }
        var nonEmpty = 0
        for ranges in rangeSets {
            let fast = found(ClaimExtractor.mentionIndices(ms, sorted: true, startingIn: ranges), ranges, ms)
            #expect(fast == found(ms.indices, ranges, ms), "\(ranges)")
            if !fast.isEmpty { nonEmpty += 1 }
        }
        #expect(nonEmpty > 5)
        var reversed = result
        reversed.mentions.reverse()
        #expect(!reversed.sortedByStart)
        #expect(ClaimExtractor.mentionIndices(reversed.mentions, sorted: reversed.sortedByStart, startingIn: [spans[1]]) == reversed.mentions.indices)
    }

    /// A rule's text written as bytes is the concatenation it replaces, with empty and non-ASCII parts.
    @Test func ruleTextIsTheConcatenation() {
        for (h, n, d) in [("event_types.yaml:42", "", "air strikes"), ("claim.", "quote", "say"), ("", "", ""),
                          ("événements.yaml:7", "ä", "Ангара"), ("claim.", "reported", "")] {
            #expect(Evidence.rule(h, n, detail: d) == h + n + " (" + d + ")")
        }
    }
}
