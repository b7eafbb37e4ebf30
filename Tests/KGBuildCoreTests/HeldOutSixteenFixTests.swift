import Testing

@testable import KGBuildCore

/// One set of sentences of our own per fix the sixteenth held-out audit (wire stories of mixed length from 1999-2025)
/// called for. (`Shared.analyze` dates its article Tuesday 24 June 2014.)
@Suite struct HeldOutSixteenFixTests {
    /// An article filed from `place` (its dateline's city), so that bare "police" stand for that state.
    static func analyze(_ body: String, filedFrom place: String) -> ArticleResult {
        Shared.pipeline.analyze(Article(id: "test#0", path: "test.txt", index: 0, title: "Test story", body: body,
                                        date: PartialDate(year: 2014, month: 6, day: 24), source: "TEST", place: place))
    }

    /// "Bomb disposal experts defused an explosive device": a bomb made safe before it went off is an attack foiled;
    /// "defuse tensions" after a bombing is not.
    @Test func defusedBombIsAnAttackFoiled() {
        let r = Shared.analyze("Bomb disposal experts from the Iraqi army defused an explosive device found under a bridge in Mosul on Sunday.")
        #expect(!Shared.events(r, "attack_thwarted").isEmpty, "\(Shared.describe(r))")
        #expect(!Shared.types("The envoy tried to defuse tensions between Iraq and Turkey after the bombing.").contains("attack_thwarted"))
    }

    /// "Police said on Friday they had foiled a plot": a speaker that is only the police or the forces stands for the
    /// state they serve, so the pronoun after the verb of saying does too.
    @Test func forcesWhoSayTheyFoiledAPlot() {
        let r = Self.analyze("Police said on Friday they had foiled a plot to bomb a church in the city.", filedFrom: "Nairobi")
        #expect(Shared.has(r, "attack_thwarted", "agent", "Kenya"), "\(Shared.describe(r))")
        let forces = Self.analyze("Security forces said they had defused two bombs planted on a bridge near the border.", filedFrom: "Nairobi")
        #expect(Shared.has(forces, "attack_thwarted", "agent", "Kenya"), "\(Shared.describe(forces))")
        #expect(Self.analyze("Police said on Friday they had arrested two men after a dispute at a market.", filedFrom: "Nairobi").events.isEmpty)
    }

    /// "X said it was deeply disappointed by Y's decision": disappointment voiced at another is disapproval; a coach's
    /// at a defeat is not.
    @Test func disappointmentIsCriticism() {
        let r = Shared.analyze("Canada said it was deeply disappointed by China's decision to expel its diplomats.")
        #expect(Shared.has(r, "criticism", "critic", "Canada"), "\(Shared.describe(r))")
        #expect(!Shared.types("The Chelsea manager said he was deeply disappointed with the defeat against Arsenal.").contains("criticism"))
    }

    /// "sent a letter of protest to Russia", "handed a note of protest to Ukraine's ambassador": a formal protest
    /// delivered to the one blamed.
    @Test func noteOfProtestIsCriticism() {
        let r = Shared.analyze("Lithuania sent a letter of protest to Russia over the airspace violation.")
        #expect(Shared.has(r, "criticism", "critic", "Lithuania"), "\(Shared.describe(r))")
        #expect(Shared.has(r, "criticism", "target", "Russia"), "\(Shared.describe(r))")
        let note = Shared.analyze("Hungary handed a note of protest to Ukraine's ambassador on Tuesday.")
        #expect(Shared.has(note, "criticism", "target", "Ukraine"), "\(Shared.describe(note))")
    }

    /// "spoke to X over the telephone": a call, as "by telephone" is.
    @Test func overTheTelephoneIsACall() {
        let r = Shared.analyze("Narendra Modi spoke to Joe Biden over the telephone on Sunday.")
        #expect(Shared.has(r, "meeting", "participant", "Joe Biden"), "\(Shared.describe(r))")
        #expect(Shared.has(r, "meeting", "participant", "Narendra Modi"), "\(Shared.describe(r))")
    }

    /// "vowed to retaliate", "vowed resolute countermeasures": a threat of reprisal is no pledge; a sum pledged is.
    @Test func vowsOfReprisalAreNoPledges() {
        #expect(!Shared.types("Iran vowed to retaliate for the strike on its consulate.").contains("pledge"))
        #expect(!Shared.types("Iran vowed resolute countermeasures against Israel.").contains("pledge"))
        #expect(Shared.types("Japan pledged $50 million to the World Food Programme.").contains("pledge"))
    }

    /// "talks on a merger … stalled over the valuation": a deal between firms, no negotiation of states.
    @Test func mergerTalksAreBusiness() {
        #expect(!Shared.types("Talks on a merger between Nokia and Siemens stalled over the valuation of the network unit.").contains("talks_stalled"))
        let r = Shared.analyze("Peace talks between Sudan and the rebels stalled in Juba on Monday.")
        #expect(Shared.has(r, "talks_stalled", "party", "Sudan"), "\(Shared.describe(r))")
    }

    /// "border guards detained two foreign vessels": ships held are seized; "the tanker detained by Iran last year"
    /// names a ship held before.
    @Test func detainedVesselsAreSeized() {
        let r = Shared.analyze("Iranian border guards detained two foreign vessels in the Gulf on Tuesday.")
        #expect(Shared.has(r, "seizure", "attacker", "Iran"), "\(Shared.describe(r))")
        #expect(!Shared.types("The tanker detained by Iran last year was still in port, Greece said.").contains("seizure"))
    }

    /// "seized the state broadcaster": a broadcaster's building is a site taken.
    @Test func broadcasterSeized() {
        let r = Shared.analyze("Houthi fighters seized the state broadcaster in Sanaa on Tuesday.")
        #expect(Shared.has(r, "seizure", "attacker", "Houthis"), "\(Shared.describe(r))")
    }

    /// "called the incursion an outrageous violation of its airspace": a verdict of disapproval.
    @Test func outrageousViolationIsCriticism() {
        let r = Shared.analyze("Poland called the incursion an outrageous violation of its airspace.")
        #expect(Shared.has(r, "criticism", "critic", "Poland"), "\(Shared.describe(r))")
    }
}
