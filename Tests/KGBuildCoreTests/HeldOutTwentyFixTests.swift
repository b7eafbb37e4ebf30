import Testing

@testable import KGBuildCore

/// One set of sentences of our own per fix the twentieth held-out audit (wire stories of the agencies our users feed
/// most, 2015-2022) called for. (`Shared.analyze` dates its article Tuesday 24 June 2014.)
@Suite struct HeldOutTwentyFixTests {
    static func hasClaim(_ r: ArticleResult, _ speaker: String, _ snippet: String) -> Bool {
        r.claims.contains { Shared.names(r, $0.speaker).contains(speaker) && $0.text.contains(snippet) }
    }

    /// "adopted the country's first cybersecurity law", "passed a new law banning …": lawmaking told by the head noun of
    /// its object; "a tough stance on the new law", "a new approach to the law" adopt no law.
    @Test func lawmakingToldByItsObjectsHead() {
        let r = Shared.analyze("Kazakhstan's parliament on Friday adopted the country's first cybersecurity law, which takes effect in March.")
        #expect(Shared.has(r, "legislation", "agent", "Kazakh parliament"), "\(Shared.describe(r))")
        let b = Shared.analyze("Kyrgyzstan's parliament passed a new law banning foreign funding of political parties on Wednesday.")
        #expect(Shared.has(b, "legislation", "agent", "Kyrgyzstan"), "\(Shared.describe(b))")
        #expect(!Shared.types("Kazakhstan's foreign minister adopted a tough stance on the new law during the debate.").contains("legislation"))
        #expect(!Shared.types("Kyrgyzstan's interior minister adopted a new approach to the law on protests.").contains("legislation"))
    }

    /// "The National Meteorological Center said …": a name opening with "The" ("The National", a newspaper) is no
    /// part of a longer name that follows it.
    @Test func aNameOpeningWithTheIsWhole() {
        let r = Shared.analyze("The National Meteorological Center said on Monday that heavy rain would reach Shanghai by Wednesday.")
        #expect(!r.actors.values.contains { $0.name == "The National" }, "\(r.actors.values.map(\.name))")
        let c = Shared.analyze("The National People's Congress said on Monday that the session would open in March.")
        #expect(c.claims.contains { Shared.names(c, $0.speaker).contains("National People's Congress") }, "\(c.claims.map(\.speaker))")
        // the newspaper itself still speaks
        let n = Shared.analyze("The National reported on Monday that the port of Fujairah had reopened.")
        #expect(n.actors.values.contains { $0.name == "The National" }, "\(n.actors.values.map(\.name))")
    }

    /// "May told lawmakers …" once "Theresa May" was named: a month's name that is her surname, before a verb of saying;
    /// "in May", "May 4" stay dates.
    @Test func aMonthThatIsASurname() {
        let r = Shared.analyze("British Prime Minister Theresa May chaired a meeting of the security council on Monday. "
            + "May told lawmakers that the poisoning was a reckless act against the United Kingdom.")
        #expect(Self.hasClaim(r, "Theresa May", "reckless act"), "\(r.claims.map { ($0.speaker, $0.text) })")
        let d = Shared.analyze("British Prime Minister Theresa May said on Monday the talks would resume on May 4. Negotiators met in May.")
        #expect(d.claims.allSatisfy { $0.text.contains("resume") }, "\(d.claims.map(\.text))")
    }

    /// "Earlier on Monday, X said …", "Later in March, X told …": the time opening the sentence is a setting, not what
    /// was said; the clause after the verb is.
    @Test func anOpeningEarlierOrLaterIsASetting() {
        let r = Shared.analyze("Earlier on Monday, Rosoboronexport said the contract for the frigates had been signed in Cairo.")
        #expect(Self.hasClaim(r, "Rosoboronexport", "contract for the frigates had been signed"), "\(r.claims.map { ($0.speaker, $0.text) })")
        let b = Shared.analyze("Later in March, the Eastern Military District said more than 3,000 servicemen had started drills on the islands.")
        #expect(Self.hasClaim(b, "Eastern Military District", "3,000 servicemen"), "\(b.claims.map { ($0.speaker, $0.text) })")
    }

    /// A sandstorm "struck the provinces", a meteorological center's alert: weather, no attack by the agency that tells it.
    @Test func sandstormsAndForecasters() {
        #expect(!Shared.types("Mongolia's emergency agency issued an alert on Monday, saying the sandstorm had struck the provinces of Dornogovi and Omnogovi overnight.").contains("attack"))
        #expect(!Shared.types("China's National Meteorological Center issued a yellow alert on Monday, saying the storm had struck the provinces of Hebei and Shanxi overnight.").contains("attack"))
    }

    /// "send specialists of its mine action center to clear the city of explosives": demining, no arms sent; "servicemen
    /// with small arms": troops deployed, no arms transfer.
    @Test func deminingAndSmallArmsAreNoTransfers() {
        #expect(!Shared.types("Russia will send specialists of its mine action center to clear the old city of explosives.").contains("arms_transfer"))
        #expect(!Shared.types("Under the deal, Russia will deploy 500 servicemen with small arms along the line of contact.").contains("arms_transfer"))
        // still a transfer: "Russia arms the rebels"
        #expect(Shared.types("Iran arms the Houthi rebels with drones and missiles, the U.S. envoy said.").contains("arms_transfer"))
    }

    /// Russia's military districts speak for themselves ("the Eastern Military District said").
    @Test func russianMilitaryDistricts() {
        let r = Shared.analyze("The Eastern Military District said more than 3,000 servicemen had started drills on the Kuril Islands.")
        #expect(Self.hasClaim(r, "Eastern Military District", "3,000 servicemen"), "\(r.claims.map { ($0.speaker, $0.text) })")
    }
}
