import Foundation
import Testing

@testable import KGBuildCore

// Who did what to whom, and one event told twice: a headline and a body that name the same place or the same
// state's body differently, who buys in a purchase, and whose participle follows a clause. Fixtures written for
// these tests.

@Suite struct RoleAndMergeTests {
    static func analyze(_ body: String, title: String) -> ArticleResult {
        Shared.pipeline.analyze(Shared.article(body, title: title, date: PartialDate(year: 2021, month: 5, day: 5)))
    }

    static func actors(_ r: ArticleResult, _ e: Event, _ role: String) -> [String] {
        e.arguments.filter { $0.role == role }.map { Shared.name(r, $0.actor) }
    }

    /// The headline's talks in a city and the body's talks in that city's state, with parties named otherwise: one
    /// failure of talks, at the city.
    @Test func aCityAndItsStateAreOnePlace() {
        let r = Self.analyze("DUBAI, May 5 (Reuters) - Indirect talks in Saudi Arabia between the Rapid Support Forces and the army on a humanitarian truce have stalled over a demand that the paramilitaries withdraw from cities, mediators said on Thursday.\n\nThe two sides will consult their leaders.",
                             title: "Sudan truce talks in Jeddah stall over withdrawal demand")
        let talks = Shared.events(r, "talks_stalled")
        #expect(talks.count == 1, "\(Shared.describe(r))")
        #expect(talks.first?.place.map { Shared.name(r, $0) } == "Jeddah", "\(Shared.describe(r))")
    }

    /// A city of one state and another state are no one place: strikes there by two attackers stay two.
    @Test func aCityAndAnotherStateStayTwoPlaces() {
        let r = Self.analyze("KYIV, May 5 (Reuters) - Ukrainian drones struck an oil depot in Russia on Monday, officials said.",
                             title: "Russian forces shell Kharkiv")
        #expect(Shared.events(r, "attack").count == 2, "\(Shared.describe(r))")
    }

    /// "Russian security service" in the headline and "the Federal Security Service" in the body: one foiled plot,
    /// whose agent is the body's fuller name alone.
    @Test func aHeadlinesBodyOfAStateIsTheBodysFullName() {
        let r = Self.analyze("MOSCOW, May 5 (Reuters) - Russia's Federal Security Service (FSB) has prevented a terrorist attack on a theatre in Moscow and detained three members of a cell, the service said on Tuesday.\n\nThe suspects face up to 20 years in prison.",
                             title: "Russian security service foils plot to bomb theatre in Moscow, detains three")
        let foiled = Shared.events(r, "attack_thwarted")
        #expect(foiled.count == 1, "\(Shared.describe(r))")
        #expect(foiled.first.map { Self.actors(r, $0, "agent") } == ["Federal Security Service"], "\(Shared.describe(r))")
    }

    /// "Pakistan says …" in the headline and "the Pakistan Army said" in the body: the army speaks for its state, one
    /// accusation.
    @Test func aStatesArmyInTheBodyIsTheHeadlinesState() {
        let r = Self.analyze("ISLAMABAD, May 5 (Reuters) - Afghan forces violated the truce along the border near Chaman on Monday night, wounding a Pakistani soldier, the Pakistan Army said on Tuesday.\n\nKabul did not comment.",
                             title: "Pakistan says Afghan forces violated border truce")
        #expect(Shared.events(r, "accusation").count == 1, "\(Shared.describe(r))")
    }

    /// Who purchases weapons receives them; "from" names the seller.
    @Test func thePurchaserIsTheRecipient() {
        let r = Self.analyze("WARSAW, May 5 (Reuters) - The Polish government approved the purchase of 48 attack helicopters from Italy last year, officials said.",
                             title: "Poland to get more helicopters")
        let deal = Shared.events(r, "arms_transfer").first { Self.actors(r, $0, "supplier").contains("Italy") }
        #expect(deal.map { Self.actors(r, $0, "recipient") } == ["Poland"], "\(Shared.describe(r))")
        #expect(deal.map { Self.actors(r, $0, "supplier") } == ["Italy"], "\(Shared.describe(r))")
    }

    /// A sale keeps its seller as the possessor: "Italy's sale of helicopters to Poland".
    @Test func theSellerOfASaleIsTheSupplier() {
        let r = Self.analyze("ROME, May 5 (Reuters) - Italy's sale of 48 attack helicopters to Poland was approved last year, officials said.",
                             title: "Italy to sell helicopters")
        let deal = Shared.events(r, "arms_transfer").first
        #expect(deal.map { Self.actors(r, $0, "supplier") } == ["Italy"], "\(Shared.describe(r))")
        #expect(deal.map { Self.actors(r, $0, "recipient") } == ["Poland"], "\(Shared.describe(r))")
    }

    /// A participle after a comma shares the subject that opens the clause, not the name after "at".
    @Test func aParticipleAfterAClauseTakesItsSubject() {
        let r = Self.analyze("Russian forces fired dozens of missiles at Ukraine overnight, targeting power plants in the west of the country, officials said.",
                             title: "Missiles hit power plants")
        let strikes = Shared.events(r, "attack")
        #expect(!strikes.isEmpty, "\(Shared.describe(r))")
        #expect(strikes.allSatisfy { !Self.actors(r, $0, "attacker").contains("Ukraine") }, "\(Shared.describe(r))")
        #expect(strikes.contains { Self.actors(r, $0, "attacker").contains("Russia") }, "\(Shared.describe(r))")
        // the nationality of the troops that open the clause is the attacker, not the country they crossed into
        let d = Self.analyze("Turkish troops crossed into Syria on Monday, attacking Kurdish fighters near the border, the army said.",
                             title: "Turkish troops cross border")
        #expect(Shared.events(d, "attack").contains { Self.actors(d, $0, "attacker").contains("Turkey") }, "\(Shared.describe(d))")
    }

    /// "as" before a name opens a clause of its own: its actors take no role in the event before it.
    @Test func anAsClauseKeepsItsActors() {
        let r = Self.analyze("MADRID, May 5 (Reuters) - Officials said on Monday the boats would arrive soon.",
                             title: "Spain delivers patrol boats to Mauritania as Erdogan hosts Mauritanian president")
        let deal = Shared.events(r, "arms_transfer").first
        #expect(deal.map { Self.actors(r, $0, "recipient") } == ["Mauritania"], "\(Shared.describe(r))")
        #expect(deal.map { Self.actors(r, $0, "supplier") } == ["Spain"], "\(Shared.describe(r))")
        // "such as" names instances: they keep their role
        let s = Self.analyze("Turkey has sold drones to several countries such as Ethiopia and Niger, officials said.",
                             title: "Drone makers expand")
        #expect(Shared.events(s, "arms_transfer").contains { Self.actors(s, $0, "recipient").contains("Ethiopia") }, "\(Shared.describe(s))")
    }

    /// A state's weapons read as one name ("Brazilian jets") after "for" say where they come from: the buyer named
    /// before is the recipient.
    @Test func aStatesWeaponsNameTheirSupplier() {
        let r = Self.analyze("Ghana signed a deal for Brazilian jets on Monday, officials said.", title: "Jets for Ghana")
        let deal = Shared.events(r, "arms_transfer").first
        #expect(deal.map { Self.actors(r, $0, "supplier") } == ["Brazil"], "\(Shared.describe(r))")
        #expect(deal.map { Self.actors(r, $0, "recipient") } == ["Ghana"], "\(Shared.describe(r))")
    }

    /// "the Mali peacekeeping mission": a state's name before a deployment noun is where the peace is kept, not who
    /// keeps it; the body's mission is the one event.
    @Test func aStatesNameBeforeAMissionIsItsPlace() {
        let r = Self.analyze("NEW YORK, May 5 (Reuters) - The U.N. Security Council voted on Wednesday to extend the mandate of the peacekeeping mission in Mali for another year.",
                             title: "UN extends Mali peacekeeping mission")
        let missions = Shared.events(r, "peacekeeping")
        #expect(missions.count == 1, "\(Shared.describe(r))")
        #expect(missions.allSatisfy { !Self.actors(r, $0, "agent").contains("Mali") }, "\(Shared.describe(r))")
    }

    /// "who had hosted the delegations": a host of a definite group naming no one tells the talks told before again,
    /// and the host takes part in them.
    @Test func aHostOfTheDelegationsJoinsTheTalksToldBefore() {
        let r = Self.analyze("Delegations of Ethiopia and Eritrea held talks in Doha on Monday. The Qatari emir, Sheikh Tamim bin Hamad Al Thani, who had hosted the delegations at his palace, said the talks were useful.",
                             title: "Talks end in Doha")
        let meetings = Shared.events(r, "meeting")
        #expect(meetings.count == 1, "\(Shared.describe(r))")
        #expect(meetings.first.map { Self.actors(r, $0, "participant").contains("Tamim bin Hamad Al Thani") } == true, "\(Shared.describe(r))")
    }

    /// A plan on a condition ("offered to host a new round if both sides agreed") is no meeting; a firm one is.
    @Test func aPlanOnAConditionIsNoMeeting() {
        let r = Self.analyze("Qatar offered to host a new round of talks between Ethiopia and Eritrea if both sides agreed to return.",
                             title: "Talks offer")
        #expect(!Shared.events(r, "meeting").contains { Self.actors(r, $0, "participant") == ["Qatar"] }, "\(Shared.describe(r))")
        let f = Self.analyze("Qatar will host a new round of talks between Ethiopia and Eritrea next week, officials said.", title: "Talks set")
        #expect(Shared.events(f, "meeting").contains { Self.actors(f, $0, "participant").contains("Qatar") }, "\(Shared.describe(f))")
    }
}
