import Foundation
import Testing

@testable import KGBuildCore

/// The state a story is told from: its dateline's, when the story bears it out. Stories of our own, datelines included,
/// read as a JSON-lines record is (the dateline read and blanked).
@Suite struct HomeStateTests {
    static func analyze(_ text: String) -> ArticleResult {
        Shared.analyzeRecord(text)
    }

    /// The speaker of the claim whose text holds `words`.
    static func speaker(_ r: ArticleResult, _ words: String) -> String? {
        r.claims.first { $0.text.contains(words) }.map { Shared.name(r, $0.speaker) }
    }

    /// Talks held in Geneva about Yemen: "the government" is Yemen's, not the venue's. A Cairo story about Egypt keeps
    /// Cairo's state as its home, though it names Sudan too.
    @Test func venueStateIsNotHome() {
        let yemen = Self.analyze("GENEVA, May 10 (Reuters) - Talks between Yemen's government and the Houthi movement ended in Geneva on Friday without a deal on prisoner exchanges. Yemen's delegation accused the Houthis of stalling over the port of Hodeidah. The government said it would not return to the table until the Houthis freed all detainees held in Sanaa. Fighting continued near Taiz.")
        #expect(Self.speaker(yemen, "would not return to the table") == "Yemen", "\(yemen.claims.map { (Shared.name(yemen, $0.speaker), $0.text) })")
        let egypt = Self.analyze("CAIRO, May 10 (Reuters) - Egypt's central bank raised interest rates on Thursday as inflation climbed in Egypt. Sudan's war has pushed refugees across the border into Aswan. The government said it would widen cash support for poor families in Cairo and Giza.")
        #expect(Self.speaker(egypt, "widen cash support") == "Egypt", "\(egypt.claims.map { (Shared.name(egypt, $0.speaker), $0.text) })")
    }

    /// "KYIV/MOSCOW": a dateline naming two places gives their states in order; the first is home when the story bears
    /// it out, though it names the other state's name more often.
    @Test func slashDatelineGivesHomesInOrder() {
        var article = Shared.article("Russia launched dozens of drones at Kharkiv overnight, Ukraine's air force said on Friday. Russia said its forces had struck military sites, and Moscow denied hitting homes. Russia has launched similar raids every night this week. The army said it had downed most of the drones over the Kharkiv region.")
        article.place = "Kyiv/Moscow"
        let r = Shared.pipeline.analyze(article)
        #expect(Self.speaker(r, "downed most of the drones") == "Ukraine", "\(r.claims.map { (Shared.name(r, $0.speaker), $0.text) })")
    }
}
