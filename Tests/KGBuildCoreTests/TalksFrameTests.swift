import Testing

@testable import KGBuildCore

// A story's negotiation frame: who mediates the talks is said once, anywhere in the story, and the sentence that
// says the talks stalled names nobody as their mediator. Every story here is invented.

@Suite struct TalksFrameTests {
    static func talks(_ body: String) -> (ArticleResult, [Event]) {
        let r = Shared.analyze(body, title: "Test story")
        return (r, Shared.events(r, "talks_stalled"))
    }

    static func mediates(_ r: ArticleResult, _ events: [Event], _ name: String) -> Bool {
        events.contains { Shared.has(r, $0, "mediator", name) }
    }

    @Test func guarantorsListedBeforeActingAsMediate() {
        let (r, t) = Self.talks("Colombia suspended peace talks with the ELN on Monday after an attack on a police station. "
            + "The talks, which had been held in Havana since March with Cuba and Norway acting as guarantors, were meant to end "
            + "five decades of conflict.")
        #expect(Self.mediates(r, t, "Cuba") && Self.mediates(r, t, "Norway"), "\(Shared.describe(r))")
    }

    @Test func aGuarantorInARelativeClauseMediatesWithWhoIsTogetherWithIt() {
        let (r, t) = Self.talks("Peru's government suspended peace talks with the rebels on Friday after a bombing in Lima. "
            + "Chile, which acted as a guarantor of the talks together with Brazil, said it regretted the decision.")
        #expect(Self.mediates(r, t, "Chile") && Self.mediates(r, t, "Brazil"), "\(Shared.describe(r))")
    }

    @Test func theAuspicesAndTheMediatorsListedMediate() {
        let (r, t) = Self.talks("Talks between Armenia and Azerbaijan on the disputed region have stalled since December. "
            + "Both countries accuse each other of shelling border villages. "
            + "The negotiations are held under the auspices of the Organization for Security and Cooperation in Europe.")
        #expect(Self.mediates(r, t, "OSCE"), "\(Shared.describe(r))")
        let (m, mt) = Self.talks("A new round of talks between Moldova and Transnistria ended without agreement on Wednesday. "
            + "The round brought together negotiators of both sides and the mediators - Russia, Ukraine and the OSCE - in Chisinau.")
        #expect(Self.mediates(m, mt, "Russia") && Self.mediates(m, mt, "Ukraine"), "\(Shared.describe(m))")
    }

    @Test func whoHostedTheDelegationsMediates() {
        let (r, t) = Self.talks("Talks between Thailand and Cambodia on their border broke down on Thursday. "
            + "Malaysia, which chairs the regional bloc this year, had hosted the delegations for two days.")
        #expect(Self.mediates(r, t, "Malaysia"), "\(Shared.describe(r))")
    }

    @Test func talksBrokeredByAPresidentParagraphsAfter() {
        let (r, t) = Self.talks("A summit of the leaders of Congo and Rwanda has been called off after the two sides failed to agree on "
            + "its terms. Both governments blamed each other. Fighting went on near Goma on Monday. Aid groups said thousands "
            + "had fled their homes. The meeting, brokered by Kenyan President William Ruto, was "
            + "due to take place in Nairobi on Sunday.")
        #expect(Self.mediates(r, t, "William Ruto") || Self.mediates(r, t, "Kenya"), "\(Shared.describe(r))")
    }

    // negative cases

    @Test func otherTalksBrokeredByAnotherStayTheirs() {
        let (r, t) = Self.talks("Talks between India and Pakistan on water sharing were suspended on Monday. "
            + "In Jeddah, Sudan's army and the Rapid Support Forces resumed talks brokered by Saudi Arabia on Tuesday.")
        #expect(!t.isEmpty, "\(Shared.describe(r))")
        #expect(!Self.mediates(r, t, "Saudi Arabia"), "\(Shared.describe(r))")
    }

    @Test func aPartyOfTheTalksIsNotTheirMediator() {
        let (r, t) = Self.talks("Qatar's talks with Bahrain over the maritime border stalled on Monday. "
            + "The negotiations, hosted by Qatar in Doha, had run since January.")
        #expect(!t.isEmpty, "\(Shared.describe(r))")
        #expect(!Self.mediates(r, t, "Qatar"), "\(Shared.describe(r))")
    }

    @Test func aCommentatorIsNoMediator() {
        let (r, t) = Self.talks("Talks between Ethiopia and Egypt over the Nile dam have ended without agreement. "
            + "The United States, which has followed the talks closely, urged both sides to show flexibility.")
        #expect(!t.isEmpty, "\(Shared.describe(r))")
        #expect(!Self.mediates(r, t, "United States"), "\(Shared.describe(r))")
    }
}
