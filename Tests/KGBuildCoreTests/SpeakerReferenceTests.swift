import Testing

@testable import KGBuildCore

/// Speakers that wire copy refers back to rather than names: "It said" after a state spoke, "his office said",
/// a pronoun after an opening setting in a coordinated clause, "an alliance spokesman", a known party's namesake
/// in another state; and a denial whose object is a bare gerund. Sentences written for the purpose; each fails
/// without its rule.
@Suite struct SpeakerReferenceTests {
    static func claims(_ body: String) -> [(speaker: String, text: String)] { ClaimShapeTests.claims(body).1 }

    /// The state that spoke last goes on speaking as "it", over a body named before it.
    @Test func itAfterAStateSpoke() {
        let cs = Self.claims("Fighters of the Wagner Group guarded the airport last year. Gunmen raided an army base near Gao on Sunday, "
            + "killing six soldiers, the Malian army said. It said 20 assailants were killed in the fighting.")
        #expect(ClaimShapeTests.has(cs, "Mali", "20 assailants were killed"), "\(cs)")
        #expect(!ClaimShapeTests.has(cs, "Wagner Group", "20 assailants were killed"), "\(cs)")
    }

    @Test func hisOfficeSaid() {
        let cs = Self.claims("President Paul Kagame received the envoys on Tuesday. The talks would resume in Nairobi next month, his office said.")
        #expect(ClaimShapeTests.has(cs, "Paul Kagame", "talks would resume in Nairobi"), "\(cs)")
    }

    @Test func aPronounAfterAnOpeningSettingInACoordinatedClause() {
        let cs = Self.claims("President Paul Kagame spoke in Kigali. On Tuesday, he met the envoys at his residence, "
            + "but told them that the army would stay on the border.")
        #expect(ClaimShapeTests.has(cs, "Paul Kagame", "the army would stay on the border"), "\(cs)")
    }

    @Test func anIndefiniteSpokesmanOfABodyNamedBefore() {
        let cs = Self.claims("NATO defence ministers gathered in Brussels. The alliance will send two more battalions to Romania, "
            + "an alliance spokeswoman said.")
        #expect(ClaimShapeTests.has(cs, "NATO", "will send two more battalions"), "\(cs)")
    }

    /// "The Justice and Development Party of Morocco": a known party's name before "of" another state is that
    /// state's namesake party, and it speaks.
    @Test func aKnownPartysNamesakeInAnotherState() {
        let (r, cs) = ClaimShapeTests.claims("The Justice and Development Party of Morocco said in a statement that it would boycott the vote.")
        #expect(ClaimShapeTests.has(cs, "Justice and Development Party of Morocco", "it would boycott the vote"), "\(cs)")
        #expect(r.actors.values.contains { $0.name == "Justice and Development Party of Morocco" && $0.country == "MAR" }, "\(r.actors.values.map(\.name))")
    }

    /// "the South Korean defense firm said": a firm described with a two-word state adjective is the firm named last.
    @Test func aFirmDescribedWithATwoWordAdjective() {
        let cs = Self.claims("Hanjin Heavy Industries signed a deal with Peru on Monday to build two frigates, the South Korean shipbuilding firm said.")
        #expect(ClaimShapeTests.has(cs, "Hanjin Heavy Industries", "signed a deal with Peru"), "\(cs)")
    }

    /// "X called the deal a violation of its sovereignty": a verdict on any definite object is what X said (a
    /// capital speaking for its state); "called the Israeli leader a day after" is a time, no verdict.
    @Test func aVerdictOnADefiniteObject() {
        let cs = Self.claims("Kenya signed a port lease with Jubaland in March. Mogadishu has called the lease a violation of its sovereignty.")
        #expect(ClaimShapeTests.has(cs, "Somalia", "a violation of its sovereignty"), "\(cs)")
        let time = Self.claims("Kenyan President William Ruto called the Somali president a day after the vote.")
        #expect(!time.contains { $0.text.contains("a day after") }, "\(time)")
    }

    @Test func aDenialOfABareGerund() {
        let cs = Self.claims("Russia's Defence Ministry denied shelling civilians.")
        #expect(cs.contains { $0.text.hasPrefix("shelling civilians") }, "\(cs)")
    }
}
