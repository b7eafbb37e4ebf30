import Testing

@testable import KGBuildCore

/// One set of sentences of our own per fix the eleventh held-out audit (wire stories of mixed length from 2010-2025)
/// called for.
@Suite struct HeldOutElevenFixTests {
    static func speakers(_ r: ArticleResult, _ snippet: String) -> [String] {
        r.claims.filter { $0.text.contains(snippet) }.flatMap { Shared.names(r, $0.speaker) }
    }

    static func hasArgument(_ r: ArticleResult, _ type: String, _ name: String) -> Bool {
        r.events.contains { $0.type == type && $0.arguments.contains { Shared.names(r, $0.actor).contains(name) } }
    }

    /// "have made little headway", "made no headway": mediation or talks that advance no further are stalled; a firm's
    /// headway with its shareholders is business.
    @Test func talksThatMadeLittleHeadwayAreStalled() {
        let stalled = [
            "Qatari efforts to mediate a truce between the army and the rebels have made little headway since March.",
            "Two rounds of talks between Armenia and Azerbaijan in Washington made no headway on the border question.",
        ]
        Shared.expect(stalled, give: "talks_stalled")
        #expect(!Shared.types("The carmaker has made little headway in talks with shareholders over the merger of equals.").contains("talks_stalled"))
    }

    /// "boarded the tanker", "seized a cargo ship": a ship taken by a state's forces is a seizure; its cargo, its crew, or
    /// passengers boarding a boat are not.
    @Test func aShipTakenIsASeizure() {
        let taken = [
            "Iranian naval forces seized a Greek-flagged oil tanker in the Strait of Hormuz on Thursday.",
            "Swedish coast guards boarded the bulk carrier off the island of Gotland on Monday.",
        ]
        Shared.expect(taken, give: "seizure")
        let other = [
            "Greek police seized weapons from a cargo ship in the port of Piraeus.",
            "Dozens of migrants boarded a fishing vessel in Libya bound for Italy, the coast guard said.",
            "The navy detained the crew of the tanker after a chase.",
        ]
        Shared.expect(other, give: "seizure", gives: false)
    }

    /// "brushed the criticism aside", "dismissed the criticism": criticism answered is the other side's, not a
    /// criticism by the one answering it (criticism voiced stays one).
    @Test func criticismRejectedIsNoneByTheOneRejectingIt() {
        let answered = [
            "German Chancellor Olaf Scholz dismissed the criticism, saying the deliveries were legal.",
            "Turkish Foreign Minister Mevlut Cavusoglu brushed the criticism aside, saying Ankara had broken no rule.",
        ]
        Shared.expect(answered, give: "criticism", gives: false)
        #expect(Shared.types("Poland condemned the deliveries as a threat to the region.").contains("criticism"))
    }

    /// Football's "clean sheet", "relegation zone": "attack after attack" in a match is play, not armed attacks; the
    /// armed sense stays an attack.
    @Test func footballWordsCancelAttacks() {
        #expect(!Shared.types("Celtic launched attack after attack in the second half, but Rangers kept a clean sheet.").contains("attack"))
        #expect(!Shared.types("Marseille attacked from the first whistle and climbed out of the relegation zone.").contains("attack"))
        #expect(Shared.types("Rebels attacked the army base near Kidal on Sunday, the army said.").contains("attack"))
    }

    /// "X discussed A, B and C with Y by telephone": the call's caller stands more than ten words before "by
    /// telephone".
    @Test func aCallerBeforeALongObjectTakesPart() {
        let r = Shared.analyze("Kazakh President Kassym-Jomart Tokayev discussed the grain corridor and the situation in the region with Turkish President Recep Tayyip Erdogan by telephone on Sunday.")
        #expect(Self.hasArgument(r, "meeting", "Kassym-Jomart Tokayev"), "\(r.events.map(\.type))")
        #expect(Self.hasArgument(r, "meeting", "Recep Tayyip Erdogan"))
    }

    /// "shipping firm Vardal Lines", "grid operator Baltnet": a firm known only by the noun before its name speaks, and
    /// "shipping firm" is no shipment of weapons.
    @Test func aFirmNamedAfterItsKindSpeaks() {
        let r = Shared.analyze("Norwegian shipping firm Vardal Lines said its tanker had been hit by a drone. Latvian grid operator Baltnet said the cable would be repaired by March.")
        #expect(Self.speakers(r, "hit by a drone").contains("Vardal Lines"), "\(Self.speakers(r, "hit by a drone"))")
        #expect(Self.speakers(r, "repaired by March").contains("Baltnet"), "\(Self.speakers(r, "repaired by March"))")
        #expect(!r.events.contains { $0.type == "arms_transfer" })
    }

    /// "The Turkish army spokesman, Colonel Jane Roe, said …": the words after the verb are what was said (a title
    /// before the apposed name kept it from being read as "CONTENT, X said"); and "“…,” he told reporters" after it is
    /// the spokesman's, not the words of one named in passing ("villagers who had fled Doe's troops").
    @Test func anApposedSpokesmanKeepsTheQuote() {
        let r = Shared.analyze("The Turkish army spokesman, Colonel Ahmet Kaya, said the tents had been sent in early May to help villagers who had fled Bashar al-Assad's troops. \"These were tents and blankets for families,\" he told reporters.")
        #expect(Self.speakers(r, "tents had been sent in early May").contains("Ahmet Kaya"), "\(r.claims.map(\.text))")
        #expect(!r.claims.contains { $0.text == "The Turkish army spokesman" })
        #expect(Self.speakers(r, "tents and blankets").contains("Ahmet Kaya"), "\(Self.speakers(r, "tents and blankets"))")
        #expect(!Self.speakers(r, "tents and blankets").contains("Bashar al-Assad"))
    }

    /// "Venezuela's Permanent Mission to the United Nations said … . “…,” the mission wrote": the state whose mission
    /// it is goes on speaking, not the organization named last ("the UN Charter").
    @Test func theMissionIsTheStateWhoseMissionWasNamed() {
        let r = Shared.analyze("Venezuela's Permanent Mission to the United Nations said the blockade violated Article 2 of the UN Charter. \"The blockade is an act of war against our people,\" the mission wrote on X.")
        #expect(Self.speakers(r, "an act of war against our people").contains("Venezuela"), "\(Self.speakers(r, "an act of war against our people"))")
        #expect(!Self.speakers(r, "an act of war against our people").contains("United Nations"))
    }

    /// "The Federal Office of Civil Protection said", "Finland's National Bureau of Investigation said": a body named by
    /// its head noun and what it is "of" keeps the whole name (and speaks), unless what follows "of" is a known name.
    @Test func aBodyNamedWithOfKeepsItsWholeName() {
        let r = Shared.analyze("The Federal Office of Civil Protection said the dam would hold through the weekend. The Maritime Safety Board of Estonia said the ferry had been towed to port.")
        #expect(Self.speakers(r, "dam would hold").contains("Federal Office of Civil Protection"), "\(Self.speakers(r, "dam would hold"))")
        #expect(Self.speakers(r, "towed to port").contains("Estonia"), "\(Self.speakers(r, "towed to port"))")
    }

    /// "the U.S.-China Business Council", "the Japan-Korea Fisheries Commission": a body named after two states joined
    /// by a hyphen speaks as itself, not as the first state.
    @Test func aBodyNamedAfterTwoStatesIsOneName() {
        let r = Shared.analyze("According to the U.S.-China Business Council, exports fell by a third last year. The Japan-Korea Fisheries Commission said the quota talks would resume in May.")
        #expect(Self.speakers(r, "exports fell by a third").contains("U.S.-China Business Council"), "\(Self.speakers(r, "exports fell by a third"))")
        #expect(!Self.speakers(r, "exports fell by a third").contains("United States"))
        #expect(Self.speakers(r, "quota talks would resume").contains("Japan-Korea Fisheries Commission"), "\(Self.speakers(r, "quota talks would resume"))")
    }

    /// "Ocean Shipping Watch (OSW) said": capitalized words of no head noun that the bracketed acronym after them spells
    /// name an organization, which speaks.
    @Test func aNameSpelledByItsAcronymIsAnOrganization() {
        let r = Shared.analyze("Ocean Shipping Watch (OSW) said the cable had been cut in two places. Separately, Civil Air Navigation Services (CANS) said flights were diverted.")
        #expect(Self.speakers(r, "cut in two places").contains("Ocean Shipping Watch"), "\(Self.speakers(r, "cut in two places"))")
        #expect(Self.speakers(r, "flights were diverted").contains("Civil Air Navigation Services"), "\(Self.speakers(r, "flights were diverted"))")
    }
}
